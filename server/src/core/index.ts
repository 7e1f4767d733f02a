/**
 * Public surface of the analysis core: everything outside server/src/core imports from here
 * (ESLint keeps it so), which makes this list what the rest of the product relies on.
 */
export { analyze, analyzeDocument, appliesTo, compareFindings, formatOf, needsWords, severityFor, type AnalysisResult } from './analyze';
export { detectDocType, docTypeFor, DOCTYPE_ALIASES, DOCTYPE_NAMES, findTitle, parseDocType } from './doctype';
export { applyFixes, fixAll, fixedByFixAll } from './fixes';
export { copyFindings, IncrementalAnalyzer } from './incremental';
export { clearLineCaches } from './lineCaches';
export { markdownIgnoredRanges } from './markdown';
export { LineIndex, type Position, type PositionRange } from './positions';
export { defaultOptions, defineOptions, normalizeOptions, optionsOf, optionsSchema } from './ruleOptions';
export { CUSTOM_PHRASE_RULE_ID } from './rules/phrase-custom';
export { PLACEHOLDER_RULE_ID, placeholderUnfilled } from './rules/placeholder-unfilled';
export { ELEMENT_RULE_IDS } from './rules/doctype';
export { findRule, RULE_IDS, RULES } from './rules/registry';
export { splitLines, tokensWithOffsets, wordsFromLines, type Segmenter, type Token } from './segmenter/segmenter';
export { DEFAULT_SETTINGS, normalizeEntry, normalizeSettings, SETTINGS_ENTRIES, type CustomPhrase, type PlacedProblem, type Settings } from './settings';
export { RC_KEYS, SETTINGS_TABLE, settingEntry, type Bilingual, type SettingEntry } from './settingsTable';
export { parseStructure, type HeadingLine } from './structure/headings';
export { buildDocumentTree, walkTree, type DocumentTree, type StructureNode } from './structure/outline';
export { ROLE_LABELS, type SectionRole } from './structure/roles';
export { disableNextLineComment, disableOneComment, occurrenceAt, scanSuppressions } from './suppressions';
export { findTermGroups, formatGroupsText, groupsToJson, RELATION_NAMES, type TermGroupJson } from './terms';
export { detach, lines } from './text/chars';
export { LineCache } from './text/lineCache';
export type * from './types';
