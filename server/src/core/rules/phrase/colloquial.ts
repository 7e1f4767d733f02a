/**
 * phrase.colloquial — 口语化、含义模糊的词（咱们、搞、啥、差不多……）；讲话稿和大会报告中不检查。方言词和口语词
 * 报警告；“搞”“差不多”只作提示（soft），否定、禁止、引号中和贬义搭配里的“搞”不报告。
 */
import { COLLOQUIAL } from './data';
import { phraseListRule } from './helpers';

export const phraseColloquial = phraseListRule({
  id: 'phrase.colloquial',
  description: '口语化或含义模糊的词（咱们、搞、啥、咋、差不多、大概齐、忽悠、唠嗑）',
  descriptionEn: 'Colloquial or vague words (咱们, 搞, 啥, 咋, 差不多, 大概齐, 忽悠, 唠嗑)',
  defaultSeverity: 'warning',
  docs: {
    summary: '通知、请示、报告、函等公文应使用书面语，不用“咱们”“啥”“咋”“忽悠”等口语词、方言词（警告）；“搞好”“差不多”等说法较随意，只作提示。讲话稿和向代表大会所作的报告（政府工作报告、党代会报告）不受此限。“搞活经济”，否定或禁止的“不搞一刀切”“决不允许搞……”，引号中的和“搞形式主义”等指称错误做法的“搞”，不报告。',
    source: '《现代汉语词典》第7版（方言词、口语词）；《党政机关公文处理工作条例》第十九条；“搞”“差不多”：本工具约定（提示级）',
    bad: '各乡镇有啥困难及时反映。',
    good: '各乡镇有什么困难及时反映。',
  },
  // A report to a congress (政府工作报告、党代会报告) is delivered as a speech: its plain words are the genre's.
  exceptIn: ['speech', 'congress-report'],
  entries: COLLOQUIAL,
});
