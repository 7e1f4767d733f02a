/**
 * The heading structure of a 公文: its 层次序数 (GB/T 9704-2012 7.3.3) and, around them, the title
 * line and the address line. Shared by the heading.* rules and by the document outline (Outline
 * view, folding, the 认识—问题—举措 view), so it is a plain, documented API:
 *
 *   parseHeadings(text, format)   → HeadingLine[]     one item per heading line, in text order
 *   parseStructure(text, format)  → { title, address, headings, attachments }
 *   buildOutline(headings)        → OutlineNode[]     the tree: parent, sibling group, level
 *
 * The four levels are 一、 （一） 1. （1）. Slightly wrong markers are still recognised (so that the
 * heading still appears in the outline and a rule can say what is wrong): 一. 一． 一， 一：, 1、 1，
 * １． 1．, (一) （一) (一）, （一）、 （一）：, (1) （1）、, and ① (circled, a level-4 stand-in). Markdown
 * ATX headings (## …) are headings with or without a number; a number decides the level.
 *
 * Not headings: 一是…… 第一，……（in-paragraph enumerations), 一、二、三等奖, 三、四天, 七、八十人
 * (numeral lists: the text after 一、 starts with the next numeral), 1.5万亩 2025.3 1、2号楼 (a digit follows
 * the mark), lines without any 汉字, lines in Markdown code, and the numbered list after 附件：.
 * All offsets are UTF-16 indexes into the text.
 */
import { findTitle } from '../doctype';
import { markdownIgnoredRanges, overlapsAny } from '../markdown';
import { detach, lines } from '../text/chars';
import { LINE_CACHE_CHARS, LINE_CACHE_LINES, LineCache } from '../text/lineCache';
import type { OffsetRange, TextFormat } from '../types';

/** A piece of the text: its range and its characters. */
export interface Span extends OffsetRange {
  text: string;
}

/**
 * The family of a heading's marker, which fixes its nominal level:
 * 'cn-dun' 一、 (1), 'cn-paren' （一） (2), 'arabic-dot' 1. (3), 'arabic-paren' （1） (4),
 * 'circled' ① (4, or 5 under a （1）: see buildOutline), 'markdown' an unnumbered `#` heading.
 */
export type HeadingForm = 'cn-dun' | 'cn-paren' | 'arabic-dot' | 'arabic-paren' | 'circled' | 'markdown';

/**
 * What is wrong with a recognised marker:
 * 'wrong-mark'        a mark other than the standard one: 一. 一， 一：, 1， 1．, （一）、 （1）：
 * 'arabic-dun'        1、 for 1. (a common house style, kept apart from wrong-mark)
 * 'halfwidth-bracket' (一) （一) (1): a half-width bracket
 * 'fullwidth-digit'   １． （１）: full-width digits
 * 'circled'           ① instead of （1）
 */
export type HeadingFault = 'wrong-mark' | 'arabic-dun' | 'halfwidth-bracket' | 'fullwidth-digit' | 'circled';

export interface HeadingMarker extends Span {
  /** The opening bracket of （一） / （1）. */
  open?: Span;
  /** The number itself: 十二, 3, ３, ②. */
  numeral: Span;
  /** The closing bracket. */
  close?: Span;
  /** The mark after the number or bracket: 、 . ． ， ： (absent for a clean （一） or ①). */
  mark?: Span;
}

export interface HeadingLine {
  /** 0-based line number. */
  line: number;
  /** The whole line, without its line break. */
  lineRange: OffsetRange;
  form: HeadingForm;
  /** Nominal level: 1..4 from the marker (① counts 4); for an unnumbered Markdown heading, its `#` depth less the title's. */
  level: number;
  /** The number as an integer: 一→1, 十二→12, （三）→3, ⑤→5. Absent for an unnumbered Markdown heading. */
  ordinal?: number;
  marker?: HeadingMarker;
  /** The standard marker for this level and ordinal: 一、 （一） 1. （1） (（2） for ②). */
  canonicalMarker?: string;
  /** Shared by every parse of the same line text: read-only. */
  faults: readonly HeadingFault[];
  /** The heading's own words, without marker, end punctuation and surrounding `**`. */
  title: Span;
  /** Body text follows on the same line: 1.加强领导。正文…… */
  runIn: boolean;
  /** The punctuation ending the title: the 。 of a run-in heading, or a final mark of a heading alone on its line. */
  endPunct?: Span;
  /** The body text after a run-in heading. */
  body?: OffsetRange;
  /** Number of `#` when the line is a Markdown ATX heading. */
  markdownDepth?: number;
  /** Parts of the document: the main text is 0; each 附件 starts a new part (numbering starts over). */
  part: number;
}

