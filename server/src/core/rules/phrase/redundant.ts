/** phrase.redundant — 语义重复：涉及到、截止到……为止、原因是因为、免费赠送…… */
import { REDUNDANT } from './data';
import { phraseListRule } from './helpers';

export const phraseRedundant = phraseListRule({
  id: 'phrase.redundant',
  description: '语义重复的说法（涉及到、截止到……为止、原因是因为等）',
  defaultSeverity: 'warning',
  docs: {
    summary: '词语中已含有的意思不再重复表达：“涉及到”改“涉及”，“截止到目前为止”改“截至目前”，“原因是因为”改“原因是”。',
    source: '《现代汉语词典》第7版；《党政机关公文处理工作条例》第十九条（文字精炼）',
    bad: '截止到目前为止，涉及到资金85万元。',
    good: '截至目前，涉及资金85万元。',
  },
  entries: REDUNDANT,
});
