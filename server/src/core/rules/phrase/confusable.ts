/** phrase.confusable — 要看语境的易混词：截止目前、做为、既使、按装、急待解决、登陆系统、帐户…… Plain misspellings are typo.word's. */
import { CONFUSABLE } from './data';
import { phraseListRule } from './helpers';

export const phraseConfusable = phraseListRule({
  id: 'phrase.confusable',
  description: '易混词（截止/截至、做为、既使、急待解决、登陆系统等）',
  descriptionEn: 'Easily confused words (截止/截至, 做为, 既使, 急待解决, 登陆系统 etc.)',
  defaultSeverity: 'warning',
  docs: {
    summary: '要看语境才能判断的易混词：“截止目前”应为“截至目前”，“做为”应为“作为”，“急待解决”应为“亟待解决”，登录系统、账号用“登录”。不论语境都错的写法（再接再励、部暑）由 typo.word 报告。“做出决定”“做出贡献”作“作出”是用字习惯，只作提示（提示级），不自动修改。',
    source: '《现代汉语词典》第7版；做出/作出：本工具约定（提示级）',
    bad: '截止目前，做为牵头单位的县发展改革局已登陆平台填报。',
    good: '截至目前，作为牵头单位的县发展改革局已登录平台填报。',
  },
  entries: CONFUSABLE,
});
