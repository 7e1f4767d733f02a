/**
 * term.inconsistent — one concept written several ways in one document: 区委区政府 / 区委、区政府,
 * “十四五”规划 / 十四五规划, 2025年 / 二〇二五年, 文旅 / 文化旅游, 文旅融合创新区 / 文旅融合发展区,
 * a 以下简称 definition not kept. Each minority occurrence is flagged with the counts of every form
 * and one fix rewriting all of them to the chosen form; the fix is not preferred (choosing a form
 * is the writer's call).
 *
 * Warning only where the drift is certain: one year in Arabic and 汉字 (GB/T 15835-2011), an organ
 * pair (区委、区政府) whose chosen form occurs at least twice, a term quoted at least three times
 * and more often than not, a title cited bare where it is in 《》 at least as often (GB/T
 * 15834-2011 4.15), or a form the user's glossary names. Everything else — other pairs joined by
 * 、 (both forms are correct), abbreviations, near names, a form seen once — is soft
 * (information). Titles, signature and date lines, quotations and 《》 titles are never
 * rewritten (terms/layout.ts).
 */
import { quoteForm } from '../../terms/format';
import type { TermChange, TermGroup } from '../../terms/types';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { countsPhrase, findingsFor, groupsOf } from './helpers';

const ID = 'term.inconsistent';

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
  id: ID,
  description: '同一术语在文中有多种写法',
  descriptionEn: 'One term written in several ways in the document',
  defaultSeverity: 'warning',
  needsWords: true,
  docs: {
    summary:
      '同一概念在一篇公文中应只用一种写法：标点差异（区委区政府／区委、区政府）、年份数字写法、全称与简称混用、近似名称（文旅融合创新区／文旅融合发展区）。以出现次数多的写法为准。年份写法、多次出现的党政机关并列、多次加引号的提法和书名号内外的同一文件名给出警告，其余仅作提示。标题、落款、成文日期行及引号、书名号内的文字不改；为提及或定义而加引号的词（容不得半点“差不多”）不算另一种写法。',
    source: '《党政机关公文处理工作条例》第十九条（公文内容准确、用语规范）；GB/T 15835-2011 4.1（年份用阿拉伯数字）；GB/T 15834-2011 4.15（书名号）；GB/T 9704-2012 7.3.1（标题不加书名号）；GB/T 9704-1999（2012年7月1日前的成文日期用汉字）；其余为本工具约定',
    bad: '区委区政府高度重视……区委、区政府印发……区委、区政府要求……',
    good: '区委、区政府高度重视……区委、区政府印发……区委、区政府要求……',
  },
  check(context: RuleContext): RuleFinding[] {
    const groups = groupsOf(context).filter((g) => g.relation !== 'glossary');
    return findingsFor(context, ID, groups, message, false);
  },
};
