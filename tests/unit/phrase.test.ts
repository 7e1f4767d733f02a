import * as assert from 'assert';
import * as fs from 'fs';
import { analyze, DEFAULT_SETTINGS, fixAll, type DocType, type Settings } from '../../server/src/core';
import { PHRASE_RULES } from '../../server/src/core/rules/phrase';
import { PHRASES } from '../../server/src/core/rules/phrase/data';
import { compile, isCertain, matchEntries, ruleIdOf } from '../../server/src/core/rules/phrase/helpers';
import { ruleTable } from '../support/rule-table';

const PHRASE_IDS = PHRASE_RULES.map((r) => r.id);
/** Every phrase rule on (the cliché rule is off by default). */
const ALL_ON: Settings = { ...DEFAULT_SETTINGS, rules: Object.fromEntries(PHRASE_IDS.map((id) => [id, 'warning'])) };

function phraseFindings(text: string, docType: DocType = 'notice') {
  return analyze({ text, format: 'plaintext', docType }, ALL_ON).filter((f) => f.rule.startsWith('phrase.'));
}

describe('phrase entries (data)', () => {
  it('every entry names a known rule, a source, and has bad and good examples', () => {
    for (const e of PHRASES) {
      assert.ok(PHRASE_IDS.includes(ruleIdOf(e.category)), e.pattern);
      assert.ok(e.source.length > 0, e.pattern);
      assert.ok(e.examples.bad.length > 0 && e.examples.good.length > 0, e.pattern);
      assert.ok(e.replacement !== undefined || e.reason !== undefined || e.category === 'cliche', `${e.pattern} needs a replacement or a reason`);
    }
  });

  for (const entry of PHRASES) {
    const rule = ruleIdOf(entry.category);
    describe(`${rule}: ${entry.pattern}`, () => {
      for (const bad of entry.examples.bad) {
        it(`flags ${bad}`, () => {
          const own = matchEntries({ text: bad, ignored: [] }, compile([entry]));
          assert.ok(own.length > 0, 'the entry itself matches its bad example');
          const findings = phraseFindings(bad).filter((f) => f.rule === rule);
          for (const m of own) assert.ok(findings.some((f) => f.start === m.start && f.end === m.end), `finding at ${m.start}-${m.end}`);
          const severity = entry.soft ? 'information' : 'warning';
          for (const m of own) assert.ok(findings.some((f) => f.start === m.start && f.severity === severity), `${severity} at ${m.start}`);
          if (entry.replacement !== undefined && isCertain(entry)) {
            const fixed = fixAll({ text: bad, format: 'plaintext', docType: 'notice' }, ALL_ON, (f) => f.rule === rule).text;
            assert.notStrictEqual(fixed, bad);
            assert.deepStrictEqual(phraseFindings(fixed).map((f) => fixed.slice(f.start, f.end)), [], `after fix: ${fixed}`);
          } else {
            const fixed = fixAll({ text: bad, format: 'plaintext', docType: 'notice' }, ALL_ON, (f) => f.rule === rule).text;
            assert.strictEqual(fixed, bad, 'an uncertain or soft entry is never applied by fix-all');
          }
        });
      }
      for (const good of entry.examples.good) {
        it(`accepts ${good}`, () => {
          assert.deepStrictEqual(phraseFindings(good).map((f) => `${f.rule} ${good.slice(f.start, f.end)}`), []);
        });
      }
    });
  }
});

/** Sources that settle a form: a national standard, the dictionary, the first list of variant forms. */
const AUTHORITY = /GB\/T|GB \d|《现代汉语词典》|《第一批异形词整理表》/;
/** Sources that do not: house style, press guides. */
const NOT_AUTHORITY = /本工具约定|新华社|规范名称/;

