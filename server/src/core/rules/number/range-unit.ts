/**
 * number.range-unit — a range whose unit is written only after the second figure where leaving it
 * out of the first changes the reading: 15～30% → 15%～30%, 9～16亿 → 9亿～16亿, 3～5万元 →
 * 3万～5万元. Only %, ‰, 万, 亿 and 万亿 are checked: 3～5天 and 15～30公里 are fine. The fix
 * (repeat the unit after the first figure) is certain.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { matches, replaceFinding } from './helpers';

const ID = 'number.range-unit';

const RANGE = /(?<![0-9０-９.．A-Za-z_/\\:#-])([0-9]+(?:\.[0-9]+)?)[ \t]*(?:[～~〜\-－–—]|——|至|到)[ \t]*[0-9]+(?:\.[0-9]+)?(万亿|%|％|‰|万|亿)/g;

export const rangeUnit: Rule = {
  id: ID,
  scope: 'line',
  description: '数值范围前一个数值缺少“%”“万”“亿”',
  descriptionEn: 'The first value of a numeric range lacks its %, 万 or 亿',
  defaultSeverity: 'warning',
  docs: {
    summary: '表示数值范围时，百分号“%”和“万”“亿”等单位在前后两个数值上都要写出，否则会产生歧义：“15～30%”应写作“15%～30%”，“9～16亿”应写作“9亿～16亿”。',
    source: 'GB/T 15835-2011 5.1（数值范围：15%～30%，不写为15～30%；9亿～16亿，不写为9～16亿）',
    bad: '增长15～30%；投资9～16亿元',
    good: '增长15%～30%；投资9亿～16亿元',
  },
  check(context: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    for (const m of matches(context, RANGE)) {
      const [whole, first = '', unit = ''] = m;
      // 2021-2025万: a year span is not a range of 万; a date like 2025-3-5 is not a range at all.
      if (/^(?:19|20)[0-9]{2}$/.test(first) && /^[-－–—]/.test(whole.slice(first.length).trim())) continue;
      const start = m.index;
      const end = start + whole.length;
      const firstEnd = start + first.length;
      const fixed = `${first}${unit}${context.text.slice(firstEnd, end)}`;
      findings.push(
        replaceFinding(ID, start, end, `数值范围“${whole}”的前一个数值也要带“${unit}”，应写作“${fixed}”。`, [
          { title: `改为“${fixed}”`, start, end: firstEnd, newText: `${first}${unit}`, preferred: true },
        ]),
      );
    }
    return findings;
  },
};
