/**
 * number.mixed-style — one document writes years both in Arabic (2025年) and in Chinese numerals
 * (二〇二五年). The minority form is reported. Years inside 《》 (cited titles keep their own form),
 * the fixed phrase 二〇三五年远景目标 and the 成文日期 line (number.issue-date checks it) are not
 * counted. The conversion is offered but not preferred: which form the document wants is the
 * writer's choice.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { CN_DIGIT_CLASS, arabicYearToChinese, chineseYearToArabic, insideBookTitle, issueDateLine, matches, replaceFinding } from './helpers';

export const MIXED_STYLE_RULE_ID = 'number.mixed-style';

const ARABIC_YEAR = /(?<![0-9０-９.．A-Za-z_-])(?:1[89]|20)[0-9]{2}(?=年)/g;
const CHINESE_YEAR = new RegExp(`(?<![${CN_DIGIT_CLASS}十百千万A-Za-z])[一二][${CN_DIGIT_CLASS}]{3}(?=年)`, 'g');
/** Fixed phrases that keep a Chinese-numeral year whatever the document does. */
const FIXED_AFTER = /^年远景目标/;

interface Year {
  start: number;
  end: number;
  text: string;
}

function collect(context: RuleContext, re: RegExp, skip: { start: number; end: number } | undefined): Year[] {
  const years: Year[] = [];
  for (const m of matches(context, re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip && start >= skip.start && end <= skip.end) continue;
    if (insideBookTitle(context.text, start) || FIXED_AFTER.test(context.text.slice(end, end + 6))) continue;
    years.push({ start, end, text: m[0] });
  }
  return years;
}

export const mixedStyle: Rule = {
  id: MIXED_STYLE_RULE_ID,
  description: '同一文档中年份数字形式不统一',
  defaultSeverity: 'information',
  docs: {
    summary: '同一文档中同类数字应采用同一种形式。年份既写“2025年”又写“二〇二五年”时，提示其中较少的一种，改为与全文一致。',
    source: 'GB/T 15835-2011 4（数字形式的选用：同一场合同类别同形式）',
    bad: '2025年工作要点……二〇二五年底前完成',
    good: '2025年工作要点……2025年底前完成',
  },
  check(context: RuleContext): RuleFinding[] {
    const issueDate = issueDateLine(context.text);
    const arabic = collect(context, ARABIC_YEAR, issueDate);
    const chinese = collect(context, CHINESE_YEAR, issueDate);
    if (arabic.length === 0 || chinese.length === 0) return [];
    const flagChinese = arabic.length >= chinese.length;
    const minority = flagChinese ? chinese : arabic;
    const majority =
      arabic.length === chinese.length
        ? '全文年份阿拉伯数字与汉字数字各半，宜统一为阿拉伯数字'
        : `全文年份多用${flagChinese ? `阿拉伯数字（共${arabic.length}处）` : `汉字数字（共${chinese.length}处）`}`;
    return minority.map((y) => {
      const other = flagChinese ? chineseYearToArabic(y.text) : arabicYearToChinese(y.text);
      return replaceFinding(
        MIXED_STYLE_RULE_ID,
        y.start,
        y.end,
        `年份写法不统一：${majority}，此处“${y.text}年”宜改为“${other}年”。`,
        [{ title: `改为“${other}”`, newText: other }],
      );
    });
  },
};
