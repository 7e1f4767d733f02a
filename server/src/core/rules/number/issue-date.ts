/**
 * number.issue-date — the 成文日期 (the date line at the end of a document, under the signature)
 * written in Chinese numerals: 二〇二五年三月五日 → 2025年3月5日. GB/T 9704-2012 asks for Arabic
 * numerals there; dates elsewhere are not this rule's business. The conversion is certain. A date
 * before 2012-07-01 is left alone: GB/T 9704-1999, in force then, wanted Chinese numerals there.
 */
import { overlapsAny } from '../../markdown';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { before9704of2012, CN_DIGIT_CLASS, chineseSmallNumber, chineseYearToArabic, issueDateLine, replaceFinding, type DateLine } from './helpers';

const ID = 'number.issue-date';

const CHINESE_DATE = new RegExp(`^([${CN_DIGIT_CLASS}]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$`);

export const issueDate: Rule = {
  id: ID,
  description: '成文日期应使用阿拉伯数字',
  descriptionEn: 'The date of writing should use Arabic numerals',
  defaultSeverity: 'warning',
  docs: {
    summary: '成文日期（文末发文机关署名下的日期）用阿拉伯数字将年、月、日标全，年份标全称，月、日不编虚位：写作“2025年3月5日”，不写“二〇二五年三月五日”。2012年7月1日以前的文件按GB/T 9704-1999用汉字书写成文日期，不提示。',
    source: 'GB/T 9704-2012 7.3.5（成文日期中的数字）',
    bad: '××县人民政府\n二〇二五年三月五日',
    good: '××县人民政府\n2025年3月5日',
  },
  check(context: RuleContext): RuleFinding[] {
    const date = reportedIssueDate(context);
    if (!date) return [];
    return [
      replaceFinding(ID, date.start, date.end, `成文日期“${date.text}”应使用阿拉伯数字，写作“${date.right}”。`, [
        { title: `改为“${date.right}”`, newText: date.right, preferred: true },
      ]),
    ];
  },
};

/**
 * The 成文日期 this rule reports, with its Arabic form: written in Chinese numerals and dated on or
 * after 2012-07-01 (GB/T 9704-2012; a document issued before followed GB/T 9704-1999, which
 * wanted Chinese numerals there, and is neither reported nor fixed). Other number rules leave
 * this date to this rule.
 */
export function reportedIssueDate(context: Pick<RuleContext, 'text' | 'ignored'>): (DateLine & { right: string }) | undefined {
  const line = issueDateLine(context.text);
  if (!line || overlapsAny(context.ignored, line.start, line.end)) return undefined;
  const m = CHINESE_DATE.exec(line.text);
  if (!m) return undefined;
  const month = chineseSmallNumber(m[2] ?? '');
  const day = chineseSmallNumber(m[3] ?? '');
  if (month === undefined || day === undefined || month > 12 || day > 31) return undefined;
  const year = chineseYearToArabic(m[1] ?? '');
  if (!/^[0-9]{4}$/.test(year) || before9704of2012(Number(year), month)) return undefined;
  return { ...line, right: `${year}年${month}月${day}日` };
}
