/**
 * The name.* rules (issue 20) on whole documents written for these tests (fictional places: 青山县,
 * 白河县): what each flags, at which severity, and what it leaves alone.
 */
import * as assert from 'assert';
import { parseConfig } from '../../server/src/config/configFile';
import { mergeSettings } from '../../server/src/config/effective';
import { analyze, DEFAULT_SETTINGS, normalizeSettings, RULES, type Finding, type Person, type Settings } from '../../server/src/core';
import { nameTitle } from '../../server/src/core/rules/name/title';

function run(text: string, rule: string, settings: Partial<Settings> = {}): Finding[] {
  return analyze({ text, format: 'plaintext' }, { ...DEFAULT_SETTINGS, ...settings }).filter((f) => f.rule === rule);
}

function flagged(text: string, findings: Finding[]): string[] {
  return findings.map((f) => `${text.slice(f.start, f.end)}:${f.severity}`);
}

describe('name.renamed', () => {
  const current = [
    '青山县人民政府办公室关于开展2026年安全生产大检查的通知',
    '各乡镇人民政府，县直各单位：',
    '为做好安全生产工作，现将有关事项通知如下。',
    '一、县安监局要会同县环保局、县工商局开展联合检查，县农业农村局、县文化和旅游局配合。',
    '二、原县国土资源局承担的职责由县自然资源局承担。',
    '三、2017年，县卫计委曾牵头开展专项整治，经验要继续运用。',
    '四、请中国银保监会青山监管分局予以支持。',
    '青山县人民政府办公室',
    '2026年3月5日',
  ].join('\n');

  it('flags the abolished names a current document uses as acting bodies, as warnings', () => {
    assert.deepStrictEqual(flagged(current, run(current, 'name.renamed')), ['安监局:warning', '环保局:warning', '工商局:warning', '中国银保监会:warning']);
  });

  it('leaves history alone: 原, a year before the reform, a document dated before it', () => {
    const old = current.replace('2026年3月5日', '2016年3月5日').replace('2026年', '2016年');
    assert.deepStrictEqual(run(old, 'name.renamed'), []);
  });

  it('is information in an undated draft and for a bare name', () => {
    const undated = current.replace('\n2026年3月5日', '').replace('关于开展2026年', '关于开展');
    assert.deepStrictEqual(
      flagged(undated, run(undated, 'name.renamed')).map((s) => s.split(':')[1]),
      ['information', 'information', 'information', 'information'],
    );
    // Without a date, the title's year dates the draft.
    const titled = current.replace('\n2026年3月5日', '');
    assert.deepStrictEqual(flagged(titled, run(titled, 'name.renamed')).map((s) => s.split(':')[1]), ['warning', 'warning', 'warning', 'warning']);
    const oldTitle = undated.replace('关于开展', '关于开展2016—2020年');
    assert.deepStrictEqual(run(oldTitle, 'name.renamed'), []);
    const bare = '各乡镇、工商局要抓好落实。\n青山县人民政府\n2026年3月5日';
    assert.deepStrictEqual(flagged(bare, run(bare, 'name.renamed')), ['工商局:information']);
  });

  it('never reads a current name as an old one', () => {
    const text = '县生态环境局、县生态环境保护局、县农业农村局、县文化和旅游局、县文化广电旅游局、县市场监督管理局、国家税务总局青山县税务局、县卫生健康委、国家金融监督管理总局、农业农村部、生态环境部、文化和旅游部。各地农业部门、环保部门要配合。\n2026年3月5日';
    assert.deepStrictEqual(run(text, 'name.renamed'), []);
  });
});

