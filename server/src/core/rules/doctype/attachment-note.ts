/**
 * doctype.attachment-note — a body that refers to its 附件 (详见附件, 见附件1, （附件2）) needs the
 * 附件说明 after the body: 附件：1.…… 2.…… (GB/T 9704-2012 7.3.4). Reported on the first reference,
 * without a fix (the attachment's name is the writer's). 附件 inside a cited title (《……附件……》)
 * is not a reference.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { readElements } from './elements';

const ID = 'doctype.attachment-note';

export const doctypeAttachmentNote: Rule = {
  id: ID,
  description: '正文提到附件，但缺少附件说明',
  descriptionEn: 'The body refers to an attachment but the attachment note (附件说明) is missing',
  defaultSeverity: 'warning',
  exceptIn: ['speech'],
  docs: {
    summary: '正文提到附件（“详见附件”“见附件1”）时，应在正文下空一行左空二字写“附件：”和附件名称；有多个附件的，用阿拉伯数字标注序号（如“附件：1.××××”）。',
    source: 'GB/T 9704-2012 7.3.4（附件说明）',
    bad: '需维修的校舍共12处，详见附件。\n妥否，请批示。\n青山县教育局',
    good: '需维修的校舍共12处，详见附件。\n妥否，请批示。\n附件：青山县受损校舍清单\n青山县教育局',
  },
  examples: {
    invalid: [
      { text: '青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n需维修的校舍共12处，⟦详见附件⟧。\n妥否，请批示。\n青山县教育局\n2026年3月5日' },
      { text: '白河县人民政府办公室关于报送𠮷祥村建设情况的通知\r\n各乡镇人民政府：\r\n请⟦按附件2⟧的格式报送。\r\n特此通知。\r\n白河县人民政府办公室\r\n2026年3月5日' },
    ],
    valid: [
      '青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n需维修的校舍共12处，详见附件。\n妥否，请批示。\n附件：青山县受损校舍清单\n青山县教育局\n2026年3月5日',
      '青山县人民政府办公室关于转发《青山县附件管理办法》的通知\n各乡镇人民政府：\n现将《青山县附件管理办法》转发给你们。\n青山县人民政府办公室\n2026年3月5日',
      '在青山县2026年经济工作会议上的讲话\n同志们：\n具体指标详见附件，我不再展开。',
    ],
  },
  check(context: RuleContext): RuleFinding[] {
    const elements = readElements(context);
    const first = elements?.references[0];
    if (!elements || !first || elements.attachmentNote) return [];
    return [
      {
        rule: ID,
        start: first.start,
        end: first.end,
        message: `正文提到“${first.text}”，但没有附件说明：应在正文之后、发文机关署名之前写“附件：”和附件名称（多个附件用“1.”“2.”编号）。`,
        fixes: [],
      },
    ];
  },
};
