/**
 * The analysis core's entry point: text and settings in, findings out. Pure and synchronous;
 * no LSP, VS Code or file-system access, so the server, the CLI and the tests call the same code.
 */
import { markdownIgnoredRanges } from './markdown';
import { RULES } from './rules/registry';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { AnalysisInput, Finding, Rule, RuleContext, Severity } from './types';

export function severityFor(rule: Rule, settings: Settings): Severity | undefined {
  const configured = settings.rules[rule.id] ?? rule.defaultSeverity;
  return configured === 'off' ? undefined : configured;
}

export function analyze(input: AnalysisInput, settings: Settings = DEFAULT_SETTINGS, rules: readonly Rule[] = RULES): Finding[] {
  if (!settings.enable) return [];
  const context: RuleContext = {
    text: input.text,
    format: input.format,
    ignored: input.format === 'markdown' ? markdownIgnoredRanges(input.text) : [],
  };
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = severityFor(rule, settings);
    if (!severity) continue;
    for (const f of rule.check(context)) findings.push({ ...f, severity });
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

/** The text format for an LSP language id or a file name. */
export function formatOf(languageIdOrPath: string): AnalysisInput['format'] {
  return /(^markdown$|\.(md|markdown|mdx)$)/i.test(languageIdOrPath) ? 'markdown' : 'plaintext';
}
