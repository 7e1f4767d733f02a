/**
 * Words grouped into runs for term analysis. A run is a stretch of content words (Han, letters,
 * digits) not broken by sentence punctuation, a line break or an ignored range. Marks that may sit
 * inside a term (、 “” ‘’ 《》 spaces) are "transparent": they do not break a run and are left out of
 * its normalized text, so 区委、区政府 and 区委区政府 normalize alike.
 */
import type { OffsetRange } from '../types';
import { addText, emptyFingerprint, sameFingerprint, type Fingerprint } from './fingerprint';
import type { Run, RunToken, TermLine } from './shapes';

export const TRANSPARENT = '、“”‘’《》 \u3000';
export const OPENING = '“‘《';
export const CLOSING = '”’》';

const CONTENT = /[\p{Script=Han}\p{L}\p{N}〇]/u;
const HAN_ONLY = /^[\p{Script=Han}〇]+$/u;

/** Whether text[start, end) is common Han characters (CJK Unified Ideographs and Extension A) and 〇, without a regex or a slice. */
function isCommonHanIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3007)) return false;
  }
  return end > start;
}

export function isHanWord(text: string): boolean {
  return isCommonHanIn(text, 0, text.length) || HAN_ONLY.test(text);
}

/** Whether text[start, end) is transparent marks only (every mark of TRANSPARENT is one code unit). */
function isTransparentIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!TRANSPARENT.includes(text.charAt(i))) return false;
  return true;
}

/** The run being built (buildRuns), reused: only copies of its first elements are kept. */
const GROWING: RunToken[] = [];

/**
 * Splits a line's words into runs of content tokens. The words are given by their ends (relative
 * to the line, in order, covering it): a token's text is sliced from the line only for the
 * tokens kept, with no object per word in between.
 */
export function buildRuns(line: string, ends: Int32Array, ignored: readonly OffsetRange[] = []): Run[] {
  const runs: Run[] = [];
  // The run so far is GROWING[0, n): a run is kept with its cached line as an exact copy, not as
  // an array that grew by pushes (which keeps room for about 17 more elements: 3 MiB of a dense
  // 200k draft's lines). GROWING's length is never set back (that is a slow call): its stale
  // elements are overwritten.
  const current = GROWING;
  let n = 0;
  const close = (): void => {
    if (n > 0) runs.push({ tokens: current.slice(0, n) });
    n = 0;
  };
  let r = 0; // the first ignored range that may still reach a word (words come in order)
  let start = 0;
  for (let k = 0; k < ends.length; start = ends[k++] as number) {
    const end = ends[k] as number;
    if (end === start) continue;
    while (r < ignored.length && (ignored[r] as OffsetRange).end <= start) r++;
    const range = ignored[r];
    if (range && range.start < end) {
      close();
      continue;
    }
    // Most words are common Han characters: content, not transparent, no space (no regex needed).
    if (isCommonHanIn(line, start, end)) {
      current[n++] = { text: line.slice(start, end), start, end, han: true };
      continue;
    }
    if (isTransparentIn(line, start, end)) continue;
    const text = line.slice(start, end);
    if (!CONTENT.test(text) || /[\s]/.test(text)) {
      close();
      continue;
    }
    current[n++] = { text, start, end, han: HAN_ONLY.test(text) };
  }
  close();
  return runs;
}

/** The text between two adjacent tokens of a run (transparent marks only, possibly empty). */
export function gapBetween(text: string, a: RunToken, b: RunToken): string {
  return text.slice(a.end, b.start);
}

/**
 * Where a key set's keys occur in a line, kept with the line (LineMemo.keys) for that set (`keys`,
 * a fingerprint): a check that looks for the same keys reads them from there, and a keystroke
 * seldom changes the document's keys (a new junction 区委、区政府, a new quoted term). Spans are
 * balanced (balanceMarks) and relative to the line, in the order the tokens are read.
 */
export interface LineKeys {
  keys: Fingerprint;
  found: string[];
  spans: Int32Array;
}

/** Every prefix of a key: a stretch of tokens that is no key's prefix can stop at once (most tokens start none). */
function prefixesOf(keys: ReadonlySet<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const k of keys) for (let n = 1; n <= k.length; n++) prefixes.add(k.slice(0, n));
  return prefixes;
}

function keysOfLine(line: TermLine, keys: ReadonlySet<string>, prefixes: ReadonlySet<string>, fingerprint: Fingerprint): LineKeys {
  const text = line.memo.text;
  const found: string[] = [];
  const spans: number[] = [];
  for (const run of line.runs) {
    const t = run.tokens;
    for (let i = 0; i < t.length; i++) {
      const first = t[i] as RunToken;
      let s = '';
      for (let j = i; j < t.length; j++) {
        const last = t[j] as RunToken;
        s = j === i ? last.text : s + last.text;
        if (!prefixes.has(s)) break;
        if (!keys.has(s)) continue;
        // Marks are balanced within the line: the characters just outside it are line breaks, never marks.
        const balanced = balanceMarks(text, first.start, last.end);
        found.push(s);
        spans.push(balanced.start, balanced.end);
      }
    }
  }
  return { keys: fingerprint, found, spans: Int32Array.from(spans) };
}

