/** phrase.advisory — 视语境斟酌的用语（其它、交待、亲自、隆重召开），提示级。 */
import { ADVISORY } from './data';
import { phraseListRule } from './helpers';

export const phraseAdvisory = phraseListRule({
  id: 'phrase.advisory',
  description: '宜斟酌的用语（其它→其他、交待→交代、亲自、隆重召开）',
  descriptionEn: 'Wording worth reconsidering (其它→其他, 交待→交代, 亲自, 隆重召开)',
  defaultSeverity: 'information',
  docs: {
    summary: '不算错误、但按本工具约定或新华社规范宜改的用语：统一用“其他”“交代”；领导日常活动不用“亲自”，一般会议不用“隆重召开”。只作提示，不自动修改。',
    source: '《现代汉语词典》第7版；新华社《新闻报道中的禁用词》（2016）；本工具约定',
    bad: '县长亲自出席，其它事项另行通知。',
    good: '县长出席，其他事项另行通知。',
  },
  entries: ADVISORY,
});
