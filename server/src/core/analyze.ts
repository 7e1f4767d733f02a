/**
 * The analysis core's entry point: text and settings in, findings out. Pure and synchronous;
 * no LSP, VS Code or file-system access, so the server, the CLI and the tests call the same code.
 *
 * An analysis from scratch is a fresh IncrementalAnalyzer (incremental.ts) that keeps no line
 * cache: the one place that builds rule contexts, runs rules, applies severities, masks and
 * suppressions, and sorts.
 */
import { appliesTo, IncrementalAnalyzer, severityFor, type AnalysisResult } from './incremental';
import { RULES } from './rules/registry';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { AnalysisInput, DocType, Finding, Rule } from './types';

export { appliesTo, compareFindings, safeCheck, severityFor, type AnalysisResult } from './incremental';

export function analyzeDocument(input: AnalysisInput, settings: Settings = DEFAULT_SETTINGS, rules: readonly Rule[] = RULES): AnalysisResult {
  return new IncrementalAnalyzer(rules, { lineCache: false }).analyze(input, settings);
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
