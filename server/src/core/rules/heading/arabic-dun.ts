/**
 * heading.arabic-dun — 1、 for the third-level 1. GB/T 9704-2012 writes the third level “1.” and
 * GB/T 15834-2011 B.3 puts a 下脚点 after an Arabic number, but many offices use “1、” as a house
 * style. So this is its own rule at `information`: turn it off (or raise it) in settings to match
 * the house style. The fix (1、 → 1.) is preferred: fix-all follows the standard unless the rule is off.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { finding, markerText, NO_FINDINGS, ORDINAL_PUNCT_SOURCE, outlineOf } from './helpers';

const ID = 'heading.arabic-dun';

export const headingArabicDun: Rule = {
  id: ID,
  description: '阿拉伯数字序号后用了顿号（1、应为 1.）',
  descriptionEn: 'Enumeration comma after an Arabic heading number (1、 should be 1.)',
  defaultSeverity: 'information',
  docs: {
    summary: '第三层序号按标准写作“1.”（半角下脚点），不用“1、”。有些单位习惯用“1、”，可在设置中关闭本规则。',
    source: `GB/T 9704-2012 7.3.3；${ORDINAL_PUNCT_SOURCE}`,
    bad: '1、加强组织领导',
    good: '1.加强组织领导',
  },
  check(context: RuleContext): RuleFinding[] {
    return outlineOf(context).headings.flatMap((h) => {
      const mark = h.marker?.mark;
      if (!mark || !h.faults.includes('arabic-dun')) return NO_FINDINGS;
      const right = `${h.ordinal ?? ''}.`;
      return [
        finding(ID, mark.start, mark.end, `标题序号“${markerText(h)}”：阿拉伯数字序号后按标准用下脚点，应写作“${right}”（若本单位规定用“1、”，可关闭此规则）。`, [
          { title: '改为“.”', edits: [{ start: mark.start, end: mark.end, newText: '.' }], preferred: true },
        ]),
      ];
    });
  },
};
