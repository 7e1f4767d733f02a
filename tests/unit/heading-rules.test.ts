import * as assert from 'assert';
import { analyze, applyFixes, DEFAULT_SETTINGS } from '../../server/src/core';
import { HEADING_RULES } from '../../server/src/core/rules/heading';
import { unmark } from '../support/marked';
import { ruleTable } from '../support/rule-table';

const unmarkText = (marked: string): string => unmark(marked).text;

/** A clean, well-formed 公文 body that no heading rule may flag. */
const CLEAN_PLAN = [
  '关于推进高标准农田建设的实施方案',
  '',
  '各乡镇人民政府，县政府各部门：',
  '    为加快推进高标准农田建设，制定本方案。',
  '    一、总体要求',
  '    （一）指导思想',
  '    坚持以习近平新时代中国特色社会主义思想为指导。第一，加强领导；第二，压实责任。',
  '    （二）工作目标',
  '    到2025年，建成高标准农田1.5万亩，亩均增产12.3%。',
  '    二、重点任务',
  '    （一）抓好工程建设。一是项目推进，二是资金保障。',
  '    1.加快前期工作。2025.3前完成设计。',
  '    2.严格质量管理。实行“月调度、季通报”。',
  '    （1）健全监管机制。',
  '    （2）强化验收考核。',
  '    （二）强化资金保障。统筹使用各类资金。',
  '    三、保障措施',
  '    各单位要靠前指挥，确保各项措施落到实处。',
  '',
  '附件：1.项目清单',
  '      2.资金分配表',
].join('\n');

const SPEECH = [
  '在全县农业农村工作会议上的讲话',
  '',
  '同志们：',
  '    一、提高政治站位，充分认识做好农业农村工作的重要意义',
  '    首先，统一思想。其次，明确任务。',
  '    二、正视问题短板，清醒认识当前工作中的薄弱环节',
  '    三、聚焦重点任务，扎实推进农业农村现代化',
  '    （一）抓好粮食生产。严格落实耕地保护制度。',
  '    （二）做强特色产业。延伸产业链条。',
  '    同志们，让我们紧密团结！',
].join('\r\n');

const NOTICE_MD = [
  '# 关于做好春节期间安全生产工作的通知',
  '',
  '各乡镇人民政府：',
  '',
  '## 一、提高思想认识',
  '',
  '各单位要充分认识做好节日期间安全生产工作的重要性。',
  '',
  '## 二、突出工作重点',
  '',
  '（一）加强道路交通安全管理。公安部门要加强巡查。',
  '',
  '（二）**严格值班值守**。各单位要落实24小时值班制度。',
  '',
  '```',
  '一、代码块里的编号',
  '三、不是标题',
  '```',
  '',
  '## 三、强化组织保障',
].join('\n');

const COMMON_VALID = [
  { text: CLEAN_PLAN },
  { text: SPEECH },
  { text: NOTICE_MD, format: 'markdown' as const },
  '一是项目推进偏慢。二是资金使用不够规范。',
  '一、二、三等奖获得者名单见附件。',
  '1.5万亩高标准农田已完工，2025.3.5通过验收。',
  '访问 https://www.gov.cn/1.html 查看。Version 1.2 released.',
  '位列全省第一、全国第三。第一、二季度增长较快。',
  '🎉𠮷字说明。\n一、𠮷祥物设计\n二、宣传推广',
];

describe('heading rules', () => {
  it('every rule has an id in the family, Chinese docs and a source', () => {
    for (const r of HEADING_RULES) {
      assert.match(r.id, /^heading\.[a-z-]+$/);
      assert.match(r.description, /[\u4e00-\u9fff]/);
      assert.ok(r.docs?.summary && r.docs.source && r.docs.bad && r.docs.good, r.id);
    }
  });

  it('finds every heading fault in the speech draft sample', () => {
    const text = [
      '在全县农业农村工作会议上的讲话',
      '同志们：',
      '    一、提高政治站位，充分认识做好农业农村工作的重要意义。',
      '    二、正视问题短板，清醒认识当前工作中的薄弱环节',
      '    一是项目推进偏慢。',
      '    三、聚焦重点任务，扎实推进农业农村现代化',
      '    （一）抓好粮食生产。严格落实耕地保护制度。',
      '    （二）、做强特色产业。延伸产业链条。',
      '    （四）加强组织保障。纳入年度考核。',
    ].join('\n');
    const found = analyze({ text, format: 'plaintext' }).filter((f) => f.rule.startsWith('heading.'));
    assert.deepStrictEqual(
      found.map((f) => `${f.rule}:${text.slice(f.start, f.end)}`),
      ['heading.end-punct:。', 'heading.mark:、', 'heading.sequence:（四）'],
    );
  });
});