/** Whether text[a, a + length) and text[b, b + length) are the same code units (compared in place, no slices). */
function sameUnits(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/** A set of keys with what reading a line for it takes: its fingerprint, and its prefixes once a line is read. */
export interface KeySet {
  keys: ReadonlySet<string>;
  fingerprint: Fingerprint;
  prefixes?: Set<string>;
}

export function keySetOf(keys: ReadonlySet<string>): KeySet {
  const fingerprint = emptyFingerprint();
  for (const key of keys) addText(fingerprint, key);
  return { keys, fingerprint };
}

/** The line's occurrences of the set's keys: kept with the line (LineMemo.keys) for the set, read when not yet. */
export function readKeys(line: TermLine, set: KeySet): LineKeys {
  let kept = line.memo.keys as LineKeys | undefined;
  if (!kept || !sameFingerprint(kept.keys, set.fingerprint)) {
    kept = keysOfLine(line, set.keys, (set.prefixes ??= prefixesOf(set.keys)), set.fingerprint);
    line.memo.keys = kept;
  }
  return kept;
}

/**
 * The keys written more than one way in the document (most are written the same way everywhere:
 * no group). A key occurs where the texts of consecutive tokens of a run concatenate to it; its
 * span runs from the first token's start to the last one's end, widened so that its marks pair up
 * (balanceMarks). Each line's occurrences are kept with it (readKeys) for the key set: a cached line
 * looked at for the same keys before is not read again, and a key written one way costs no object.
 */
export function variedKeys(text: string, lines: readonly TermLine[], set: KeySet): Set<string> {
  const varied = new Set<string>();
  if (set.keys.size === 0) return varied;
  // Each key's first occurrence (start and end), and the keys seen written otherwise since.
  const first = new Map<string, OffsetRange>();
  for (const line of lines) {
    const kept = readKeys(line, set);
    for (let k = 0; k < kept.found.length; k++) {
      const key = kept.found[k] as string;
      if (varied.has(key)) continue;
      const start = line.base + (kept.spans[2 * k] as number);
      const end = line.base + (kept.spans[2 * k + 1] as number);
      const seen = first.get(key);
      if (!seen) first.set(key, { start, end });
      else if (seen.end - seen.start !== end - start || !sameUnits(text, seen.start, start, end - start)) varied.add(key);
    }
  }
  return varied;
}

/** A line's key occurrences, as the last variedKeys over its document left them. */
export function keysOf(line: TermLine): LineKeys {
  return line.memo.keys as LineKeys;
}

/** How many times the code unit occurs in text[start, end). */
function countOf(text: string, unit: number, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === unit) n++;
  return n;
}

/**
 * Widens a span so that its quotation and title marks pair up: “十四五”规划 rather than 十四五”规划,
 * and a term standing alone in marks (“两个维护”) takes them along.
 */
function balanceMarks(text: string, start: number, end: number): OffsetRange {
  let s = start;
  let e = end;
  // By code unit (charAt would make a string of each mark it reads; every mark is one code unit).
  for (let i = 0; i < OPENING.length; i++) {
    const open = OPENING.charCodeAt(i);
    const shut = CLOSING.charCodeAt(i);
    const opens = countOf(text, open, start, end);
    const shuts = countOf(text, shut, start, end);
    if (shuts > opens && text.charCodeAt(s - 1) === open) s -= 1;
    else if (opens > shuts && text.charCodeAt(e) === shut) e += 1;
  }
  if (s === start && e === end && s > 0) {
    const i = OPENING.indexOf(text.charAt(s - 1));
    if (i >= 0 && text.charCodeAt(e) === CLOSING.charCodeAt(i)) {
      s -= 1;
      e += 1;
    }
  }
  return { start: s, end: e };
}

/** A form's identity: nested quotes ‘’ count as “”. */
export function formKey(raw: string): string {
  // Most forms have none of the three: returned as they are, without three replacements each.
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x2018 || c === 0x2019 || c === 0x3000) return raw.replace(/‘/g, '“').replace(/’/g, '”').replace(/\u3000/g, ' ');
  }
  return raw;
}

/**
 * The text before `offset` names or defines what follows: 以下简称“…”, 简称为“…”, 下称“…”,
 * 所谓“…”, 叫做“…”. A term quoted where it is named is a mention, not a variant.
 */
export function isDefinitionQuote(text: string, offset: number): boolean {
  return /(?:简称|称为|下称|统称|简称为|俗称|又称|所谓|叫做|叫作|称作|称之为|名为|谓之)[：:]?$/.test(text.slice(Math.max(0, offset - 6), offset));
}
