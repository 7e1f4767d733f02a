/**
 * phrase.advisory — usages that are not wrong everywhere but that house style or 新华社 rules
 * discourage: reported at information level. 其它 and 交待 are listed in 《现代汉语词典》 as variants
 * (“同‘其他’”“同‘交代’”), so this is a house choice of one form. 亲自 and 隆重召开 depend on the
 * occasion, which a tool cannot judge. Every entry is soft: information, and no fix is applied
 * automatically (其它 → 其他 is offered, not made).
 */
import type { PhraseEntry } from '../helpers';

const XINHUA = '新华社《新闻报道中的禁用词》（2016）';

export const ADVISORY: readonly PhraseEntry[] = [
  {
    pattern: '其它', replacement: '其他', category: 'advisory', soft: true, source: '《现代汉语词典》第7版（“其它”同“其他”）；本工具约定',
    reason: '统一用“其他”',
    examples: { bad: ['其它事项按原规定执行。'], good: ['其他事项按原规定执行。'] },
  },
  {
    pattern: '(?<![提移递上转呈送成外社])交待(?!办|审|批|签|定|处|确认|核|查|付|售|用)', regex: true, replacement: '交代',
    category: 'advisory', soft: true, source: '《现代汉语词典》第7版（“交待”同“交代”）；本工具约定', reason: '统一用“交代”',
    examples: { bad: ['如实交待违纪问题。'], good: ['如实交代违纪问题。', '将材料提交待审核区。'] },
  },
  {
    // Only before routine activities (出席、看望、主持……): 亲自抓、亲自部署、亲自指挥 are set phrases.
    pattern: '亲自(?=出席|参加|到|来|前往|深入|看望|慰问|主持|检查|视察|调研|接见|会见|听取|讲话|致辞|带队|陪同|迎接)', regex: true,
    category: 'advisory', soft: true, source: XINHUA, reason: '领导同志的日常工作活动不宜用“亲自”，如非强调可删去',
    examples: {
      bad: ['县长亲自到现场检查指导。', '市委书记亲自出席开幕式。'],
      good: ['县长到现场检查指导。', '倡导亲自然的绿色生活方式。', '主要负责同志要亲自抓、负总责。'],
    },
  },
  {
    pattern: '隆重召开', replacement: '召开', certain: false, category: 'advisory', soft: true, source: XINHUA,
    reason: '一般性会议不宜用“隆重召开”',
    examples: { bad: ['全县农业农村工作会议隆重召开。'], good: ['全县农业农村工作会议召开。'] },
  },
];
