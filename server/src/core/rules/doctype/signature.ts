/**
 * doctype.signature — 发文机关署名 (落款, GB/T 9704-2012 7.3.5): the issuing organ's name above
 * the 成文日期. Read as the line just above the date (or, with no date, a last line that names an
 * organ). Published copies on the web often drop it, so information only; types that carry no
 * signature (讲话稿, 纪要, 方案, 决议) and documents adopted by a meeting (a bracketed date under the
 * title) are left alone.
 */
import { DOCTYPE_NAMES } from '../../doctype';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { anchor, readElements, SIGNED_TYPES } from './elements';

const ID = 'doctype.signature';

export const doctypeSignature: Rule = {
  id: ID,
  description: '缺少发文机关署名（落款）',
  descriptionEn: 'Missing signature of the issuing office (落款)',
  defaultSeverity: 'information',
  appliesTo: SIGNED_TYPES,
  docs: {
    summary: '公文应在正文（或附件说明）之后、成文日期之上署发文机关全称或规范化简称。网上公开的文本常省去落款，因此只作提示。',
    source: 'GB/T 9704-2012 7.3.5（发文机关署名、成文日期和印章）；《党政机关公文处理工作条例》第九条',
    bad: '妥否，请批示。\n2026年3月5日',
    good: '妥否，请批示。\n青山县教育局\n2026年3月5日',
  },
  examples: {
    invalid: [
      { text: '青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n特申请拨付维修资金85万元。\n⟦妥否，请批示。⟧' },
      { text: '青山县人民政府关于同意设立青山县湿地公园的批复\n县林业局：\n你局的请示收悉。同意设立。\n⟦此复。⟧' },
    ],
    valid: [
      '青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n特申请拨付维修资金85万元。\n妥否，请批示。\n青山县教育局\n2026年3月5日',
      '青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n特申请拨付维修资金85万元。\n妥否，请批示。\n青山县教育局　　2026年3月5日',
      '在青山县2026年经济工作会议上的讲话\n同志们：\n今天我们召开会议。\n谢谢大家！',
      '青山县人民代表大会常务委员会关于批准2025年县级决算的决定\n（2026年3月5日青山县第十届人民代表大会常务委员会第五次会议通过）\n会议决定，批准2025年县级决算。',
    ],
  },
  check(context: RuleContext): RuleFinding[] {
    const elements = readElements(context);
    if (!elements || elements.signature || elements.adopted || !elements.bodyLast) return [];
    const where = elements.date ? '成文日期之上' : '正文（或附件说明）之后、成文日期之上';
    return [
      {
        rule: ID,
        ...anchor(elements, elements.date, elements.bodyLast),
        message: `${DOCTYPE_NAMES[context.docType]}缺少发文机关署名（落款）：应在${where}署发文机关全称或规范化简称。`,
        fixes: [],
      },
    ];
  },
};
