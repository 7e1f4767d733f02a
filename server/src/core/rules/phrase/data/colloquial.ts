/**
 * phrase.colloquial — 口语化、含义模糊的词. Normal in a 讲话稿 (the rule is off there), wrong in a
 * 通知、请示、报告、函. 搞活 (搞活经济、放开搞活) and negated 不搞/严禁搞 (不搞“一刀切”) are standard
 * policy language; 咋舌 is a written word.
 */
import type { PhraseEntry } from '../helpers';

const SRC = '《党政机关公文处理工作条例》第十九条（文字精炼、用语规范）；本工具约定';

export const COLLOQUIAL: readonly PhraseEntry[] = [
  {
    pattern: '咱们', replacement: '我们', certain: false, category: 'colloquial', source: SRC,
    examples: { bad: ['咱们县的粮食产量连续五年增长。'], good: ['我县粮食产量连续五年增长。'] },
  },
  {
    pattern: '(?<!不|不得|不准|不要|不能|不再|严禁|禁止|防止|杜绝|避免|反对|决不|绝不)搞(?!活)', regex: true, category: 'colloquial', source: SRC,
    reason: '改用“做好”“抓好”“开展”“推进”等规范动词',
    examples: {
      bad: ['各乡镇要搞好春季防火工作。', '有的单位搞形式主义。'],
      good: ['各乡镇要做好春季防火工作。', '进一步放开搞活，激发市场主体活力。', '坚持分类指导，不搞“一刀切”。', '严禁搞形式主义、官僚主义。'],
    },
  },
  {
    pattern: '啥', replacement: '什么', certain: false, category: 'colloquial', source: SRC,
    examples: { bad: ['有啥困难要及时反映。'], good: ['有什么困难要及时反映。'] },
  },
  {
    pattern: '咋(?!舌)', regex: true, replacement: '怎么', certain: false, category: 'colloquial', source: SRC,
    examples: { bad: ['群众反映的问题咋解决，要拿出具体办法。'], good: ['群众反映的问题如何解决，要拿出具体办法。', '涨幅之大令人咋舌。'] },
  },
  {
    pattern: '差不多', category: 'colloquial', source: SRC, reason: '含义模糊，应写明具体程度或数量（如“基本”“接近”）',
    examples: { bad: ['项目主体工程差不多完工了。'], good: ['项目主体工程基本完工。'] },
  },
  {
    pattern: '大概齐', replacement: '大致', certain: false, category: 'colloquial', source: SRC,
    examples: { bad: ['数据大概齐就报，是不负责任的。'], good: ['数据要核实准确后再报送。'] },
  },
  {
    pattern: '忽悠', category: 'colloquial', source: SRC, reason: '改用“欺骗”“蒙骗”“误导”等书面语',
    examples: { bad: ['不得用虚假宣传忽悠群众。'], good: ['不得用虚假宣传误导群众。'] },
  },
  {
    pattern: '唠嗑', replacement: '交谈', certain: false, category: 'colloquial', source: SRC,
    examples: { bad: ['驻村干部经常和村民唠嗑，了解诉求。'], good: ['驻村干部经常与村民交谈，了解诉求。'] },
  },
];
