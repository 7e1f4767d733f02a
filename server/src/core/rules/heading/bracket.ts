/**
 * heading.bracket — a bracketed heading number with a half-width bracket: (一) （一) (一） (1).
 * The brackets of 层次序数 are full-width （）. Certain fix: replace the half-width bracket(s).
 */
import type { Rule, RuleContext, RuleFinding, TextEdit } from '../../types';
import { finding, LEVEL_NAMES, markerText, NO_FINDINGS, outlineOf } from './helpers';

const ID = 'heading.bracket';

export const headingBracket: Rule = {
  id: ID,
  description: '标题序号用了半角括号（(一) (1) 应为（一）（1））',
  descriptionEn: 'Half-width brackets in a heading number ((一) (1) should be （一）（1）)',
  defaultSeverity: 'warning',
  docs: {
    summary: '第二层“（一）”和第四层“（1）”的括号用全角“（）”，不用半角“()”，也不要半角全角混用。',
    source: 'GB/T 9704-2012 7.3.3；GB/T 15834-2011 4.9（括号）',
    bad: '(一)工作目标\n（2)资金保障',
    good: '（一）工作目标\n（2）资金保障',
  },
  check(context: RuleContext): RuleFinding[] {
    return outlineOf(context).headings.flatMap((h) => {
      const m = h.marker;
      if (!m?.open || !m.close || !h.faults.includes('halfwidth-bracket')) return NO_FINDINGS;
      const edits: TextEdit[] = [];
      if (m.open.text === '(') edits.push({ start: m.open.start, end: m.open.end, newText: '（' });
      if (m.close.text === ')') edits.push({ start: m.close.start, end: m.close.end, newText: '）' });
      const right = `（${m.numeral.text}）`;
      return [
        finding(ID, m.open.start, m.close.end, `${LEVEL_NAMES[h.level]}标题序号“${markerText(h)}”用了半角括号，应写作“${right}”（全角括号）。`, [
          { title: `改为“${right}”`, edits, preferred: true },
        ]),
      ];
    });
  },
};
