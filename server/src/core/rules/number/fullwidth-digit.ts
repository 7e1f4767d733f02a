/**
 * number.fullwidth-digit — full-width digits (１２３, ２０２５年) typed by a Chinese input method.
 * Arabic numerals are half-width; a full-width ．between full-width digits (１．５) is the decimal
 * point and becomes “.” with them. The conversion is certain.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { matches, replaceFinding } from './helpers';

const ID = 'number.fullwidth-digit';

const RUN = /[０-９]+(?:[．.][０-９]+)*/g;

function halfwidth(s: string): string {
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

export const fullwidthDigit: Rule = {
  id: ID,
  scope: 'line',
  description: '全角数字',
  descriptionEn: 'Full-width digits',
  defaultSeverity: 'warning',
  docs: {
    summary: '阿拉伯数字应使用半角（二分字身）形式，不用全角数字：“２０２５年”应写作“2025年”。',
    source: 'GB/T 15835-2011 5.1（阿拉伯数字的书写格式：一般使用正体二分字身，即半角）',
    bad: '完成投资１２．５亿元',
    good: '完成投资12.5亿元',
  },
  check(context: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    for (const m of matches(context, RUN)) {
      const right = halfwidth(m[0]);
      findings.push(
        replaceFinding(ID, m.index, m.index + m[0].length, `全角数字“${m[0]}”应改为半角“${right}”。`, [
          { title: `改为“${right}”`, newText: right, preferred: true },
        ]),
      );
    }
    return findings;
  },
};
