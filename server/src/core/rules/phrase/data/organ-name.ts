/**
 * phrase.organ-name — 机构和职务的规范称谓. 政府报告 is only reported where it names the document
 * (政府报告提出、写入政府报告), never in 向县政府报告 (report to the government). 组织部门/宣传部门
 * are generic and fine. A former post is written ××局原局长, not 原××局局长.
 */
import type { PhraseEntry } from '../helpers';

const XINHUA = '新华社《新闻报道中的禁用词》（2016）；新华社新闻信息报道规范';
const NAMING = '机构编制部门核定的规范名称；本工具约定';
const ORGAN = '[^\\s的，。、；：“”《》（）()]{1,10}?(?:局|厅|委|办|室|部|院|署|会|所|中心)';
const POST = '(?:副?(?:局长|厅长|主任|部长|院长|署长|会长|所长|书记|处长|科长))';

export const ORGAN_NAME: readonly PhraseEntry[] = [
  {
    pattern: '(?<![各每本该全节俭城])([省市县区])\\1委', regex: true, replacement: '$1委', category: 'organ-name', source: XINHUA,
    reason: '“省委”“市委”前不重复“省”“市”',
    examples: {
      bad: ['山东省省委书记出席会议。', '南京市市委常委会召开会议。'],
      good: ['山东省委书记出席会议。', '南京市委常委会召开会议。', '各县县委书记参加培训。'],
    },
  },
  {
    pattern: '(?<![省市县区委])([省市县])(组织部|宣传部|统战部)(?!门)', regex: true, replacement: '$1委$2', category: 'organ-name', source: NAMING,
    reason: '组织部、宣传部、统战部是党委工作部门，前面应是“省委”“市委”“县委”',
    examples: {
      bad: ['山东省组织部下发通知。', '经县宣传部审核同意。'],
      good: ['山东省委组织部下发通知。', '经县委宣传部审核同意。', '各级组织部门要加强干部培训。'],
    },
  },
  {
    // The literal first and the lookbehinds after it (the same matches): a pattern that opens with a
    // lookbehind is tried at every position of every line, and cost a fifth of a whole analysis.
    pattern: '政府报告(?:(?<=(?:写入|纳入|写进|《|今年|去年|年度|的)政府报告)|(?<!向[^，。；！？]{0,12}政府报告)(?=中|提出|指出|明确|强调|》|里|部署|提到|起草|指明))',
    regex: true, replacement: '政府工作报告', category: 'organ-name', source: '《宪法》第九十二条；本工具约定',
    reason: '文件名称是“政府工作报告”',
    examples: {
      bad: ['今年的政府报告提出，要稳住农业基本盘。', '把这项工作写入政府报告。'],
      good: ['今年的政府工作报告提出，要稳住农业基本盘。', '遇有重大情况要及时向县政府报告。', '各乡镇向县人民政府报告中发现的问题。'],
    },
  },
  {
    pattern: '发展与改革(?=委员会|委|局)', regex: true, replacement: '发展和改革', category: 'organ-name', source: NAMING,
    reason: '机构规范名称为“发展和改革委员会”“发展和改革局”',
    examples: { bad: ['经市发展与改革委员会批准立项。'], good: ['经市发展和改革委员会批准立项。'] },
  },
  {
    pattern: `(?<![太中高平草还复燎病本根缘情荒雪])原(?!${POST})(?![来则因本先有始料理告创籍定计址样地汁油野貌声型件文稿])(${ORGAN})(${POST})`, regex: true,
    replacement: '$1原$2', category: 'organ-name', source: XINHUA, reason: '“原”应放在职务前',
    examples: {
      bad: ['原县财政局局长张某被依法提起公诉。', '原市交通运输局副局长李某接受审查调查。'],
      good: ['县财政局原局长张某被依法提起公诉。', '太原市公安局局长出席会议。', '恢复原有的办公室主任职数。', '办公室原主任调任县档案馆馆长。', '县财政局原局长兼办公室主任张某。'],
    },
  },
];
