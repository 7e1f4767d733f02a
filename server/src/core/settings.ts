/**
 * User settings as the core sees them, and the one function that turns whatever a client sends
 * (missing, null, wrong types) into valid settings: it walks the settings table
 * (settingsTable.ts), so a setting is declared once. Invalid parts fall back to defaults and are
 * reported as problems, never thrown. `.gongwenrc.json` is read with the same normalisers
 * (config/configFile.ts), each problem placed on its key.
 */
import { normalizeOptions } from './ruleOptions';
import { findRule, RULE_IDS } from './rules/registry';
import { SETTINGS_TABLE, type ListEntry, type SettingEntry } from './settingsTable';
import type { CustomPhrase, DocType, OptionValues, Person, SeveritySetting, TermEntry } from './types';

export type { CustomPhrase } from './types';

export interface Settings {
  enable: boolean;
  /** Language ids (LSP) of documents to check. */
  languages: string[];
  /** Per-rule severity overrides; rules not listed use their default. */
  rules: Record<string, SeveritySetting>;
  /** Per-rule options (`rules: { id: { options } }`), checked against the rule's declaration; rules not listed use their defaults. */
  ruleOptions: Record<string, OptionValues>;
  /** Delay in milliseconds before re-checking a changed document (push diagnostics). */
  debounceMs: number;
  /** Document type to assume, or 'auto' to detect it from the title. */
  profile: DocType | 'auto';
  /** The user's own disallowed phrases (rule `phrase.custom`). */
  phrases: CustomPhrase[];
  /** The user's glossary: canonical forms and their variants (rules `term.*`). */
  terms: TermEntry[];
  /** The user's words (`words`): no typo.* finding inside an occurrence of one of them. */
  words: string[];
  /**
   * Documents longer than this (UTF-16 units) skip the expensive rules (segmentation and drift);
   * ten times longer, they are not checked at all. The user is told once.
   */
  maxDocumentChars: number;
  /** The most findings published per document (LSP); beyond it, one note says how many are not shown. */
  maxProblems: number;
  /** The leaders of the user's unit and their posts (rule `name.title`). */
  people: Person[];
}

/** The table's entries that are fields of Settings (what the language server takes from a client). */
export const SETTINGS_ENTRIES: readonly SettingEntry[] = SETTINGS_TABLE.filter((e) => e.lsp);

