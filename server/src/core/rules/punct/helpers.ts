/**
 * Shared helpers of the punct.* rules: character classes, the ranges no punctuation rule may read
 * (Markdown code, URLs, e-mail addresses, Markdown link targets and HTML tags), paragraph
 * iteration and finding/fix constructors.
 */
import { mergeRanges, overlapsAny } from '../../markdown';
import { addMatches, nonProseRanges } from '../../text/nonProse';
import { codePointAt, codePointBefore, isAsciiDigit, isAsciiLetter, isCjkPunctuation, isHan, lines } from '../../text/chars';
import type { Fix, OffsetRange, RuleContext, RuleFinding } from '../../types';

/** Opening marks of pairs (标号). */
export const OPENING = '“‘（《〈【〔［「『｛';
/** Closing marks of pairs. */
export const CLOSING = '”’）》〉】〕］」』｝';
/** 点号 that end a sentence. */
export const SENTENCE_END = '。？！';
/** Horizontal white space (ASCII space, tab, ideographic space). */
export const SPACE = /[ \t\u3000]/;

export function ch(cp: number | undefined): string {
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** The character (whole code point) starting at `offset`, or ''. */
export function charAt(text: string, offset: number): string {
  return ch(codePointAt(text, offset));
}

/** The character (whole code point) ending at `offset`, or ''. */
export function charBefore(text: string, offset: number): string {
  return ch(codePointBefore(text, offset));
}

export function isHanChar(c: string): boolean {
  return c !== '' && isHan(c.codePointAt(0));
}

export function isCjkMark(c: string): boolean {
  return c !== '' && (isCjkPunctuation(c.codePointAt(0)) || c === '…' || c === '—');
}

/** Han or full-width punctuation. */
export function isChineseChar(c: string): boolean {
  return isHanChar(c) || isCjkMark(c);
}

export function isDigit(c: string): boolean {
  return c !== '' && isAsciiDigit(c.codePointAt(0));
}

export function isLetter(c: string): boolean {
  return c !== '' && isAsciiLetter(c.codePointAt(0));
}

export function isAlnum(c: string): boolean {
  return isDigit(c) || isLetter(c);
}

/** Emphasis characters a Markdown writer puts around words: skipped when looking for context. */
function isMarkup(c: string, markdown: boolean): boolean {
  return markdown && (c === '*' || c === '_' || c === '~');
}

/** The nearest character before `offset` on the same line, skipping spaces (and Markdown emphasis). */
export function contextBefore(text: string, offset: number, markdown: boolean): string {
  let i = offset;
  while (i > 0) {
    const c = charBefore(text, i);
    if (c === '\n' || c === '\r') return '';
    if (!SPACE.test(c) && !isMarkup(c, markdown)) return c;
    i -= c.length;
  }
  return '';
}

/** The nearest character at or after `offset` on the same line, skipping spaces (and Markdown emphasis). */
export function contextAfter(text: string, offset: number, markdown: boolean): string {
  let i = offset;
  while (i < text.length) {
    const c = charAt(text, i);
    if (c === '\n' || c === '\r') return '';
    if (!SPACE.test(c) && !isMarkup(c, markdown)) return c;
    i += c.length;
  }
  return '';
}

/** Offset after the horizontal spaces starting at `offset`. */
export function skipSpaces(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && SPACE.test(text.charAt(i))) i++;
  return i;
}

/** Offset of the start of the horizontal spaces ending at `offset`. */
export function skipSpacesBack(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && SPACE.test(text.charAt(i - 1))) i--;
  return i;
}

/** True when `offset` is at the end of its line (only spaces follow). */
export function atLineEnd(text: string, offset: number): boolean {
  const i = skipSpaces(text, offset);
  return i >= text.length || text.charAt(i) === '\n' || text.charAt(i) === '\r';
}

/** True when only spaces precede `offset` on its line. */
export function atLineStart(text: string, offset: number): boolean {
  const i = skipSpacesBack(text, offset);
  return i === 0 || text.charAt(i - 1) === '\n' || text.charAt(i - 1) === '\r';
}

/** The context's ignored ranges plus the text's non-prose ranges (URLs, e-mail, paths, link targets, tags). */
export function protectedRanges(context: RuleContext): OffsetRange[] {
  const nonProse = nonProseRanges(context.text, context.format);
  return nonProse.length === 0 ? [...context.ignored] : mergeRanges(context.ignored, nonProse);
}

export function isProtected(ranges: readonly OffsetRange[], start: number, end = start + 1): boolean {
  return overlapsAny(ranges, start, end);
}

/**
 * Heading and list markers at a line start that the heading family owns: (一) (1) 1) 一. 一）
 * (also after Markdown # or list markers). Punctuation rules leave these alone.
 */
const LINE_MARKER = /^[ \t\u3000]*(?:#{1,6}[ \t]+|[-*+][ \t]+|>[ \t]*)?(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[.．)）]|\d{1,3}[)）]|[a-zA-Z][)）])/gm;

export function lineMarkers(text: string): OffsetRange[] {
  const out: OffsetRange[] = [];
  addMatches(LINE_MARKER, text, out);
  return out;
}

let englishCache: { text: string; starts: number[]; english: boolean[] } | undefined;

/**
 * True when the line around `offset` is English text with a few Chinese words in it (more Latin
 * letters than twice the Han characters): English punctuation is right there. Cached per text.
 */
export function isEnglishLine(text: string, offset: number): boolean {
  if (englishCache?.text !== text) {
    const starts: number[] = [];
    const english: boolean[] = [];
    const re = /[^\r\n]*/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      starts.push(m.index);
      const latin = m[0].match(/[A-Za-z]/g)?.length ?? 0;
      const han = m[0].match(/[\u3400-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/g)?.length ?? 0;
      english.push(latin > 2 * han);
      re.lastIndex = m.index + m[0].length + 1;
      if (re.lastIndex > text.length) break;
    }
    englishCache = { text, starts, english };
  }
  const { starts, english } = englishCache;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return english[low] ?? false;
}

/** Paragraph = a line here: 公文 put one paragraph on a line. Lines with their offsets. */
export interface Paragraph {
  start: number;
  end: number;
}

export function paragraphs(text: string): Paragraph[] {
  // The text's lines (read once per text, text/chars.ts), without the empty ones.
  const out: Paragraph[] = [];
  for (const line of lines(text)) if (line.end > line.start) out.push(line);
  return out;
}

export function replace(title: string, start: number, end: number, newText: string, preferred = true): Fix {
  return { title, edits: [{ start, end, newText }], ...(preferred ? { preferred: true } : {}) };
}

export function finding(rule: string, start: number, end: number, message: string, fixes: Fix[] = []): RuleFinding {
  return { rule, start, end, message, fixes };
}

/** Shows spaces in a message so that the reader sees what is flagged. */
export function shown(s: string): string {
  return s.replace(/\u3000/g, '□').replace(/[ \t]/g, '␣');
}
