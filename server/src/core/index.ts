/** Public surface of the analysis core. */
export { analyze, analyzeDocument, appliesTo, compareFindings, formatOf, needsWords, severityFor, type AnalysisResult } from './analyze';
export { detectDocType, docTypeFor, DOCTYPE_ALIASES, DOCTYPE_NAMES, findTitle, parseDocType } from './doctype';
export { applyFixes, fixAll } from './fixes';
export { IncrementalAnalyzer } from './incremental';
export { clearLineCaches } from './lineCaches';
export { LineIndex, type Position, type PositionRange } from './positions';
export { DEFAULT_SETTINGS, normalizeEntry, normalizeSettings, SETTINGS_ENTRIES, type CustomPhrase, type PlacedProblem, type Settings } from './settings';
export { RC_KEYS, SETTINGS_TABLE, settingEntry, type Bilingual, type SettingEntry } from './settingsTable';
export { defineOptions, optionsOf, optionsSchema, normalizeOptions, defaultOptions } from './ruleOptions';
export { RULES, RULE_IDS, findRule } from './rules/registry';
export { disableNextLineComment } from './suppressions';
export type * from './types';