function defaults(): Settings {
  const settings: Record<string, unknown> = { ruleOptions: {} };
  for (const entry of SETTINGS_ENTRIES) settings[entry.key] = entry.kind === 'scalar' ? structuredClone(entry.default) : entry.kind === 'list' ? [] : {};
  return settings as unknown as Settings;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(defaults());

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

export function isSeveritySetting(value: unknown): value is SeveritySetting {
  return typeof value === 'string' && SEVERITIES.includes(value);
}

export interface NormalizedSettings {
  settings: Settings;
  /** Human-readable problems found in the input, e.g. for a status message. */
  problems: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A problem and where it is: the path of keys below the setting (`['placeholder.unfilled']`, `[3]`), `atKey` when it is the key that is wrong. */
export interface PlacedProblem {
  path: Array<string | number>;
  message: string;
  atKey?: true;
  /** A limit refused part of the value. */
  refused?: true;
}

/**
 * One rule's setting: a severity, or `{ severity, options }` (options checked against the rule's
 * declaration). `name` is how the setting is written where it came from (`gongwen.rules`, `rules`).
 */
function normalizeRule(id: string, value: unknown, problems: PlacedProblem[]): { severity?: SeveritySetting; options?: OptionValues } {
  if (isSeveritySetting(value)) return { severity: value };
  const rule = findRule(id);
  if (isRecord(value)) {
    const result: { severity?: SeveritySetting; options?: OptionValues } = {};
    for (const key of Object.keys(value)) {
      if (key !== 'severity' && key !== 'options') problems.push({ path: [id, key], atKey: true, message: `规则“${id}”的设置只有 severity 和 options 两项，“${key}”已忽略。` });
    }
    if (value.severity !== undefined) {
      if (isSeveritySetting(value.severity)) result.severity = value.severity;
      else problems.push({ path: [id, 'severity'], message: `规则“${id}”的级别应为 error、warning、information、hint 或 off。` });
    }
    const { values, problems: optionProblems } = normalizeOptions(id, rule?.options, value.options);
    for (const p of optionProblems) problems.push({ path: p.option === undefined ? [id, 'options'] : [id, 'options', p.option], message: p.message, ...(p.option !== undefined ? { atKey: true as const } : {}) });
    if (values) result.options = values;
    return result;
  }
  const options = rule?.options ? `，或 { "severity": "warning", "options": { … } }` : '';
  problems.push({ path: [id], message: `规则“${id}”的级别应为 error、warning、information、hint 或 off${options}。` });
  return {};
}

/** `rules`: severities and options per known rule id. */
export function normalizeRules(raw: Record<string, unknown>): { rules: Settings['rules']; ruleOptions: Settings['ruleOptions']; problems: PlacedProblem[] } {
  const rules: Settings['rules'] = {};
  const ruleOptions: Settings['ruleOptions'] = {};
  const problems: PlacedProblem[] = [];
  for (const [id, value] of Object.entries(raw)) {
    if (!RULE_IDS.includes(id)) {
      problems.push({ path: [id], atKey: true, message: `未知规则“${id}”，已忽略。` });
      continue;
    }
    const { severity, options } = normalizeRule(id, value, problems);
    if (severity) rules[id] = severity;
    if (options) ruleOptions[id] = options;
  }
  return { rules, ruleOptions, problems };
}

/** A list, item by item: the valid items (at most `maxItems`) and a problem for each other. */
export function normalizeList(entry: ListEntry, raw: unknown[]): { items: unknown[]; problems: PlacedProblem[] } {
  const items: unknown[] = [];
  const problems: PlacedProblem[] = [];
  if (raw.length > entry.maxItems) {
    problems.push({ path: [entry.maxItems], refused: true, message: `${entry.key} 有 ${raw.length} 项，超过上限 ${entry.maxItems} 项：第 ${entry.maxItems + 1} 项起的 ${raw.length - entry.maxItems} 项未采用。` });
  }
  raw.slice(0, entry.maxItems).forEach((item, i) => {
    const checked = entry.item(item);
    if (checked.ok) items.push(checked.value);
    else problems.push({ path: [i], message: `${entry.key} 第 ${i + 1} 项：${checked.problem}` });
  });
  return { items, problems };
}

/**
 * One setting's raw value (not undefined or null): its normalised value, or undefined when the
 * whole value is refused, and the problems (paths below the setting). `name` is how the setting is
 * written where it came from, for messages about the whole value.
 */
export function normalizeEntry(entry: SettingEntry, raw: unknown, name: string): { value: unknown; ruleOptions?: Settings['ruleOptions']; problems: PlacedProblem[] } {
  switch (entry.kind) {
    case 'scalar': {
      const result = entry.normalize(raw);
      return result.ok ? { value: result.value, problems: [] } : { value: undefined, problems: [{ path: [], message: result.problem(name) }] };
    }
    case 'list': {
      if (!Array.isArray(raw)) return { value: undefined, problems: [{ path: [], message: `${name} 应为数组，如 ${entry.example}。` }] };
      const { items, problems } = normalizeList(entry, raw);
      return { value: items, problems };
    }
    case 'rules': {
      if (!isRecord(raw)) return { value: undefined, problems: [{ path: [], message: `${name} 应为对象，如 { "placeholder.unfilled": "error" }。` }] };
      const { rules, ruleOptions, problems } = normalizeRules(raw);
      return { value: rules, ruleOptions, problems };
    }
  }
}

/**
 * Settings from a client (workspace/configuration, didChangeConfiguration or initializationOptions):
 * every field of Settings from the table; missing or null values are the defaults.
 */
export function normalizeSettings(raw: unknown): NormalizedSettings {
  const problems: string[] = [];
  const settings = defaults();
  if (raw === undefined || raw === null) return { settings, problems };
  if (!isRecord(raw)) {
    problems.push('设置应为对象，已使用默认设置。');
    return { settings, problems };
  }
  const fields = settings as unknown as Record<string, unknown>;
  for (const entry of SETTINGS_ENTRIES) {
    const value = raw[entry.key];
    if (value === undefined || value === null) continue;
    const result = normalizeEntry(entry, value, `gongwen.${entry.key}`);
    for (const p of result.problems) problems.push(p.message);
    if (result.value !== undefined) fields[entry.key] = result.value;
    if (result.ruleOptions) settings.ruleOptions = result.ruleOptions;
  }
  return { settings, problems };
}