describe('phrase entries: source and level', () => {
  it('an entry reported at warning cites a standard, 《现代汉语词典》 or 《第一批异形词整理表》 and no house style or press guide', () => {
    for (const e of PHRASES) {
      if (e.soft) continue;
      assert.match(e.source, AUTHORITY, `${e.pattern}: ${e.source}`);
      assert.doesNotMatch(e.source, NOT_AUTHORITY, `${e.pattern}: ${e.source}`);
    }
  });
  it('an entry citing house style or a press guide is soft, and its replacement only a suggestion', () => {
    for (const e of PHRASES) {
      if (AUTHORITY.test(e.source) && !NOT_AUTHORITY.test(e.source)) continue;
      assert.ok(e.soft, `${e.pattern}: ${e.source}`);
      assert.ok(!isCertain(e), e.pattern);
    }
  });
  it('安排部署 is not reported: a fixed collocation of published documents', () => {
    assert.deepStrictEqual(phraseFindings('县政府对春耕生产作出安排部署。'), []);
  });
});

describe('phrase rules: docs and defaults', () => {
  it('every rule has Chinese docs with a source and examples', () => {
    for (const r of PHRASE_RULES) {
      assert.match(r.id, /^phrase\.[a-z-]+$/);
      assert.ok(r.docs?.source && r.docs.bad && r.docs.good, r.id);
      assert.match(r.docs.summary, /[\u4e00-\u9fff]/);
    }
  });
  it('cliché is off and advisory is information by default', () => {
    const text = '县委高度重视，其它事项另行通知。';
    const found = analyze({ text, format: 'plaintext', docType: 'notice' }).filter((f) => f.rule.startsWith('phrase.'));
    assert.deepStrictEqual(found.map((f) => [f.rule, f.severity]), [['phrase.advisory', 'information']]);
  });
});

ruleTable('phrase.redundant', {
  invalid: [
    { text: '⟦截止到目前为止⟧，已完成工程量的60%。', output: '截至目前，已完成工程量的60%。', messages: ['截至目前'] },
    // Redundant by meaning only (涉及到): a suggestion, not applied by fix-all.
    { text: '审计发现问题12个，⟦涉及到⟧资金85万元。\r\n截止日期为3月31日。', output: '审计发现问题12个，涉及到资金85万元。\r\n截止日期为3月31日。', messages: ['可改为“涉及”'] },
    { text: '🚧⟦涉及到⟧𠮷祥村的道路⟦截止到⟧3月底完工。', output: '🚧涉及到𠮷祥村的道路截至3月底完工。' },
    { text: '相关做法⟦见诸于⟧报端，⟦目的是为了⟧推广经验。', output: '相关做法见诸报端，目的是推广经验。' },
    { text: '**⟦原因是因为⟧**用地手续没有落实。', format: 'markdown', output: '**原因是**用地手续没有落实。' },
    { text: '项目推进偏慢，⟦原因是因为⟧用地手续没有落实。', docType: 'speech', output: '项目推进偏慢，原因是用地手续没有落实。' },
  ],
  valid: [
    '申报截止日期为2026年3月31日，逾期不予受理。',
    '报名于3月31日截止。截至3月底，共收到申报材料56份。',
    '到2025年底为止，全县建成高标准农田12万亩。',
    '本项工作涉及资金3.5亿元，波及范围较广。',
    { text: '代码 `涉及到` 不检查。', format: 'markdown' },
    '为了消除安全隐患，开展专项检查。',
    '县政府对春耕生产作出安排部署。',
  ],
});

ruleTable('phrase.confusable', {
  invalid: [
    { text: '⟦做为⟧全县重点项目，要⟦按装⟧监控设备。', output: '作为全县重点项目，要安装监控设备。' },
    { text: '⟦截止⟧目前仍有3个项目未开工。\r\n⟦截止⟧2025年底完成。', output: '截至目前仍有3个项目未开工。\r\n截至2025年底完成。' },
    { text: '问题⟦急待⟧解决。\r\n请⟦登陆⟧国家政务服务平台办理。', output: '问题亟待解决。\r\n请登录国家政务服务平台办理。' },
    // 做出/作出: usage preference, a suggestion only.
    { text: '为𠮷祥村发展⟦做出⟧了重要贡献👍', output: '为𠮷祥村发展做出了重要贡献👍', messages: ['可改为“作出”'] },
    { text: '设立专门⟦帐户⟧，专款专用。', output: '设立专门账户，专款专用。' },
  ],
  valid: [
    '台风在沿海登陆后，各地要加强防范。',
    '急需的物资已调拨到位，亟待解决的问题已列出清单。',
    '既要抓发展，也要保安全；既使群众受益，又使集体增收。',
    '企业做出了一批新产品。按装箱单清点物资。',
    '帐篷、棉被等救灾物资已发放到位。',
  ],
});

