/**
 * number.mixed-style — one document writes years both in Arabic (2025年) and in Chinese numerals
 * (二〇二五年). The minority form is reported. Not counted: years inside 《》 (cited titles keep their
 * own form), the fixed phrase 二〇三五年远景目标 and the goal years 二〇三五年 and 二〇五〇年 (written in
 * Chinese numerals in Party and state plans), the 成文日期 line (number.issue-date checks it),
 * dates wholly in Chinese numerals before 2012-07-01 (signature and adoption dates under
 * GB/T 9704-1999: 一九九八年五月六日, （青山县民政局　一九九九年三月十日）), and the head note of a
 * resolution or report （2025年3月5日……会议通过） / ——2025年3月5日在……上. A year another rule
 * reports (a wrong zero: number.chinese-zero; a padded date: number.date-format) is counted but
 * not reported again. The conversion is
 * offered but not preferred: which form the document wants is the writer's choice.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import {
  before9704of2012,
  CHINESE_FULL_DATE,
  CN_DIGIT_CLASS,
  WRONG_ZEROS,
  arabicYearToChinese,
  chineseSmallNumber,
  chineseYearToArabic,
  headNotes,
  insideBookTitle,
  issueDateLine,
  matches,
  replaceFinding,
  type DateLine,
} from './helpers';

const ID = 'number.mixed-style';

/** A year: not part of a longer figure (3.2025年) unless after an item number opening its line (20.2026年起……). */
const ARABIC_YEAR = /(?<![0-9０-９A-Za-z_-])(?<![.．](?<!^[ \t\u3000]*[0-9０-９]{1,2}[.．]))(?:1[89]|20)[0-9]{2}(?=年)/gm;
const CHINESE_YEAR = new RegExp(`(?<![${CN_DIGIT_CLASS}十百千万A-Za-z])[一二][${CN_DIGIT_CLASS}]{3}(?=年)`, 'g');
/** Fixed phrases that keep a Chinese-numeral year whatever the document does. */
/** CHINESE_YEAR anywhere (no state between calls: not global). */
const ANY_CHINESE_YEAR = new RegExp(CHINESE_YEAR.source);
const FIXED_AFTER = /^年远景目标/;
/** The goal years of Party and state plans, conventionally in Chinese numerals: 到二〇三五年, 二〇五〇年. */
const GOAL_YEARS = new Set(['二〇三五', '二〇五〇']);
/** A year whose date number.date-format reports (2025年03月05日): one finding per date. */
const PADDED_AFTER = /^年0[1-9]月/;

interface Year {
  start: number;
  end: number;
  text: string;
}

/** Chinese-numeral dates before 2012-07-01: GB/T 9704-1999 signature and adoption dates. */
function oldChineseDates(context: RuleContext): DateLine[] {
  const out: DateLine[] = [];
  for (const m of matches(context, CHINESE_FULL_DATE)) {
    const year = Number(chineseYearToArabic(m[1] ?? ''));
    const month = chineseSmallNumber(m[2] ?? '');
    if (month !== undefined && before9704of2012(year, month)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

function collect(context: RuleContext, re: RegExp, skip: readonly DateLine[]): Year[] {
  const years: Year[] = [];
  for (const m of matches(context, re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip.some((s) => start >= s.start && end <= s.end)) continue;
    if (insideBookTitle(context.text, start) || FIXED_AFTER.test(context.text.slice(end, end + 6)) || GOAL_YEARS.has(m[0])) continue;
    years.push({ start, end, text: m[0] });
  }
  return years;
}

export const mixedStyle: Rule = {
  id: ID,
  description: '同一文档中年份数字形式不统一',
  descriptionEn: 'Years written in different numeral styles within one document',
  defaultSeverity: 'information',
  docs: {
    summary: '同一文档中同类数字应采用同一种形式。年份既写“2025年”又写“二〇二五年”时，提示其中较少的一种，改为与全文一致。',
    source: 'GB/T 15835-2011 4（数字形式的选用：同一场合同类别同形式）',
    bad: '2025年工作要点……二〇二五年底前完成',
    good: '2025年工作要点……2025年底前完成',
  },
  check(context: RuleContext): RuleFinding[] {
    // Most documents write no year in Chinese numerals: then there is nothing to compare, and the
    // Arabic years, the dates and the head notes need not be read.
    if (!ANY_CHINESE_YEAR.test(context.text)) return [];
    const issueDate = issueDateLine(context.text);
    const skip = [...(issueDate ? [issueDate] : []), ...headNotes(context.text)];
    const arabic = collect(context, ARABIC_YEAR, skip);
    const chinese = collect(context, CHINESE_YEAR, [...skip, ...oldChineseDates(context)]);
    if (arabic.length === 0 || chinese.length === 0) return [];
    const flagChinese = arabic.length >= chinese.length;
    const minority = flagChinese ? chinese : arabic;
    const majority =
      arabic.length === chinese.length
        ? '全文年份阿拉伯数字与汉字数字各半，宜统一为阿拉伯数字'
        : `全文年份多用${flagChinese ? `阿拉伯数字（共${arabic.length}处）` : `汉字数字（共${chinese.length}处）`}`;
    const reportedElsewhere = (y: Year): boolean => [...y.text].some((c) => WRONG_ZEROS.includes(c)) || PADDED_AFTER.test(context.text.slice(y.end, y.end + 4));
    return minority.filter((y) => !reportedElsewhere(y)).map((y) => {
      const other = flagChinese ? chineseYearToArabic(y.text) : arabicYearToChinese(y.text);
      return replaceFinding(
        ID,
        y.start,
        y.end,
        `年份写法不统一：${majority}，此处“${y.text}年”宜改为“${other}年”。`,
        [{ title: `改为“${other}”`, newText: other }],
      );
    });
  },
};
