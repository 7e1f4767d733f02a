/**
 * phrase.colloquial — 口语化、含义模糊的词. Normal in a 讲话稿 (the rule is off there), wrong in a
 * 通知、请示、报告、函.
 *
 * Dialect and spoken words (啥、咋、忽悠、唠嗑、大概齐, marked as dialect in 《现代汉语词典》, and
 * 咱们) are clearly out of register in a written 公文: warning. 搞 and 差不多 are soft (information):
 * 搞好、搞经营 are dated but common in published official writing, and no rule forbids them. 搞 is
 * not reported at all where it names what is wrong rather than the writer's own action: under a
 * negation or prohibition earlier in the clause, which covers a whole list (不搞“一刀切”; 决不允许搞…;
 * 坚决反对空谈、搞形象工程), inside quotation marks, or before a pejorative object (搞形式主义、
 * 搞特殊化). 搞活 (搞活经济、放开搞活) is standard policy language; 咋舌 is a written word.
 */
import type { PhraseEntry } from '../helpers';

/** Words marked as dialect or spoken in the dictionary. */
const XH = '《现代汉语词典》第7版（方言词、口语词）；《党政机关公文处理工作条例》第十九条（用语规范）';
const SRC = '本工具约定（文风：书面语）；《党政机关公文处理工作条例》第十九条（文字精炼、用语规范）';
/**
 * Clause boundaries: a negation before one of them does not reach the 搞 after it. A negation is
 * looked for at most 30 characters back (a bound: each 搞 is checked in constant time).
 */
const CLAUSE = '[^，。；：！？,;:!?\\n]';
/** Negations and prohibitions (不 but not 不断、不仅……, which do not negate). */
const NEGATION = '(?:不(?![断仅但同少久论管光])|没有|严禁|禁止|防止|杜绝|避免|反对|力戒|切忌|摒弃|纠正|整治|治理|查处|遏制|警惕|克服|决不|绝不|不得|不准|不许|不再)';
/** Objects that make 搞 a description of wrongdoing: 搞形式主义、搞特殊化、搞“一刀切”. */
const PEJORATIVE = '形式主义|官僚主义|享乐主义|本位主义|山头主义|形象工程|面子工程|政绩工程|花架子|一刀切|特殊化|特权|小圈子|小团体|团团伙伙|拉帮结派|两面派|一言堂|家长制|变通|摊派|层层加码|大拆大建|弄虚作假|暗箱操作|权钱交易|利益输送|攀比|铺张浪费|运动式|选择性执法|地方保护|不正之风|歪门邪道|封建迷信';

export const COLLOQUIAL: readonly PhraseEntry[] = [
  {
    pattern: '咱们', replacement: '我们', certain: false, category: 'colloquial', source: XH,
    examples: { bad: ['咱们县的粮食产量连续五年增长。'], good: ['我县粮食产量连续五年增长。'] },
  },
  {
    // The literal first, the lookbehinds after it: a pattern opening with a lookbehind is tried at
    // every position of a line.
    pattern: `搞(?<!${NEGATION}${CLAUSE}{0,30}搞|“[^”\\n]{0,30}搞)(?!活|${PEJORATIVE}|“)`, regex: true, category: 'colloquial', soft: true, source: SRC,
    reason: '可改用“做好”“抓好”“开展”“推进”等书面语动词',
    examples: {
      bad: ['各乡镇要搞好春季防火工作。', '青山县要安心搞经营。'],
      good: [
        '各乡镇要做好春季防火工作。', '进一步放开搞活，激发市场主体活力。', '坚持分类指导，不搞“一刀切”。', '严禁搞形式主义、官僚主义。',
        '决不允许借检查之机搞吃拿卡要。', '严禁弄虚作假、层层加码、搞花架子。', '有的单位搞形式主义。', '群众称之为“搞突击”。',
        '防止层层加码、搞变通。', '不断改进工作方式，不搞运动式整治。',
      ],
    },
  },
  {
    pattern: '啥', replacement: '什么', certain: false, category: 'colloquial', source: XH,
    examples: { bad: ['有啥困难要及时反映。'], good: ['有什么困难要及时反映。'] },
  },
  {
    pattern: '咋(?!舌)', regex: true, replacement: '怎么', certain: false, category: 'colloquial', source: XH,
    examples: { bad: ['群众反映的问题咋解决，要拿出具体办法。'], good: ['群众反映的问题如何解决，要拿出具体办法。', '涨幅之大令人咋舌。'] },
  },
  {
    pattern: '差不多', category: 'colloquial', soft: true, source: SRC, reason: '含义模糊，应写明具体程度或数量（如“基本”“接近”）',
    examples: { bad: ['项目主体工程差不多完工了。'], good: ['项目主体工程基本完工。'] },
  },
  {
    pattern: '大概齐', replacement: '大致', certain: false, category: 'colloquial', source: XH,
    examples: { bad: ['数据大概齐就报，是不负责任的。'], good: ['数据要核实准确后再报送。'] },
  },
  {
    pattern: '忽悠', category: 'colloquial', source: XH, reason: '改用“欺骗”“蒙骗”“误导”等书面语',
    examples: { bad: ['不得用虚假宣传忽悠群众。'], good: ['不得用虚假宣传误导群众。'] },
  },
  {
    pattern: '唠嗑', replacement: '交谈', certain: false, category: 'colloquial', source: XH,
    examples: { bad: ['驻村干部经常和村民唠嗑，了解诉求。'], good: ['驻村干部经常与村民交谈，了解诉求。'] },
  },
];