export interface DocumentStructure {
  /** The title line (first non-empty line; a Markdown `#` is not included). */
  title?: Span;
  /** The address or 主送 line right after the title: 同志们： / 各乡镇人民政府，县政府各部门： */
  address?: Span;
  headings: HeadingLine[];
  /** The 附件 lines (附件： / 附件1：…), each starting a new part; absent when there is none. */
  attachments?: Span[];
}

const CN_DIGITS = '一二三四五六七八九';
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/;
const INDENT = /^[ \t\u3000]*/;
const ATTACHMENT = /^[ \t\u3000]*附件[ \t\u3000]*[0-9０-９一二三四五六七八九十]*[ \t\u3000]*([:：])?/;

/** 一→1 … 九十九→99; undefined for a string that is not a well-formed Chinese number (一一, 十十). */
export function parseChineseNumeral(s: string): number | undefined {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return undefined;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? CN_DIGITS.indexOf(tens) + 1 : undefined;
  return (tens ? CN_DIGITS.indexOf(tens) + 1 : 1) * 10 + (units ? CN_DIGITS.indexOf(units) + 1 : 0);
}

/** 1→一, 12→十二, 20→二十 (1..99). */
export function chineseNumeral(n: number): string {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const u = units ? CN_DIGITS.charAt(units - 1) : '';
  if (tens === 0) return u;
  return (tens === 1 ? '' : CN_DIGITS.charAt(tens - 1)) + '十' + u;
}

/** ①..⑳ for 1..20. */
export function circledNumeral(n: number): string {
  return String.fromCharCode(0x2460 + n - 1);
}

/** The clean marker of a form for an ordinal: ('cn-paren', 3) → （三）; ('circled', 2) → ②. */
export function markerFor(form: HeadingForm, n: number): string {
  switch (form) {
    case 'cn-dun':
      return `${chineseNumeral(n)}、`;
    case 'cn-paren':
      return `（${chineseNumeral(n)}）`;
    case 'arabic-dot':
      return `${n}.`;
    case 'arabic-paren':
      return `（${n}）`;
    case 'circled':
      return circledNumeral(n);
    default:
      return '';
  }
}

/** The numeral of a form for an ordinal, as written inside its marker: 三, 3, ③. */
export function numeralFor(form: HeadingForm, n: number): string {
  if (form === 'cn-dun' || form === 'cn-paren') return chineseNumeral(n);
  return form === 'circled' ? circledNumeral(n) : String(n);
}

