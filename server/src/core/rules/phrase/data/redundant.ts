/**
 * phrase.redundant — 语义重复（叠床架屋）. 截止 alone is right (截止日期、报名于3月31日截止); 截止到
 * and 截止……为止 say 到 twice (截止 + a time, 截止目前, is a confusable: confusable.ts).
 *
 * Two kinds. A word or mark said twice in one construction (截止到……为止, 原因是因为, 目的是为了,
 * 见诸于 — 诸 is 之于) is certain: warning, fixed by fix-all. A word whose meaning includes the one
 * added to it (涉及到, 共同协商, 免费赠送) is redundant by the dictionary's definition but no rule
 * forbids it, and published documents keep some of them: soft (information), suggestion only.
 * 安排部署 is not listed: it is a fixed collocation of published documents.
 */
import type { PhraseEntry } from '../helpers';

const XH = '《现代汉语词典》第7版';
/** Redundant by the definitions of 《现代汉语词典》, but a matter of style. */
const XH_STYLE = '《现代汉语词典》第7版释义；本工具约定（文风：文字精炼）';

export const REDUNDANT: readonly PhraseEntry[] = [
  {
    pattern: '涉及到', replacement: '涉及', category: 'redundant', soft: true, source: XH_STYLE, reason: '“涉及”已含“关联到”之义',
    examples: { bad: ['审计发现问题12个，涉及到资金85万元。'], good: ['审计发现问题12个，涉及资金85万元。'] },
  },
  {
    pattern: '波及到', replacement: '波及', category: 'redundant', soft: true, source: XH_STYLE, reason: '“波及”已含“牵涉到”之义',
    examples: { bad: ['此次洪灾波及到全县8个乡镇。'], good: ['此次洪灾波及全县8个乡镇。'] },
  },
  {
    pattern: '截止到?([^，。；：、,;:\\s]{1,20}?)为止', regex: true, replacement: '截至$1', category: 'redundant', source: XH,
    reason: '“截至”即“截止到”，后面不再加“为止”',
    examples: {
      bad: ['截止到目前为止，已完成工程量的60%。', '截止2025年底为止，全县建成高标准农田12万亩。'],
      good: ['截至目前，已完成工程量的60%。', '到2025年底为止，全县建成高标准农田12万亩。'],
    },
  },
  {
    pattern: '截止到', replacement: '截至', category: 'redundant', source: XH, reason: '“截至”即“截止到”',
    examples: { bad: ['截止到3月底，全市新增就业1.2万人。'], good: ['截至3月底，全市新增就业1.2万人。', '申报截止日期为2026年3月31日。'] },
  },
  {
    pattern: '目的是为了', replacement: '目的是', category: 'redundant', source: XH, reason: '“目的”与“为了”重复，用“目的是”或“为了”',
    examples: { bad: ['开展专项检查，目的是为了消除安全隐患。'], good: ['开展专项检查，目的是消除安全隐患。'] },
  },
  {
    pattern: '原因是(?:因为|由于)', regex: true, replacement: '原因是', category: 'redundant', source: XH, reason: '“原因”与“因为”重复',
    examples: { bad: ['项目推进偏慢，原因是因为用地手续没有落实。'], good: ['项目推进偏慢，原因是用地手续没有落实。'] },
  },
  {
    pattern: '凯旋归来', replacement: '凯旋', category: 'redundant', soft: true, source: XH_STYLE, reason: '“凯旋”即胜利归来',
    examples: { bad: ['热烈欢迎我县参赛队员凯旋归来。'], good: ['热烈欢迎我县参赛队员凯旋。'] },
  },
  {
    pattern: '免费赠送', replacement: '赠送', category: 'redundant', soft: true, source: XH_STYLE, reason: '“赠送”本身不收费',
    examples: { bad: ['向参会群众免费赠送防诈骗宣传手册。'], good: ['向参会群众赠送防诈骗宣传手册。'] },
  },
  {
    pattern: '共同协商', replacement: '协商', category: 'redundant', soft: true, source: XH_STYLE, reason: '“协商”即共同商量',
    examples: { bad: ['具体事项由双方共同协商确定。'], good: ['具体事项由双方协商确定。'] },
  },
  {
    pattern: '亲眼目睹', replacement: '目睹', category: 'redundant', soft: true, source: XH_STYLE, reason: '“目睹”即亲眼看到',
    examples: { bad: ['调研组亲眼目睹了群众出行的困难。'], good: ['调研组目睹了群众出行的困难。'] },
  },
  {
    pattern: '悬殊很大', replacement: '悬殊', category: 'redundant', soft: true, source: XH_STYLE, reason: '“悬殊”即相差很远',
    examples: { bad: ['城乡居民收入差距悬殊很大。'], good: ['城乡居民收入差距悬殊。'] },
  },
  {
    pattern: '出乎意料之外', replacement: '出乎意料', category: 'redundant', source: XH, reason: '“出乎”与“之外”重复',
    examples: { bad: ['检查结果出乎意料之外。'], good: ['检查结果出乎意料。'] },
  },
  {
    pattern: '见诸于', replacement: '见诸', category: 'redundant', source: XH, reason: '“诸”即“之于”',
    examples: { bad: ['相关经验做法见诸于多家媒体。'], good: ['相关经验做法见诸多家媒体。'] },
  },
];
