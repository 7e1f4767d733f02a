/**
 * Organisations abolished or renamed by the institutional reforms (机构改革), for name.renamed.
 *
 * Sources: 《深化党和国家机构改革方案》 (中共中央, 2018年3月) and the provincial, city and county
 * reform plans that followed it (completed by March 2019); 《国税地税征管体制改革方案》 (中共中央办公厅、
 * 国务院办公厅, 2018年7月); 《党和国家机构改革方案》 (中共中央、国务院, 2023年3月). Only names whose
 * fate is certain are listed: a name kept as a second plate (自然资源部对外保留国家海洋局牌子,
 * 农业农村部加挂国家乡村振兴局牌子) or reorganised in a way that differs between places is left out.
 *
 * `old` are the written forms of the abolished name, longest first within an entry is not needed
 * (the matcher takes the longest at each position). `local` entries are the names of a local organ
 * (局、厅、委): they are read only after a place or level (县环保局, 青山县工商局) or standing alone
 * between punctuation (…、环保局、…), never inside a longer word (生态环保局, 文化和旅游局).
 * National names (部, 总局, 会) are read anywhere except after `notAfter` or before `notBefore`.
 */

export const REFORM_2018 = '《深化党和国家机构改革方案》';
export const REFORM_2018_TAX = '《国税地税征管体制改革方案》';
export const REFORM_2023 = '《党和国家机构改革方案》';

export interface RenamedEntry {
  /** The abolished names as written (full names and common short forms). */
  old: readonly string[];
  /** What replaced it (the first is offered as the fix). */
  current: readonly string[];
  /** The year the reform took effect: documents and sentences dated before it are history. */
  year: number;
  source: string;
  /** A local organ's name (read only after a place or level, or alone); otherwise a national organ. */
  local?: boolean;
  /** Not a match when the text right after the name starts with one of these (农业部门). */
  notBefore?: readonly string[];
  /** Not a match when the text right before the name ends with one of these (宣传文化部). */
  notAfter?: readonly string[];
  /** The replacement is not a plain rename (several organs took the work over): no fix is offered as preferred. */
  split?: boolean;
}

const DEPARTMENT = ['门'];