function arabicValue(s: string): number {
  return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

interface RawMarker {
  form: Exclude<HeadingForm, 'markdown'>;
  ordinal: number;
  open?: string;
  numeral: string;
  close?: string;
  mark?: string;
  length: number;
}

const CN = '[一二三四五六七八九十]{1,3}';
const DIGITS = '[0-9０-９]{1,2}';
const PAREN = new RegExp(`^([（(])(${CN}|${DIGITS})([）)])([、，,：:.．])?`);
const CN_MARK = new RegExp(`^(${CN})([、.．，,：:])`);
/** A digit right after the mark makes a decimal (1.5万亩, 2025.3), unless a year follows: 20.2026年起…… is item 20. */
const ARABIC_MARK = new RegExp(`^(${DIGITS})([.．、，,])(?:(?![0-9０-９])|(?=(?:1[89]|20)[0-9]{2}年))`);
const CIRCLED = /^([\u2460-\u2473])([、.．，,])?/;

/** The marker at the start of `s` (the line after its indentation), if any. */
function readMarker(s: string): RawMarker | undefined {
  let m = PAREN.exec(s);
  if (m) {
    const [all, open, numeral = '', close, mark] = m;
    const isCn = /^[一-龥]/.test(numeral);
    const ordinal = isCn ? parseChineseNumeral(numeral) : arabicValue(numeral);
    if (!ordinal) return undefined;
    return { form: isCn ? 'cn-paren' : 'arabic-paren', ordinal, open, numeral, close, mark, length: all.length };
  }
  m = CN_MARK.exec(s);
  if (m) {
    const [all, numeral = '', mark] = m;
    const ordinal = parseChineseNumeral(numeral);
    if (!ordinal) return undefined;
    // 一、二、三等奖 / 三、四天: a list of numerals, not a heading.
    const next = /^[一二三四五六七八九十]{1,3}/.exec(s.slice(all.length));
    if (next && (parseChineseNumeral(next[0]) === ordinal + 1 || parseChineseNumeral(next[0].charAt(0)) === ordinal + 1)) return undefined;
    return { form: 'cn-dun', ordinal, numeral, mark, length: all.length };
  }
  m = ARABIC_MARK.exec(s);
  if (m) {
    const [all, numeral = '', mark] = m;
    const ordinal = arabicValue(numeral);
    if (!ordinal) return undefined;
    return { form: 'arabic-dot', ordinal, numeral, mark, length: all.length };
  }
  m = CIRCLED.exec(s);
  if (m) {
    const [all, numeral = '', mark] = m;
    return { form: 'circled', ordinal: numeral.charCodeAt(0) - 0x2460 + 1, numeral, mark, length: all.length };
  }
  return undefined;
}

function faultsOf(raw: RawMarker): HeadingFault[] {
  const faults: HeadingFault[] = [];
  const { form, mark } = raw;
  if (form === 'cn-dun' && mark !== '、') faults.push('wrong-mark');
  if (form === 'arabic-dot' && mark === '、') faults.push('arabic-dun');
  else if (form === 'arabic-dot' && mark !== '.') faults.push('wrong-mark');
  if ((form === 'cn-paren' || form === 'arabic-paren') && mark !== undefined) faults.push('wrong-mark');
  if (raw.open === '(' || raw.close === ')') faults.push('halfwidth-bracket');
  if (/[０-９]/.test(raw.numeral)) faults.push('fullwidth-digit');
  if (form === 'circled') faults.push('circled');
  return faults;
}

const LEVEL: Record<Exclude<HeadingForm, 'markdown'>, number> = { 'cn-dun': 1, 'cn-paren': 2, 'arabic-dot': 3, 'arabic-paren': 4, circled: 4 };
const OPENERS = '“‘《（(〈「『【〔［';
const CLOSERS = '”’》）)〉」』】〕］';
/** Marks ending a run-in heading's title when body text follows. */
const RUN_IN_END = '。！？：';
/** Marks that may end a heading alone on its line. */
const LINE_END_PUNCT = '。．.，,；;：:、！!？?';

/** Title, end punctuation and body of the text [from, to) after a marker. */
function splitTitle(text: string, from: number, to: number, markdown: boolean): Pick<HeadingLine, 'title' | 'runIn' | 'endPunct' | 'body'> {
  let start = from;
  while (start < to && /[ \t\u3000]/.test(text.charAt(start))) start++;
  let depth = 0;
  for (let i = start; i < to; i++) {
    const c = text.charAt(i);
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && RUN_IN_END.includes(c)) {
      const rest = text.slice(i + 1, to).replace(/^[\s*_]+/, '');
      if (rest.length === 0) break; // the mark ends the line: a heading alone on its line
      let bodyStart = i + 1;
      while (bodyStart < to && /[ \t\u3000]/.test(text.charAt(bodyStart))) bodyStart++;
      return { title: span(text, ...unwrapBold(text, start, i, markdown)), runIn: true, endPunct: span(text, i, i + 1), body: { start: bodyStart, end: to } };
    }
  }
  let end = to;
  if (markdown && /(\*\*|__)$/.test(text.slice(start, end))) while (end > start && /[*_]/.test(text.charAt(end - 1))) end--;
  let endPunct: Span | undefined;
  if (end > start && LINE_END_PUNCT.includes(text.charAt(end - 1))) {
    endPunct = span(text, end - 1, end);
    end--;
  }
  return { title: span(text, ...unwrapBold(text, start, end, markdown)), runIn: false, ...(endPunct ? { endPunct } : {}) };
}

