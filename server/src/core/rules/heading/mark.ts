/**
 * heading.mark — the mark after a heading number: 一、 takes a 顿号, 1. a 下脚点 (half-width “.”),
 * and a bracketed number （一） （1） takes nothing (GB/T 15834-2011 B.3). Flags 一. 一． 一， 一：,
 * 1， 1．, （一）、 （一）： （1）、 and full-width digits １． （１）. The fix is certain: the level is
 * known from the marker itself. 1、 is heading.arabic-dun (a house style); ①、 is heading.circled.
 */
import type { HeadingLine } from '../../structure/headings';
import type { Rule, RuleContext, RuleFinding, TextEdit } from '../../types';
import { finding, LEVEL_NAMES, markerText, NO_FINDINGS, ORDINAL_PUNCT_SOURCE, outlineOf } from './helpers';

const ID = 'heading.mark';

const STANDARD_MARK: Partial<Record<HeadingLine['form'], string>> = { 'cn-dun': '、', 'arabic-dot': '.', 'cn-paren': '', 'arabic-paren': '' };
const WHY: Partial<Record<HeadingLine['form'], string>> = {
  'cn-dun': '汉字数字序号后用顿号“、”',
  'arabic-dot': '阿拉伯数字序号后用半角下脚点“.”',
  'cn-paren': '带括号的序号后不再加标点',
  'arabic-paren': '带括号的序号后不再加标点',
};

function halfwidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function check(h: HeadingLine): readonly RuleFinding[] {
  const m = h.marker;
  const standard = STANDARD_MARK[h.form];
  if (!m || standard === undefined) return NO_FINDINGS;
  const edits: TextEdit[] = [];
  if (h.faults.includes('fullwidth-digit')) edits.push({ start: m.numeral.start, end: m.numeral.end, newText: halfwidthDigits(m.numeral.text) });
  if (h.faults.includes('wrong-mark') && m.mark) edits.push({ start: m.mark.start, end: m.mark.end, newText: standard });
  if (edits.length === 0) return NO_FINDINGS;
  const fixed = (s: string): string => {
    let out = s;
    for (const e of [...edits].reverse()) out = out.slice(0, e.start - m.start) + e.newText + out.slice(e.end - m.start);
    return out;
  };
  const right = fixed(m.text);
  const what = h.faults.includes('wrong-mark') ? (WHY[h.form] ?? '') : '序号中的数字用半角';
  const message = `${LEVEL_NAMES[h.level]}标题序号“${markerText(h)}”不规范：${what}，应写作“${right}”。`;
  const title = `改为“${right}”`;
  // One finding when the edits touch (１． → 1.), otherwise one per edit ((１)、 has two places).
  const first = edits[0] as TextEdit;
  const last = edits[edits.length - 1] as TextEdit;
  if (edits.length === 1 || first.end === last.start) {
    return [finding(ID, first.start, last.end, message, [{ title, edits, preferred: true }])];
  }
  return edits.map((e) => finding(ID, e.start, e.end, message, [{ title, edits: [e], preferred: true }]));
}

export const headingMark: Rule = {
  id: ID,
  description: '标题序号后的标点不规范（一. 一， （一）、 1， １．等）',
  descriptionEn: 'Wrong punctuation after a heading number (一. 一， （一）、 1， １． etc.)',
  defaultSeverity: 'warning',
  docs: {
    summary: '层次序数“一、”用顿号，“1.”用半角下脚点，带括号的“（一）”“（1）”后不加任何标点；序号数字用半角。',
    source: `${ORDINAL_PUNCT_SOURCE}；GB/T 9704-2012 7.3.3`,
    bad: '一．总体要求\n（一）、工作目标',
    good: '一、总体要求\n（一）工作目标',
  },
  check(context: RuleContext): RuleFinding[] {
    return outlineOf(context).headings.flatMap(check);
  },
};