ruleTable('heading.mark', {
  invalid: [
    { text: '一⟦.⟧总体要求\n二⟦．⟧主要任务', output: '一、总体要求\n二、主要任务', messages: ['应写作“一、”'] },
    { text: '一⟦，⟧总体要求\r\n二⟦：⟧主要任务', output: '一、总体要求\r\n二、主要任务' },
    { text: '（一）抓好粮食生产。\n（二）⟦、⟧做强特色产业。', output: '（一）抓好粮食生产。\n（二）做强特色产业。', messages: ['带括号的序号后不再加标点'] },
    { text: '（一）⟦：⟧工作目标', output: '（一）工作目标' },
    { text: '⟦１．⟧加强领导\n2⟦，⟧压实责任\n3⟦．⟧强化考核', output: '1.加强领导\n2.压实责任\n3.强化考核' },
    { text: '（1）⟦、⟧健全机制', output: '（1）健全机制' },
    { text: '（⟦２⟧）健全机制', output: '（2）健全机制' },
    { text: '## 一⟦.⟧提高思想认识', format: 'markdown', output: '## 一、提高思想认识' },
    { text: '\u3000\u3000十二⟦．⟧其他事项', output: '\u3000\u3000十二、其他事项' },
  ],
  valid: [...COMMON_VALID, '1、加强领导', '(一)工作目标', '①完善站点', { text: '```\n一.代码\n```', format: 'markdown' }],
});

ruleTable('heading.arabic-dun', {
  invalid: [{ text: '1⟦、⟧加强领导\n2⟦、⟧压实责任', output: '1.加强领导\n2.压实责任', messages: ['应写作“1.”'] }],
  valid: [...COMMON_VALID, '1、2号楼已封顶。', '10、11月份完成。'],
});

ruleTable('heading.bracket', {
  invalid: [
    { text: '⟦(一)⟧工作目标\n⟦（二)⟧重点任务', output: '（一）工作目标\n（二）重点任务', messages: ['应写作“（一）”'] },
    { text: '⟦(1)⟧健全机制\r\n⟦(2）⟧强化考核', output: '（1）健全机制\r\n（2）强化考核' },
    { text: '⟦(二)⟧、做强产业', output: '（二）、做强产业' },
  ],
  valid: [...COMMON_VALID, '（一）工作目标', '会议(扩大)议程。', '(2025)年度计划'],
});

ruleTable('heading.circled', {
  invalid: [{ text: '1.加强监测\n⟦①⟧完善站点\n⟦②、⟧加密布点', messages: ['应写作“（1）”', '应写作“（2）”'] }],
  valid: [...COMMON_VALID, '（1）加强监测\n①完善站点'],
});