ruleTable('phrase.colloquial', {
  invalid: [
    { text: '⟦咱们⟧县要⟦搞⟧好春季防火。', messages: ['咱们', '搞'] },
    { text: '有⟦啥⟧困难及时反映，不能⟦差不多⟧就行。\r\n', docType: 'report' },
    { text: '让青山县的企业安心⟦搞⟧经营。', messages: ['可改用'] },
    // A negation in another clause does not reach this 搞; 不断 is no negation.
    { text: '不能一味等靠，要⟦搞⟧好春耕备耕。' },
    { text: '不断⟦搞⟧好服务。' },
  ],
  valid: [
    { text: '咱们要把农业农村工作抓紧抓好，差不多就行的思想要不得。', docType: 'speech' },
    { text: '让企业安心搞经营，搞好营商环境建设。', docType: 'congress-report' },
    '深化改革，搞活经济，不搞“一刀切”，严禁搞形式主义。',
    '涨幅之大令人咋舌。',
    // 搞 under a negation or prohibition of its clause, covering a list.
    '决不允许借机搞吃拿卡要，决不允许刁难群众。',
    '杜绝推诿扯皮、敷衍塞责、搞花架子甚至拍脑袋决策。',
    '防止层层加码、搞变通。',
    '严禁在白河镇搞“先上车后补票”。',
    // 搞 naming what is wrong, and in quotation marks.
    '有的单位搞形式主义、官僚主义。',
    '群众称之为“搞突击”。',
  ],
});

describe('phrase.colloquial levels', () => {
  it('dialect and spoken words are warnings, 搞 and 差不多 information', () => {
    const text = '咱们有啥困难，要搞好对接，差不多就报。';
    const found = analyze({ text, format: 'plaintext', docType: 'notice' }).filter((f) => f.rule === 'phrase.colloquial');
    assert.deepStrictEqual(found.map((f) => [text.slice(f.start, f.end), f.severity]), [['咱们', 'warning'], ['啥', 'warning'], ['搞', 'information'], ['差不多', 'information']]);
  });
});

ruleTable('phrase.press-banned', {
  invalid: [
    // A press guide, not a standard: information, and suggestions only.
    { text: '积极融入⟦“一带一路”战略⟧。', output: '积极融入“一带一路”战略。', messages: ['可改为'] },
    { text: '由⟦前苏联⟧援建，与⟦北朝鲜⟧无往来。', output: '由前苏联援建，与北朝鲜无往来。' },
  ],
  valid: ['二战前苏联的工业布局发生很大变化。', '延边是东北朝鲜族聚居区。', '其中港口吞吐量增长8.5%。', '南北朝鲜卑族逐步汉化。', '要打破思维定式。'],
});

ruleTable('phrase.organ-name', {
  invalid: [
    // An organ's name is a proper name: suggestions only, never applied by fix-all.
    { text: '山东⟦省省委⟧书记出席会议。', output: '山东省省委书记出席会议。' },
    { text: '经⟦县组织部⟧审核，⟦原县财政局局长⟧张某另有任用。', output: '经县组织部审核，原县财政局局长张某另有任用。' },
    { text: '今年的⟦政府报告⟧提出，经市⟦发展与改革⟧委员会批准。', output: '今年的政府报告提出，经市发展与改革委员会批准。' },
    { text: '白河学院⟦原党委书记⟧李某', output: '白河学院原党委书记李某', messages: ['可改为“党委原书记”'] },
    { text: '对⟦原县农业局局长⟧张某立案审查。' },
    { text: '⟦原白河县农业局局长⟧张某' },
  ],
  valid: [
    '遇有重大情况，要及时向县政府报告。',
    '县政府报告工作时，要实事求是。',
    '太原市公安局局长出席会议。原则上不再新增编制。',
    '各级组织部门和宣传部门要密切配合。',
    '各县县委书记参加培训。',
    // Place names with 原, and 原任/时任.
    '海原县农业农村局局长、固原市教育局局长参加会议。',
    '原平市农业农村局局长、原阳县人民医院院长、原州区卫生健康局局长发言。',
    '张某原任县财政局局长。',
    '时任原县农业局局长的李某。',
    '曾任原青山地区行署专员、原白河县农业局局长。',
    '返回原单位办公室主任岗位。',
  ],
});