describe('name.region', () => {
  it('flags a province–city chain that does not hold, as a warning, and a city–county one as information', () => {
    const text = '青山县人民政府关于外出考察的报告\n县委：\n考察组先后到浙江省苏州市、江苏省苏州市吴中区、杭州市浦东新区和湖北省武汉市青山区考察。\n青山县人民政府\n2026年3月5日';
    assert.deepStrictEqual(flagged(text, run(text, 'name.region')), ['苏州市:warning', '浦东新区:information']);
    const fix = run(text, 'name.region')[0]!.fixes[0]!;
    assert.strictEqual(fix.edits[0]!.newText, '江苏省苏州市');
  });

  it('reads only adjacent chains of known names, and not in a document dated before 1998', () => {
    assert.deepStrictEqual(run('浙江省、苏州市两地；青山省白河市；江苏省青山县；北京市朝阳区。', 'name.region'), []);
    const old = '青山县人民政府关于外出考察的报告\n县委：\n考察组到广东省海口市考察。\n青山县人民政府\n1985年3月5日';
    assert.deepStrictEqual(run(old, 'name.region'), []);
    assert.deepStrictEqual(flagged(old, run(old.replace('1985年', '2025年'), 'name.region')), ['海口市:warning']);
  });
});

describe('name.leftover', () => {
  const copied = [
    '青山县人民政府办公室关于做好2026年秋季森林防火工作的通知',
    '各乡镇人民政府，县直各单位：',
    '我县与白河县山林相连，防火形势严峻。为做好今年秋季森林防火工作，现将有关事项通知如下。',
    '一、各乡镇要参照白河县的做法，建立网格巡查制度。',
    '二、县应急管理局要与白河县签订联防协议，组织人员到白河县调研学习。',
    '三、白河县各乡镇要在10月底前完成隐患排查。',
    '四、毗邻白河县的乡镇要加强交界地带巡查。',
    '青山县人民政府办公室',
    '2026年9月5日',
  ].join('\n');

  it('finds the one leftover among legitimate neighbour mentions, as a warning', () => {
    assert.deepStrictEqual(flagged(copied, run(copied, 'name.leftover')), ['白河县:warning']);
    const f = run(copied, 'name.leftover')[0]!;
    assert.strictEqual(copied.slice(f.start, f.end + 3), '白河县各乡镇');
    assert.match(f.message, /青山县/);
    assert.strictEqual(f.fixes[0]!.edits[0]!.newText, '青山县');
  });

  it('flags a signature or 印发 line of another county, and another county acting in a 我县 sentence (information)', () => {
    const signed = copied.replace('三、白河县各乡镇', '三、各乡镇').replace('青山县人民政府办公室\n2026', '白河县人民政府办公室\n2026');
    assert.deepStrictEqual(flagged(signed, run(signed, 'name.leftover')), ['白河县:warning']);
    const acting = copied.replace('三、白河县各乡镇要在10月底前完成隐患排查。', '三、白河县委、县政府高度重视森林防火工作。');
    assert.deepStrictEqual(flagged(acting, run(acting, 'name.leftover')), ['白河县:information']);
  });

  it('reads a body line again for another issuer (its lines are kept per issuer)', () => {
    const doc = (issuer: string): string => [`${issuer}人民政府办公室关于做好森林防火工作的通知`, '各乡镇人民政府，县直各单位：', '一、白河县各乡镇要在10月底前完成隐患排查。', '二、要加强值守。', `${issuer}人民政府办公室`, '2026年9月5日'].join('\n');
    assert.deepStrictEqual(flagged(doc('青山县'), run(doc('青山县'), 'name.leftover')), ['白河县:warning']);
    assert.deepStrictEqual(run(doc('白河县'), 'name.leftover'), []);
    assert.deepStrictEqual(flagged(doc('青山县'), run(doc('青山县'), 'name.leftover')), ['白河县:warning']);
  });

  it('reads nothing without an own place, in a joint document, or for another level', () => {
    assert.deepStrictEqual(run(copied.replace('青山县人民政府办公室关于', '关于').replace('青山县人民政府办公室\n2026', '2026'), 'name.leftover'), []);
    const city = copied.replace(/青山县/g, '青山市').replace('县直各单位', '市直各单位');
    assert.deepStrictEqual(run(city, 'name.leftover'), []);
    const joint = copied.replace('青山县人民政府办公室关于', '青山县人民政府办公室 白河县人民政府办公室关于');
    assert.deepStrictEqual(run(joint, 'name.leftover'), []);
  });
});