ruleTable('heading.sequence', {
  invalid: [
    { text: '（一）抓好粮食生产\n（二）做强特色产业\n⟦（四）⟧加强组织保障', messages: ['“（二）”之后应为“（三）”'] },
    { text: '一、甲\n二、乙\n⟦四、⟧丁\n五、戊', messages: ['缺少“三、”'] },
    { text: '1.甲\n2.乙\n⟦2.⟧丙\n3.丁', messages: ['重复'] },
    { text: '（一）甲\n⟦（一）⟧乙\n（二）丙', messages: ['“（一）”之后应为“（二）”'] },
    { text: '一、甲\n二、乙\n⟦二、⟧丙\n\n三、丁', messages: ['重复'] },
    { text: '1.甲\n2.乙\n3.丙\n⟦2.⟧丁', messages: ['倒退'] },
    { text: '一、甲\n⟦（二）⟧乙', messages: ['应从“（一）”开始'] },
    // A level numbered right through the parts: the count goes on from the last part.
    { text: '一、甲\n（一）子\n（二）子\n二、乙\n（三）子\n三、丙\n（四）子\n四、丁\n⟦（六）⟧子', messages: ['接续编号，“（四）”之后应为“（五）”'] },
    // 20.2026年…… is item 20 followed by a year: the gap is after it.
    { text: '19.加强监测。正文。\n20.2026年起全面推行河长制。正文。\n⟦22.⟧完善考核。正文。', messages: ['“20.”之后应为“21.”'] },
    { text: '## 一、甲\n\n## ⟦三、⟧丙', format: 'markdown' },
    { text: '关于……的通知\n\n⟦二、⟧主要任务\n三、保障措施', messages: ['应从“一、”开始'] },
  ],
  valid: [
    ...COMMON_VALID,
    '一、甲\n1.子\n2.子\n报送要求：\n1.子\n2.子',
    '一、甲\n（一）子\n二、乙\n（一）子\n（二）子',
    '1.加强监测。正文。\n2.2026年起全面推行河长制。正文。\n3.完善考核。正文。',
    '一、总体要求\n二、主要任务\n\n附件1\n\n一、项目概况\n二、建设内容',
    '（三）**严格值班值守**。各单位要落实领导带班制度。',
    '    三、聚焦重点任务\n    （一）抓好粮食生产。',
  ],
});

/** Level-2 headings restarted under 二、 and 三、 but carried over under 四、. */
const RESTART_THEN_RUN_ON = '一、总体要求\n（一）指导思想\n（二）工作目标\n二、主要任务\n（一）抓好生产\n（二）做强产业\n三、改革举措\n（一）深化改革\n（二）扩大开放\n四、保障措施\n⟦（三）⟧加强领导\n（四）强化考核';
/** （一）…（六） running on through every part, as 国务院 意见 number them; a cross-reference to （三）. */
const RUN_ON = '一、总体要求\n（一）指导思想\n（二）基本原则\n二、主要任务\n（三）抓好生产。按照本意见第（一）项要求推进。\n（四）做强产业\n三、保障措施\n（五）加强领导\n（六）强化考核。第（三）项所列任务由县农业农村局牵头。';
/** 1. 2. … running on under （一）（二）（三）, restarting nowhere. */
const RUN_ON_ARABIC = '一、主要任务\n（一）拓展市场\n1.拓展两个市场。正文。\n2.提前适用政策。正文。\n（二）推动创新\n3.促进研发创新。正文。\n4.建设创新高地。正文。\n（三）推进便利化\n5.简化管理。正文。';

ruleTable('heading.restart', {
  invalid: [
    { text: RESTART_THEN_RUN_ON, messages: ['其他部分的第二层标题都重新从“（一）”编号'] },
    // 1. restarted under （一）（二）, carried over under （三）: one level's scheme, the other level left alone.
    { text: '一、甲\n（一）子\n1.孙\n2.孙\n（二）子\n1.孙\n2.孙\n（三）子\n⟦3.⟧孙\n二、乙\n（一）子' },
    // Runs on everywhere but restarts once: a finding (at information).
    { text: '一、甲\n（一）子\n（二）子\n二、乙\n（三）子\n（四）子\n三、丙\n（五）子\n四、丁\n⟦（一）⟧子\n（二）子', messages: ['接续编号时此处为“（六）”'] },
  ],
  valid: [
    ...COMMON_VALID,
    RUN_ON,
    RUN_ON_ARABIC,
    // Two parents, one carry-over: the document runs on, nothing says otherwise.
    '一、甲\n（一）子\n（二）子\n二、乙\n（三）子\n（四）子',
    // An attachment and a second regulation after the first start their own numbering.
    '一、甲\n（一）子\n（二）子\n二、乙\n（三）子\n\n附件\n\n一、丙\n（一）子\n二、丁\n（二）子\n三、戊\n（三）子',
    '青山县农业补贴办法\n一、补贴对象\n（一）子\n（二）子\n二、补贴标准\n（三）子\n（四）子\n白河县农机购置办法\n一、购置范围\n（一）子\n二、申请程序\n（二）子\n（三）子',
  ],
});

