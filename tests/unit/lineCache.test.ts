import * as assert from 'assert';
import { clearHeadingCaches, headingCacheSizes, parseStructure } from '../../server/src/core/structure/headings';
import { LINE_CACHE_CHARS, LINE_CACHE_LINES, LineCache } from '../../server/src/core/text/lineCache';
import * as core from '../../server/src/core';
import { countedGrams, gramTrieNodes } from '../../server/src/core/terms/near';

describe('LineCache (bounded per-line caches)', () => {
  it('evicts the least recently used lines once the characters exceed the bound', () => {
    const cache = new LineCache<number>(10, 100);
    cache.set('aaaa', 1);
    cache.set('bbbb', 2);
    assert.strictEqual(cache.get('aaaa'), 1); // aaaa is now the most recent
    cache.set('cccc', 3); // 12 characters: the oldest (bbbb) goes
    assert.strictEqual(cache.has('bbbb'), false);
    assert.deepStrictEqual([cache.get('aaaa'), cache.get('cccc')], [1, 3]);
    assert.strictEqual(cache.characters, 8);
  });

  it('evicts by entries too, and counts a replaced line once', () => {
    const cache = new LineCache<string>(1_000, 2);
    cache.set('一', 'a');
    cache.set('一', 'b');
    assert.strictEqual(cache.size, 1);
    assert.strictEqual(cache.characters, 1);
    cache.set('二', 'c');
    cache.set('三', 'd');
    assert.deepStrictEqual([cache.has('一'), cache.get('二'), cache.get('三')], [false, 'c', 'd']);
  });

  it('stays within its bounds over a long typing session (each keystroke a new line text)', () => {
    const cache = new LineCache<number>(5_000, 1_000);
    let line = '';
    for (let i = 0; i < 20_000; i++) {
      line = i % 300 === 0 ? '' : `${line}字`;
      cache.set(`${i}:${line}`, i);
      assert.ok(cache.characters <= 5_000 && cache.size <= 1_000);
    }
    assert.strictEqual(cache.get(`19999:${line}`), 19_999);
  });

  it('fit raises the bounds to twice a document, so that a long document does not evict its own lines', () => {
    const cache = new LineCache<number>(100, 10);
    const lines = Array.from({ length: 50 }, (_, i) => `第${i}行内容`);
    cache.fit(lines.join('\n').length, lines.length);
    lines.forEach((l, i) => cache.set(l, i));
    assert.ok(lines.every((l, i) => cache.get(l) === i));
    cache.fit(10, 1); // never lowers them
    cache.set('新的一行', 99);
    assert.strictEqual(cache.size, 51);
  });
});

describe('per-line caches over a typing session (issue 23)', () => {
  it('the heading parses kept stay near the document: a session of 4,000 edited lines holds at most LINE_CACHE_CHARS, not every version of the lines', () => {
    clearHeadingCaches();
    // A 2,000-character report; each keystroke makes a new text of one of its lines.
    const lines = Array.from({ length: 20 }, (_, i) => `    ${i + 1}.全区上下认真贯彻落实各项决策部署，经济运行稳中有进，民生保障持续加强，重点项目建设加快推进。`);
    for (let v = 0; v < 4_000; v++) {
      const i = v % lines.length;
      lines[i] = `${lines[i]?.slice(0, 20)}${v}${lines[i]?.slice(20 + String(v).length)}`;
      parseStructure(lines.join('\n'), 'plaintext');
    }
    const text = lines.join('\n');
    const [plain] = headingCacheSizes();
    // 4,000 distinct line texts of about 80 characters: 320,000 characters if nothing were evicted
    // until the former bound of 600,000. At most 100,000 fills within a minute or two of typing.
    assert.ok(plain && plain.characters <= Math.max(100_000, 2 * text.length), `the heading cache holds ${plain?.characters} characters`);
    assert.ok(plain.characters <= LINE_CACHE_CHARS && plain.lines <= LINE_CACHE_LINES);
    // The lines of the current version are still cached: parsing it again adds nothing.
    const before = headingCacheSizes()[0];
    parseStructure(text, 'plaintext');
    assert.deepStrictEqual(headingCacheSizes()[0], before);
  });
});

