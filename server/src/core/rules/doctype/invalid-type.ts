/**
 * doctype.invalid-type — 把“请示报告”“申请”“汇报”当作文种. They are not among the 15 types of
 * 条例第八条: a request for approval is a 请示 (to a superior) or a 函 (to an organ outside the
 * line), a written account is a 报告. “关于申请……的报告” is fine: there 申请 is part of the matter.
 * 请示报告 is fixed to 请示 only when the body asks for approval (妥否、请批示…).
 */
import type { Fix, Rule, RuleContext, RuleFinding } from '../../types';
import { bodyStart, documentTitle } from './helpers';

const ID = 'doctype.invalid-type';

/** Words that show the body asks for approval, i.e. the document is a 请示. */
export const REQUEST_WORDS = /妥否|当否|请批示|请批复|请审批|请予?批准|请审定|请予审定|请核准|请予核准|请予批复|请予审批|请予支持|请予同意/;

interface Invalid {
  ending: RegExp;
  word: (m: RegExpExecArray) => string;
  message: string;
  fixes: (asks: boolean) => Array<{ text: string; preferred: boolean }>;
}

export const INVALID_TYPES: readonly Invalid[] = [
  {
    ending: /请示报告$/,
    word: () => '请示报告',
    message: '“请示报告”不是法定文种：请求批准用“请示”，汇报工作用“报告”，二者不能混用。',
    fixes: (asks) => (asks ? [{ text: '请示', preferred: true }] : [{ text: '请示', preferred: false }, { text: '报告', preferred: false }]),
  },
  {
    ending: /关于.+的(申请)$/,
    word: () => '申请',
    message: '“申请”不是法定文种：向上级机关请求批准用“请示”，向不相隶属的机关申请用“函”。',
    fixes: () => [{ text: '请示', preferred: false }, { text: '函', preferred: false }],
  },
  {
    ending: /关于.+的(?:工作|情况)?(汇报)$/,
    word: () => '汇报',
    message: '“汇报”不是法定文种：向上级书面报告工作、反映情况用“报告”。',
    fixes: () => [{ text: '报告', preferred: false }],
  },
];

export function invalidTypeOf(core: string): { invalid: Invalid; word: string } | undefined {
  for (const invalid of INVALID_TYPES) {
    const m = invalid.ending.exec(core);
    if (m) return { invalid, word: invalid.word(m) };
  }
  return undefined;
}

export const doctypeInvalidType: Rule = {
  id: ID,
  description: '标题把“请示报告”“申请”“汇报”当作文种',
  descriptionEn: 'The title uses 请示报告, 申请 or 汇报 as the document type',
  defaultSeverity: 'warning',
  docs: {
    summary: '“请示报告”“申请”“汇报”都不是法定文种。请求批准用“请示”（对上级）或“函”（对不相隶属机关），报告工作用“报告”。“关于申请……的报告”中的“申请”是事由，不算错。',
    source: '《党政机关公文处理工作条例》第八条',
    bad: '××县农业农村局关于申请拨付补助资金的请示报告',
    good: '××县农业农村局关于申请拨付补助资金的请示',
  },
  check(context: RuleContext): RuleFinding[] {
    const title = documentTitle(context.text);
    if (!title) return [];
    const found = invalidTypeOf(title.core);
    if (!found) return [];
    const end = title.start + title.core.length;
    const start = end - found.word.length;
    const asks = REQUEST_WORDS.test(context.text.slice(bodyStart(context.text, title)));
    const fixes: Fix[] = found.invalid.fixes(asks).map((f) => ({
      title: `改为“${f.text}”`,
      edits: [{ start, end, newText: f.text }],
      ...(f.preferred ? { preferred: true } : {}),
    }));
    return [{ rule: ID, start, end, message: found.invalid.message, fixes }];
  },
};
