/**
 * number.range-mark — the wrong mark between the ends of a range. Time spans (years, months,
 * dates) take the 一字线 “—”: 2021-2025年 → 2021—2025年, 3月5日-4月10日 → 3月5日—4月10日,
 * 1-2月 → 1—2月. A range of figures with a unit takes the 浪纹线 “～”: 3-5天 → 3～5天,
 * 15-30% → 15～30%. Only hyphens (- － –), the 破折号 —— and the half-width ~ are reported; “～”
 * and “—” are both allowed for figures (GB/T 15835), and “～” between years is left alone. A
 * hyphen with no unit after it (GB/T 15834-2011, 0571-88888888, codes) is not a range.
 */
import { unitAt } from '../../data/units';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { matches, replaceFinding } from './helpers';

const ID = 'number.range-mark';

const HYPHENS = '-－–';
const NUM = '[0-9]+(?:\\.[0-9]+)?';
const LEFT_EDGE = '(?<![0-9０-９.．A-Za-z_/\\\\:#@-])';
/** Year spans: 2021-2025年, 2021年-2025年, 2021——2025年, 2021~2025年. */
const YEAR_SPAN = new RegExp(`${LEFT_EDGE}(?:19|20)[0-9]{2}年?[ \\t]*(——|[${HYPHENS}~―])[ \\t]*(?=(?:19|20)[0-9]{2}年)`, 'g');
/** Date spans: 3月5日-10日, 3月5日-4月10日, 2025年3月-6月. */
const DATE_SPAN = new RegExp(
  `${LEFT_EDGE}(?:[0-9]{1,2}月[0-9]{1,2}日|(?:19|20)[0-9]{2}年[0-9]{1,2}月)[ \\t]*(——|[${HYPHENS}~―])[ \\t]*(?=(?:[0-9]{1,2}月)?[0-9]{1,2}[月日](?!份?[0-9]))`,
  'g',
);
/** Month spans: 1-2月, 10-12月份 (not 5-10日: that may be a count of days). */
const MONTH_SPAN = new RegExp(`${LEFT_EDGE}[0-9]{1,2}[ \\t]*(——|[${HYPHENS}~])[ \\t]*(?=[0-9]{1,2}月(?!份?[0-9]))`, 'g');
/** Figure ranges: 3-5天, 15-30%, 0.5-1.5米 (a unit must follow the second figure). */
const FIGURE_RANGE = new RegExp(`${LEFT_EDGE}${NUM}%?[ \\t]*([${HYPHENS}~])[ \\t]*(${NUM})`, 'g');

/** Words after a figure that look like a unit but are not one: 图1-2所示. */
const NOT_AFTER = /^所[示列述]/;
/** 图2-1, 表3-2, 式1-1: short hyphens in numbering are right (GB/T 15834-2011 4.13.3). */
const NUMBERING_BEFORE = /[图表式]/;

/** The mark's own range inside a match: the captured mark and the spaces around it. */
function markRange(m: RegExpExecArray, mark: string): { start: number; end: number } {
  const local = m[0].lastIndexOf(mark);
  let start = m.index + local;
  let end = start + mark.length;
  while (/[ \t]/.test(m.input.charAt(start - 1))) start--;
  while (/[ \t]/.test(m.input.charAt(end))) end++;
  return { start, end };
}

function spanFinding(m: RegExpExecArray, kind: '时间' | '数值'): RuleFinding {
  const mark = m[1] ?? '';
  const { start, end } = markRange(m, mark);
  const right = kind === '时间' ? '—' : '～';
  const name = kind === '时间' ? '一字线“—”' : '浪纹线“～”';
  return replaceFinding(ID, start, end, `${kind}起止应使用${name}，不用“${mark}”。`, [
    { title: `改为“${right}”`, newText: right, preferred: true },
  ]);
}

export const rangeMark: Rule = {
  id: ID,
  scope: 'line',
  description: '起止范围使用了连字符等错误符号',
  descriptionEn: 'A range marked with a hyphen or another wrong symbol',
  defaultSeverity: 'warning',
  docs: {
    summary: '标示时间起止用一字线“—”（2021—2025年、3月5日—4月10日），标示数值范围用浪纹线“～”（3～5天、15%～30%），都不用连字符“-”。',
    source: 'GB/T 15834-2011 4.13.3（连接号：时间起止用一字线，数值范围用浪纹线）',
    bad: '2021-2025年；培训3-5天',
    good: '2021—2025年；培训3～5天',
  },
  check(context: RuleContext): RuleFinding[] {
    const { text } = context;
    const findings: RuleFinding[] = [];
    const taken = new Set<number>();
    for (const re of [YEAR_SPAN, DATE_SPAN, MONTH_SPAN]) {
      for (const m of matches(context, re)) {
        const f = spanFinding(m, '时间');
        if (taken.has(f.start)) continue;
        taken.add(f.start);
        findings.push(f);
      }
    }
    for (const m of matches(context, FIGURE_RANGE)) {
      const end = m.index + m[0].length;
      const second = m[2] ?? '';
      const unit = /^[%％‰]/.test(text.charAt(end)) ? '%' : unitAt(text, end)?.kind;
      if (!unit || unit === '月份' || unit === '日期' || NOT_AFTER.test(text.slice(end, end + 2))) continue;
      if (unit === '时间' && text.startsWith('时', end)) continue; // 9-12时: a time of day
      const yearFirst = /^(?:19|20)[0-9]{2}(?![0-9.])/.test(m[0]);
      if (yearFirst && (second.length <= 2 || text.startsWith('年', end))) continue; // 2025-26年度, 2025-3-5
      if (NUMBERING_BEFORE.test(text.charAt(m.index - 1))) continue; // 图1-2, 表3-1: numbering
      const f = spanFinding(m, '数值');
      if (!taken.has(f.start)) findings.push(f);
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
