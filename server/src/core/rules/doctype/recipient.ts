/**
 * doctype.recipient — 主送机关 (GB/T 9704-2012 7.3.3; 条例第九条): a 请示, 报告, 批复 or 函 is
 * addressed to one organ or more, on the line under the title, ending with a full-width colon. A
 * 通知 usually is too (it may be 普发 with no 主送 when published): reported softly there. Types
 * that are not addressed (讲话稿, 纪要, 方案, 决议) are left alone.
 */
import { DOCTYPE_NAMES } from '../../doctype';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { readElements } from './elements';

const ID = 'doctype.recipient';

export const doctypeRecipient: Rule = {
  id: ID,
  description: '缺少主送机关（请示、报告、批复、函、通知）',
  descriptionEn: 'Missing main recipient (主送机关) in a 请示, 报告, 批复, 函 or 通知',
  defaultSeverity: 'warning',
  appliesTo: ['request', 'report', 'reply', 'letter', 'notice'],
  docs: {
    summary: '请示、报告、批复、函应在标题下一行顶格写主送机关（全称或规范化简称、统称），后加全角冒号。通知一般也有主送机关（公开发布的普发通知可以没有，只作提示）。讲话稿、纪要等不设主送机关。',
    source: 'GB/T 9704-2012 7.3.3（主送机关）；《党政机关公文处理工作条例》第九条',
    bad: '青山县教育局关于申请拨付校舍维修资金的请示\n今年汛期……',
    good: '青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n今年汛期……',
  },
  examples: {
    invalid: [
      { text: '⟦青山县教育局关于申请拨付校舍维修资金的请示⟧\n今年汛期，部分校舍受损。特申请拨付维修资金85万元。\n妥否，请批示。\n青山县教育局\n2026年3月5日' },
      { text: '⟦白河县人民政府关于同意设立白河县湿地公园的批复⟧\r\n县林业局报来的请示收悉。经研究，同意设立。\r\n此复。\r\n白河县人民政府\r\n2026年3月5日' },
    ],
    valid: [
      '青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n今年汛期，部分校舍受损。特申请拨付维修资金85万元。\n妥否，请批示。\n青山县教育局\n2026年3月5日',
      '青山县人民政府办公室关于做好春节期间安全生产工作的通知\n青府办发〔2026〕3号\n各乡镇人民政府，县政府各部门：\n现将有关事项通知如下。',
      '在青山县2026年经济工作会议上的讲话\n同志们：\n今天我们召开会议。',
      '青山县防汛工作会议纪要\n3月5日，县政府召开防汛工作会议。',
    ],
  },
  check(context: RuleContext): RuleFinding[] {
    const elements = readElements(context);
    if (!elements || elements.recipient) return [];
    const name = DOCTYPE_NAMES[context.docType];
    const soft = context.docType === 'notice';
    return [
      {
        rule: ID,
        start: elements.title.start,
        end: elements.title.end,
        message: `${name}缺少主送机关：应在标题下一行顶格写主送机关名称，后加全角冒号（如“青山县人民政府：”）。`,
        fixes: [],
        ...(soft ? { soft: true } : {}),
      },
    ];
  },
};
