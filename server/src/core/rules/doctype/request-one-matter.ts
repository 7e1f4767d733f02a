/**
 * doctype.request-one-matter — 一文一事: a 请示 carries one request. A sentence that opens with
 * 同时/另外/此外 and asks again (申请、建议、恳请、一并纳入……), or that asks for something to be
 * added 一并, is likely a second matter. A heuristic, so information level and no fix.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { bodyStart, documentTitle, sentences } from './helpers';

const ID = 'doctype.request-one-matter';

const ADDITIVE = /^(?:同时|另外|此外|另|还有|再者|再次)[，,、]/;
const ASKS = /申请|请求|建议|恳请|请予|拟请|一并/;
const ALSO_ADD = /一并(?:纳入|列入|解决|审批|批准|安排|考虑|拨付|支持)/;

export const doctypeRequestOneMatter: Rule = {
  id: ID,
  description: '请示一文一事：正文又提出另一项请求',
  descriptionEn: 'One matter per request (请示): the body raises a second request',
  defaultSeverity: 'information',
  appliesTo: ['request'],
  docs: {
    summary: '请示应当一文一事。正文中“同时，建议将……一并纳入”之类的句子提出了另一项请求，应另行请示。',
    source: '《党政机关公文处理工作条例》第十五条（请示应当一文一事）',
    bad: '特申请拨付县级配套资金500万元。同时，建议将园区道路硬化项目一并纳入今年计划。',
    good: '特申请拨付县级配套资金500万元。',
  },
  check(context: RuleContext): RuleFinding[] {
    const from = bodyStart(context.text, documentTitle(context.text));
    return sentences(context, from)
      .filter((s) => (ADDITIVE.test(s.text) && ASKS.test(s.text)) || (ALSO_ADD.test(s.text) && /建议|申请|请求|恳请/.test(s.text)))
      .map((s) => ({
        rule: ID,
        start: s.start,
        end: s.end,
        message: '请示应一文一事：这句又提出了另一项请求，宜删去或另行请示。',
        fixes: [],
      }));
  },
};
