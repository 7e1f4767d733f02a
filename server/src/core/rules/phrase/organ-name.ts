/** phrase.organ-name — 机构和职务称谓：山东省省委、××省组织部、政府报告、原××局局长…… */
import { ORGAN_NAME } from './data';
import { phraseListRule } from './helpers';

export const phraseOrganName = phraseListRule({
  id: 'phrase.organ-name',
  description: '不规范的机构、职务称谓（××省省委、××省组织部、政府报告、原××局局长）',
  defaultSeverity: 'warning',
  docs: {
    summary: '机构和职务用规范称谓：“山东省省委书记”改“山东省委书记”，“省组织部”改“省委组织部”，“政府报告”改“政府工作报告”，“原县财政局局长”改“县财政局原局长”。',
    source: '新华社《新闻报道中的禁用词》（2016）；机构规范名称',
    bad: '原县财政局局长张某',
    good: '县财政局原局长张某',
  },
  entries: ORGAN_NAME,
});
