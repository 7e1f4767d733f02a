/**
 * Relation 2: one year written in Arabic and Chinese numerals — 2025年 / 二〇二五年 / 二零二五年.
 * Years are grouped by value; on a tie the Arabic form wins (GB/T 15835-2011 favours it).
 *
 * A full 汉字 date (一九九八年二月五日) on a line of its own or in a parenthesis is not drift: the
 * 成文日期 of a document issued before 2012-07-01 is written in 汉字 (GB/T 9704-1999), and so is
 * the adoption or forwarding date in the parenthesis under a title (（二〇〇五年四月八日青山县人民
 * 政府第9次常务会议通过）, （青山县民政局　一九九九年三月十日））, nor is a 汉字 year on a title line.
 * A year inside a quotation or a 《》 title is cited as issued and never rewritten.
 */
import { makeGroup, occurrence, overlapsAnyRange } from './group';
import { isLayoutLine } from './layout';
import type { OffsetRange } from '../types';
import type { TermGroup } from './types';
import type { TermLine } from './shapes';
import { groupsMoved, noteReuse, type KeptGroups } from './oneLine';

const DIGITS: Record<string, string> = { 〇: '0', 零: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

export function yearValue(form: string): string {
  return [...form.replace(/年$/, '')].map((c) => DIGITS[c] ?? c).join('');
}

const HAN_MONTH_DAY = /^(?:十[一二]?|[一二三四五六七八九])月(?:[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])日/;

/** The 汉字 year at [start, end) begins a full 汉字 date on a date line or inside a parenthesis. */
function isDateOfRecord(text: string, start: number, end: number): boolean {
  if (!HAN_MONTH_DAY.test(text.slice(end, end + 8))) return false;
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  const before = text.slice(lineStart, start);
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
  if (open >= 0 && !/[）)]/.test(before.slice(open))) return true;
  let lineEnd = text.length;
  for (const br of ['\n', '\r']) {
    const i = text.indexOf(br, end);
    if (i >= 0 && i < lineEnd) lineEnd = i;
  }
  return isLayoutLine(text.slice(lineStart, lineEnd));
}

/** What a year's pattern matches, without what it reads before the year: a line without it has no year. */
const YEARISH = /[12][0-9]{3}年|[一二][〇零○一二三四五六七八九]{3}年/;

/**
 * The last check with lines, and its groups: a check whose lines are the same but one, which had
 * and has no year, gets the same groups moved with the text after that line (oneLine.ts). Whether
 * a year counts is read from its own line (its marks, a layout line, a date of record).
 */
let last: KeptGroups | undefined;

/** Forgets the last check (a from-scratch analysis; with the line caches). */
export function clearNumeralCheck(): void {
  last = undefined;
}

function groupsAgain(lines: readonly TermLine[], ignored: readonly OffsetRange[]): TermGroup[] | undefined {
  return last && groupsMoved(last, lines, ignored, (before, now) => !YEARISH.test(before.text) && !YEARISH.test(now.text));
}

/**
 * The numeral groups. With `lines` (the document's lines, all of it), a check that changed one line
 * without a year in it makes the last check's groups again.
 */
export function numeralGroups(
  text: string,
  ignored: readonly OffsetRange[],
  /** Quotations and 《》 titles (a cited title keeps its year as issued), and layout lines for 汉字 years. */
  named: (start: number, end: number) => boolean = () => false,
  onLayout: (offset: number) => boolean = () => false,
  lines?: readonly TermLine[],
): TermGroup[] {
  const again = lines ? groupsAgain(lines, ignored) : undefined;
  noteReuse('numeral', again !== undefined);
  const groups = again ?? numeralGroupsOf(text, ignored, named, onLayout);
  // The groups are read, never changed, by those they are given to: kept as they are.
  last = lines ? { lines, ignored, groups } : undefined;
  return groups;
}

function numeralGroupsOf(text: string, ignored: readonly OffsetRange[], named: (start: number, end: number) => boolean, onLayout: (offset: number) => boolean): TermGroup[] {
  const byYear = new Map<string, OffsetRange[]>();
  const re = /(?<![0-9０-９.．])[12][0-9]{3}年|(?<![〇零○一二三四五六七八九十])[一二][〇零○一二三四五六七八九]{3}年/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const range = { start: m.index, end: m.index + m[0].length };
    if (overlapsAnyRange(ignored, range.start, range.end)) continue;
    if (named(range.start, range.end)) continue;
    if (!/^[12]/.test(m[0]) && (onLayout(range.start) || isDateOfRecord(text, range.start, range.end))) continue;
    const value = yearValue(m[0]);
    const list = byYear.get(value);
    if (list) list.push(range);
    else byYear.set(value, [range]);
  }
  const groups: TermGroup[] = [];
  for (const ranges of byYear.values()) {
    const group = makeGroup(
      ranges.map((r) => occurrence(text, r.start, r.end)),
      { relation: 'numeral', certain: true, formOf: (t) => t, tieBreak: (f) => /^[0-9]/.test(f) },
    );
    if (group) groups.push(group);
  }
  return groups;
}
