/**
 * Words grouped into runs for term analysis. A run is a stretch of content words (Han, letters,
 * digits) not broken by sentence punctuation, a line break or an ignored range. Marks that may sit
 * inside a term (、 “” ‘’ 《》 spaces) are "transparent": they do not break a run and are left out of
 * its normalized text, so 区委、区政府 and 区委区政府 normalize alike.
 */
import type { OffsetRange } from '../types';
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

/** The run being built (buildRuns), reused: only its copy is kept. */
const GROWING: RunToken[] = [];

/**
 * Splits a line's words into runs of content tokens. The words are given by their ends (relative
 * to the line, in order, covering it): a token's text is sliced from the line only for the
 * tokens kept, with no object per word in between.
 */
export function buildRuns(line: string, ends: Int32Array, ignored: readonly OffsetRange[] = []): Run[] {
  const runs: Run[] = [];
  const current = GROWING;
  current.length = 0;
  // A run is kept with its cached line: an exact copy, not the array that grew by pushes (a
  // pushed array keeps room for about 17 more elements: 3 MiB of a dense 200k draft's lines).
  const close = (): void => {
    if (current.length > 0) runs.push({ tokens: current.slice() });
    current.length = 0;
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
      current.push({ text: line.slice(start, end), start, end, han: true });
      continue;
    }
    if (isTransparentIn(line, start, end)) continue;
    const text = line.slice(start, end);
    if (!CONTENT.test(text) || /[\s]/.test(text)) {
      close();
      continue;
    }
    current.push({ text, start, end, han: HAN_ONLY.test(text) });
  }
  close();
  return runs;
}

/** The text between two adjacent tokens of a run (transparent marks only, possibly empty). */
export function gapBetween(text: string, a: RunToken, b: RunToken): string {
  return text.slice(a.end, b.start);
}

/**
 * The key set findKeys last looked for, numbered: a line keeps where those keys occur in it
 * (LineMemo.keys) with that number, and a check that looks for the same keys reads them from there.
 * A keystroke seldom changes the document's keys (a new junction 区委、区政府, a new quoted term).
 */
let searched = { signature: '', version: 0 };

/** Where keys occur in a line: key, start and end (relative to the line) in the order the tokens are read. */
interface LineKeys {
  version: number;
  keys: string[];
  spans: Int32Array;
}

/** Every prefix of a key: a stretch of tokens that is no key's prefix can stop at once (most tokens start none). */
function prefixesOf(keys: ReadonlySet<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const k of keys) for (let n = 1; n <= k.length; n++) prefixes.add(k.slice(0, n));
  return prefixes;
}

function keysOfLine(line: TermLine, keys: ReadonlySet<string>, prefixes: ReadonlySet<string>, version: number): LineKeys {
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
        found.push(s);
        spans.push(first.start, last.end);
      }
    }
  }
  return { version, keys: found, spans: Int32Array.from(spans) };
}

/**
 * Occurrences of normalized keys in the lines' runs at word boundaries: a key occurs where the
 * texts of consecutive tokens of a run concatenate to it; its raw span runs from the first token's
 * start to the last one's end (document offsets). One pass over the tokens for all keys, each
 * key's spans in text order; a cached line looked at for the same keys before is not read again.
 */
export function findKeys(lines: readonly TermLine[], keys: ReadonlySet<string>): Map<string, OffsetRange[]> {
  const found = new Map<string, OffsetRange[]>();
  if (keys.size === 0) return found;
  const signature = [...keys].sort().join('\u0000');
  if (signature !== searched.signature) searched = { signature, version: searched.version + 1 };
  const { version } = searched;
  let prefixes: Set<string> | undefined;
  for (const line of lines) {
    let kept = line.memo.keys as LineKeys | undefined;
    if (kept?.version !== version) {
      kept = keysOfLine(line, keys, (prefixes ??= prefixesOf(keys)), version);
      line.memo.keys = kept;
    }
    for (let k = 0; k < kept.keys.length; k++) {
      const key = kept.keys[k] as string;
      const span = { start: line.base + (kept.spans[2 * k] as number), end: line.base + (kept.spans[2 * k + 1] as number) };
      const list = found.get(key);
      if (list) list.push(span);
      else found.set(key, [span]);
    }
  }
  return found;
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
export function balanceMarks(text: string, start: number, end: number): OffsetRange {
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
  return raw.replace(/‘/g, '“').replace(/’/g, '”').replace(/\u3000/g, ' ');
}

/**
 * The text before `offset` names or defines what follows: 以下简称“…”, 简称为“…”, 下称“…”,
 * 所谓“…”, 叫做“…”. A term quoted where it is named is a mention, not a variant.
 */
export function isDefinitionQuote(text: string, offset: number): boolean {
  return /(?:简称|称为|下称|统称|简称为|俗称|又称|所谓|叫做|叫作|称作|称之为|名为|谓之)[：:]?$/.test(text.slice(Math.max(0, offset - 6), offset));
}
