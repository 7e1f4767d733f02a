/**
 * term.inconsistent — one concept written several ways in one document: 区委区政府 / 区委、区政府,
 * “十四五”规划 / 十四五规划, 2025年 / 二〇二五年, 文旅 / 文化旅游, 文旅融合创新区 / 文旅融合发展区,
 * a 以下简称 definition not kept. Each minority occurrence is flagged with the counts of every form
 * and one fix rewriting all of them to the chosen form; the fix is not preferred (choosing a form
 * is the writer's call). Abbreviation and near-name findings are soft (information).
 */
import { quoteForm } from '../../terms/format';
import type { TermChange, TermGroup } from '../../terms/types';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { countsPhrase, findingsFor, groupsOf } from './helpers';

export const TERM_INCONSISTENT_ID = 'term.inconsistent';

function message(group: TermGroup, change: TermChange): string {
  const to = quoteForm(change.replacement);
  const d = group.definition;
  if (change.reason === 'after-definition' && d) {
    return `全称与简称混用：前文已注明${quoteForm(d.full)}以下简称${quoteForm(d.short)}，此处应使用简称${to}。`;
  }
  if (change.reason === 'before-definition' && d) {
    return `简称${quoteForm(d.short)}在注明“以下简称”之前就已使用：首次出现时应写全称${to}。`;
  }
  const counts = countsPhrase(group, change.text.replace(/‘/g, '“').replace(/’/g, '”'));
  switch (group.relation) {
    case 'numeral':
      return `年份写法不一致：${counts}，建议统一为${to}。`;
    case 'abbreviation':
      return `全称与简称混用：${counts}，建议统一为${to}。`;
    case 'near':
      return `名称疑似不一致：${counts}，若指同一事物，建议统一为${to}。`;
    default:
      return `术语不一致：${counts}，建议统一为${to}。`;
  }
}

export const termInconsistent: Rule = {
  id: TERM_INCONSISTENT_ID,
  description: '同一术语在文中有多种写法',
  defaultSeverity: 'warning',
  needsWords: true,
  docs: {
    summary:
      '同一概念在一篇公文中应只用一种写法：标点差异（区委区政府／区委、区政府）、年份数字写法、全称与简称混用、近似名称（文旅融合创新区／文旅融合发展区）。以出现次数多的写法为准；全称简称和近似名称仅作提示。',
    source: '《党政机关公文处理工作条例》第十九条（公文内容准确、用语规范）；GB/T 15835-2011 4.1（年份用阿拉伯数字）；本工具约定',
    bad: '区委区政府高度重视……区委、区政府印发……区委、区政府要求……',
    good: '区委、区政府高度重视……区委、区政府印发……区委、区政府要求……',
  },
  check(context: RuleContext): RuleFinding[] {
    const groups = groupsOf(context).filter((g) => g.relation !== 'glossary');
    return findingsFor(context, TERM_INCONSISTENT_ID, groups, message, false);
  },
};
