/**
 * doctype.report-request — a 报告 must not ask for approval (请批示、请批准、妥否……): a matter that
 * needs a decision goes in a separate 请示. Words inside a cited title 《……》 are not counted.
 */
import { overlapsAny } from '../../markdown';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { bodyStart, documentTitle, insideBookTitle } from './helpers';

const ID = 'doctype.report-request';

const ASKS = /请(?:予)?(?:批示|批复|批准|审批|核准|审定)|妥否|当否/g;

export const doctypeReportRequest: Rule = {
  id: ID,
  description: '报告中夹带请示事项',
  descriptionEn: 'A report (报告) carries a request for approval',
  defaultSeverity: 'warning',
  appliesTo: ['report'],
  docs: {
    summary: '报告不得夹带请示事项，不写“请批示”“请批准”“妥否”；需要上级批准的事项应另行请示。报告结尾一般用“特此报告”。',
    source: '《党政机关公文处理工作条例》第十五条（报告不得夹带请示事项）',
    bad: '以上报告妥否，请批示。',
    good: '特此报告。',
  },
  check(context: RuleContext): RuleFinding[] {
    const { text } = context;
    const findings: RuleFinding[] = [];
    ASKS.lastIndex = bodyStart(text, documentTitle(text));
    for (let m = ASKS.exec(text); m; m = ASKS.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsAny(context.ignored, start, end) || insideBookTitle(text, start)) continue;
      findings.push({
        rule: ID,
        start,
        end,
        message: `报告中不得夹带请示事项（“${m[0]}”）：需要批准的事项应另行请示，报告结尾用“特此报告”。`,
        fixes: [],
      });
    }
    return findings;
  },
};
