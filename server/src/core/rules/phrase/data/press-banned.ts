/**
 * phrase.press-banned — 新华社《新闻报道中的禁用词》(2016) usages that official writing follows too.
 * A press guide, not a national standard: every entry is soft (information) and its replacement a
 * suggestion that fix-all does not apply.
 * Fenced against word sequences that only look alike: 战前苏联 (战前 + 苏联), 东北朝鲜族
 * (东北 + 朝鲜族), 南北朝鲜卑 (南北朝 + 鲜卑), 其中港口 (其中 + 港口), 思维族群 (思维 + 族群).
 */
import type { PhraseEntry } from '../helpers';

const XINHUA = '新华社《新闻报道中的禁用词》（2016）';

export const PRESS_BANNED: readonly PhraseEntry[] = [
  {
    pattern: '残废人', replacement: '残疾人', category: 'press-banned', soft: true, source: XINHUA, reason: '带有歧视色彩',
    examples: { bad: ['为残废人发放生活补贴。'], good: ['为残疾人发放生活补贴。'] },
  },
  {
    pattern: '(?<![思纤恭])维族', regex: true, replacement: '维吾尔族', category: 'press-banned', soft: true, source: XINHUA,
    reason: '少数民族名称不得随意简称',
    examples: { bad: ['村里有维族群众23户。'], good: ['村里有维吾尔族群众23户。', '要打破思维定式。'] },
  },
  {
    pattern: '([“"]?一带一路[”"]?)战略(?!对接|合作|伙伴|协作|互信|沟通|性)', regex: true, replacement: '$1倡议', category: 'press-banned',
    soft: true, source: XINHUA, reason: '“一带一路”应称“倡议”，不称“战略”',
    examples: {
      bad: ['积极融入“一带一路”战略。', '积极融入一带一路战略。'],
      good: ['积极参与共建“一带一路”倡议。', '深化与“一带一路”沿线国家的战略对接。'],
    },
  },
  {
    pattern: '(?<![之此战以年月日前先早久生天数体0-9])前苏联', regex: true, replacement: '苏联', category: 'press-banned', soft: true, source: XINHUA,
    reason: '不使用“前苏联”',
    examples: { bad: ['该厂始建于1958年，由前苏联援建。'], good: ['该厂始建于1958年，由苏联援建。', '二战前苏联的工业布局发生很大变化。'] },
  },
  {
    pattern: '(?<![东西南华湖河江])北朝鲜(?!卑)', regex: true, replacement: '朝鲜', category: 'press-banned', soft: true, source: XINHUA,
    reason: '不使用“北朝鲜”',
    examples: { bad: ['该企业与北朝鲜有贸易往来。'], good: ['该企业与朝鲜有贸易往来。', '延边是东北朝鲜族聚居区。'] },
  },
  {
    pattern: '(?<![其集之当空途心])中港(?=两地|合作|关系|交流|经贸|贸易|跨境|之间|通关|融合|往来)', regex: true, replacement: '内地与香港',
    category: 'press-banned', soft: true, source: XINHUA, reason: '不使用“中港”',
    examples: { bad: ['进一步深化中港合作。'], good: ['进一步深化内地与香港合作。', '其中港口吞吐量增长8.5%。'] },
  },
];
