import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, DEFAULT_SETTINGS, fixAll, type Settings } from '../../server/src/core';
import { RULES } from '../../server/src/core/rules/registry';
import { TYPO_RULES } from '../../server/src/core/rules/typo';
import { TYPO_WORDS, type TypoEntry } from '../../server/src/core/rules/typo/data/words';
import { matchTypos } from '../../server/src/core/rules/typo/word';
import { PHRASES } from '../../server/src/core/rules/phrase/data';
import { compile, matchEntries } from '../../server/src/core/rules/phrase/helpers';
import { ruleTable } from '../support/rule-table';

const ONLY_TYPO: Settings = { ...DEFAULT_SETTINGS, rules: Object.fromEntries(RULES.map((r) => [r.id, r.id === 'typo.word' ? 'warning' : 'off'])) };

function typoFindings(text: string) {
  return analyze({ text, format: 'plaintext', docType: 'notice' }, ONLY_TYPO).filter((f) => f.rule === 'typo.word');
}

/** nodejieba's full main dictionary and the bundled 公文 user dictionary: word → frequency. */
function loadDictionary(): Map<string, number> {
  const main = path.join(path.dirname((require('nodejieba') as { DEFAULT_DICT: string }).DEFAULT_DICT), 'jieba.dict.utf8');
  const words = new Map<string, number>();
  for (const file of [main, path.join(process.cwd(), 'dict', 'gongwen.dict.utf8')]) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const [word, freq] = line.split(' ');
      if (word) words.set(word, Math.max(words.get(word) ?? 0, Number(freq) || 0));
    }
  }
  return words;
}

/** The fences of an entry as text that must stay quiet: 全部暑假 for 部暑 +假. */
function fenceExamples(e: TypoEntry): string[] {
  return [...e.notBefore.map((f) => `${f}${e.wrong}`), ...e.notAfter.map((f) => `${e.wrong}${f}`)];
}

function isFencedIn(e: TypoEntry, word: string): boolean {
  for (let k = word.indexOf(e.wrong); k >= 0; k = word.indexOf(e.wrong, k + 1)) {
    const before = word.slice(0, k);
    const after = word.slice(k + e.wrong.length);
    const ok = e.notBefore.some((f) => before.endsWith(f) || (before.length > 0 && f.endsWith(before))) || e.notAfter.some((f) => after.startsWith(f) || (after.length > 0 && f.startsWith(after)));
    if (!ok) return false;
  }
  return true;
}

/**
 * Dictionary words that contain a wrong form and are neither fenced nor the same misspelling in a
 * longer word (大部份 → 大部分 is a word): jieba's dictionary, compiled from a large corpus, records
 * misspelt phrases and old variant spellings too (震憾全球, 影象地图, 折衷方案). Each was looked at:
 * none is a right word. 西堪察 is the head of 西堪察加 (Kamchatka), which 堪察's fence +加 keeps quiet.
 */
const MISSPELT_CONTAINERS = new Set(
  (
    '暴燥如雷 龙博斗 循规距蹈 积非习贯 咨讯网 蹑脚根 时姿式 疯颠颠 疯疯颠颠 一塌胡涂 一榻胡涂 胡里胡涂 海内澹然 赃污狼籍 赃私狼籍 赃贿狼籍 运筹画策 趁心像意 ' +
    '震憾全球 九宵云 设陷井 团结拼博 西堪察 小部份 构成部份 多方阻扰 欢渡佳节 搀杂在 搀杂着 澹泊寡欲 跌荡不拘 跌荡放言 过份眩耀 恍恍忽忽 激忿填膺 很精采 精采秀发 ' +
    '衣冠蓝缕 心慌撩乱 钮扣孔 偶而为之 根结盘据 飘泊不定 侧面影象 卫星影象 影象判读 影象参数 影象地图 影象灰度 影象质量 残留影象 折衷方案 折衷法 装璜公司 孳孳矻矻 相砥励 ' +
    '沉缅于 群星璀灿 挤身于 萌牙困难 纨裤子弟 锦衣纨裤 游戈有余 鼓惑人心 日记帐 记帐式 记帐法 记帐联 对敲转帐 查帐员 秋后算帐 欠帐未还 应收帐单 进帐单 帐面价值 出帐期 呆帐损失 未入帐'
  ).split(' '),
);

