/** phrase.press-banned — 新华社《新闻报道中的禁用词》中的说法：残废人、维族、前苏联、北朝鲜……（提示级，不自动修改） */
import { PRESS_BANNED } from './data';
import { phraseListRule } from './helpers';

export const phrasePressBanned = phraseListRule({
  id: 'phrase.press-banned',
  description: '规范禁用的说法（残废人、维族、“一带一路”战略、前苏联、北朝鲜、中港）',
  descriptionEn: 'Expressions banned by press style rules (残废人, 维族, “一带一路”战略, 前苏联, 北朝鲜, 中港)',
  defaultSeverity: 'information',
  docs: {
    summary: '新闻报道中禁用的称谓和提法，公文也宜遵循：“残废人”作“残疾人”，“维族”作“维吾尔族”，“一带一路”称“倡议”不称“战略”，不用“前苏联”“北朝鲜”“中港”。新闻报道规范不是国家标准：只作提示（提示级），不自动修改。',
    source: '新华社《新闻报道中的禁用词》（2016）（提示级）',
    bad: '积极融入“一带一路”战略。',
    good: '积极参与共建“一带一路”倡议。',
  },
  entries: PRESS_BANNED,
});
