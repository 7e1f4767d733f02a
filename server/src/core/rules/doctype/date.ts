/**
 * doctype.date — 成文日期 (GB/T 9704-2012 7.3.5.1): the date under the signature, in Arabic
 * numerals, year in full. A date still to be filled (2026年×月×日) counts as present (the
 * placeholder rule reports it). Published copies on the web sometimes drop it, so information
 * only; types with no 成文日期 of their own (讲话稿, 纪要, 方案) and documents adopted by a meeting
 * (a bracketed date under the title) are left alone.
 */
import { DOCTYPE_NAMES } from '../../doctype';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { anchor, readElements, SIGNED_TYPES } from './elements';

const ID = 'doctype.date';

export const doctypeDate: Rule = {
  id: ID,
  description: '缺少成文日期',
  descriptionEn: 'Missing date of writing (成文日期)',
  defaultSeverity: 'information',
  appliesTo: SIGNED_TYPES,
  docs: {
    summary: '公文应在发文机关署名下一行写成文日期，用阿拉伯数字将年、月、日标全（如“2026年3月5日”），年份不简写，月、日不编虚位。',
    source: 'GB/T 9704-2012 7.3.5.1（成文日期）；《党政机关公文处理工作条例》第九条',
    bad: '妥否，请批示。\n青山县教育局',
    good: '妥否，请批示。\n青山县教育局\n2026年3月5日',
  },
  examples: {
    invalid: [
      { text: '青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n特申请拨付维修资金85万元。\n妥否，请批示。\n⟦青山县教育局⟧' },
      { text: '青山县人民政府办公室关于做好春节期间安全生产工作的通知\n各乡镇人民政府：\n请认真做好安全生产工作，确保群众过一个平安祥和的节日。🎉\n⟦特此通知。⟧' },
    ],
    valid: [
      '青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n特申请拨付维修资金85万元。\n妥否，请批示。\n青山县教育局\n2026年3月5日',
      '青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n特申请拨付维修资金85万元。\n妥否，请批示。\n青山县教育局\n2026年×月×日',
      '青山县防汛工作会议纪要\n3月5日，县政府召开防汛工作会议。',
    ],
  },
  check(context: RuleContext): RuleFinding[] {
    const elements = readElements(context);
    if (!elements || elements.date || elements.adopted || !elements.bodyLast) return [];
    return [
      {
        rule: ID,
        ...anchor(elements, elements.signature, elements.bodyLast),
        message: `${DOCTYPE_NAMES[context.docType]}缺少成文日期：应在发文机关署名下一行用阿拉伯数字写全年、月、日（如“2026年3月5日”）。`,
        fixes: [],
      },
    ];
  },
};
