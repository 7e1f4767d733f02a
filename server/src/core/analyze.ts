/**
 * The analysis core's entry point: text and settings in, findings out. Pure and synchronous;
 * no LSP, VS Code or file-system access, so the server, the CLI and the tests call the same code.
 *
 * The analyser decides which rules run (severity setting, document type), masks what no rule may
 * report on (Markdown code, front matter, suppression comments) and applies inline suppressions.
 */
import { detectDocType } from './doctype';
import { markdownIgnoredRanges, mergeRanges, overlapsAny } from './markdown';
import { nonProseRanges } from './text/nonProse';
import { customPhraseRule } from './rules/phrase-custom';
import { RULES } from './rules/registry';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { isSuppressed, scanSuppressions } from './suppressions';
import type { AnalysisInput, DocType, Finding, Rule, RuleContext, RuleFinding, Severity } from './types';

export interface AnalysisResult {
  findings: Finding[];
  docType: DocType;
  /** Rules skipped because segmentation was not available (their findings come later). */
  pendingWords: boolean;
}

/**
 * Runs a rule; a rule that throws (a bug, or input nobody foresaw) loses its findings for this
 * text, and nothing else does. The failure goes to stderr, never to stdout (the LSP channel).
 */
export function safeCheck(rule: Rule, context: RuleContext): RuleFinding[] {
  try {
    return rule.check(context);
  } catch (e) {
    process.stderr.write(`gongwen: rule ${rule.id} failed on a ${context.text.length}-character text: ${(e as Error).stack ?? String(e)}\n`);
    return [];
  }
}

export function severityFor(rule: Rule, settings: Settings): Severity | undefined {
  const configured = settings.rules[rule.id] ?? rule.defaultSeverity;
  return configured === 'off' ? undefined : configured;
}

export function appliesTo(rule: Rule, docType: DocType): boolean {
  if (rule.appliesTo && !rule.appliesTo.includes(docType)) return false;
  return !(rule.exceptIn && rule.exceptIn.includes(docType));
}


/** The order of an analysis' findings: by start, end, then rule id (a stable sort keeps a rule's own order). */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule);
}

export function analyzeDocument(input: AnalysisInput, settings: Settings = DEFAULT_SETTINGS, rules: readonly Rule[] = RULES): AnalysisResult {
  const docType = input.docType ?? (settings.profile !== 'auto' ? settings.profile : detectDocType(input.text));
  if (!settings.enable) return { findings: [], docType, pendingWords: false };
  const { suppressions, directives } = scanSuppressions(input.text);
  const ignored = mergeRanges(input.format === 'markdown' ? markdownIgnoredRanges(input.text) : [], directives);
  // URLs, paths, link targets: no finding there, so no fix rewrites them.
  const nonProse = nonProseRanges(input.text, input.format);
  const context: RuleContext = {
    text: input.text,
    format: input.format,
    ignored,
    docType,
    terms: settings.terms,
    ...(input.words ? { words: input.words } : {}),
  };
  const active = settings.phrases.length > 0 ? [...rules, customPhraseRule(settings.phrases)] : rules;
  const findings: Finding[] = [];
  for (const rule of active) {
    const severity = severityFor(rule, settings);
    if (!severity || !appliesTo(rule, docType)) continue;
    if (rule.needsWords && !input.words) continue;
    for (const f of safeCheck(rule, context)) {
      if (f.end > f.start && overlapsAny(ignored, f.start, f.end)) continue;
      if (nonProse.length > 0 && overlapsAny(nonProse, f.start, Math.max(f.end, f.start + 1))) continue;
      if (isSuppressed(suppressions, f.rule, f.start, f.end)) continue;
      findings.push({ ...f, severity: f.soft && (severity === 'error' || severity === 'warning') ? 'information' : severity });
    }
  }
  findings.sort(compareFindings);
  return { findings, docType, pendingWords: !input.words && active.some((r) => r.needsWords && severityFor(r, settings) && appliesTo(r, docType)) };
}

/** True when some enabled rule needs segmentation for this document type. */
export function needsWords(settings: Settings, docType: DocType, rules: readonly Rule[] = RULES): boolean {
  return settings.enable && rules.some((r) => r.needsWords && severityFor(r, settings) !== undefined && appliesTo(r, docType));
}

export function analyze(input: AnalysisInput, settings: Settings = DEFAULT_SETTINGS, rules: readonly Rule[] = RULES): Finding[] {
  return analyzeDocument(input, settings, rules).findings;
}

/** The text format for an LSP language id or a file name. */
export function formatOf(languageIdOrPath: string): AnalysisInput['format'] {
  return /(^markdown$|\.(md|markdown|mdx)$)/i.test(languageIdOrPath) ? 'markdown' : 'plaintext';
}
