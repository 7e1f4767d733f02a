/**
 * phrase.organ-name — 机构和职务的规范称谓. 政府报告 is only reported where it names the document
 * (政府报告提出、写入政府报告), never in 向县政府报告 (report to the government). 组织部门/宣传部门
 * are generic and fine. A former post is written ××局原局长, not 原××局局长 (a 新华社 norm).
 *
 * An organ's name is a proper name, and none of these forms is settled by a national standard: every
 * entry is soft (information) and its replacement a suggestion that fix-all does not apply. The
 * misplaced 原 is only a guess: 原 also begins an organ that no longer exists (原白河县农业局局长, when
 * the 局 was merged away), begins or ends a place name (青原区 is real; 原平市, 原阳县 and 原州区
 * begin with 原; 海原县, 固原市, 五原县, 九原区 end with it), says 原任 (formerly served as) and
 * follows 时任/曾任/历任 (then held: the organ is the former one), and 原单位 is the former employer.
 */
import type { PhraseEntry } from '../helpers';

const XINHUA = '新华社《新闻报道中的禁用词》（2016）；新华社新闻信息报道规范';
const NAMING = '机构编制部门核定的规范名称；本工具约定';
const ORGAN = '[^\\s的，。、；：“”《》（）()]{1,10}?(?:局|厅|委|办|室|部|院|署|会|所|中心)';
const POST = '(?:副?(?:局长|厅长|主任|部长|院长|署长|会长|所长|书记|处长|科长))';
/** Words ending in 原 (太原, 高原, 草原, 还原……): the 原 is not “former”. */
const WORD_BEFORE = '[太中高平草还复燎病本根缘情荒雪]';
/** Words that may stand before 原 meaning “former”: 对原县……, 由原市…… */
const FUNCTION_WORD = '[对向将由与和及同把被给让从经为是即或并在的之其任]';
/**
 * 原 as part of a place name: X原县 (ending in 原: 海原县, 固原市) or 原X县 (beginning with it:
 * 原平市, 原阳县). Names of counties are mostly two characters, so 原 + one character + 县 is a
 * place, not 原 + a one-character county.
 */
const PLACE = `(?<=(?!${FUNCTION_WORD})\\p{Script=Han}原)[县市区旗州盟]|\\p{Script=Han}[县市区旗州盟]`;
/** Words beginning with 原 that are not “former”: 原来, 原则, 原子能, 原单位 (the former employer)…… */
const NOT_ORGAN = '[来则因本先有始料理告创籍定计址样地汁油野貌声型件文稿子煤材产生住审种]|单位|工作单位|所在单位';

export const ORGAN_NAME: readonly PhraseEntry[] = [
  {
    pattern: '(?<![各每本该全节俭城])([省市县区])\\1委', regex: true, replacement: '$1委', category: 'organ-name', soft: true, source: XINHUA,
    reason: '“省委”“市委”前不重复“省”“市”',
    examples: {
      bad: ['山东省省委书记出席会议。', '南京市市委常委会召开会议。'],
      good: ['山东省委书记出席会议。', '南京市委常委会召开会议。', '各县县委书记参加培训。'],
    },
  },
  {
    pattern: '(?<![省市县区委])([省市县])(组织部|宣传部|统战部)(?!门)', regex: true, replacement: '$1委$2', category: 'organ-name', soft: true, source: NAMING,
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
    regex: true, replacement: '政府工作报告', category: 'organ-name', soft: true, source: '文件的规范名称“政府工作报告”；本工具约定',
    reason: '文件名称是“政府工作报告”',
    examples: {
      bad: ['今年的政府报告提出，要稳住农业基本盘。', '把这项工作写入政府报告。'],
      good: ['今年的政府工作报告提出，要稳住农业基本盘。', '遇有重大情况要及时向县政府报告。', '各乡镇向县人民政府报告中发现的问题。'],
    },
  },
  {
    pattern: '发展与改革(?=委员会|委|局)', regex: true, replacement: '发展和改革', category: 'organ-name', soft: true, source: NAMING,
    reason: '机构规范名称为“发展和改革委员会”“发展和改革局”',
    examples: { bad: ['经市发展与改革委员会批准立项。'], good: ['经市发展和改革委员会批准立项。'] },
  },
  {
    // The literal first (a pattern opening with a lookbehind is tried at every position of a line).
    pattern: `原(?<!${WORD_BEFORE}原|(?:时任|曾任|历任|先后任|原任|前任)[^，。；：！？]{0,24}原)(?!${POST}|${NOT_ORGAN}|${PLACE})(${ORGAN})(${POST})`, regex: true,
    replacement: '$1原$2', certain: false, category: 'organ-name', soft: true, source: XINHUA,
    reason: '按新华社规范，“原”放在职务前；若机构已撤销或更名，“原”放在机构前是对的',
    examples: {
      bad: ['原县财政局局长张某被依法提起公诉。', '原市交通运输局副局长李某接受审查调查。', '白河大学原党委书记'],
      good: [
        '县财政局原局长张某被依法提起公诉。', '太原市公安局局长出席会议。', '恢复原有的办公室主任职数。', '办公室原主任调任县档案馆馆长。',
        '县财政局原局长兼办公室主任张某。', '海原县财政局局长出席会议。', '原平市农业农村局局长介绍情况。', '原阳县人民医院院长主持会议。',
        '张某原任县财政局局长，现任县政协副主席。', '时任原县农业局局长的李某。', '退回原单位办公室主任岗位。', '原子能研究院院长出席。',
        '固原市教育局局长、五原县卫生健康委主任参加座谈。',
      ],
    },
  },
];
