/** Public surface of the analysis core. */
export { analyze, formatOf, severityFor } from './analyze';
export { LineIndex, type Position, type PositionRange } from './positions';
export { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';
export { RULES, RULE_IDS, findRule } from './rules/registry';
export type * from './types';
