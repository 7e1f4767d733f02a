/**
 * number.chinese-zero — a year in Chinese numerals written with 零, ○ (circle), O or Ο instead of
 * the numeral 〇: 二零二五年, 二O二五年, 二○二五年 → 二〇二五年. Only four-digit runs starting with
 * 一 or 二 and followed by 年 are read as years; the fix is certain. A 成文日期 that number.issue-date
 * reports (二○二五年三月五日 → 2025年3月5日) is left to it: one finding per date. That makes the rule
 * read the end of the document, so it is document-scoped.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { CN_DIGIT_CLASS, WRONG_ZEROS, matches, replaceFinding } from './helpers';
import { reportedIssueDate } from './issue-date';

const ID = 'number.chinese-zero';

const YEAR = new RegExp(`(?<![${CN_DIGIT_CLASS}十百千万A-Za-z])[一二][${CN_DIGIT_CLASS}]{3}(?=年)`, 'g');

export const chineseZero: Rule = {
  id: ID,
  description: '汉字数字年份中的“零”“○”“O”应为“〇”',
  descriptionEn: 'Zero in a year written in Chinese numerals should be 〇, not 零, ○ or O',
  defaultSeverity: 'warning',
  docs: {
    summary: '用汉字数字书写年份时，“0”写作“〇”，不写作“零”，也不用圆圈“○”、字母“O”代替。',
    source: 'GB/T 15835-2011 5.2（“零”和“〇”：编号、年份中的“0”写作“〇”）',
    bad: '二零二五年、二O二五年、二○二五年',
    good: '二〇二五年',
  },
  check(context: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    const issueDate = reportedIssueDate(context);
    for (const m of matches(context, YEAR)) {
      if (issueDate && m.index >= issueDate.start && m.index < issueDate.end) continue;
      const year = m[0];
      if (![...year].some((c) => WRONG_ZEROS.includes(c))) continue;
      const wrong = [...new Set([...year].filter((c) => WRONG_ZEROS.includes(c)))].map((c) => `“${c}”`).join('');
      const right = year.replace(new RegExp(`[${WRONG_ZEROS}]`, 'g'), '〇');
      findings.push(
        replaceFinding(ID, m.index, m.index + year.length, `年份“${year}年”中的${wrong}应写作汉字数字“〇”：${right}年。`, [
          { title: `改为“${right}”`, newText: right, preferred: true },
        ]),
      );
    }
    return findings;
  },
};
