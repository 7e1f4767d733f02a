/**
 * typo.char (issue 19): same-sound character typos found from the real segmentation; correct
 * 公文 text written for these tests, the look-alikes of the issue, names, places, quotations,
 * numbers and Latin text stay quiet. The rule's own table is run by rule-examples.test.ts.
 */
import * as assert from 'assert';
import { analyze, DEFAULT_SETTINGS, fixAll, wordsFromLines, type Finding, type Settings } from '../../server/src/core';
import { RULES } from '../../server/src/core/rules/registry';
import { segmenter } from '../support/segmenter';

const ONLY_CHAR: Settings = { ...DEFAULT_SETTINGS, rules: Object.fromEntries(RULES.map((r) => [r.id, r.id === 'typo.char' ? 'warning' : 'off'])) };

function words(text: string) {
  return wordsFromLines(text, (line) => segmenter().cut(line).map((t) => t.text));
}

function findings(text: string): Finding[] {
  return analyze({ text, format: 'plaintext', docType: 'notice', words: words(text) }, ONLY_CHAR).filter((f) => f.rule === 'typo.char');
}

const loud = (fs: Finding[]) => fs.filter((f) => f.severity === 'warning' || f.severity === 'error');

/** A clean notice written for this test: every loud finding in it is a false alarm. */
const CLEAN = `青山县人民政府办公室关于做好2025年度安全生产工作的通知
各乡镇人民政府，县政府各部门：
为深入贯彻落实党中央、国务院关于安全生产工作的决策部署，进一步压实安全生产责任，经县政府同意，现就有关事项通知如下。
一、提高思想认识。各单位要充分认识做好安全生产工作的重要意义，坚持人民至上、生命至上，统筹发展和安全，切实增强责任感和紧迫感。
二、加强组织领导。各乡镇、各部门主要负责同志是本地区、本部门安全生产第一责任人，要亲自研究部署，协调解决重大问题，确保各项措施落到实处。
三、突出重点领域。要聚焦道路交通、建筑施工、危险化学品、消防、燃气等重点行业领域，深入开展隐患排查整治，建立问题清单、责任清单和整改台账，实行闭环管理。
四、强化监督检查。县安委会办公室要会同有关部门组织开展明查暗访，对发现的问题及时督办，对工作不力、造成严重后果的依规依纪依法追究责任。
五、做好应急准备。各单位要完善应急预案，加强值班值守，严格执行领导带班和24小时值班制度，遇有突发情况第一时间报告县应急管理局。
请各单位于2025年3月31日前将贯彻落实情况报送县安委会办公室（联系人：王建，电话：0000-12345678）。
青山县人民政府办公室
2025年3月1日`;

describe('typo.char', function () {
  this.timeout(60000);

  it('finds a same-sound character that breaks a word, at warning, its fix offered but never applied by fix-all', () => {
    const text = '各部门要加强协条配合，进一步健全管理制渡。';
    const found = loud(findings(text));
    assert.deepStrictEqual(
      found.map((f) => [text.slice(f.start, f.end), f.fixes.map((x) => [x.edits[0]?.newText, x.preferred === true])]),
      [
        ['条', [['调', false]]],
        ['渡', [['度', false]]],
      ],
    );
    assert.strictEqual(fixAll({ text, format: 'plaintext', docType: 'notice' }, ONLY_CHAR, () => true, words).text, text);
    // The offered fix makes the finding go away.
    const fixed = '各部门要加强协调配合，进一步健全管理制度。';
    assert.deepStrictEqual(findings(fixed), []);
  });

  it('reports a less likely one as information, its fix offered but not preferred', () => {
    const text = '抓紧编制规划纲腰。';
    const found = findings(text);
    assert.deepStrictEqual(
      found.map((f) => [text.slice(f.start, f.end), f.severity, f.fixes.map((x) => [x.edits[0]?.newText, x.preferred === true])]),
      [['腰', 'information', [['要', false]]]],
    );
  });

  it('keeps the look-alikes of the issue quiet', () => {
    for (const text of ['用户登录系统后即可查询。', '请在申报截止日期前提交。', '精简机构，提高效能。', '厉行法治，依法行政。', '确保工程竣工验收。']) {
      assert.deepStrictEqual(findings(text), [], text);
    }
  });

  it('is quiet on a clean notice', () => {
    assert.deepStrictEqual(
      findings(CLEAN).map((f) => `${f.severity} ${CLEAN.slice(f.start - 3, f.end + 3)}`),
      [],
    );
  });

  it('leaves quotations, book titles, names next to a title, places and numbers alone', () => {
    for (const text of [
      '会议印发了《青山县协条发展纲腰》。',
      '他在信中写道：“协条工作要抓紧。”',
      '白河县林条同志作了发言。',
      '请张协条书记审定。',
      '委员：郭协条　李纲腰　王建',
      '一冶公司承建了该项目。',
      'Visit https://example.cn/xietiao for the XieTiao plan.',
    ]) {
      assert.deepStrictEqual(loud(findings(text)).map((f) => text.slice(f.start, f.end)), [], text);
    }
  });

  it('leaves to typo.word what its list reports (部暑), no second finding', () => {
    const text = '会议对全年工作作了部暑。';
    assert.deepStrictEqual(findings(text), []);
    const all = analyze({ text, format: 'plaintext', docType: 'notice', words: words(text) }).filter((f) => f.rule.startsWith('typo.'));
    assert.deepStrictEqual(all.map((f) => f.rule), ['typo.word']);
  });

  it('is skipped without segmentation (no words, no guess)', () => {
    const text = '各部门要加强协条配合。';
    assert.deepStrictEqual(analyze({ text, format: 'plaintext' }, ONLY_CHAR), []);
  });

  it('accepts the words the user allows', () => {
    const text = '各部门要加强协条配合。';
    const settings: Settings = { ...ONLY_CHAR, ruleOptions: { 'typo.char': { allow: ['协条'] } } };
    assert.deepStrictEqual(analyze({ text, format: 'plaintext', words: words(text) }, settings), []);
  });
});
