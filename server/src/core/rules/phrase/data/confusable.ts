/**
 * phrase.confusable — 错别字和易混词. Each pattern is fenced where a legitimate word sequence
 * contains the same characters: 做为人民服务 (做 + 为人民服务), 既使……又使 (既……又……),
 * 按装箱单 (按 + 装箱单), 截止日期 (截止 takes no object; 截止目前 is 截至目前), 台风登陆 (登陆 is right for landfall; 登录 only for systems and accounts).
 * Plain misspellings that no context makes right (再接再励, 部暑, 名符其实……) are typo.word's
 * (rules/typo/data/words.ts); this list keeps the pairs whose reading depends on the context.
 * 做出/作出 before an abstract object (作出决定、作出贡献) is a usage preference that 《现代汉语词典》
 * explains, not a rule: soft (information), no fix by fix-all.
 */
import type { PhraseEntry } from '../helpers';

const XH = '《现代汉语词典》第7版';
const TIME_AFTER = '(?=目前|当前|今年|今天|今日|去年|上年|本年|本月|上月|年底|年末|月底|[0-9０-９一二三四五六七八九十〇])';
const ZUOCHU_OBJECTS = '决定|决策|部署|安排|贡献|判断|承诺|规定|决议|结论|批示|指示|表率|评价|回应|解释|调整|努力|牺牲|选择|处理|处分|答复|说明';

export const CONFUSABLE: readonly PhraseEntry[] = [
  {
    pattern: `截止(?![^，。；：、,;:\\s]{1,20}?为止)${TIME_AFTER}`, regex: true, replacement: '截至', category: 'confusable', source: XH,
    reason: '“截止”不带宾语（如“3月31日截止”），表示“到某时为止”用“截至”',
    examples: {
      bad: ['截止目前仍有3个项目未开工。', '截止2025年底，全县建成高标准农田12万亩。'],
      good: ['截至目前仍有3个项目未开工。', '报名于3月31日截止，逾期不再受理。', '请在截止时间前提交材料。'],
    },
  },
  {
    pattern: '做为(?!人民|民|群众|百姓|大家|他人|社会|国家|企业|基层)', regex: true, replacement: '作为', category: 'confusable', source: XH,
    reason: '表示身份、当作用“作为”',
    examples: { bad: ['做为全县重点项目，要加快推进。'], good: ['作为全县重点项目，要加快推进。', '多做为民办实事的工作。'] },
  },
  {
    pattern: '既使(?![^。；！？]*?(?:又|也|还|更)(?:使|让))', regex: true, replacement: '即使', category: 'confusable', source: XH,
    reason: '表示假设让步用“即使”',
    examples: { bad: ['既使困难再大，也要按期完成任务。'], good: ['即使困难再大，也要按期完成任务。', '既使群众得实惠，又使集体经济壮大。'] },
  },
  {
    pattern: '按装(?![箱车卸载订运机修配备饰置船入满填瓶袋包])', regex: true, replacement: '安装', category: 'confusable', source: XH,
    examples: { bad: ['为独居老人按装烟感报警器。'], good: ['为独居老人安装烟感报警器。', '按装箱单逐项清点物资。'] },
  },
  {
    // 部分词典收有“急待”，但“急待解决”类搭配的规范写法是“亟待”；只在这类动词前报告。
    pattern: '急待(?=解决|处理|改进|改善|加强|提高|完善|研究|落实|破解|突破|补齐|整改|规范|提升)', regex: true, replacement: '亟待',
    category: 'confusable', source: XH, reason: '“亟待”（jí dài）意为急切地等待',
    examples: { bad: ['农村人居环境问题急待解决。'], good: ['农村人居环境问题亟待解决。', '群众急需的药品已调拨到位。'] },
  },
  {
    pattern: `做出(?!来)(?=了?(?:新的|更大的?|重要的?|重大|积极的?|突出的?|应有的?|相应的?|明确的?|科学的?|具体的?|全面的?|正确的?|郑重的?){0,2}(?:${ZUOCHU_OBJECTS}))`,
    regex: true, replacement: '作出', category: 'confusable', soft: true, source: `${XH}用法说明；本工具约定`,
    reason: '带“决定、部署、贡献”等抽象宾语时，公文多用“作出”（用字习惯，不算错误）',
    examples: {
      bad: ['县委常委会研究做出决定。', '为乡村振兴做出新的更大贡献。'],
      good: ['县委常委会研究作出决定。', '为乡村振兴作出新的更大贡献。', '企业做出了一批新产品。'],
    },
  },
  {
    pattern: '登陆(?=[^，。；：！？\\s]{0,10}?(?:系统|平台|账号|帐号|账户|网站|网页|邮箱|客户端|后台|小程序|App|APP|app))', regex: true,
    replacement: '登录', category: 'confusable', source: XH, reason: '进入网站、系统、账号用“登录”',
    examples: {
      bad: ['请各单位登陆政务服务平台填报数据。'],
      good: ['请各单位登录政务服务平台填报数据。', '台风“摩羯”在海南登陆，沿海各地要做好防范。'],
    },
  },
  {
    pattern: '帐(户|号|目|款|务|本|簿)', regex: true, replacement: '账$1', category: 'confusable', source: XH,
    reason: '与钱财、记录有关的“账”不写作“帐”',
    examples: { bad: ['专项资金必须设立专门帐户。'], good: ['专项资金必须设立专门账户。', '会场悬挂帐篷，设置临时医疗点。'] },
  },
];