/** Right forms that are words or set phrases the dictionary lacks (or splits). */
const RIGHT_NOT_IN_DICTIONARY = new Set(['发轫', '张弛有度', '消费券', '应届毕业生', '一代天骄', '作风漂浮', '工作漂浮', '砥砺前行', '行稳致远', '厉行法治', '蹄疾步稳', '账期', '账龄', '到账']);

describe('typo.word entries (data)', () => {
  const dictionary = loadDictionary();
  const all = [...dictionary.keys()];

  it('has several hundred entries, each wrong form once, with a source', () => {
    assert.ok(TYPO_WORDS.length >= 800, `${TYPO_WORDS.length} entries`);
    const seen = new Set<string>();
    for (const e of TYPO_WORDS) {
      assert.ok(!seen.has(e.wrong), `${e.wrong} twice`);
      seen.add(e.wrong);
      assert.notStrictEqual(e.wrong, e.right);
      assert.match(e.wrong, /^[\u4e00-\u9fff]{2,}$/u, e.wrong);
      assert.strictEqual([...e.wrong].length, [...e.right].length, `${e.wrong} → ${e.right}: a misspelling keeps the length`);
      assert.ok(['常见错别字', '第一批异形词整理表', '公文常见'].includes(e.source), e.wrong);
    }
  });

  it('a wrong form that jieba records as a word is rarer there than the right form, unless the variant list settles it', () => {
    const exceptions: string[] = [];
    for (const e of TYPO_WORDS) {
      const wrong = dictionary.get(e.wrong);
      if (wrong === undefined) continue;
      if ((dictionary.get(e.right) ?? 0) >= wrong) continue;
      if (e.source === '第一批异形词整理表') exceptions.push(e.wrong);
      else assert.fail(`${e.wrong} (${wrong}) is commoner in the dictionary than ${e.right} (${dictionary.get(e.right) ?? 0})`);
    }
    // The standard prefers the other form however common the variant is in older text.
    assert.deepStrictEqual(exceptions.sort(), ['叫化子', '希奇', '折衷', '撩乱', '混水摸鱼', '热呼呼'].sort());
  });

  it('no wrong form is inside a right dictionary word unless a fence covers it', () => {
    const problems: string[] = [];
    for (const e of TYPO_WORDS) {
      for (const word of all) {
        if (word === e.wrong || !word.includes(e.wrong) || isFencedIn(e, word)) continue;
        if (dictionary.has(word.split(e.wrong).join(e.right)) || MISSPELT_CONTAINERS.has(word)) continue;
        problems.push(`${e.wrong} in ${word}`);
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('every right form is a dictionary word or a listed set phrase', () => {
    const missing = TYPO_WORDS.filter((e) => !dictionary.has(e.right) && !RIGHT_NOT_IN_DICTIONARY.has(e.right)).map((e) => e.right);
    assert.deepStrictEqual(missing, []);
  });

  it('no phrase entry and no typo entry report the same text', () => {
    const phrases = compile(PHRASES);
    for (const e of TYPO_WORDS) {
      assert.deepStrictEqual(matchEntries({ text: e.wrong, ignored: [] }, phrases).map((m) => m.entry.pattern), [], e.wrong);
    }
  });
});

describe('typo.word: every entry', () => {
  for (const e of TYPO_WORDS) {
    it(`${e.wrong} → ${e.right}`, () => {
      const bad = `（${e.wrong}）`;
      const found = typoFindings(bad);
      assert.deepStrictEqual(found.map((f) => [f.start, f.end, f.severity, f.message]), [[1, 1 + e.wrong.length, 'warning', `“${e.wrong}”应为“${e.right}”。`]]);
      assert.deepStrictEqual(found[0]?.fixes.map((x) => [x.title, x.preferred, x.edits]), [[`改为“${e.right}”`, true, [{ start: 1, end: 1 + e.wrong.length, newText: e.right }]]]);
      const fixed = fixAll({ text: bad, format: 'plaintext', docType: 'notice' }, ONLY_TYPO).text;
      assert.strictEqual(fixed, `（${e.right}）`);
      assert.deepStrictEqual(typoFindings(fixed), [], 'the right form is quiet');
      for (const fence of fenceExamples(e)) assert.deepStrictEqual(typoFindings(`（${fence}）`).map((f) => f.message), [], `fence ${fence}`);
    });
  }
});

describe('typo rules: family', () => {
  it('typo.word is registered, line-scoped, warning by default, with Chinese docs', () => {
    const rule = RULES.find((r) => r.id === 'typo.word');
    assert.ok(rule && TYPO_RULES.includes(rule));
    assert.strictEqual(rule.scope, 'line');
    assert.strictEqual(rule.defaultSeverity, 'warning');
    assert.ok(rule.docs?.summary && rule.docs.source && rule.docs.bad && rule.docs.good);
    assert.ok(typoFindings(rule.docs.bad).length > 0, 'the bad example is flagged');
    assert.deepStrictEqual(typoFindings(rule.docs.good), [], 'the good example is quiet');
  });
  it('is on by default at warning', () => {
    const found = analyze({ text: '县政府对春耕生产进行了部暑。', format: 'plaintext', docType: 'notice' }).filter((f) => f.rule === 'typo.word');
    assert.deepStrictEqual(found.map((f) => [f.severity, f.message]), [['warning', '“部暑”应为“部署”。']]);
  });
  it('matches the longest entry and never overlaps', () => {
    assert.deepStrictEqual(matchTypos({ text: '百废具兴，与时具进', ignored: [] }).map((m) => m.entry.wrong), ['百废具兴', '与时具进']);
  });
});

ruleTable('typo.word', {
  invalid: [
    {
      text: '青山县委常委会对全年工作作出⟦部暑⟧，要求各乡镇⟦再接再励⟧、攻坚克难。',
      output: '青山县委常委会对全年工作作出部署，要求各乡镇再接再厉、攻坚克难。',
      messages: ['“部暑”应为“部署”', '“再接再励”应为“再接再厉”'],
    },
    { text: '个别干部工作⟦作风浮漂⟧，要坚决纠正。', output: '个别干部工作作风漂浮，要坚决纠正。' },
    { text: '白河县人民医院新建住院楼已于9月⟦峻工⟧，群众⟦迫不急待⟧地前来参观。\r\n新院区环境⟦美仑美奂⟧。', output: '白河县人民医院新建住院楼已于9月竣工，群众迫不及待地前来参观。\r\n新院区环境美轮美奂。' },
    { text: '安全生产工作绝不能⟦松驰⟧，要时刻把住企业的⟦脉膊⟧。', output: '安全生产工作绝不能松弛，要时刻把住企业的脉搏。' },
    { text: '面对新情况不能⟦一愁莫展⟧，也不能⟦按步就班⟧。', output: '面对新情况不能一筹莫展，也不能按部就班。' },
    { text: '主动说明问题的可以⟦既往不究⟧；演出效果令人⟦震憾⟧。', output: '主动说明问题的可以既往不咎；演出效果令人震撼。' },
    { text: '大力⟦宏扬⟧新时代青山精神，坚决反对⟦形势主义⟧。', output: '大力弘扬新时代青山精神，坚决反对形式主义。' },
    { text: '请于每月5日前将台账⟦归挡⟧；⟦防讯⟧期间实行24小时值班。', output: '请于每月5日前将台账归档；防汛期间实行24小时值班。' },
    { text: '# 关于做好⟦秸杆⟧禁烧工作的通知', format: 'markdown', output: '# 关于做好秸秆禁烧工作的通知' },
  ],
  valid: [
    '用户登录系统后，按申报截止日期提交材料。',
    '县委决定精简机构，厉行法治，确保工程按期竣工。',
    '全部暑期培训班已结束，青山县教育局对暑假安全工作作出部署。',
    '要依法预防犯罪，严防犯规操作。',
    '劝阻扰民行为，依法查处噪声污染。',
    '他情不自已，难以自已。',
    '形势严峻工作任务重，要压实责任。',
    '申报材料按股份比例提交，成份股调整另行通知。',
    { text: '代码 `部暑` 不检查。', format: 'markdown' },
    // Seams: the wrong string across two right words.
    '促进社会平安祥和，深入学习贯彻会议精神，完善长效机制。',
    '做好一般性转移支付和专项转移支付，交通迅速恢复。',
    '参照统一惯例办理，这边价钱既便宜又实惠。',
    '干部选拔涉及的材料，生态补偿试点，审批漏洞要堵住。',
    '生猪出栏截至11月底，第3号招标公告已发布，申请贴息贷款。',
    '各单位要严格守纪，自己经常对照检查，各自已经完成自查。',
  ],
});