describe('a long document read for the first time', () => {
  afterEach(() => core.clearLineCaches());

  it('keeps every line of its first parse (the cache makes room before reading it)', () => {
    clearHeadingCaches();
    // 3,000 distinct lines, 180,000 characters: more than the caches' base bound of 100,000.
    const text = Array.from({ length: 3_000 }, (_, i) => `第${i}条要推进重点项目建设，做好民生保障工作，确保各项措施落到实处，全面完成年度目标任务。`.padEnd(60, '。')).join('\n');
    parseStructure(text, 'plaintext');
    assert.strictEqual(headingCacheSizes()[0]?.lines, 3_000);
  });

  it('gives the next check its lines from the cache, so drift counts by the edit alone', () => {
    core.clearLineCaches();
    // 7,500 distinct lines, 450,000 characters: three times the drift cache's base bound.
    const body = Array.from({ length: 7_500 }, (_, i) => `第${i}项稻虾共作面积达到${i}亩，文旅融合示范区建设稳步推进，确保各项措施落到实处。`.padEnd(60, '。'));
    const words = (text: string) => core.wordsFromLines(text, (line) => line.match(/[\u4e00-\u9fff]{1,2}|[\s\S]/gu) ?? []) ?? assert.fail('words');
    const text = body.join('\n');
    core.findTermGroups(text, words(text));
    const first = countedGrams().epoch;
    const edited = text.replace('第3000项', '第3000项好');
    core.findTermGroups(edited, words(edited));
    assert.strictEqual(countedGrams().epoch, first, 'the counting went on from the first check');
  });
});

describe('the near relation\'s word trie over a long session', () => {
  it('typing new words does not grow it without bound, and after pruning drift finds what a fresh analysis finds', () => {
    const { analyzeDocument, IncrementalAnalyzer, wordsFromLines } = core;
    // Two-character Han words, so that n-grams (and trie nodes) form.
    const words = (text: string) => wordsFromLines(text, (line) => line.match(/[\u4e00-\u9fff]{1,2}|[\s\S]/gu) ?? []);
    const body = Array.from({ length: 40 }, (_, i) => `第${i}项工作要推进文旅融合示范区建设，文化旅游融合示范区要加快发展。`);
    // A near pair that stands through every pruning (the words that may differ are kept with the trie).
    body[0] = '稻虾共作面积达到6.5万亩，稻虾共作模式亩均增收2000元，稻虾共作已成为主导产业。';
    body[1] = '稻虾共养技术培训要加大。';
    const analyzer = new IncrementalAnalyzer();
    let seed = 7;
    const han = (): string => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return String.fromCharCode(0x4e00 + (seed % 0x5000));
    };
    let most = 0;
    let text = '';
    for (let edit = 0; edit < 2_500; edit++) {
      // Each edit writes a line of words never seen before (a writer drafting new sentences) in the second half.
      body[20 + (edit % 20)] = `要${Array.from({ length: 24 }, han).join('')}。`;
      text = body.join('\n');
      analyzer.analyze({ text, format: 'plaintext', words: words(text) });
      most = Math.max(most, gramTrieNodes());
    }
    // Unpruned, it would hold every version's nodes: ~2,500 lines × dozens of nodes.
    assert.ok(most < 20_000, `trie peaked at ${most} nodes`);
    const fresh = analyzeDocument({ text, format: 'plaintext', words: words(text) }).findings.map((f) => JSON.stringify(f));
    assert.ok(fresh.some((f) => f.includes('"term.')), 'the text drifts (文旅融合示范区 / 文化旅游融合示范区)');
    assert.ok(fresh.some((f) => f.includes('名称疑似不一致') && f.includes('稻虾共养')), 'the near pair is found');
    assert.deepStrictEqual(analyzer.analyze({ text, format: 'plaintext', words: words(text) }).findings.map((f) => JSON.stringify(f)), fresh);
  });
});
