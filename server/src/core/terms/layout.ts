/**
 * Lines and spans whose wording is not the writer's to unify.
 *
 * - Layout lines: the document's title (GB/T 9704-2012 7.3.1: no 书名号 around it, often split
 *   over two lines or letter-spaced), the title of an enclosed or attached document, the 附件
 *   list, signature lines (joint issuers separated by full-width spaces) and date lines. A name
 *   there is written as the layout requires, not as a variant of the same name in the body.
 *   They are recognised by their shape: a short line with no sentence punctuation that does not
 *   start with a heading marker; or a line starting with 附件.
 * - Quotation and title spans (“…” ‘…’ 《…》 〈…〉 「…」 『…』): a name inside a longer quotation
 *   or title is cited as its source wrote it; a term standing alone in quotation marks is a
 *   mention (“差不多”, an indicator's name), and is never unquoted by a fix.
 */
import { firstIndex } from '../text/search';
import type { OffsetRange } from '../types';

/** Sentence punctuation: a line that has any is prose. */
const SENTENCE = /[，。；！？,;!?：:]/;
/** Heading markers (一、 （一） 1. （1） 第一条 …): headings are prose for drift. */
const HEADING = /^(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百]+[）)]|[0-9０-９]+(?:[.．、]|\s)|[（(][0-9０-９]+[）)]|[①-⑳]|第[一二三四五六七八九十百千0-9]+[章节条款])/;
const ATTACHMENT = /^附件[ \u3000]*[0-9０-９一二三四五六七八九十]*[ \u3000]*(?:[：:.．、]|$)/;
/** Longest line (in code units, after trimming) still read as a title, signature or date line. */
const MAX_LAYOUT = 60;

