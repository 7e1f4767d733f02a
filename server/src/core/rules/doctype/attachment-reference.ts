/**
 * doctype.attachment-reference — each 附件 the 附件说明 lists should be referred to in the body,
 * by number (见附件2) or by name (《青山县受损校舍清单》, 受损校舍清单). A single 附件 is referred to by
 * any 附件 reference. A hint only: published 国务院 documents often list an 附件 the body never
 * names (npm run precision: 5 on 65 documents), so it is a writing suggestion, not a standard.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { readElements } from './elements';

const ID = 'doctype.attachment-reference';

/** The name without the issuing organ's usual lead (青山县, 2026年) and its 《》: what a body would quote. */
function nameCores(name: string): string[] {
  const bare = name.replace(/[《》“”]/g, '');
  const cores = [bare];
  const short = bare.replace(/^.{0,12}?(?:省|市|县|区|州|旗)/, '').replace(/^\d{4}年(?:度)?/, '');
  if (short.length >= 4 && short !== bare) cores.push(short);
  return cores;
}

export const doctypeAttachmentReference: Rule = {
  id: ID,
  description: '附件说明列出的附件在正文中没有提到',
  descriptionEn: 'An attachment listed in the attachment note is never mentioned in the body',
  defaultSeverity: 'hint',
  exceptIn: ['speech'],
  docs: {
    summary: '附件说明列出的每个附件，正文中都应有相应的说明（如“详见附件2”或写出附件名称），否则读者不知道附件的用途，也可能是附件说明多列了一项。',
    source: 'GB/T 9704-2012 7.3.4（附件说明）；公文写作通行规范',
    bad: '特申请拨付维修资金85万元。\n附件：1.受损校舍清单\n2.维修资金测算表',
    good: '需维修的校舍见附件1，资金测算见附件2。\n附件：1.受损校舍清单\n2.维修资金测算表',
  },
  examples: {
    invalid: [
      { text: '青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n需维修的校舍见附件1。特申请拨付维修资金85万元。\n妥否，请批示。\n附件：1.受损校舍清单\n⟦2.维修资金测算表⟧\n青山县教育局\n2026年3月5日' },
      { text: '青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n特申请拨付维修资金85万元。\n妥否，请批示。\n附件：⟦青山县受损校舍清单⟧\n青山县教育局\n2026年3月5日' },
    ],
    valid: [
      '青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n需维修的校舍见附件1，资金测算见附件2。\n妥否，请批示。\n附件：1.受损校舍清单\n2.维修资金测算表\n青山县教育局\n2026年3月5日',
      '青山县人民政府办公室关于印发《青山县防汛应急预案》的通知\n各乡镇人民政府：\n现将《青山县防汛应急预案》印发给你们，请认真贯彻执行。\n附件：青山县防汛应急预案\n青山县人民政府办公室\n2026年3月5日',
      '青山县人民政府办公室关于印发防汛应急预案的通知\n各乡镇人民政府：\n现将防汛应急预案印发给你们，请认真贯彻执行。\n附件：青山县防汛应急预案\n青山县人民政府办公室\n2026年3月5日',
    ],
  },
  check(context: RuleContext): RuleFinding[] {
    const elements = readElements(context);
    const note = elements?.attachmentNote;
    if (!elements || !note) return [];
    const body = context.text.slice(elements.title.start, elements.body.end);
    const single = note.items.length === 1;
    const numbers = new Set(elements.references.map((r) => /(\d+)/.exec(r.text)?.[1]).filter((n) => n !== undefined).map(Number));
    return note.items
      .filter((item) => {
        if (item.name === '') return false;
        if (single && elements.references.length > 0) return false;
        if (item.number !== undefined && numbers.has(item.number)) return false;
        return !nameCores(item.name).some((core) => body.includes(core));
      })
      .map((item) => ({
        rule: ID,
        start: item.start,
        end: item.end,
        message: `附件说明列出了“${item.name}”，正文中没有提到它：应在正文相应位置说明（如“详见附件${item.number ?? ''}”），或删去这一项。`,
        fixes: [],
      }));
  },
};
