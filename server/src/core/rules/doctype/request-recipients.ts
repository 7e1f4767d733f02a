/**
 * doctype.request-recipients — a 请示 is addressed to one superior organ (条例第十五条: 原则上主送
 * 一个上级机关，根据需要同时抄送相关上级机关和同级机关): a 主送 line naming two organs or more
 * (县财政局、县发展改革委：) is an error. The others go to 抄送. No fix: which one is the superior is
 * the writer's decision.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { readElements } from './elements';

const ID = 'doctype.request-recipients';

export const doctypeRequestRecipients: Rule = {
  id: ID,
  description: '请示主送了多个机关（请示只主送一个上级机关）',
  descriptionEn: 'A request for instructions (请示) is addressed to more than one office (it goes to one superior office)',
  defaultSeverity: 'error',
  appliesTo: ['request'],
  docs: {
    summary: '请示应当只主送一个上级机关，需要其他机关知悉的，列入抄送。主送两个或更多机关会造成多头请示、无人负责批复。',
    source: '《党政机关公文处理工作条例》第十五条（请示原则上主送一个上级机关）',
    bad: '县财政局、县发展改革委：',
    good: '县财政局：',
  },
  examples: {
    invalid: [
      { text: '青山县教育局关于申请拨付校舍维修资金的请示\n⟦县财政局、县发展改革委：⟧\n特申请拨付维修资金85万元。\n妥否，请批示。' },
      { text: '青山县教育局关于申请拨付校舍维修资金的请示\n⟦县人民政府，县财政局：⟧\n特申请拨付维修资金85万元。\n妥否，请批示。' },
    ],
    valid: [
      '青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n特申请拨付维修资金85万元。\n妥否，请批示。',
      '青山县人民政府办公室关于做好春节期间安全生产工作的通知\n各乡镇人民政府，县政府各部门：\n现将有关事项通知如下。',
    ],
  },
  check(context: RuleContext): RuleFinding[] {
    const recipient = readElements(context)?.recipient;
    if (!recipient) return [];
    const organs = recipient.text.slice(0, -1).split(/[、，,；;]/).map((s) => s.trim()).filter((s) => s.length >= 2);
    if (organs.length < 2) return [];
    return [
      {
        rule: ID,
        start: recipient.start,
        end: recipient.end,
        message: `请示只能主送一个上级机关，这里主送了${organs.length}个（${organs.join('、')}）：应只保留负责批复的机关，其他机关列入抄送。`,
        fixes: [],
      },
    ];
  },
};
