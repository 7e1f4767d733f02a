/** phrase.confusable — 错别字和易混词：做为、既使、再接再励、名符其实、急待解决、登陆系统…… */
import { CONFUSABLE } from './data';
import { phraseListRule } from './helpers';

export const phraseConfusable = phraseListRule({
  id: 'phrase.confusable',
  description: '错别字和易混词（做为、既使、再接再励、名符其实、急待解决等）',
  defaultSeverity: 'warning',
  docs: {
    summary: '常见错别字和易混词：“做为”应为“作为”，“再接再励”应为“再接再厉”，“急待解决”应为“亟待解决”，登录系统、账号用“登录”。“做出决定”“做出贡献”作“作出”是用字习惯，只作提示（提示级），不自动修改。',
    source: '《现代汉语词典》第7版；《第一批异形词整理表》（GF 1001-2001）；做出/作出：本工具约定（提示级）',
    bad: '希望大家再接再励，一如即往地做好工作。',
    good: '希望大家再接再厉，一如既往地做好工作。',
  },
  entries: CONFUSABLE,
});
