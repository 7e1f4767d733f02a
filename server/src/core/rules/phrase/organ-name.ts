/** phrase.organ-name — 机构和职务称谓：山东省省委、××省组织部、政府报告、原××局局长……（提示级，不自动修改） */
import { ORGAN_NAME } from './data';
import { phraseListRule } from './helpers';

export const phraseOrganName = phraseListRule({
  id: 'phrase.organ-name',
  description: '不规范的机构、职务称谓（××省省委、××省组织部、政府报告、原××局局长）',
  descriptionEn: 'Nonstandard names of institutions and posts (××省省委, ××省组织部, 政府报告, 原××局局长)',
  defaultSeverity: 'information',
  docs: {
    summary: '机构和职务宜用规范称谓：“山东省省委书记”作“山东省委书记”，“省组织部”作“省委组织部”，“政府报告”作“政府工作报告”，“原县财政局局长”作“县财政局原局长”。这些是新闻报道规范和机构名称的习惯，不是国家标准，只作提示（提示级），也不自动修改：机构名称是专名，机构已撤销或更名时“原”放在机构前是对的；地名中的“原”（海原县、原平市）和“原任”“时任”不报告。',
    source: '新华社《新闻报道中的禁用词》（2016）；新华社新闻信息报道规范；机构规范名称（提示级）',
    bad: '原县财政局局长张某',
    good: '县财政局原局长张某',
  },
  entries: ORGAN_NAME,
});
