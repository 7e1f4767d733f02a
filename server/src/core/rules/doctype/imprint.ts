/**
 * doctype.imprint — a 版记, when present, ends with the 印发机关和印发日期 (GB/T 9704-2012 7.4.3):
 * 青山县人民政府办公室　2026年3月5日印发. A document with a 抄送 line and no such line is reported
 * (information: many drafts leave the 版记 to the 印制 office). A document without a 版记 is left
 * alone.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { readElements } from './elements';

const ID = 'doctype.imprint';

export const doctypeImprint: Rule = {
  id: ID,
  description: '版记缺少印发机关和印发日期',
  descriptionEn: 'The imprint (版记) lacks the issuing office and the date of issue',
  defaultSeverity: 'information',
  docs: {
    summary: '有版记的公文，应在抄送机关之下写印发机关和印发日期：印发机关左空一字，印发日期右空一字，用阿拉伯数字标全年月日，后加“印发”二字。',
    source: 'GB/T 9704-2012 7.4.3（印发机关和印发日期）',
    bad: '抄送：县委办公室。',
    good: '抄送：县委办公室。\n青山县人民政府办公室　2026年3月5日印发',
  },
  examples: {
    invalid: [
      { text: '青山县人民政府办公室关于做好春节期间安全生产工作的通知\n各乡镇人民政府：\n请做好安全生产工作。\n青山县人民政府办公室\n2026年3月5日\n⟦抄送：县委办公室。⟧' },
    ],
    valid: [
      '青山县人民政府办公室关于做好春节期间安全生产工作的通知\n各乡镇人民政府：\n请做好安全生产工作。\n青山县人民政府办公室\n2026年3月5日\n抄送：县委办公室。\n青山县人民政府办公室　2026年3月5日印发',
      '青山县人民政府办公室关于做好春节期间安全生产工作的通知\n各乡镇人民政府：\n请做好安全生产工作。\n青山县人民政府办公室\n2026年3月5日',
    ],
  },
  check(context: RuleContext): RuleFinding[] {
    const elements = readElements(context);
    const cc = elements?.cc[elements.cc.length - 1];
    if (!elements || !cc || elements.imprint) return [];
    return [
      {
        rule: ID,
        start: cc.start,
        end: cc.end,
        message: '版记缺少印发机关和印发日期：应在抄送之下写印发机关和印发日期，如“青山县人民政府办公室　2026年3月5日印发”。',
        fixes: [],
      },
    ];
  },
};
