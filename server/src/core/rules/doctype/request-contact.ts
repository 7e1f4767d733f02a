/**
 * doctype.request-contact — a 请示 gives a 联系人 and a 电话 in the 附注, in brackets on the line
 * under the 成文日期: （联系人：李明，电话：0000-1234567）. Required by the former 《国家行政机关公文处理
 * 办法》 and kept by practice and most local 实施细则; GB/T 9704-2012 7.3.7 places the 附注. Not
 * named by the 2012 条例, so information. Accepted anywhere after the title.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { anchor, readElements } from './elements';

const ID = 'doctype.request-contact';

export const doctypeRequestContact: Rule = {
  id: ID,
  description: '请示缺少联系人或电话（附注）',
  descriptionEn: 'A request for instructions (请示) gives no contact person or telephone number (附注)',
  defaultSeverity: 'information',
  appliesTo: ['request'],
  docs: {
    summary: '请示应在成文日期下一行的附注处用圆括号注明联系人姓名和电话，便于上级机关办理时联系。',
    source: 'GB/T 9704-2012 7.3.7（附注）；原《国家行政机关公文处理办法》和各地公文处理实施细则（请示注明联系人和电话）',
    bad: '青山县教育局\n2026年3月5日',
    good: '青山县教育局\n2026年3月5日\n（联系人：李明，电话：0000-1234567）',
  },
  examples: {
    invalid: [
      { text: '青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n特申请拨付维修资金85万元。\n妥否，请批示。\n青山县教育局\n⟦2026年3月5日⟧' },
      { text: '青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n特申请拨付维修资金85万元。\n妥否，请批示。\n青山县教育局\n⟦2026年3月5日⟧\n（联系人：李明）' },
    ],
    valid: [
      '青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n特申请拨付维修资金85万元。\n妥否，请批示。\n青山县教育局\n2026年3月5日\n（联系人：李明，电话：0000-1234567）',
      '青山县教育局关于2025年校舍维修工作情况的报告\n县人民政府：\n现将有关情况报告如下。\n特此报告。\n青山县教育局\n2026年3月5日',
    ],
  },
  check(context: RuleContext): RuleFinding[] {
    const elements = readElements(context);
    if (!elements) return [];
    const rest = context.text.slice(elements.title.end);
    const person = /联系人/.test(rest);
    const phone = /电话|手机|联系方式|\d{3,4}-\d{7,8}|1\d{10}/.test(rest);
    if (person && phone) return [];
    const missing = !person && !phone ? '联系人和电话' : person ? '电话' : '联系人';
    return [
      {
        rule: ID,
        ...anchor(elements, elements.date, elements.signature, elements.bodyLast),
        message: `请示缺少${missing}：应在成文日期下一行用圆括号注明，如“（联系人：李明，电话：0000-1234567）”。`,
        fixes: [],
      },
    ];
  },
};
