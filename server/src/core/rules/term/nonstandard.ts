/**
 * term.nonstandard — a variant of a glossary term: the built-in fixed expressions (四个意识 without
 * quotes, 以习近平总书记为核心的党中央, “五位一体”战略布局, 二十大精神 without 党的 …) and the
 * user's `terms`. The fix rewriting every variant occurrence to the canonical form is preferred.
 * A variant inside a quotation or a 《》 title is cited as its source wrote it and left alone.
 */
import { quoteForm } from '../../terms/format';
import type { TermChange, TermGroup } from '../../terms/types';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { findingsFor, groupsOf } from './helpers';

const ID = 'term.nonstandard';

function message(group: TermGroup, change: TermChange): string {
  const variants = group.forms.filter((f) => f.text !== group.canonical);
  const counts = variants.map((f) => `${quoteForm(f.text)}出现 ${f.count} 次`).join('，');
  const canonical = group.forms.find((f) => f.text === group.canonical);
  const used = canonical ? `，规范写法出现 ${canonical.count} 次` : '';
  return `不规范表述：${quoteForm(change.text)}应写作${quoteForm(group.canonical)}（${counts}${used}）。`;
}

export const termNonstandard: Rule = {
  id: ID,
  description: '固定表述或术语表中的词语写法不规范',
  descriptionEn: 'Nonstandard spelling of a fixed expression or a glossary term',
  defaultSeverity: 'warning',
  needsWords: true,
  docs: {
    summary:
      '重要固定表述须与权威文本一致（如“四个意识”须加引号，以习近平同志为核心的党中央，“五位一体”总体布局，党的二十大）；也检查 .gongwenrc.json 中 terms 列出的规范写法。',
    source: '党的二十大报告、《中国共产党章程》等中央文件的标准表述；.gongwenrc.json terms',
    bad: '牢固树立四个意识，以习近平总书记为核心的党中央',
    good: '牢固树立“四个意识”，以习近平同志为核心的党中央',
  },
  check(context: RuleContext): RuleFinding[] {
    const groups = groupsOf(context).filter((g) => g.relation === 'glossary');
    return findingsFor(context, ID, groups, message, true);
  },
};
