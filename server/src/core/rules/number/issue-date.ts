/**
 * number.issue-date — the 成文日期 (the date line at the end of a document, under the signature)
 * written in Chinese numerals: 二〇二五年三月五日 → 2025年3月5日. GB/T 9704-2012 asks for Arabic
 * numerals there; dates elsewhere are not this rule's business. The conversion is certain.
 */
import { overlapsAny } from '../../markdown';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { CN_DIGIT_CLASS, chineseSmallNumber, chineseYearToArabic, issueDateLine, replaceFinding } from './helpers';

export const ISSUE_DATE_RULE_ID = 'number.issue-date';

const CHINESE_DATE = new RegExp(`^([${CN_DIGIT_CLASS}]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$`);

export const issueDate: Rule = {
  id: ISSUE_DATE_RULE_ID,
  description: '成文日期应使用阿拉伯数字',
  defaultSeverity: 'warning',
  docs: {
    summary: '成文日期（文末发文机关署名下的日期）用阿拉伯数字将年、月、日标全，年份标全称，月、日不编虚位：写作“2025年3月5日”，不写“二〇二五年三月五日”。',
    source: 'GB/T 9704-2012 7.3.5（成文日期中的数字）',
    bad: '××县人民政府\n二〇二五年三月五日',
    good: '××县人民政府\n2025年3月5日',
  },
  check(context: RuleContext): RuleFinding[] {
    const line = issueDateLine(context.text);
    if (!line || overlapsAny(context.ignored, line.start, line.end)) return [];
    const m = CHINESE_DATE.exec(line.text);
    if (!m) return [];
    const month = chineseSmallNumber(m[2] ?? '');
    const day = chineseSmallNumber(m[3] ?? '');
    if (month === undefined || day === undefined || month > 12 || day > 31) return [];
    const right = `${chineseYearToArabic(m[1] ?? '')}年${month}月${day}日`;
    return [
      replaceFinding(ISSUE_DATE_RULE_ID, line.start, line.end, `成文日期“${line.text}”应使用阿拉伯数字，写作“${right}”。`, [
        { title: `改为“${right}”`, newText: right, preferred: true },
      ]),
    ];
  },
};