describe('heading.restart follows the document’s own numbering scheme', () => {
  const only = (text: string) => analyze({ text, format: 'plaintext' }).filter((f) => f.rule === 'heading.restart');

  it('a carry-over against a restarting majority is a warning; one against one is information', () => {
    const majority = only(unmarkText(RESTART_THEN_RUN_ON));
    assert.deepStrictEqual(majority.map((f) => f.severity), ['warning']);
    const tie = only('一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n三、丙\n（二）子');
    assert.deepStrictEqual(tie.map((f) => f.severity), ['information']);
  });

  it('a restart against a running-on majority is information only', () => {
    const text = '一、甲\n（一）子\n（二）子\n二、乙\n（三）子\n（四）子\n三、丙\n（五）子\n四、丁\n（一）子\n（二）子';
    assert.deepStrictEqual(only(text).map((f) => f.severity), ['information']);
  });

  it('offers no renumbering that would break a cross-reference, and says why', () => {
    const text = '一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n（二）子\n三、丙\n（一）子\n四、丁\n（二）子\n（三）子。落实第（三）项要求。';
    const [f] = only(text);
    assert.ok(f, 'finding');
    // Renumbering （二） alone is offered; renumbering the group would turn the referenced （三） into （二）.
    assert.deepStrictEqual(f.fixes.map((x) => x.title), ['改为“（一）”']);
    assert.match(f.message, /第（三）项/);
    // Without the reference, the group is renumbered.
    const [g] = only(text.replace('落实第（三）项要求。', ''));
    assert.strictEqual(g?.fixes.length, 2);
  });
});

ruleTable('heading.mixed-form', {
  invalid: [
    { text: '一、总体要求\n（一）指导思想\n二、主要任务\n⟦3.⟧保障措施', messages: ['应写作“三、”'] },
    { text: '1.甲\n（1）乙\n⟦②⟧丙', messages: ['应写作“（2）”'] },
  ],
  valid: [...COMMON_VALID],
});

ruleTable('heading.skipped-level', {
  invalid: [{ text: '一、总体要求\n⟦1.⟧指导思想\n2.工作目标\n二、主要任务\n1.抓好生产\n（一）子\n⟦（1）⟧孙', messages: ['跳过了“（一）”', '跳过了“1.”'] }],
  valid: [...COMMON_VALID, '1.加强领导\n2.压实责任', '（一）甲\n1.子'],
});

ruleTable('heading.too-deep', {
  invalid: [{ text: '1.甲\n（1）乙\n⟦①⟧丙\n②丁', messages: ['第五层'] }],
  valid: [...COMMON_VALID, '1.甲\n（1）乙\n（2）丙'],
});

