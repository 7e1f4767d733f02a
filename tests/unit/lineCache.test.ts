import * as assert from 'assert';
import { clearHeadingCaches, headingCacheSizes, parseStructure } from '../../server/src/core/structure/headings';
import { LINE_CACHE_CHARS, LINE_CACHE_LINES, LineCache } from '../../server/src/core/text/lineCache';

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
