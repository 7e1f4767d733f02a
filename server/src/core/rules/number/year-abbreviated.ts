/**
 * number.year-abbreviated — a calendar year written with two digits: 25年度, 25年3月, 于25年底 →
 * 2025年. Durations are left alone (25年来, 近25年, 工作25年, 25年3个月): a two-digit 年 is a
 * year only when 年度, a month (3月, 三月) or 上半年/下半年 follows, or when 于/在/到/至/从/自
 * stands before it and 底/初/末 follows. The century is a guess, so the fix is not preferred.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { matches, replaceFinding } from './helpers';

const ID = 'number.year-abbreviated';

const CALENDAR_AFTER = /^(?:度|[0-9]{1,2}月(?!份?[0-9])|(?:十[一二]?|[一二三四五六七八九])月|[上下]半年)/;
const TIME_POINT_BEFORE = /[于在到至从自]$/;
const TIME_POINT_AFTER = /^[底初末]/;
/** Words before a figure that make it a count of years (近25年度 is not a thing, but be safe). */
const DURATION_BEFORE = /(?:近|约|了|满|达|第|共|连续|历时|工作|用时|超过|长达)$/;

/** 25 → 2025, 98 → 1998; a span like 2025—26年度 takes the century of the year before it. */
function fullYear(text: string, start: number, two: string): string {
  const span = /((?:19|20))[0-9]{2}[^\S\r\n]*[-－—–～~至到][^\S\r\n]*$/.exec(text.slice(Math.max(0, start - 8), start));
  const century = span?.[1] ?? (Number(two) <= 49 ? '20' : '19');
  return century + two;
}

export const yearAbbreviated: Rule = {
  id: ID,
  scope: 'line',
  description: '年份简写（25年度、25年3月）',
  descriptionEn: 'Abbreviated year (25年度, 25年3月)',
  defaultSeverity: 'warning',
  docs: {
    summary: '年份不能简写，应写全四位数字：“25年度”“25年3月”应写作“2025年度”“2025年3月”。“25年来”“近25年”“工作25年”表示时长，不在此列。',
    source: 'GB/T 9704-2012 7.2.4、7.3.5（年份应标全称）；GB/T 15835-2011 5.1（年月日）',
    bad: '25年度工作要点；于25年底前完成',
    good: '2025年度工作要点；于2025年底前完成',
  },
  check(context: RuleContext): RuleFinding[] {
    const { text } = context;
    const findings: RuleFinding[] = [];
    for (const m of matches(context, /(?<![0-9０-９.．A-Za-z_%-])[0-9]{2}年/g)) {
      const start = m.index;
      const end = start + 2;
      const after = text.slice(end + 1, end + 5);
      const before = text.slice(Math.max(0, start - 4), start);
      if (DURATION_BEFORE.test(before)) continue;
      const calendar = CALENDAR_AFTER.test(after) || (TIME_POINT_BEFORE.test(before) && TIME_POINT_AFTER.test(after));
      if (!calendar) continue;
      const two = m[0].slice(0, 2);
      const year = fullYear(text, start, two);
      findings.push(
        replaceFinding(ID, start, end + 1, `年份“${two}年”不应简写，应写全四位数字，如“${year}年”。`, [
          { title: `改为“${year}年”`, newText: `${year}年` },
        ]),
      );
    }
    return findings;
  },
};
