/**
 * Character classes and line iteration shared by rules. Everything works on UTF-16 offsets;
 * a character outside the BMP (𠮷) is tested by its code point at a given offset.
 */

/** The code point starting at `offset` (a whole surrogate pair when there is one). */
export function codePointAt(text: string, offset: number): number | undefined {
  return offset >= 0 && offset < text.length ? text.codePointAt(offset) : undefined;
}

/** The code point ending just before `offset`. */
export function codePointBefore(text: string, offset: number): number | undefined {
  if (offset <= 0) return undefined;
  const low = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) {
    const high = text.charCodeAt(offset - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(offset - 2);
  }
  return low;
}

/** 汉字: CJK Unified Ideographs, Extension A, and the supplementary planes (Extension B onwards, 𠮷). */
export function isHan(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    cp === 0x3007 // 〇
  );
}

/** Full-width (Chinese) punctuation marks of GB/T 15834. */
export const CJK_PUNCTUATION = '，。、；：？！“”‘’（）《》〈〉【】〔〕［］——……·－～｛｝';

export function isCjkPunctuation(cp: number | undefined): boolean {
  return cp !== undefined && CJK_PUNCTUATION.includes(String.fromCodePoint(cp));
}

/** Han character or full-width punctuation: the text around is Chinese. */
export function isChineseContext(cp: number | undefined): boolean {
  return isHan(cp) || isCjkPunctuation(cp);
}

/**
 * Two UTF-16 code units as one number, a Map or Set key that costs no string: a 32-bit integer,
 * which V8 keeps unboxed (a product by 0x10000 would exceed it and be a heap number per lookup).
 */
export function unitPair(a: number, b: number): number {
  return (a << 16) | b;
}

/** The two code units of `text` at `i` and `i + 1` as one number (unitPair). */
export function pairAt(text: string, i: number): number {
  return unitPair(text.charCodeAt(i), text.charCodeAt(i + 1));
}

export function isAsciiDigit(cp: number | undefined): boolean {
  return cp !== undefined && cp >= 0x30 && cp <= 0x39;
}

export function isAsciiLetter(cp: number | undefined): boolean {
  return cp !== undefined && ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a));
}

export interface Line {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character, before the line break. */
  readonly end: number;
  readonly text: string;
  /** 0-based line number. */
  readonly index: number;
}

/** The lines of the last long text asked for: a dozen rules and the heading parser read the same document's lines in one analysis. */
let last: { text: string; lines: readonly Line[] } | undefined;

/** Texts this long or longer are kept (a line-scoped rule asking for one line's lines does not push the document out). */
const KEEP_FROM = 4096;

/**
 * Lines of the text, without their breaks (\n, \r\n or \r); a text ending with a break ends
 * with an empty line, and an empty text is one empty line. Read once per text: the last long
 * text's lines are kept, so the rules of one analysis share them (read-only).
 */
export function lines(text: string): readonly Line[] {
  if (last !== undefined && last.text === text) return last.lines;
  const out: Line[] = [];
  const n = text.length;
  let start = 0;
  for (let index = 0; ; index++) {
    let end = start;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    out.push({ start, end, text: text.slice(start, end), index });
    if (end >= n) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  if (n >= KEEP_FROM) last = { text, lines: out };
  return out;
}

/**
 * A copy of `s` that does not keep alive the string it was sliced from. V8 represents a slice of
 * 13 or more characters as a view into its parent, so a line cut from a document and kept in a
 * cache keeps the whole document (every version of it) in memory. Long-lived caches keyed or
 * valued by a line store a detached copy. The JSON round trip builds a new string from scratch
 * (lone surrogates survive: JSON.stringify escapes them); `(' ' + s).slice(1)` does not detach a
 * slice of a slice (measured: tests/unit/memory.test.ts).
 */
export function detach(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
