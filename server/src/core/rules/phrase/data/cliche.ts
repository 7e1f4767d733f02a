/**
 * phrase.cliche — 套话. Not errors: the rule is off by default and, when on, reports each cliché
 * once per document with how often it and all clichés occur per 1,000 characters. House style:
 * soft, so a user who turns the rule on sees information, never a warning.
 */
import type { PhraseEntry } from '../helpers';

const SRC = '本工具约定（文风：少说套话，多写具体措施和数据）';

export const CLICHE: readonly PhraseEntry[] = [
  {
    pattern: '高度重视', category: 'cliche', soft: true, source: SRC, reason: '写明具体做了什么',
    examples: { bad: ['县委县政府对此高度重视。'], good: ['县委常委会两次专题研究此项工作。'] },
  },
  {
    pattern: '圆满成功', category: 'cliche', soft: true, source: SRC, reason: '用结果和数据说明成效',
    examples: { bad: ['此次展会取得圆满成功。'], good: ['此次展会签约项目18个，签约金额35.6亿元。'] },
  },
  {
    pattern: '狠抓落实', category: 'cliche', soft: true, source: SRC, reason: '写明由谁、在何时、落实什么',
    examples: { bad: ['各单位要狠抓落实。'], good: ['各单位要在3月底前完成整改并报送结果。'] },
  },
  {
    pattern: '进一步加强', category: 'cliche', soft: true, source: SRC, reason: '写明加强的具体措施',
    examples: { bad: ['进一步加强安全生产管理。'], good: ['每月开展一次安全生产检查。'] },
  },
];
