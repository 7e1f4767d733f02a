/**
 * number.date-format — dates in prose written as 2025年3月5日: no zero padding (2025年03月05日,
 * 3月05日) and no numeric separators (2025.3.5, 2025-03-05, 2025/3/5). A separated date counts only
 * when it is a real calendar date with a four-digit year and stands in Chinese text (a Chinese
 * character or mark, or a line edge, on one side): URLs, file names, versions (v2025.3.5), ISO
 * timestamps (2025-03-05T10:00) and IP-like runs are left alone. Both fixes are certain.
 */
import { codePointBefore, isChineseContext } from '../../text/chars';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { matches, replaceFinding } from './helpers';

const ID = 'number.date-format';

/** 2025年03月05日, 2025年03月, 3月05日; the year is optional. */
const PADDED = /(?<![0-9０-９.．])(?:([0-9]{4})年)?([0-9]{1,2})月(?:([0-9]{1,2})日)?/g;
/** 2025.3.5, 2025-03-05, 2025/3/5 (the same separator twice). */
const SEPARATED = /(?<![0-9A-Za-z_./\\:@#&=?+\-－．])((?:19|20)[0-9]{2})([.\-/．－])(0?[1-9]|1[0-2])\2(0?[1-9]|[12][0-9]|3[01])(?![0-9A-Za-z_/\\@#&=?+\-－]|[.．:][0-9A-Za-z])/g;

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

function chineseDate(year: string | undefined, month: number, day: number | undefined): string {
  return `${year ? `${year}年` : ''}${month}月${day !== undefined ? `${day}日` : ''}`;
}

function atLineEdge(text: string, offset: number): boolean {
  const c = text.charAt(offset);
  return c === '' || c === '\n' || c === '\r';
}

function padded(context: RuleContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const m of matches(context, PADDED)) {
    const [whole, year, monthText = '', dayText] = m;
    const month = Number(monthText);
    const day = dayText === undefined ? undefined : Number(dayText);
    if (!monthText.startsWith('0') && !dayText?.startsWith('0')) continue;
    if (month < 1 || month > 12 || (day !== undefined && !validDay(month, day))) continue;
    const right = chineseDate(year, month, day);
    findings.push(
      replaceFinding(ID, m.index, m.index + whole.length, `日期“${whole}”中的月、日不编虚位（1不编为01），应写作“${right}”。`, [
        { title: `改为“${right}”`, newText: right, preferred: true },
      ]),
    );
  }
  return findings;
}

function separated(context: RuleContext): RuleFinding[] {
  const { text } = context;
  const findings: RuleFinding[] = [];
  for (const m of matches(context, SEPARATED)) {
    const [whole, year = '', , monthText = '', dayText = ''] = m;
    const start = m.index;
    const end = start + whole.length;
    const month = Number(monthText);
    const day = Number(dayText);
    if (!validDay(month, day)) continue;
    const chineseAround =
      isChineseContext(text.codePointAt(end)) ||
      isChineseContext(codePointBefore(text, start)) ||
      (atLineEdge(text, end) && (start === 0 || atLineEdge(text, start - 1)));
    if (!chineseAround) continue;
    const right = chineseDate(year, month, day);
    findings.push(
      replaceFinding(ID, start, end, `公文中的日期“${whole}”应写作“${right}”，不用“.”“-”“/”分隔年月日。`, [
        { title: `改为“${right}”`, newText: right, preferred: true },
      ]),
    );
  }
  return findings;
}

export const dateFormat: Rule = {
  id: ID,
  scope: 'line',
  description: '日期写法不规范（补零、用“.”“-”“/”分隔）',
  descriptionEn: 'Nonstandard date format (zero padding, or . - / as separators)',
  defaultSeverity: 'warning',
  docs: {
    summary: '公文中的日期用阿拉伯数字将年、月、日标全，写作“2025年3月5日”：月、日不编虚位（不写“03月05日”），也不用“2025.3.5”“2025-03-05”“2025/3/5”等形式。',
    source: 'GB/T 9704-2012 7.3.5（成文日期中的数字）；公文正文日期参照执行',
    bad: '2025年03月05日；于2025.3.5召开',
    good: '2025年3月5日；于2025年3月5日召开',
  },
  check(context: RuleContext): RuleFinding[] {
    return [...padded(context), ...separated(context)].sort((a, b) => a.start - b.start);
  },
};