/** True when a line is a title, signature, date or attachment line (see above). */
export function isLayoutLine(line: string): boolean {
  const t = line.replace(/^[\s\u3000#>]+/, '').replace(/[\s\u3000]+$/, '');
  if (t.length === 0) return false;
  if (ATTACHMENT.test(t)) return true;
  // A Markdown list item is prose, however short.
  if (t.length > MAX_LAYOUT || SENTENCE.test(t) || HEADING.test(t) || /^[-*+]\s/.test(t)) return false;
  return /[\u3400-\u9fff〇]/.test(t);
}

/**
 * Words that end the proper name of a meeting, project, programme or plan: 全区文化旅游工作推进会,
 * 文化旅游提升工程, 乡村振兴示范项目. A name is the writer's to cite, not to unify.
 */
const NAME_END = /^[\u3400-\u9fff]{0,8}?(?:会议|大会|推进会|工作会|座谈会|现场会|调度会|动员会|部署会|报告会|研讨会|论坛|博览会|交易会|工程|项目|行动|计划|规划|纲要|专项)/;
/** Characters that end the name a term could open: sentence punctuation, space, and 的、和、与、及 and the like. */
const NAME_STOP = /[\s\u3000，。；：！？、,.;:!?“”‘’《》（）()的和与及把将要是为在对]/;

/**
 * True when the term at [start, end) opens or sits inside the proper name of a meeting, project or
 * plan: within eight characters after it, before any punctuation or 的/和/与…, a name's last word
 * (…会议, …推进会, …工程, …项目, …行动, …规划) — or the term itself ends with one.
 */
export function inProperName(text: string, start: number, end: number): boolean {
  // Every ending of NAME_END has one of NAME_KEYS: a stretch without any cannot match (most
  // terms; this is asked for every Han word of the document), and is not sliced.
  if (hasNameKey(text, start, end)) {
    const own = text.slice(start, end);
    if (NAME_END.exec(own)?.[0].length === own.length) return true;
  }
  let stop = end;
  let key = false;
  for (; stop < text.length && stop - end < 12; stop++) {
    const c = text.charCodeAt(stop);
    // A Han character stops only if it is one of NAME_STOP's (的 和 与 …); anything else is asked of NAME_STOP.
    if (c >= 0x4e00 && c <= 0x9fff ? HAN_STOPS.has(c) : NAME_STOP.test(text.charAt(stop))) break;
    if (NAME_KEYS.has(c)) key = true;
  }
  return key && NAME_END.test(text.slice(end, stop));
}

/** A character of each ending of NAME_END (会议 大会 … 论坛 工程 项目 行动 计划 规划 纲要 专项). */
const NAME_KEYS = new Set([...'会论工项行计规纲'].map((c) => c.charCodeAt(0)));
/** NAME_STOP's Han characters, as code units. */
const HAN_STOPS = new Set([...'的和与及把将要是为在对'].map((c) => c.charCodeAt(0)));

function hasNameKey(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (NAME_KEYS.has(text.charCodeAt(i))) return true;
  return false;
}

const OPEN = '“‘《〈「『';
const CLOSE = '”’》〉」』';
/** For each code unit: k + 1 for the k-th opening mark of OPEN, -(k + 1) for the k-th closing mark of CLOSE, 0 for the rest. */
const MARK_KIND = new Int8Array(0x10000);
for (let k = 0; k < OPEN.length; k++) {
  MARK_KIND[OPEN.charCodeAt(k)] = k + 1;
  MARK_KIND[CLOSE.charCodeAt(k)] = -(k + 1);
}

/**
 * Quotation and title spans of one line, marks included, as [start, end) pairs in a flat array
 * (nested spans each listed). Unpaired marks open or close nothing.
 */
export function markSpans(line: string): Int32Array {
  const out: number[] = [];
  const stack: Array<{ kind: number; at: number }> = [];
  for (let i = 0; i < line.length; i++) {
    // By code unit and table (charAt makes a string of every Han character it reads).
    const mark = MARK_KIND[line.charCodeAt(i)] as number;
    if (mark === 0) continue;
    if (mark > 0) {
      stack.push({ kind: mark - 1, at: i });
      continue;
    }
    const c = -mark - 1;
    // Close the innermost span of this kind; spans opened inside it and never closed are dropped.
    for (let k = stack.length - 1; k >= 0; k--) {
      if ((stack[k] as { kind: number }).kind !== c) continue;
      out.push((stack[k] as { at: number }).at, i + 1);
      stack.length = k;
      break;
    }
  }
  return out.length === 0 ? NO_SPANS : Int32Array.from(out);
}

/** The spans of a line without any (shared: most lines have none; never written to). */
const NO_SPANS = new Int32Array(0);

/** Document-wide spans, sorted by start: the spans of each line moved by the line's start. */
export interface MarkedSpans {
  /** The span exactly [start, end), if there is one. */
  exact(start: number, end: number): boolean;
  /** True when [start, end) lies inside a span without being all of it. */
  within(start: number, end: number): boolean;
  /** True when [start, end) lies inside or is a span. */
  covered(start: number, end: number): boolean;
}

export function markedSpans(perLine: ReadonlyArray<{ base: number; spans: Int32Array }>): MarkedSpans {
  const list: OffsetRange[] = [];
  for (const l of perLine) for (let i = 0; i + 1 < l.spans.length; i += 2) list.push({ start: l.base + (l.spans[i] as number), end: l.base + (l.spans[i + 1] as number) });
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  /** Spans starting at or before `start` (binary search for the last one), scanned back: spans are short and rarely nest deeply. */
  const around = (start: number, end: number, test: (s: OffsetRange) => boolean): boolean => {
    const lo = firstIndex(list.length, (i) => (list[i] as OffsetRange).start <= start);
    // A span holding [start, end) starts at or before `start`; nested spans are few, a line is short.
    for (let k = lo - 1; k >= 0 && k >= lo - 64; k--) {
      const s = list[k] as OffsetRange;
      if (s.end >= end && test(s)) return true;
    }
    return false;
  };
  return {
    exact: (start, end) => around(start, end, (s) => s.start === start && s.end === end),
    within: (start, end) => around(start, end, (s) => s.start <= start && end <= s.end && (s.start !== start || s.end !== end)),
    covered: (start, end) => around(start, end, (s) => s.start <= start && end <= s.end),
  };
}

/** The spans of one line, relative to it (a line's own TermLine.spans); undefined for a line without any (most lines). */
export function lineSpans(spans: Int32Array): MarkedSpans | undefined {
  return spans.length > 0 ? markedSpans([{ base: 0, spans }]) : undefined;
}
