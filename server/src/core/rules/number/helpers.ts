/**
 * Shared helpers of the number.* rules: regex scanning that skips ignored ranges, Chinese numeral
 * conversion (years, months, days), the 成文日期 line at the end of a document, and findings.
 */
import { overlapsAny } from '../../markdown';
import type { Fix, RuleContext, RuleFinding } from '../../types';

/** Chinese digits of a year written digit by digit (二〇二五), with the wrong zeros 零 ○ O Ｏ Ο. */
export const CN_DIGIT_CLASS = '〇零○OＯΟ一二三四五六七八九';
/** Characters that stand for 0 in a Chinese-numeral year but are not 〇. */
export const WRONG_ZEROS = '零○OＯΟ';
const CN_DIGITS = '〇一二三四五六七八九';

/** Full-width and ASCII digits before an offset or after it mean the match is part of a longer figure. */
export const DIGITISH = /[0-9０-９.．]/;
/** Characters of URLs, file names, codes and English words around a figure. */
export const CODEISH = /[A-Za-z0-9_./\\:@#&=?+-]/;

/** Each match of a global regex outside the ignored ranges. */
export function* matches(context: RuleContext, re: RegExp): Generator<RegExpExecArray> {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (let m = global.exec(context.text); m; m = global.exec(context.text)) {
    if (m[0].length === 0) {
      global.lastIndex++;
      continue;
    }
    if (!overlapsAny(context.ignored, m.index, m.index + m[0].length)) yield m;
  }
}

/** A finding with one replacement fix over its own range (or a sub-range). */
export function replaceFinding(
  rule: string,
  start: number,
  end: number,
  message: string,
  fixes: ReadonlyArray<{ title: string; start?: number; end?: number; newText: string; preferred?: boolean }>,
): RuleFinding {
  const built: Fix[] = fixes.map((f) => ({
    title: f.title,
    edits: [{ start: f.start ?? start, end: f.end ?? end, newText: f.newText }],
    ...(f.preferred ? { preferred: true } : {}),
  }));
  return { rule, start, end, message, fixes: built };
}

/** 二〇二五 → 2025 (the wrong zeros read as 0). */
export function chineseYearToArabic(year: string): string {
  let out = '';
  for (const c of year) {
    const i = CN_DIGITS.indexOf(c);
    out += i >= 0 ? String(i) : WRONG_ZEROS.includes(c) ? '0' : c;
  }
  return out;
}

/** 2025 → 二〇二五. */
export function arabicYearToChinese(year: string): string {
  return year.replace(/[0-9]/g, (d) => CN_DIGITS.charAt(Number(d)));
}

/** 一 … 三十一 → 1 … 31; undefined for anything else. */
export function chineseSmallNumber(s: string): number | undefined {
  const m = /^(?:([二三]?)十)?([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return undefined;
  const [, tens, units = ''] = m;
  const t = tens === undefined ? 0 : tens === '' ? 1 : CN_DIGITS.indexOf(tens);
  return t * 10 + (units ? CN_DIGITS.indexOf(units) : 0);
}

export interface DateLine {
  start: number;
  end: number;
  text: string;
}

/**
 * The 成文日期 line: a line that is only a date (Arabic or Chinese numerals), among the last five
 * non-empty lines of the document, right below a signature line (a line that does not end a
 * sentence); 附注 or a short 版记 may follow it. Markdown emphasis and spaces around it are
 * allowed; the range returned is the date itself.
 */
/**
 * The last `count` non-blank lines (split at \r and \n), in text order: read from the end, not by
 * listing every line of a long document to look at its last few.
 */
function lastNonEmptyLines(text: string, count: number): DateLine[] {
  const out: DateLine[] = [];
  let end = text.length;
  while (out.length < count) {
    let start = end;
    while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
    const line = text.slice(start, end);
    if (line.trim() !== '') out.push({ start, end, text: line });
    if (start === 0) break;
    end = start - 1;
  }
  return out.reverse();
}

export function issueDateLine(text: string): DateLine | undefined {
  const nonEmpty = lastNonEmptyLines(text, 6);
  const date = new RegExp(`^[ \\t\\u3000*_]*((?:[0-9]{4}|[${CN_DIGIT_CLASS}]{4})年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日)[ \\t\\u3000*_]*$`);
  for (let i = nonEmpty.length - 1; i >= Math.max(0, nonEmpty.length - 5); i--) {
    const line = nonEmpty[i] as DateLine;
    const m = date.exec(line.text);
    // The line above is the signature (an organ's name), not a sentence of the body.
    const above = nonEmpty[i - 1]?.text.trim() ?? '';
    if (m && m[1] && above !== '' && !/[。！？；，：:;,.!?]$/.test(above)) {
      const start = line.start + line.text.indexOf(m[1]);
      return { start, end: start + m[1].length, text: m[1] };
    }
  }
  return undefined;
}

/** True when `offset` lies inside a 《…》 on its line (a cited title, which keeps its own form). */
export function insideBookTitle(text: string, offset: number): boolean {
  let closed = 0;
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charAt(i);
    if (c === '\n' || c === '\r') return false;
    if (c === '》') closed++;
    else if (c === '《') {
      if (closed === 0) return true;
      closed--;
    }
  }
  return false;
}

/**
 * GB/T 9704-2012 took effect on 2012-07-01. Before it, GB/T 9704-1999 had the 成文日期 written in
 * Chinese numerals (一九九六年六月二十九日): correct for a document issued then.
 */
export function before9704of2012(year: number, month: number): boolean {
  return year < 2012 || (year === 2012 && month < 7);
}

/** A date written wholly in Chinese numerals: 一九九六年六月二十九日, 二○○四年六月十六日. */
export const CHINESE_FULL_DATE = new RegExp(`([${CN_DIGIT_CLASS}]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日`, 'g');

/**
 * The head note (题注) lines of a document: among its first six non-empty lines, a line wholly in
 * brackets or opening with a dash — （2025年3月5日青山县第十届人民代表大会第三次会议通过）,
 * ——2025年3月5日在……会议上 — that dates the resolution or report below it.
 */
export function headNotes(text: string): DateLine[] {
  const out: DateLine[] = [];
  let seen = 0;
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m && seen < 6; m = line.exec(text)) {
    const t = m[0].trim();
    if (t === '') continue;
    seen++;
    if (/^[（(][^（）()]*[）)]$|^(?:——|—|--)/.test(t)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
