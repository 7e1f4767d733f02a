/** phrase.redundant — 语义重复：涉及到、截止到……为止、原因是因为、免费赠送…… */
import { REDUNDANT } from './data';
import { phraseListRule } from './helpers';

export const phraseRedundant = phraseListRule({
  id: 'phrase.redundant',
  description: '语义重复的说法（涉及到、截止到……为止、原因是因为等）',
  descriptionEn: 'Semantically redundant expressions (涉及到, 截止到……为止, 原因是因为 etc.)',
  defaultSeverity: 'warning',
  docs: {
    summary: '同一成分不说两遍：“截止到目前为止”改“截至目前”，“原因是因为”改“原因是”，“见诸于”改“见诸”（警告）。“涉及到”“共同协商”“免费赠送”等按词义重复、但没有规范禁止的说法只作提示（提示级），不自动修改。“安排部署”是公文固定搭配，不报告。',
    source: '《现代汉语词典》第7版；按词义重复的说法：本工具约定（文风，提示级）',
    bad: '截止到目前为止，原因是因为资金未到位。',
    good: '截至目前，原因是资金未到位。',
  },
  entries: REDUNDANT,
});