function unwrapBold(text: string, start: number, end: number, markdown: boolean): [number, number] {
  if (!markdown) return [start, end];
  let s = start;
  let e = end;
  if (text.startsWith('**', s)) s += 2;
  if (e - 2 >= s && text.startsWith('**', e - 2)) e -= 2;
  return [s, e];
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/**
 * The headings of a document, in text order. `ignored` defaults to the Markdown mask of a Markdown
 * text (rules pass `context.ignored`).
 */
export function parseHeadings(text: string, format: TextFormat, ignored?: readonly OffsetRange[]): HeadingLine[] {
  return parseStructure(text, format, ignored).headings;
}

type TitleParts = Pick<HeadingLine, 'title' | 'runIn' | 'endPunct' | 'body'>;

/**
 * A line's marker worked out once per line text: spans relative to the line start, the faults
 * (shared by every parse of the line: read-only) and the standard marker.
 */
interface LineMarker {
  span: Span;
  open?: Span;
  numeral: Span;
  close?: Span;
  mark?: Span;
  faults: readonly HeadingFault[];
  canonical: string;
}

function lineMarker(line: string, pos: number, raw: RawMarker): LineMarker {
  let at = pos;
  const piece = (s: string | undefined): Span | undefined => {
    if (s === undefined) return undefined;
    const p = span(line, at, at + s.length);
    at += s.length;
    return p;
  };
  const open = piece(raw.open);
  const numeral = piece(raw.numeral) as Span;
  const close = piece(raw.close);
  const mark = piece(raw.mark);
  const m: LineMarker = { span: span(line, pos, pos + raw.length), numeral, faults: faultsOf(raw), canonical: markerFor(raw.form === 'circled' ? 'arabic-paren' : raw.form, raw.ordinal) };
  if (open) m.open = open;
  if (close) m.close = close;
  if (mark) m.mark = mark;
  return m;
}

/** A span moved by `by`, its text shared. */
function moved(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by, text: s.text };
}

/** The heading marker of a line's parse, at the line's offset. */
function placeMarker(m: LineMarker, by: number): HeadingMarker {
  const out: HeadingMarker = { start: m.span.start + by, end: m.span.end + by, text: m.span.text, numeral: moved(m.numeral, by) };
  if (m.open) out.open = moved(m.open, by);
  if (m.close) out.close = moved(m.close, by);
  if (m.mark) out.mark = moved(m.mark, by);
  return out;
}

/** What parseStructure reads from one line alone, with offsets relative to the line start. */
interface LineParse {
  indent: number;
  blank: boolean;
  /** An 附件 line: whether a colon follows (a numbered list comes next); undefined for other lines. */
  attachment?: boolean;
  /** Markdown ATX depth. */
  depth?: number;
  raw?: RawMarker;
  /** The marker's pieces, relative to the line start, with what follows from them alone. */
  marker?: LineMarker;
  /** Title, end punctuation and body (present when the line has a marker or an ATX mark). */
  parts?: TitleParts;
  /** The title has a Han character. */
  han: boolean;
}

/**
 * Line parses by line text (plain text, Markdown): a typing session makes a new line text per
 * keystroke, so the cache is bounded (LINE_CACHE_CHARS and LINE_CACHE_LINES, raised to twice the
 * largest document parsed) and keeps the recently parsed lines.
 */
const LINE_PARSES = [new LineCache<LineParse>(LINE_CACHE_CHARS, LINE_CACHE_LINES), new LineCache<LineParse>(LINE_CACHE_CHARS, LINE_CACHE_LINES)];

/** What the line-parse caches hold (plain text, Markdown): characters of lines and lines, for tests and measurements. */
export function headingCacheSizes(): Array<{ characters: number; lines: number }> {
  return LINE_PARSES.map((cache) => ({ characters: cache.characters, lines: cache.size }));
}

/** Forgets every cached line parse and the last parse (a from-scratch measurement or test). */
export function clearHeadingCaches(): void {
  for (const cache of LINE_PARSES) cache.clear();
  last = undefined;
}

function lineParse(line: string, markdown: boolean): LineParse {
  const cache = LINE_PARSES[markdown ? 1 : 0] as LineCache<LineParse>;
  let lp = cache.get(line);
  if (!lp) {
    // Parse a detached copy: the parse's slices (title, body) must not keep the document alive.
    const own = detach(line);
    lp = parseLine(own, markdown);
    cache.set(own, lp);
  }
  return lp;
}

