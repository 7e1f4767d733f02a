/**
 * Terminology drift (term.*): word offsets from the real nodejieba with the bundled dictionary,
 * grouping and the canonical choice, the rules' findings and the "统一为…" fix.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument, applyFixes, DEFAULT_SETTINGS, type Finding, type Settings, type TermEntry, type TextFormat } from '../../server/src/core';
import { TERM_RULES } from '../../server/src/core/rules/term';
import { segmenter } from '../support/segmenter';
import { wordsFromLines } from '../../server/src/core/segmenter/segmenter';
import { findTermGroups, formatGroupsText, groupsToJson } from '../../server/src/core/terms';
import { clearTermLines } from '../../server/src/core/terms/lines';
import { EXAMPLES, FIXTURES } from '../support/paths';
import { baseDictionaries, dictionaryCandidates } from '../../server/src/segmentation/dictionaries';

export { segmenter };

export function groupsOf(text: string, terms: readonly TermEntry[] = []): ReturnType<typeof findTermGroups> {
  return findTermGroups(text, segmenter().cut(text), terms);
}

function termFindings(text: string, options: { format?: TextFormat; terms?: TermEntry[] } = {}): Finding[] {
  const settings: Settings = { ...DEFAULT_SETTINGS, terms: options.terms ?? [] };
  return analyzeDocument({ text, format: options.format ?? 'plaintext', words: segmenter().cut(text) }, settings, TERM_RULES).findings;
}

describe('term: segmentation with the 公文 dictionary', function () {
  this.timeout(30000);

  it('word offsets cover the text exactly, with emoji, 𠮷, CRLF and a BOM', () => {
    const text = '\uFEFF区委、区政府在𠮷镇😀召开会议，\r\n部署“十四五”规划和2025年稻虾共作工作。👨‍👩‍👧';
    const words = segmenter().cut(text);
    assert.strictEqual(words.reduce((n, w) => n + (w.end - w.start), 0), text.length);
    assert.strictEqual(words[0]?.start, 0);
    words.forEach((w, i) => {
      assert.strictEqual(text.slice(w.start, w.end), w.text);
      if (i > 0) assert.strictEqual(w.start, words[i - 1]?.end);
    });
  });

  it('keeps organs and programmes whole', () => {
    const words = segmenter().cut('区委区政府要求推进乡村振兴，优化营商环境，县发展和改革委员会牵头实施高标准农田建设。').map((w) => w.text);
    for (const w of ['区委区政府', '乡村振兴', '营商环境', '发展和改革委员会', '高标准农田']) assert.ok(words.includes(w), `${w} in ${words.join('/')}`);
  });

  it('uses the compact main dictionary and IDF table the build writes; GONGWEN_MAIN_DICTIONARY=full restores nodejieba\'s', () => {
    const base = baseDictionaries();
    assert.ok(base.main?.endsWith('dict/jieba.compact.dict.utf8') && fs.statSync(base.main).size > 1_000_000, String(base.main));
    assert.ok(base.idf?.endsWith('dict/idf.compact.utf8'), String(base.idf));
    const before = process.env.GONGWEN_MAIN_DICTIONARY;
    try {
      process.env.GONGWEN_MAIN_DICTIONARY = 'full';
      assert.deepStrictEqual(baseDictionaries(), {});
    } finally {
      if (before === undefined) delete process.env.GONGWEN_MAIN_DICTIONARY;
      else process.env.GONGWEN_MAIN_DICTIONARY = before;
    }
    // The compact dictionary keeps the words drift depends on (the 公文 dictionary adds the rest).
    assert.deepStrictEqual(segmenter().cut('区委、区政府高度重视乡村振兴工作').map((w) => w.text), ['区委', '、', '区政府', '高度重视', '乡村振兴', '工作']);
  });

  it('finds the dictionary from the bundled and unbundled layouts', () => {
    assert.ok(dictionaryCandidates('/x/dist')[0]?.endsWith('/x/dict/gongwen.dict.utf8'));
    assert.ok(dictionaryCandidates('/x/out/server/src/cli')[1]?.endsWith('/x/dict/gongwen.dict.utf8'));
    assert.ok(dictionaryCandidates('/x/out/server/src/segmentation')[1]?.endsWith('/x/dict/gongwen.dict.utf8'));
  });
});

describe('term: grouping and the canonical form', function () {
  this.timeout(30000);

  it('groups punctuation variants and picks the majority form', () => {
    const [g, ...rest] = groupsOf('区委区政府高度重视。区委、区政府印发方案。区委、区政府要求落实。区委、区政府将督查。');
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(g?.relation, 'punctuation');
    assert.strictEqual(g?.canonical, '区委、区政府');
    assert.strictEqual(g?.basis, 'majority');
    assert.deepStrictEqual(g?.forms.map((f) => [f.text, f.count]), [['区委、区政府', 3], ['区委区政府', 1]]);
    assert.deepStrictEqual(g?.changes.map((c) => [c.start, c.end, c.replacement]), [[0, 5, '区委、区政府']]);
  });

  it('breaks a tie by the first occurrence, and for years by the Arabic form', () => {
    const [g] = groupsOf('县委县政府高度重视。县委、县政府印发方案。');
    assert.strictEqual(g?.canonical, '县委县政府');
    assert.strictEqual(g?.basis, 'first');
    const [y] = groupsOf('二〇二五年，全县粮食增产。2025年，全县农民增收。');
    assert.strictEqual(y?.relation, 'numeral');
    assert.strictEqual(y?.canonical, '2025年');
    assert.strictEqual(y?.basis, 'arabic');
  });

  it('makes groups of any size', () => {
    const [g] = groupsOf('2025年开局良好。二〇二五年任务繁重。二零二五年目标明确。2025年要确保完成。');
    assert.deepStrictEqual(g?.forms.map((f) => f.text), ['2025年', '二〇二五年', '二零二五年']);
    assert.strictEqual(g?.changes.length, 2);
  });

  it('lets the user glossary decide the canonical form', () => {
    const text = '区委、区政府高度重视。区委、区政府印发方案。区委区政府要求落实。';
    const [g] = groupsOf(text, [{ canonical: '区委区政府', variants: [] }]);
    assert.strictEqual(g?.canonical, '区委区政府');
    assert.strictEqual(g?.basis, 'glossary');
    assert.strictEqual(g?.changes.length, 2);
  });

  it('reports a glossary term once, not also as punctuation drift', () => {
    const groups = groupsOf('“十四五”规划实施以来，成效显著；十四五规划主要指标完成良好。');
    assert.deepStrictEqual(groups.map((g) => [g.relation, g.canonical]), [['glossary', '“十四五”']]);
  });

  it('flags the full name after 以下简称 and the short name before it', () => {
    const text = '县发改委要提前谋划。县发展和改革委员会（以下简称“县发改委”）负责项目前期工作。县发展和改革委员会要每季度通报。';
    const [g] = groupsOf(text);
    assert.strictEqual(g?.relation, 'abbreviation');
    assert.deepStrictEqual(g?.definition && [g.definition.full, g.definition.short], ['县发展和改革委员会', '县发改委']);
    assert.deepStrictEqual(g?.changes.map((c) => [c.text, c.replacement, c.reason]), [
      ['县发改委', '县发展和改革委员会', 'before-definition'],
      ['县发展和改革委员会', '县发改委', 'after-definition'],
    ]);
  });

  it('leaves legitimately different names alone', () => {
    const text =
      '生态经济先行区完成投资42亿元，港产城联动示范区完成投资58亿元。生态经济先行区和港产城联动示范区各有侧重。' +
      '一期工程全面投产，二期工程主体完工，一期工程和二期工程均按期推进。县委、县政府高度重视，县委常委会、县政府常务会议专题研究。' +
      '省级龙头企业5家、市级龙头企业12家，省级龙头企业带动明显。城东现代农业产业园、城西现代农业产业园、城东现代农业产业园。' +
      '推动经济、社会和文化协调发展，经济社会发展稳中向好，经济社会发展质量提升。加快项目建设，项目建设要提速，确保项目建成投产。' +
      '支持乡村旅游、休闲农业、农村电商发展，农业农村工作，农业农村现代化。';
    assert.deepStrictEqual(groupsOf(text).map((g) => g.forms.map((f) => f.text).join('/')), []);
  });

  it('skips ignored ranges', () => {
    const text = '区委、区政府高度重视。`区委区政府`\n区委、区政府要求。';
    const start = text.indexOf('`');
    const words = segmenter().cut(text);
    assert.deepStrictEqual(findTermGroups(text, words, [], [{ start, end: text.indexOf('`', start + 1) + 1 }]), []);
  });

  it('formats groups as text and JSON', () => {
    const text = '区委区政府高度重视。\n区委、区政府印发方案。区委、区政府要求落实。';
    const groups = groupsOf(text);
    const lines = formatGroupsText('a.txt', text, groups);
    assert.deepStrictEqual(lines, ['a.txt: 1 组术语不一致', '  [标点差异] 建议统一为“区委、区政府”', '    * “区委、区政府” 2 次：2:1，2:12', '    - “区委区政府” 1 次：1:1']);
    const json = groupsToJson(text, groups);
    assert.strictEqual(json[0]?.forms[1]?.occurrences[0]?.line, 1);
    assert.deepStrictEqual(json[0]?.changes, [{ start: 0, end: 5, text: '区委区政府', replacement: '区委、区政府' }]);
    assert.deepStrictEqual(formatGroupsText('b.txt', '无', []), ['b.txt: 未发现术语不一致。']);
  });
});

describe('term.inconsistent and term.nonstandard', function () {
  this.timeout(30000);

  it('flags each minority occurrence with counts, related places and a 统一为 fix', () => {
    const text = '区委区政府高度重视。区委、区政府印发方案。区委、区政府要求落实。区委、区政府将督查。';
    const findings = termFindings(text);
    assert.strictEqual(findings.length, 1);
    const f = findings[0] as Finding;
    assert.strictEqual(f.rule, 'term.inconsistent');
    assert.strictEqual(f.severity, 'warning');
    assert.strictEqual(f.message, '术语不一致：“区委区政府”出现 1 次，“区委、区政府”出现 3 次，建议统一为“区委、区政府”。');
    assert.strictEqual(f.related?.length, 3);
    assert.strictEqual(f.fixes[0]?.title, '统一为“区委、区政府”');
    assert.strictEqual(f.fixes[0]?.preferred, undefined);
  });

  it('the 统一为 edit changes only variant occurrences and leaves no term finding', () => {
    const text = '区委、区政府高度重视。区委区政府印发方案，区委、区政府要求落实。\r\n区委区政府将督查😀，区委、区政府将通报𠮷。区委、区政府办公室负责。';
    const findings = termFindings(text);
    assert.strictEqual(findings.length, 2);
    const fix = findings[0]?.fixes[0];
    assert.ok(fix);
    assert.deepStrictEqual(findings[1]?.fixes[0], fix, 'every finding of a group offers the same whole-document fix');
    assert.deepStrictEqual(fix.edits.map((e) => text.slice(e.start, e.end)), ['区委区政府', '区委区政府']);
    const fixed = applyFixes(text, fix.edits);
    assert.strictEqual(fixed, text.replace(/区委区政府/g, '区委、区政府'));
    assert.deepStrictEqual(termFindings(fixed), []);
  });

  it('softens abbreviation and near-name findings to information', () => {
    const text = '稻虾共作面积达到6.5万亩，稻虾共作模式亩均增收2000元，稻虾共作已成为主导产业，要加大稻虾共养技术培训。';
    const findings = termFindings(text);
    assert.deepStrictEqual(findings.map((f) => [text.slice(f.start, f.end), f.severity, f.soft]), [['稻虾共养', 'information', true]]);
    assert.match(findings[0]?.message ?? '', /名称疑似不一致：“稻虾共养”出现 1 次，“稻虾共作”出现 3 次/);
  });

  it('finds a headed near name in a long draft too (the search is linear, no length cut-off)', () => {
    const filler = '全区上下认真贯彻落实各项决策部署，经济运行稳中有进，民生保障持续加强，社会大局和谐稳定。\n'.repeat(900);
    const text = `文旅融合创新区建设有序推进。\n${filler}文旅融合创新区新增项目十二个。\n${filler}文旅融合发展区游客量持续增长。\n文旅融合创新区基础设施不断完善。\n文旅融合创新区品牌影响力提升。`;
    assert.ok(text.length > 80_000);
    const findings = termFindings(text);
    assert.deepStrictEqual(findings.map((f) => [text.slice(f.start, f.end), f.severity]), [['文旅融合发展区', 'information']]);
    assert.match(findings[0]?.message ?? '', /“文旅融合发展区”出现 1 次，“文旅融合创新区”出现 4 次/);
  });

  it('a group with a thousand variant occurrences: one shared fix; related places are the nearest of each form', () => {
    const canonical = '区委、区政府高度重视。';
    const variant = '区委区政府印发方案。';
    const text = `${canonical.repeat(1100)}${variant.repeat(1000)}`;
    const findings = termFindings(text);
    assert.strictEqual(findings.length, 1000);
    const fix = findings[0]?.fixes[0];
    assert.strictEqual(fix?.edits.length, 1000);
    assert.ok(findings.every((f) => f.fixes[0] === fix));
    assert.ok(findings.every((f) => !f.related?.some((r) => r.start === f.start)), 'a finding is not its own related place');
    const at = (i: number): number => 1100 * canonical.length + i * variant.length;
    // The first variant: the last 区委、区政府 before it, and the next variant after it.
    assert.deepStrictEqual(findings[0]?.related?.map((r) => [r.start, r.message]), [
      [1099 * canonical.length, '“区委、区政府”（建议的写法）'],
      [at(1), '“区委区政府”（同一术语的另一写法）'],
    ]);
    // One in the middle: the variants on either side, and the nearest 区委、区政府 (before it).
    assert.deepStrictEqual(findings[500]?.related?.map((r) => r.start), [1099 * canonical.length, at(499), at(501)]);
    assert.ok(findings.every((f) => (f.related?.length ?? 0) <= 8));
  });

  it('a small group lists every other place', () => {
    const text = '区委区政府高度重视。区委、区政府印发方案。区委区政府要求落实。区委、区政府将督查。区委、区政府将通报。';
    const findings = termFindings(text);
    assert.strictEqual(findings.length, 2);
    assert.strictEqual(findings[0]?.related?.length, 4);
  });

  it('term.nonstandard: a preferred fix to the canonical fixed expression', () => {
    const text = '牢固树立四个意识，坚定“四个自信”，深入学习贯彻二十大精神，在以习近平总书记为核心的党中央坚强领导下，统筹推进“五位一体”战略布局。';
    const findings = termFindings(text);
    assert.deepStrictEqual(
      findings.map((f) => [f.rule, text.slice(f.start, f.end), f.fixes[0]?.title, f.fixes[0]?.preferred]),
      [
        ['term.nonstandard', '四个意识', '统一为“‘四个意识’”', true],
        ['term.nonstandard', '二十大', '统一为“党的二十大”', true],
        ['term.nonstandard', '以习近平总书记为核心的党中央', '统一为“以习近平同志为核心的党中央”', true],
        ['term.nonstandard', '“五位一体”战略布局', '统一为“‘五位一体’总体布局”', true],
      ],
    );
    const fixed = applyFixes(text, findings.flatMap((f) => f.fixes[0]?.edits ?? []));
    assert.strictEqual(fixed, '牢固树立“四个意识”，坚定“四个自信”，深入学习贯彻党的二十大精神，在以习近平同志为核心的党中央坚强领导下，统筹推进“五位一体”总体布局。');
    assert.deepStrictEqual(termFindings(fixed), []);
  });

  it('term.nonstandard: the user glossary, and nested quotes count as the canonical form', () => {
    const terms = [{ canonical: '县融媒体中心', variants: ['县融媒中心'] }];
    const text = '县融媒中心要加强宣传。他说：“要增强‘四个意识’。”';
    const findings = termFindings(text, { terms });
    assert.deepStrictEqual(findings.map((f) => [text.slice(f.start, f.end), f.message]), [['县融媒中心', '不规范表述：“县融媒中心”应写作“县融媒体中心”（“县融媒中心”出现 1 次）。']]);
  });

  it('skips Markdown code and leaves clean text alone', () => {
    const md = '区委、区政府高度重视。\n\n```\n区委区政府\n```\n\n区委、区政府要求落实。';
    assert.deepStrictEqual(termFindings(md, { format: 'markdown' }), []);
    assert.deepStrictEqual(termFindings('2025年，全区经济运行稳中有进，3.5%的增速好于预期。详见 https://example.com/a、b 页面。'), []);
  });

  it('is skipped without words', () => {
    const result = analyzeDocument({ text: '区委区政府。区委、区政府。区委、区政府。', format: 'plaintext' }, DEFAULT_SETTINGS, TERM_RULES);
    assert.deepStrictEqual(result.findings, []);
    assert.strictEqual(result.pendingWords, true);
  });

  it('documents both rules in Chinese', () => {
    for (const rule of TERM_RULES) {
      assert.match(rule.id, /^term\.[a-z]+$/);
      assert.strictEqual(rule.needsWords, true);
      assert.match(rule.docs?.summary ?? '', /[\u4e00-\u9fff]/);
      assert.ok(rule.docs?.source);
    }
  });
});

describe('term: each line\'s words (the language server\'s cache) give what the word list gives', function () {
  this.timeout(60000);

  it('on the drift fixtures and examples, with CRLF, with nothing cached and with every line cached', () => {
    const wordsOfLine = (line: string): string[] => segmenter().cut(line).map((t) => t.text);
    const dirs = [path.join(FIXTURES, 'terms'), EXAMPLES];
    const texts = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => /\.(txt|md)$/.test(f)).map((f) => fs.readFileSync(path.join(d, f), 'utf8')));
    // The labelled drift cases, one per line of one document (every relation occurs).
    const cases = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'terms', 'drift-cases.json'), 'utf8')) as { cases: Array<{ text: string }> };
    texts.push(cases.cases.map((c) => c.text).join('\n'));
    assert.ok(texts.length >= 3);
    let groups = 0;
    for (const text of [...texts, ...texts.map((t) => t.replace(/\n/g, '\r\n'))]) {
      const all = wordsFromLines(text, wordsOfLine);
      assert.ok(all);
      clearTermLines();
      const fromList = findTermGroups(text, all);
      clearTermLines();
      const fromLines = findTermGroups(text, { wordsOfLine });
      assert.deepStrictEqual(fromLines, fromList);
      assert.deepStrictEqual(findTermGroups(text, { wordsOfLine }), fromList, 'with every line cached');
      groups += fromList.length;
    }
    assert.ok(groups >= 10, `only ${groups} groups to compare`);
  });
});

describe('term: each line\'s share of the relations is kept with the line (TermLine.memo, the near relation\'s word trie)', function () {
  this.timeout(60000);
  const pair = '稻虾共作面积达到6.5万亩，稻虾共作模式亩均增收2000元，稻虾共作已成为主导产业，要加大稻虾共养技术培训。';
  const initials = '推进文化旅游融合，文旅融合成效明显。全市文化旅游收入增长，文旅产业加快发展。';
  const json = (text: string): string => JSON.stringify(groupsOf(text));

  it('a document gives the same groups however many others were analysed before, and its lines stand elsewhere in them', () => {
    const texts = [`${pair}\n${initials}`, `前言。\n${initials}\n\n${pair}`, `${pair.replace('共养', '共作')}\n${initials}`, `${'县委、县政府高度重视。\n'.repeat(40)}${pair}`];
    const fresh = texts.map((t) => {
      clearTermLines();
      return json(t);
    });
    clearTermLines();
    for (let round = 0; round < 3; round++) texts.forEach((t, i) => assert.strictEqual(json(t), fresh[i], `text ${i}, round ${round}`));
    assert.match(fresh[0] as string, /稻虾共养/);
    assert.match(fresh[0] as string, /文旅/);
  });

  it('glossary forms are found from each line\'s own occurrences, for the glossary of each call', () => {
    const text = '县融媒中心开展宣传。\n县融媒体中心发布通知。\n县融媒体中心组织培训。\n县融媒中心\n';
    const forms = (terms: TermEntry[]): string[][] => groupsOf(text, terms).filter((g) => g.relation === 'glossary').map((g) => g.changes.map((c) => `${c.start}:${c.text}`));
    clearTermLines();
    const a = forms([{ canonical: '县融媒体中心', variants: ['县融媒中心'] }]);
    assert.deepStrictEqual(a, [['0:县融媒中心', `${text.lastIndexOf('县融媒中心')}:县融媒中心`]]);
    // Another glossary over the same cached lines: its own forms, not the first one's.
    assert.deepStrictEqual(forms([{ canonical: '县融媒中心', variants: ['县融媒体中心'] }]), [[`${text.indexOf('县融媒体中心')}:县融媒体中心`, `${text.indexOf('县融媒体中心', 12)}:县融媒体中心`]]);
    // A form with a line break in it is looked for in the whole text.
    const broken = groupsOf('甲乙\n丙开展工作。甲乙丙丁开展工作。', [{ canonical: '甲乙丙丁', variants: ['甲乙\n丙'] }]).filter((g) => g.relation === 'glossary');
    assert.deepStrictEqual(broken.map((g) => g.changes.map((c) => c.start)), [[0]]);
    assert.deepStrictEqual(forms([{ canonical: '县融媒体中心', variants: ['县融媒中心'] }]), a);
  });

  it('one character typed after another: the groups of each version equal those of a fresh analysis', () => {
    let text = `${initials}\n${pair}\n${initials}\n${pair}`;
    clearTermLines();
    for (let v = 0; v < 12; v++) {
      const at = (v * 17) % text.length;
      text = text.slice(0, at) + (v % 3 === 0 ? '\n' : '好') + text.slice(at);
      const kept = json(text);
      clearTermLines();
      assert.strictEqual(kept, json(text), `version ${v}`);
    }
  });

  it('the initials relation walks the cached lines again when the document\'s short forms change (a short form typed in, its last line deleted)', () => {
    const abbreviations = (text: string): string[] => groupsOf(text).filter((g) => g.relation === 'abbreviation').map((g) => g.forms.map((f) => `${f.text}×${f.count}`).join('/'));
    const longs = '要推进配套建设工作。\n抓好推进配套建设工作。\n';
    const both = `${longs}继续推进配建工作。\n`;
    clearTermLines();
    assert.deepStrictEqual(abbreviations(longs), [], 'no short form yet');
    // 配建 is a new short form: the two cached lines spell it and must be walked for it.
    assert.deepStrictEqual(abbreviations(both), ['配套建设×2/配建×1']);
    // Its only line goes: the cached lines' long forms of it go with it.
    assert.deepStrictEqual(abbreviations(longs), []);
    // The same lines in another order: the same group as a fresh analysis.
    const moved = `继续推进配建工作。\n${longs}`;
    const kept = json(moved);
    clearTermLines();
    assert.strictEqual(kept, json(moved));
  });

  it('the near relation reads the cached lines again for rare forms when the document\'s dominant headed names change', () => {
    const near = (text: string): string[] => groupsOf(text).filter((g) => g.relation === 'near').map((g) => g.forms.map((f) => `${f.text}×${f.count}`).join('/'));
    // 城东现代农业产业园 is a dominant name throughout; 文旅融合创新区 becomes one with its second line.
    const one = '城东现代农业产业园建设。\n城东现代农业产业园招商。\n文旅融合创新区建设有序推进。\n文旅融合发展区游客量持续增长。\n';
    const two = `${one}文旅融合创新区新增项目。\n`;
    clearTermLines();
    assert.deepStrictEqual(near(one), [], 'one 文旅融合创新区: not dominant');
    assert.deepStrictEqual(near(two), ['文旅融合创新区×2/文旅融合发展区×1'], 'the cached 发展区 line is read for the new dominant name');
    assert.deepStrictEqual(near(one), []);
  });

  it('a key of the punctuation relation that a new line brings is looked for in the lines cached before it (their key spans are kept per key set)', () => {
    // A quoted term is a key already, so the first check keeps, with each line, where the keys of that set occur.
    const bare = '市委市政府高度重视。\n市委市政府多次研究。\n深化“放管服”改革。\n';
    clearTermLines();
    const before = groupsOf(bare).filter((g) => g.relation === 'punctuation');
    assert.deepStrictEqual(before, [], 'no junction yet: 市委市政府 is no key');
    // The junction 市委、市政府 makes 市委市政府 a key: the two cached lines must be read for it.
    const joined = `${bare}市委、市政府印发通知。\n市委、市政府要求落实。\n市委、市政府督促检查。`;
    const kept = json(joined);
    clearTermLines();
    assert.strictEqual(kept, json(joined));
    const punct = groupsOf(joined).filter((g) => g.relation === 'punctuation');
    assert.strictEqual(punct.length, 1);
    assert.deepStrictEqual(punct[0]?.changes.map((c) => c.start), [0, bare.indexOf('市委市政府', 1)]);
  });
});
