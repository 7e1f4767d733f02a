/** phrase.colloquial — 口语化、含义模糊的词（咱们、搞、啥、差不多……）；讲话稿中不检查。 */
import { COLLOQUIAL } from './data';
import { phraseListRule } from './helpers';

export const phraseColloquial = phraseListRule({
  id: 'phrase.colloquial',
  description: '口语化或含义模糊的词（咱们、搞、啥、咋、差不多、大概齐、忽悠、唠嗑）',
  defaultSeverity: 'warning',
  docs: {
    summary: '通知、请示、报告、函等公文应使用书面语，不用“咱们”“搞”“啥”“差不多”等口语词；讲话稿不受此限。“搞活经济”“不搞一刀切”是规范说法，不报告。',
    source: '《党政机关公文处理工作条例》第十九条（用词准确、文字精炼）',
    bad: '各乡镇要搞好春季防火工作，有啥困难及时反映。',
    good: '各乡镇要做好春季防火工作，有什么困难及时反映。',
  },
  exceptIn: ['speech'],
  entries: COLLOQUIAL,
});
