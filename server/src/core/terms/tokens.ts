/**
 * Words grouped into runs for term analysis. A run is a stretch of content words (Han, letters,
 * digits) not broken by sentence punctuation, a line break or an ignored range. Marks that may sit
 * inside a term (、 “” ‘’ 《》 spaces) are "transparent": they do not break a run and are left out of
 * its normalized text, so 区委、区政府 and 区委区政府 normalize alike.
 */
import type { OffsetRange, Word } from '../types';

export const TRANSPARENT = '、“”‘’《》 \u3000';
export const OPENING = '“‘《';
export const CLOSING = '”’》';

export interface RunToken extends Word {
  /** Offset of the token's first character in the run's normalized text. */
  norm: number;
}

export interface Run {
  tokens: RunToken[];
  /** The content tokens' texts concatenated. */
  norm: string;
  /** Tokens by their normalized start and end offsets. */
  byNormStart: Map<number, RunToken>;
  byNormEnd: Map<number, RunToken>;
}

const CONTENT = /[\p{Script=Han}\p{L}\p{N}〇]/u;
const HAN_ONLY = /^[\p{Script=Han}〇]+$/u;

export function isHanWord(text: string): boolean {
  return HAN_ONLY.test(text);
}

function isTransparent(text: string): boolean {
  for (const ch of text) if (!TRANSPARENT.includes(ch)) return false;
  return true;
}

function overlaps(ranges: readonly OffsetRange[], start: number, end: number): boolean {
  return ranges.some((r) => start < r.end && r.start < end);
}

/** Splits the words into runs of content tokens. */
export function buildRuns(words: readonly Word[], ignored: readonly OffsetRange[] = []): Run[] {
  const runs: Run[] = [];
  let current: RunToken[] = [];
  let norm = '';
  const close = (): void => {
    if (current.length > 0) {
      const byNormStart = new Map(current.map((t) => [t.norm, t] as const));
      const byNormEnd = new Map(current.map((t) => [t.norm + t.text.length, t] as const));
      runs.push({ tokens: current, norm, byNormStart, byNormEnd });
    }
    current = [];
    norm = '';
  };
  for (const w of words) {
    if (w.text.length === 0) continue;
    if (overlaps(ignored, w.start, w.end)) {
      close();
      continue;
    }
    if (isTransparent(w.text)) continue;
    if (!CONTENT.test(w.text) || /[\s]/.test(w.text)) {
      close();
      continue;
    }
    current.push({ text: w.text, start: w.start, end: w.end, norm: norm.length });
    norm += w.text;
  }
  close();
  return runs;
}

/** The text between two adjacent tokens of a run (transparent marks only, possibly empty). */
export function gapBetween(text: string, a: RunToken, b: RunToken): string {
  return text.slice(a.end, b.start);
}

/** Word boundary offsets, for checking that a string match is a whole-word match. */
export function boundaries(words: readonly Word[]): { starts: Set<number>; ends: Set<number> } {
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const w of words) {
    starts.add(w.start);
    ends.add(w.end);
  }
  return { starts, ends };
}

/**
 * Occurrences of a normalized key in the runs at word boundaries: the raw span in the text runs
 * from the first matched token's start to the last one's end.
 */
export function findKey(runs: readonly Run[], key: string): OffsetRange[] {
  const found: OffsetRange[] = [];
  for (const run of runs) {
    for (let at = run.norm.indexOf(key); at >= 0; at = run.norm.indexOf(key, at + 1)) {
      const first = run.byNormStart.get(at);
      const last = run.byNormEnd.get(at + key.length);
      if (first && last) found.push({ start: first.start, end: last.end });
    }
  }
  return found;
}

/**
 * Widens a span so that its quotation and title marks pair up: “十四五”规划 rather than 十四五”规划,
 * and a term standing alone in marks (“两个维护”) takes them along.
 */
export function balanceMarks(text: string, start: number, end: number): OffsetRange {
  let s = start;
  let e = end;
  const slice = text.slice(s, e);
  for (let i = 0; i < OPENING.length; i++) {
    const open = OPENING.charAt(i);
    const shut = CLOSING.charAt(i);
    const opens = slice.split(open).length - 1;
    const shuts = slice.split(shut).length - 1;
    if (shuts > opens && text.charAt(s - 1) === open) s -= 1;
    else if (opens > shuts && text.charAt(e) === shut) e += 1;
  }
  if (s === start && e === end) {
    const i = OPENING.indexOf(text.charAt(s - 1));
    if (i >= 0 && text.charAt(e) === CLOSING.charAt(i)) {
      s -= 1;
      e += 1;
    }
  }
  return { start: s, end: e };
}

/** A form's identity: nested quotes ‘’ count as “”. */
export function formKey(raw: string): string {
  return raw.replace(/‘/g, '“').replace(/’/g, '”').replace(/\u3000/g, ' ');
}

/** The text before `offset` names a short form being defined: 以下简称“…”, 简称为“…”, 下称“…”. */
export function isDefinitionQuote(text: string, offset: number): boolean {
  return /(?:简称|称为|下称|统称|简称为|俗称|又称)[：:]?$/.test(text.slice(Math.max(0, offset - 6), offset));
}