describe('phrase rules at information level', () => {
  it('organ-name, press-banned and advisory findings are information, also with the rule set to warning', () => {
    const text = '原县财政局局长张某说，残废人补贴和其它事项另行通知。';
    const rules = { 'phrase.organ-name': 'warning', 'phrase.press-banned': 'warning', 'phrase.advisory': 'warning' } as const;
    for (const settings of [DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, rules }]) {
      const found = analyze({ text, format: 'plaintext', docType: 'notice' }, settings).filter((f) => f.rule.startsWith('phrase.'));
      assert.deepStrictEqual(found.map((f) => [f.rule, f.severity, f.fixes.some((x) => x.preferred)]), [
        ['phrase.organ-name', 'information', false],
        ['phrase.press-banned', 'information', false],
        ['phrase.advisory', 'information', false],
      ]);
    }
  });
});

ruleTable('phrase.advisory', {
  invalid: [{ text: '⟦其它⟧事项按原规定执行，如实⟦交待⟧问题。', output: '其它事项按原规定执行，如实交待问题。' }, { text: '县长⟦亲自⟧到现场，会议⟦隆重召开⟧。' }],
  valid: ['将材料提交待审核区。', '倡导亲自然的生活方式。'],
});

ruleTable('phrase.cliche', {
  invalid: [{ text: '县委⟦高度重视⟧，各部门高度重视，⟦狠抓落实⟧。', messages: ['全文出现2次', '共3处'] }],
  valid: ['县委常委会两次专题研究，各部门在3月底前完成整改。'],
});

describe('phrase fix-all across rules', () => {
  it('fixes 截止……为止 once, not 截止 first', () => {
    const text = '截止2025年底为止，全县建成高标准农田12万亩。截止目前为止已完成。';
    assert.strictEqual(fixAll({ text, format: 'plaintext' }, ALL_ON).text, '截至2025年底，全县建成高标准农田12万亩。截至目前已完成。');
  });
  it('applies every certain fix of a paragraph and is idempotent', () => {
    const text = '做为重点项目，涉及到资金3.5亿元，原因是因为山东省组织部要求在政务平台登陆账号。';
    const once = fixAll({ text, format: 'plaintext' }, ALL_ON).text;
    // 涉及到 (style) and 山东省组织部 (a proper name) are suggestions only.
    assert.strictEqual(once, '作为重点项目，涉及到资金3.5亿元，原因是山东省组织部要求在政务平台登录账号。');
    assert.strictEqual(fixAll({ text: once, format: 'plaintext' }, ALL_ON).text, once);
  });
});

describe('phrase rules on the sample drafts', () => {
  const read = (name: string) => fs.readFileSync(`/work/shared/examples/${name}`, 'utf8');
  const samples = fs.existsSync('/work/shared/examples') ? ['request-draft.txt', 'speech-draft.txt', 'notice-draft.md'] : [];
  for (const name of samples) {
    it(name, () => {
      const text = read(name);
      const found = analyze({ text, format: name.endsWith('.md') ? 'markdown' : 'plaintext' })
        .filter((f) => f.rule.startsWith('phrase.'))
        .map((f) => `${f.rule} ${text.slice(f.start, f.end)}`);
      const expected: Record<string, string[]> = {
        'request-draft.txt': ['phrase.redundant 截止到目前为止'],
        'speech-draft.txt': ['phrase.confusable 截止', 'phrase.redundant 原因是因为', 'phrase.redundant 涉及到'],
        'notice-draft.md': [],
      };
      assert.deepStrictEqual(found, expected[name]);
    });
  }
});