describe('name.title and the people list', () => {
  const people: Person[] = [{ name: '王强', titles: ['县长', '县委副书记'] }];
  function titles(text: string, list: readonly Person[] = people): string[] {
    return nameTitle.check({ text, format: 'plaintext', ignored: [], docType: 'notice', terms: [], people: list } as Parameters<typeof nameTitle.check>[0]).map((f) => text.slice(f.start, f.end));
  }

  it('flags 县委书记王强 and accepts 县长王强 and the person\'s other posts', () => {
    assert.deepStrictEqual(titles('会议由县委书记王强主持。'), ['县委书记']);
    assert.deepStrictEqual(titles('会议由县长王强主持，县委副书记王强、县人民政府县长王强、县委副书记、县长王强出席。王强同志讲话。'), []);
    assert.deepStrictEqual(titles('副县长王强、常务副县长王强、书记王强出席。'), ['副县长', '常务副县长', '书记']);
    assert.deepStrictEqual(titles('县委书记李明主持，县委书记王强出席。', []), []);
    const two: Person[] = [...people, { name: '王强华', titles: ['县委书记'] }];
    assert.deepStrictEqual(titles('县委书记王强华主持，县委书记王强出席。', two), ['县委书记']);
  });

  it('offers the person\'s posts as fixes, none preferred', () => {
    const text = '县委书记王强出席会议。';
    const [f] = nameTitle.check({ text, format: 'plaintext', ignored: [], docType: 'notice', terms: [], people } as Parameters<typeof nameTitle.check>[0]);
    assert.deepStrictEqual(f!.fixes.map((x) => x.edits[0]!.newText), ['县长', '县委副书记']);
    assert.ok(f!.fixes.every((x) => !x.preferred));
    assert.match(f!.message, /王强的职务是“县长、县委副书记”/);
  });

  it('reads people from the editor settings and .gongwenrc.json, with each bad item placed', () => {
    const { settings, problems } = normalizeSettings({ people: [{ name: '王强', titles: ['县长'] }, { name: '李明' }, '张三'] });
    assert.deepStrictEqual(settings.people, [{ name: '王强', titles: ['县长'] }]);
    assert.strictEqual(problems.length, 2);
    assert.match(problems[0]!, /people 第 2 项：titles/);
    const rc = parseConfig('/tmp/青山县/.gongwenrc.json', JSON.stringify({ people: [{ name: '王强', titles: ['县长', '县委副书记'] }] }));
    assert.deepStrictEqual(rc.problems, []);
    const merged = mergeSettings(DEFAULT_SETTINGS, rc);
    assert.deepStrictEqual(merged.people, people);
    assert.deepStrictEqual(titles('县委书记王强出席。县长王强讲话。', merged.people), ['县委书记']);
  });

  it('is run by the analyser with the settings\' people', () => {
    const text = '会议由县委书记王强主持，县长王强讲话。';
    assert.deepStrictEqual(flagged(text, run(text, 'name.title', { people })), ['县委书记:warning']);
    assert.deepStrictEqual(run(text, 'name.title'), []);
  });
});

describe('name.* on a long line without punctuation', () => {
  it('reads each place once, not the whole line for each (was quadratic)', function () {
    this.timeout(60000);
    const text = `青山县人民政府关于做好工作的通知\n${'县县区区市市镇乡白河县《青山县'.repeat(20000)}`;
    const rules = RULES.filter((r) => r.id.startsWith('name.'));
    rules.forEach((r) => r.check({ text: '青山县', format: 'plaintext', ignored: [], docType: 'notice', terms: [] })); // load the data first
    const started = Date.now();
    for (const rule of rules) assert.deepStrictEqual(rule.check({ text, format: 'plaintext', ignored: [], docType: 'notice', terms: [] }), [], rule.id);
    assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
  });
});