function parseLine(line: string, markdown: boolean): LineParse {
  const indent = INDENT.exec(line)?.[0].length ?? 0;
  const lp: LineParse = { indent, blank: line.trim() === '', han: false };
  if (lp.blank) return lp;
  const attachment = ATTACHMENT.exec(line);
  if (attachment) {
    lp.attachment = attachment[1] !== undefined;
    return lp;
  }
  let pos = indent;
  let depth: number | undefined;
  if (markdown) {
    const atx = /^ {0,3}(#{1,6})[ \t]+/.exec(line);
    if (atx?.[1]) {
      depth = atx[1].length;
      pos = atx[0].length;
    }
    if (line.startsWith('**', pos) && !line.startsWith('***', pos)) pos += 2;
  }
  let end = line.length;
  while (end > pos && /[ \t\u3000]/.test(line.charAt(end - 1))) end--;
  if (depth !== undefined) end = pos + line.slice(pos, end).replace(/[ \t]+#+$/, '').length;
  if (depth !== undefined) lp.depth = depth;
  const raw = readMarker(line.slice(pos, end));
  if (raw) {
    lp.raw = raw;
    lp.marker = lineMarker(line, pos, raw);
  }
  if (!raw && depth === undefined) return lp;
  let titleFrom = pos + (raw?.length ?? 0);
  if (markdown && raw && line.startsWith('**', titleFrom) && line.slice(0, pos).endsWith('**')) titleFrom += 2;
  lp.parts = splitTitle(line, titleFrom, end, markdown);
  lp.han = HAN.test(lp.parts.title.text);
  return lp;
}


function sameRanges(a: readonly OffsetRange[] | undefined, b: readonly OffsetRange[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if ((a[i] as OffsetRange).start !== (b[i] as OffsetRange).start || (a[i] as OffsetRange).end !== (b[i] as OffsetRange).end) return false;
  return true;
}

/**
 * What a heading was made from: its line's parse, where the line stood and the state the line was
 * read in. A heading made from the same is the same, and the previous object serves again (an
 * edit moves only the headings after it: those before keep theirs).
 */
interface MadeFrom {
  lp: LineParse;
  start: number;
  end: number;
  index: number;
  part: number;
  titleDepth: number;
}

/**
 * The last parse: the heading rules and the structure rules of one analysis share it (treat it as
 * read-only), with what each of its headings was made from (same index).
 */
let last: { text: string; format: TextFormat; ignored: readonly OffsetRange[] | undefined; result: DocumentStructure; made: MadeFrom[] } | undefined;

/** Title line, address line and headings (the result of the previous call when the input is the same). */
export function parseStructure(text: string, format: TextFormat, ignored?: readonly OffsetRange[]): DocumentStructure {
  if (last && last.text === text && last.format === format && sameRanges(last.ignored, ignored)) return last.result;
  const previous = last && last.format === format ? last : undefined;
  const made: MadeFrom[] = [];
  const result = parseStructureOf(text, format, ignored, previous?.result.headings ?? [], previous?.made ?? [], made);
  last = { text, format, ignored: ignored ? ignored.map((r) => ({ start: r.start, end: r.end })) : undefined, result, made };
  return result;
}

function parseStructureOf(
  text: string,
  format: TextFormat,
  ignored: readonly OffsetRange[] | undefined,
  previous: readonly HeadingLine[],
  previousMade: readonly MadeFrom[],
  made: MadeFrom[],
): DocumentStructure {
  let reuse = 0; // the first previous heading not passed yet (both lists are in text order)
  const markdown = format === 'markdown';
  const mask = ignored ?? (markdown ? markdownIgnoredRanges(text) : []);
  const titleLine = findTitle(text);
  const title = titleLine ? span(text, titleLine.start, titleLine.end) : undefined;
  const headings: HeadingLine[] = [];
  const attachments: Span[] = [];
  let address: Span | undefined;
  let part = 0;
  let attachmentList = false;
  let linesAfterTitle = 0;
  let titleDepth = 0;
  const textLines = lines(text);
  // Room for the whole document before it is read (a first parse of a long one would evict its own first lines).
  (LINE_PARSES[markdown ? 1 : 0] as LineCache<LineParse>).fit(text.length, textLines.length);

  for (const line of textLines) {
    const lp = lineParse(line.text, markdown);
    const indent = lp.indent;
    const isTitle = title !== undefined && line.end > title.start && line.start <= title.start;
    if (lp.blank) {
      attachmentList = false;
      continue;
    }
    if (overlapsAny(mask, line.start + indent, line.end)) continue;
    if (title && line.start > title.start && linesAfterTitle++ < 3 && !address) {
      const a = /^([^\s。！？：:][^。！？\r\n]{0,60})[：:][ \t\u3000]*$/.exec(line.text.slice(indent));
      if (a?.[1] && !readMarker(a[1])) address = span(text, line.start + indent, line.start + indent + a[1].length + 1);
    }
    if (lp.attachment !== undefined) {
      attachments.push(span(text, line.start + indent, line.end));
      part++;
      attachmentList = lp.attachment;
      continue;
    }

    const depth = lp.depth;
    if (depth !== undefined && isTitle) titleDepth = depth;

    const raw = lp.raw;
    if (raw && attachmentList && raw.form === 'arabic-dot') continue;
    if (!raw) attachmentList = false;
    if (!raw && (depth === undefined || isTitle)) continue;

    const parts = lp.parts;
    if (!parts || !lp.han) continue;
    while (reuse < previous.length && (previous[reuse] as HeadingLine).lineRange.start < line.start) reuse++;
    const before = previous[reuse];
    const from = previousMade[reuse];
    if (before && from && from.lp === lp && from.start === line.start && from.end === line.end && from.index === line.index && from.part === part && from.titleDepth === titleDepth) {
      headings.push(before);
      made.push(from);
      continue;
    }
    // Plain assignments in a fixed order: object spreads here cost more than the parse itself.
    const by = line.start;
    const heading: HeadingLine = {
      line: line.index,
      lineRange: { start: line.start, end: line.end },
      form: raw?.form ?? 'markdown',
      level: raw ? LEVEL[raw.form] : Math.max(1, (depth ?? 1) - titleDepth),
      faults: lp.marker ? lp.marker.faults : [],
      title: moved(parts.title, by),
      runIn: parts.runIn,
      part,
    };
    if (parts.endPunct) heading.endPunct = moved(parts.endPunct, by);
    if (parts.body) heading.body = { start: parts.body.start + by, end: parts.body.end + by };
    if (depth !== undefined) heading.markdownDepth = depth;
    if (raw && lp.marker) {
      heading.ordinal = raw.ordinal;
      heading.canonicalMarker = lp.marker.canonical;
      heading.marker = placeMarker(lp.marker, by);
    }
    made.push({ lp, start: line.start, end: line.end, index: line.index, part, titleDepth });
    headings.push(heading);
  }
  return { ...(title ? { title } : {}), ...(address ? { address } : {}), headings, ...(attachments.length > 0 ? { attachments } : {}) };
}

export interface OutlineNode {
  /** Index of this heading in the array given to buildOutline (also its index in the result). */
  index: number;
  heading: HeadingLine;
  /**
   * Effective level: the nominal level, except ① under a （1） (5: a fifth level) and a heading that
   * continues the numbering of an ancestor in another form (the ancestor's level, see `continues`).
   * Unnumbered Markdown headings rank above every numbered level and hold the numbered ones.
   */
  level: number;
  parent?: number;
  /** Sibling group: consecutive headings of one level under one parent, numbered 1, 2, 3 … */
  group: number;
  previousSibling?: number;
  /** For the first heading of a group that does not start at 1: an earlier heading at its level under another parent whose number it continues (a counter not restarted). */
  cousin?: number;
  /**
   * For the first heading of a group numbered 1 under a parent: the last heading at its level under
   * an earlier parent of the same numbering run (the group restarts the count where it could have
   * run on). With `cousin`, this tells a document's scheme: restart under each parent or run on.
   */
  restarts?: number;
  /**
   * The numbering run: a part (main text, each 附件) starts a new run, and so does a list of
   * top-level headings numbered from 1 again (a second regulation after the first). Counters of
   * one run never carry over to another.
   */
  run: number;
  /** An ancestor whose number this heading continues in another form (二、 then 3.): it is that ancestor's sibling written in the wrong form. */
  continues?: number;
  children: number[];
}

/** The heading tree. A heading numbered 1 after siblings numbered 2 or more starts a new group (a second list). */
export function buildOutline(headings: readonly HeadingLine[]): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  let stack: number[] = [];
  let roots: number[] = [];
  const lastAtLevel = new Map<number, number>();
  let groups = 0;
  let runs = -1;
  let part = -1;
  const at = (i: number): OutlineNode => nodes[i] as OutlineNode;
  const rank = (n: OutlineNode): number => (n.heading.ordinal === undefined ? n.level - 10 : n.level);
  const isDescendantOf = (i: number, ancestor: number): boolean => {
    for (let p = at(i).parent; p !== undefined; p = at(p).parent) if (p === ancestor) return true;
    return false;
  };
  /** Where the stack (its first `limit` entries) is cut to take a node of rank `r`: above every entry ranked r or lower. */
  const cutFor = (r: number, limit: number): number => {
    let k = limit;
    while (k > 0 && rank(at(stack[k - 1] as number)) >= r) k--;
    return k;
  };
  const siblingsOf = (p: number | undefined): number[] => (p === undefined ? roots : at(p).children);
  /** The last of `siblings` at `level` (a walk back, not a reversed copy: a long list of siblings would make this quadratic). */
  const lastAtLevelIn = (siblings: readonly number[], level: number): number | undefined => {
    for (let k = siblings.length - 1; k >= 0; k--) if (at(siblings[k] as number).level === level) return siblings[k];
    return undefined;
  };

  for (let index = 0; index < headings.length; index++) {
    const heading = headings[index] as HeadingLine;
    if (heading.part !== part) {
      stack = [];
      roots = [];
      lastAtLevel.clear();
      part = heading.part;
      runs++;
    }
    const node: OutlineNode = { index, heading, level: heading.level, group: -1, run: runs, children: [] };
    nodes.push(node);
    const ordinal = heading.ordinal;
    if (ordinal === undefined) lastAtLevel.clear();
    else if (heading.form === 'circled' && stack.some((i) => at(i).heading.form === 'arabic-paren')) node.level = 5;
    // The path to the node is the stack as it stands (its first `above` entries); the node's place
    // in it is worked out without popping, so the path is still there to search for an ancestor.
    const above = stack.length;
    let depth = cutFor(rank(node), above);
    let parent = depth > 0 ? stack[depth - 1] : undefined;
    let previous = lastAtLevelIn(siblingsOf(parent), node.level);
    // 1. 2. then 1. again: a second list. (1. then 1. is a repeat.)
    if (ordinal === 1 && previous !== undefined && (at(previous).heading.ordinal ?? 0) > 1) {
      previous = undefined;
      // A second list of top-level headings (一、二、 then 一、 again): a new document, a new run.
      if (parent === undefined) {
        runs++;
        node.run = runs;
        lastAtLevel.clear();
      }
    }
    if (ordinal === 1 && previous === undefined && parent !== undefined) {
      const earlier = lastAtLevel.get(node.level);
      if (earlier !== undefined && !isDescendantOf(earlier, parent)) node.restarts = earlier;
    }
    if (ordinal !== undefined && ordinal > 1 && previous === undefined) {
      const cousin = lastAtLevel.get(node.level);
      let ancestor: number | undefined;
      for (let k = above - 1; k >= 0 && ancestor === undefined; k--) if (continuesInOtherForm(at(stack[k] as number), node)) ancestor = stack[k];
      if (cousin !== undefined && at(cousin).heading.ordinal === ordinal - 1) node.cousin = cousin;
      else if (ancestor !== undefined) {
        node.continues = ancestor;
        node.level = at(ancestor).level;
        depth = cutFor(node.level, depth);
        parent = depth > 0 ? stack[depth - 1] : undefined;
        previous = ancestor;
      }
    }
    stack.length = depth;
    if (parent !== undefined) node.parent = parent;
    siblingsOf(parent).push(index);
    if (previous !== undefined) {
      node.previousSibling = previous;
      node.group = at(previous).group;
    } else node.group = groups++;
    if (ordinal !== undefined) lastAtLevel.set(node.level, index);
    stack.push(index);
  }
  return nodes;
}

/** Numeral kinds: 一 (一、（一）), 1 (1.（1）), ① (circled). */
function numeralKind(form: HeadingForm): string {
  return form === 'cn-dun' || form === 'cn-paren' ? 'cn' : form === 'circled' ? 'circled' : 'arabic';
}

/**
 * Whether `node` (first of its group, numbered n > 1) rather continues `ancestor` (numbered n − 1)
 * in another numeral kind, two or more levels down (二、 then 3.) or as ① under （1）: the writer
 * switched forms. 一、 then （二） is not (the same kind, one level down: a group not starting at 1).
 */
function continuesInOtherForm(ancestor: OutlineNode, node: OutlineNode): boolean {
  const a = ancestor.heading;
  const h = node.heading;
  if (a.ordinal === undefined || h.ordinal !== a.ordinal + 1 || ancestor.level >= node.level) return false;
  if (numeralKind(a.form) === numeralKind(h.form)) return false;
  return h.form === 'circled' || node.level - ancestor.level >= 2;
}
