import * as assert from 'assert';
import * as fs from 'fs';
import { analyze, DEFAULT_SETTINGS, fixAll, type DocType, type Settings } from '../../server/src/core';
import { PHRASE_RULES } from '../../server/src/core/rules/phrase';
import { PHRASES } from '../../server/src/core/rules/phrase/data';
import { compile, matchEntries, ruleIdOf } from '../../server/src/core/rules/phrase/helpers';
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
          if (entry.replacement !== undefined && entry.certain !== false) {
            const fixed = fixAll({ text: bad, format: 'plaintext', docType: 'notice' }, ALL_ON, (f) => f.rule === rule).text;
            assert.notStrictEqual(fixed, bad);
            assert.deepStrictEqual(phraseFindings(fixed).map((f) => fixed.slice(f.start, f.end)), [], `after fix: ${fixed}`);
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
    { text: '审计发现问题12个，⟦涉及到⟧资金85万元。\r\n截止日期为3月31日。', output: '审计发现问题12个，涉及资金85万元。\r\n截止日期为3月31日。' },
    { text: '🚧⟦涉及到⟧𠮷祥村的道路⟦截止到⟧3月底完工。', output: '🚧涉及𠮷祥村的道路截至3月底完工。' },
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
  ],
});

ruleTable('phrase.confusable', {
  invalid: [
    { text: '⟦做为⟧全县重点项目，要⟦按装⟧监控设备。', output: '作为全县重点项目，要安装监控设备。' },
    { text: '⟦截止⟧目前仍有3个项目未开工。\r\n⟦截止⟧2025年底完成。', output: '截至目前仍有3个项目未开工。\r\n截至2025年底完成。' },
    { text: '问题⟦急待⟧解决。\r\n请⟦登陆⟧国家政务服务平台办理。', output: '问题亟待解决。\r\n请登录国家政务服务平台办理。' },
    { text: '为𠮷祥村发展⟦做出⟧了重要贡献👍', output: '为𠮷祥村发展作出了重要贡献👍' },
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
  ],
  valid: [
    { text: '咱们要把农业农村工作抓紧抓好，差不多就行的思想要不得。', docType: 'speech' },
    '深化改革，搞活经济，不搞“一刀切”，严禁搞形式主义。',
    '涨幅之大令人咋舌。',
  ],
});

ruleTable('phrase.press-banned', {
  invalid: [
    { text: '积极融入⟦“一带一路”战略⟧。', output: '积极融入“一带一路”倡议。' },
    { text: '由⟦前苏联⟧援建，与⟦北朝鲜⟧无往来。', output: '由苏联援建，与朝鲜无往来。' },
  ],
  valid: ['二战前苏联的工业布局发生很大变化。', '延边是东北朝鲜族聚居区。', '其中港口吞吐量增长8.5%。', '南北朝鲜卑族逐步汉化。', '要打破思维定式。'],
});

ruleTable('phrase.organ-name', {
  invalid: [
    { text: '山东⟦省省委⟧书记出席会议。', output: '山东省委书记出席会议。' },
    { text: '经⟦县组织部⟧审核，⟦原县财政局局长⟧张某另有任用。', output: '经县委组织部审核，县财政局原局长张某另有任用。' },
    { text: '今年的⟦政府报告⟧提出，经市⟦发展与改革⟧委员会批准。', output: '今年的政府工作报告提出，经市发展和改革委员会批准。' },
  ],
  valid: [
    '遇有重大情况，要及时向县政府报告。',
    '县政府报告工作时，要实事求是。',
    '太原市公安局局长出席会议。原则上不再新增编制。',
    '各级组织部门和宣传部门要密切配合。',
    '各县县委书记参加培训。',
  ],
});

ruleTable('phrase.advisory', {
  invalid: [{ text: '⟦其它⟧事项按原规定执行，如实⟦交待⟧问题。', output: '其他事项按原规定执行，如实交代问题。' }, { text: '县长⟦亲自⟧到现场，会议⟦隆重召开⟧。' }],
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
    assert.strictEqual(once, '作为重点项目，涉及资金3.5亿元，原因是山东省委组织部要求在政务平台登录账号。');
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
