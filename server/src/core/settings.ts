/**
 * User settings as the core sees them, and the one function that turns whatever a client or a
 * config file sends (missing, null, wrong types) into valid settings. Invalid parts fall back to
 * defaults and are reported as problems, never thrown.
 */
import { parseDocType } from './doctype';
import { userPatternProblem } from './text/userPattern';
import type { DocType, SeveritySetting, TermEntry } from './types';

/** A user's own disallowed phrase (from settings or .gongwenrc.json). */
export interface CustomPhrase {
  /**
   * Literal text, or a regular expression when `regex` is true: JavaScript syntax, run on RE2 in
   * linear time (text/userPattern.ts), so without lookahead and back-references.
   */
  pattern: string;
  regex: boolean;
  /** What to write instead; absent when the phrase should simply go. */
  replacement?: string;
  /** Chinese message; a default one names the phrase and the replacement. */
  message?: string;
}

export interface Settings {
  enable: boolean;
  /** Language ids (LSP) of documents to check. */
  languages: string[];
  /** Per-rule severity overrides; rules not listed use their default. */
  rules: Record<string, SeveritySetting>;
  /** Delay in milliseconds before re-checking a changed document (push diagnostics). */
  debounceMs: number;
  /** Document type to assume, or 'auto' to detect it from the title. */
  profile: DocType | 'auto';
  /** The user's own disallowed phrases (rule `phrase.custom`). */
  phrases: CustomPhrase[];
  /** The user's glossary: canonical forms and their variants (rules `term.*`). */
  terms: TermEntry[];
  /**
   * Documents longer than this (UTF-16 units) skip the expensive rules (segmentation and drift);
   * ten times longer, they are not checked at all. The user is told once.
   */
  maxDocumentChars: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enable: true,
  languages: ['plaintext', 'markdown'],
  rules: {},
  debounceMs: 200,
  profile: 'auto',
  phrases: [],
  terms: [],
  maxDocumentChars: 150_000,
});

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

export function normalizeSettings(raw: unknown, knownRules: readonly string[] = []): NormalizedSettings {
  const problems: string[] = [];
  const settings: Settings = {
    enable: DEFAULT_SETTINGS.enable,
    languages: [...DEFAULT_SETTINGS.languages],
    rules: {},
    debounceMs: DEFAULT_SETTINGS.debounceMs,
    profile: 'auto',
    phrases: [],
    terms: [],
    maxDocumentChars: DEFAULT_SETTINGS.maxDocumentChars,
  };
  if (raw === undefined || raw === null) return { settings, problems };
  if (!isRecord(raw)) {
    problems.push('设置应为对象，已使用默认设置。');
    return { settings, problems };
  }

  if (raw.enable !== undefined && raw.enable !== null) {
    if (typeof raw.enable === 'boolean') settings.enable = raw.enable;
    else problems.push('gongwen.enable 应为 true 或 false。');
  }

  if (raw.languages !== undefined && raw.languages !== null) {
    if (Array.isArray(raw.languages) && raw.languages.every((l) => typeof l === 'string')) {
      settings.languages = [...(raw.languages as string[])];
    } else {
      problems.push('gongwen.languages 应为字符串数组。');
    }
  }

  if (raw.rules !== undefined && raw.rules !== null) {
    if (isRecord(raw.rules)) {
      for (const [id, value] of Object.entries(raw.rules)) {
        if (knownRules.length > 0 && !knownRules.includes(id)) {
          problems.push(`未知规则“${id}”，已忽略。`);
        } else if (!isSeveritySetting(value)) {
          problems.push(`规则“${id}”的级别应为 error、warning、information、hint 或 off。`);
        } else {
          settings.rules[id] = value;
        }
      }
    } else {
      problems.push('gongwen.rules 应为对象，例如 { "placeholder.unfilled": "error" }。');
    }
  }

  if (raw.debounceMs !== undefined && raw.debounceMs !== null) {
    const d = raw.debounceMs;
    if (typeof d === 'number' && Number.isFinite(d) && d >= 0) settings.debounceMs = Math.min(d, 5000);
    else problems.push('gongwen.debounceMs 应为非负数。');
  }

  if (raw.maxDocumentChars !== undefined && raw.maxDocumentChars !== null) {
    const m = raw.maxDocumentChars;
    if (typeof m === 'number' && Number.isFinite(m) && m >= 1000) settings.maxDocumentChars = Math.floor(m);
    else problems.push('gongwen.maxDocumentChars 应为不小于 1000 的数。');
  }

  if (raw.profile !== undefined && raw.profile !== null && raw.profile !== 'auto') {
    const type = parseDocType(raw.profile);
    if (type) settings.profile = type;
    else problems.push(`gongwen.profile“${String(raw.profile)}”无法识别，应为 auto、通知、请示、讲话稿等。`);
  }

  if (raw.phrases !== undefined && raw.phrases !== null) {
    if (Array.isArray(raw.phrases)) {
      raw.phrases.forEach((entry, i) => {
        const phrase = normalizePhrase(entry);
        if (typeof phrase === 'string') problems.push(`phrases 第 ${i + 1} 项：${phrase}`);
        else settings.phrases.push(phrase);
      });
    } else {
      problems.push('phrases 应为数组。');
    }
  }

  if (raw.terms !== undefined && raw.terms !== null) {
    if (Array.isArray(raw.terms)) {
      raw.terms.forEach((entry, i) => {
        const term = normalizeTerm(entry);
        if (typeof term === 'string') problems.push(`terms 第 ${i + 1} 项：${term}`);
        else settings.terms.push(term);
      });
    } else {
      problems.push('terms 应为数组。');
    }
  }

  return { settings, problems };
}

function normalizeTerm(entry: unknown): TermEntry | string {
  if (!isRecord(entry)) return '应为对象，如 { "canonical": "区委、区政府", "variants": ["区委区政府"] }。';
  const { canonical, variants } = entry;
  if (typeof canonical !== 'string' || canonical.trim() === '') return 'canonical 应为非空字符串。';
  if (!Array.isArray(variants) || !variants.every((v) => typeof v === 'string' && v.trim() !== '')) return 'variants 应为非空字符串数组。';
  return { canonical, variants: variants as string[] };
}

/** A valid custom phrase, or a Chinese description of what is wrong with it. */
function normalizePhrase(entry: unknown): CustomPhrase | string {
  if (!isRecord(entry)) return '应为对象，如 { "pattern": "搞好", "replacement": "做好" }。';
  const { pattern, regex, replacement, message } = entry;
  if (typeof pattern !== 'string' || pattern.length === 0) return 'pattern 应为非空字符串。';
  if (regex !== undefined && typeof regex !== 'boolean') return 'regex 应为 true 或 false。';
  if (replacement !== undefined && typeof replacement !== 'string') return 'replacement 应为字符串。';
  if (message !== undefined && typeof message !== 'string') return 'message 应为字符串。';
  if (regex === true) {
    // Invalid syntax, too long, or what RE2 (which runs these patterns) cannot do: lookahead, back-references.
    const problem = userPatternProblem(pattern);
    if (problem) return problem;
  }
  return {
    pattern,
    regex: regex === true,
    ...(replacement !== undefined ? { replacement } : {}),
    ...(message !== undefined ? { message } : {}),
  };
}
