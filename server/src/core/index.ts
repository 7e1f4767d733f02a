/** Public surface of the analysis core. */
export { analyze, analyzeDocument, appliesTo, compareFindings, formatOf, needsWords, severityFor, type AnalysisResult } from './analyze';
export { detectDocType, DOCTYPE_ALIASES, DOCTYPE_NAMES, findTitle, parseDocType } from './doctype';
export { applyFixes, fixAll } from './fixes';
export { IncrementalAnalyzer } from './incremental';
export { clearLineCaches } from './lineCaches';
export { LineIndex, type Position, type PositionRange } from './positions';
export { DEFAULT_SETTINGS, normalizeSettings, type CustomPhrase, type Settings } from './settings';
export { RULES, RULE_IDS, findRule } from './rules/registry';
export { disableNextLineComment } from './suppressions';
export type * from './types';