export const RENAMED: readonly RenamedEntry[] = [
  // 2018, national (国务院组成部门、直属机构)
  { old: ['国家工商行政管理总局', '国家工商总局'], current: ['国家市场监督管理总局'], year: 2018, source: REFORM_2018 },
  { old: ['国家质量监督检验检疫总局', '国家质检总局', '质检总局'], current: ['国家市场监督管理总局', '海关总署'], year: 2018, source: REFORM_2018, split: true },
  { old: ['国家食品药品监督管理总局', '国家食药监总局', '食药监总局'], current: ['国家市场监督管理总局', '国家药品监督管理局'], year: 2018, source: REFORM_2018, split: true },
  { old: ['国土资源部'], current: ['自然资源部'], year: 2018, source: REFORM_2018, notBefore: DEPARTMENT },
  { old: ['国家测绘地理信息局'], current: ['自然资源部'], year: 2018, source: REFORM_2018 },
  { old: ['环境保护部', '环保部'], current: ['生态环境部'], year: 2018, source: REFORM_2018, notBefore: DEPARTMENT, notAfter: ['生态'] },
  { old: ['农业部'], current: ['农业农村部'], year: 2018, source: REFORM_2018, notBefore: DEPARTMENT, notAfter: ['畜牧', '林'] },
  { old: ['文化部'], current: ['文化和旅游部'], year: 2018, source: REFORM_2018, notBefore: DEPARTMENT, notAfter: ['宣传', '社会', '企业', '校园', '群众', '党建'] },
  { old: ['国家旅游局'], current: ['文化和旅游部'], year: 2018, source: REFORM_2018 },
  { old: ['国家卫生和计划生育委员会', '国家卫生计生委', '国家卫计委'], current: ['国家卫生健康委员会', '国家卫生健康委'], year: 2018, source: REFORM_2018 },
  { old: ['国家安全生产监督管理总局', '国家安全监管总局', '国家安监总局', '安监总局'], current: ['应急管理部'], year: 2018, source: REFORM_2018 },
  { old: ['监察部'], current: ['国家监察委员会'], year: 2018, source: REFORM_2018, notBefore: DEPARTMENT, notAfter: ['纪委', '纪检'] },
  { old: ['国务院法制办公室', '国务院法制办'], current: ['司法部'], year: 2018, source: REFORM_2018 },
  { old: ['国家新闻出版广电总局'], current: ['国家广播电视总局', '国家新闻出版署'], year: 2018, source: REFORM_2018, split: true },
  { old: ['国家林业局'], current: ['国家林业和草原局'], year: 2018, source: REFORM_2018 },
  { old: ['国家粮食局'], current: ['国家粮食和物资储备局'], year: 2018, source: REFORM_2018 },
  { old: ['中国银行业监督管理委员会', '中国银监会', '银监会', '中国保险监督管理委员会', '中国保监会', '保监会'], current: ['国家金融监督管理总局'], year: 2018, source: `${REFORM_2018}、${REFORM_2023}` },
  // 2023, national
  { old: ['中国银行保险监督管理委员会', '中国银保监会', '银保监会'], current: ['国家金融监督管理总局'], year: 2023, source: REFORM_2023 },
  // 2018, local (省、市、县的机构改革)
  { old: ['工商行政管理局', '工商局'], current: ['市场监督管理局', '市场监管局'], year: 2018, source: REFORM_2018, local: true },
  { old: ['质量技术监督局', '质监局'], current: ['市场监督管理局', '市场监管局'], year: 2018, source: REFORM_2018, local: true },
  { old: ['食品药品监督管理局', '食品药品监管局', '食药监局'], current: ['市场监督管理局', '市场监管局'], year: 2018, source: REFORM_2018, local: true },
  { old: ['国土资源局', '国土局'], current: ['自然资源局', '自然资源和规划局'], year: 2018, source: REFORM_2018, local: true, split: true },
  { old: ['国土资源厅'], current: ['自然资源厅'], year: 2018, source: REFORM_2018, local: true },
  { old: ['卫生和计划生育委员会', '卫生计生委', '卫计委', '卫生和计划生育局', '卫生计生局', '卫计局'], current: ['卫生健康委员会', '卫生健康委', '卫生健康局'], year: 2018, source: REFORM_2018, local: true, split: true },
  { old: ['安全生产监督管理局', '安全监管局', '安监局'], current: ['应急管理局'], year: 2018, source: REFORM_2018, local: true },
  { old: ['环境保护局', '环保局'], current: ['生态环境局'], year: 2018, source: REFORM_2018, local: true },
  { old: ['环境保护厅', '环保厅'], current: ['生态环境厅'], year: 2018, source: REFORM_2018, local: true },
  { old: ['农业局'], current: ['农业农村局'], year: 2018, source: REFORM_2018, local: true },
  { old: ['农业厅'], current: ['农业农村厅'], year: 2018, source: REFORM_2018, local: true },
  { old: ['文化局', '旅游局'], current: ['文化和旅游局'], year: 2018, source: REFORM_2018, local: true, split: true },
  { old: ['文化厅', '旅游厅', '旅游发展委员会'], current: ['文化和旅游厅'], year: 2018, source: REFORM_2018, local: true, split: true },
  { old: ['地方税务局', '国家税务局', '地税局', '国税局'], current: ['税务局'], year: 2018, source: REFORM_2018_TAX, local: true },
  { old: ['银监局', '保监局'], current: ['金融监管局'], year: 2018, source: `${REFORM_2018}、${REFORM_2023}`, local: true },
  { old: ['银监分局', '保监分局'], current: ['金融监管分局'], year: 2018, source: `${REFORM_2018}、${REFORM_2023}`, local: true },
  // 2023, local
  { old: ['银保监局'], current: ['金融监管局'], year: 2023, source: REFORM_2023, local: true },
  { old: ['银保监分局'], current: ['金融监管分局'], year: 2023, source: REFORM_2023, local: true },
];