ruleTable('heading.end-punct', {
  invalid: [
    { text: '一、提高政治站位⟦。⟧\n正文。\n二、正视问题短板\n正文。\n三、聚焦重点任务\n正文。', output: '一、提高政治站位\n正文。\n二、正视问题短板\n正文。\n三、聚焦重点任务\n正文。', messages: ['末尾的“。”应删去'] },
    { text: '一、提高站位⟦。⟧\r\n正文。\r\n二、正视问题\r\n正文。\r\n三、聚焦任务\r\n（一）抓好生产', output: '一、提高站位\r\n正文。\r\n二、正视问题\r\n正文。\r\n三、聚焦任务\r\n（一）抓好生产' },
    { text: '（一）甲。\n（二）乙。\n（三）丙。\n（四）⟦丁⟧' },
    { text: '（一）抓好生产。正文。\n（二）做强产业⟦：⟧正文。\n（三）加强保障。正文。' },
    // A ： that introduces nothing: no list follows, its words announce none.
    { text: '四、本会设主任一名。主任由会员大会选举产生。\n五、本会委员的任期⟦：⟧五年，可以连任。\n六、本会每年召开一次全体会议。会议由主任召集。' },
    { text: '（一）甲所得，是指个人取得的工资收入。\n（二）乙所得，是指个人取得的劳务收入⟦：⟧\n按次计算。\n（三）丙所得，是指个人取得的利息收入。' },
    { text: '## 一、甲\n\n## 二、乙⟦。⟧\n\n## 三、丙', format: 'markdown', output: '## 一、甲\n\n## 二、乙\n\n## 三、丙' },
  ],
  valid: [
    ...COMMON_VALID,
    '（1）完善站点；\n（2）加密布点；\n（3）加强维护。',
    '一、为什么要抓？\n二、怎么抓\n三、抓什么',
    '（一）甲。正文。\n（二）乙\n（三）丙',
    '1.时间：3月5日上午。\n2.地点：县政府三楼会议室。\n3.有关要求。请准时参加。',
    '一、提高站位。\n正文。\n二、正视问题\n正文。',
    '1.各乡镇要高度重视，切实加强组织领导。\n2.各部门要密切配合\n3.各单位要及时上报\n特此通知。',
    // Numbered items of a 条例 ending in ： that introduce a list are sentences, not headings.
    '（一）甲所得，是指个人取得的工资收入。\n（二）乙所得，是指：\n1.个体户取得的所得；\n2.其他单位取得的所得。\n（三）丙所得，是指个人取得的利息收入。',
    '四、本会设主任一名。\n五、本会由下列人员组成：主任、副主任、委员。\n六、本会每年召开一次全体会议。',
    '1.会员应当遵守章程。\n2.单位会员还应具备：\n（1）有固定场所；（2）有专职人员。\n3.会员应当按期缴纳会费。',
    '（一）抓好生产。正文。\n（二）强化三项保障：资金、人才、用地。\n（三）加强督查。正文。',
  ],
});

ruleTable('heading.ordinal-comma', {
  invalid: [
    { text: '⟦第一、⟧加强组织领导。⟦第二、⟧强化资金保障。', output: '第一，加强组织领导。第二，强化资金保障。', messages: ['“第一、”应改为“第一，”'] },
    { text: '    ⟦首先、⟧统一思想。⟦其次、⟧明确任务。', output: '    首先，统一思想。其次，明确任务。' },
    { text: '⟦第十二、⟧其他事项\r\n', output: '第十二，其他事项\r\n' },
  ],
  valid: [...COMMON_VALID, '第一、二季度增长较快。', '获得第一、第二名。', '位列全省第一、全国第三。', { text: '`第一、代码`', format: 'markdown' }],
});

describe('heading fixes that are offered, not preferred', () => {
  function fixesOf(text: string, rule: string): string[] {
    const settings = { ...DEFAULT_SETTINGS, rules: { [rule]: 'warning' as const } };
    const f = analyze({ text, format: 'plaintext' }, settings).find((x) => x.rule === rule);
    assert.ok(f, `${rule} finding`);
    assert.ok(f.fixes.every((x) => !x.preferred), 'not preferred');
    return f.fixes.map((x) => applyFixes(text, x.edits));
  }

  it('renumbers a gap: this heading only, or it and the rest of the group', () => {
    assert.deepStrictEqual(fixesOf('一、甲\n二、乙\n四、丁\n五、戊', 'heading.sequence'), ['一、甲\n二、乙\n三、丁\n五、戊', '一、甲\n二、乙\n三、丁\n四、戊']);
  });

  it('restarts a carried-over counter for the whole group', () => {
    const text = unmarkText(RESTART_THEN_RUN_ON);
    assert.deepStrictEqual(fixesOf(text, 'heading.restart')[1], text.replace('（三）加强领导\n（四）', '（一）加强领导\n（二）'));
  });

  it('rewrites a mixed form to the sibling form', () => {
    assert.deepStrictEqual(fixesOf('一、甲\n二、乙\n3.丙', 'heading.mixed-form'), ['一、甲\n二、乙\n三、丙']);
  });

  it('renumbers circled numbers as circled numbers', () => {
    assert.deepStrictEqual(fixesOf('1.甲\n（1）乙\n①子\n③子', 'heading.sequence'), ['1.甲\n（1）乙\n①子\n②子']);
  });

  it('offers （1） for ①', () => {
    assert.deepStrictEqual(fixesOf('1.甲\n①、乙', 'heading.circled'), ['1.甲\n（1）乙']);
  });
});
