/**
 * Memory over a long editing session: per-line caches must not keep old versions of a document
 * alive. (V8 represents a slice of a string as a view into it: a cached line cut from version k
 * keeps all of version k in memory.) Heap sizes after a forced full GC; the margin is wide: the
 * fault this guards against retains a whole document per edit (here ≥ 30 MB).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_SETTINGS, IncrementalAnalyzer } from '../../server/src/core';
import { wordsFromLines } from '../../server/src/core/segmenter/segmenter';
import { detach } from '../../server/src/core/text/chars';
import type { Word } from '../../server/src/core/types';
import { LineCache } from '../../server/src/core/text/lineCache';
import { FIXTURES } from '../support/paths';
import { heapAfterGc } from '../support/heap';


describe('memory: no old document versions kept alive by per-line caches', function () {
  this.timeout(60000);

  it('150 edits, each to another line of a 100k-character report: the heap grows by far less than one document per edit', () => {
    const report = fs.readFileSync(path.join(FIXTURES, 'clean-report-full.txt'), 'utf8');
    let text = '';
    for (let i = 0; text.length < 100_000; i++) text += report.replace(/。/g, `。${i % 10}`); // distinct lines
    const analyzer = new IncrementalAnalyzer();
    analyzer.analyze({ text, format: 'plaintext' }, DEFAULT_SETTINGS);
    const before = heapAfterGc();
    for (let v = 0; v < 150; v++) {
      // As an editor's document applies a keystroke: the text before, the key, the text after.
      const at = (v * 661) % text.length;
      text = text.substring(0, at) + '好' + text.substring(at);
      analyzer.analyze({ text, format: 'plaintext' }, DEFAULT_SETTINGS);
    }
    const grownMiB = (heapAfterGc() - before) / 2 ** 20;
    const documentMiB = (text.length * 2) / 2 ** 20;
    assert.ok(grownMiB < 5 * documentMiB, `heap grew ${grownMiB.toFixed(1)} MiB over 150 versions of a ${documentMiB.toFixed(2)} MiB document`);
  });

  it('with words (drift on): 150 edits to a 100k report keep no old versions (the term-line cache holds detached lines and words)', () => {
    const report = fs.readFileSync(path.join(FIXTURES, 'clean-report-full.txt'), 'utf8');
    let text = '';
    for (let i = 0; text.length < 100_000; i++) text += report.replace(/。/g, `。${i % 10}`);
    // The worst case: word texts that are slices of the document version itself.
    const wordsOf = (t: string): ReturnType<typeof wordsFromLines> => {
      const out: Word[] = [];
      for (let i = 0; i < t.length; ) {
        const n = t.charCodeAt(i) === 10 ? 1 : Math.min(2, t.length - i, Math.max(1, t.indexOf('\n', i) - i));
        out.push({ text: t.slice(i, i + n), start: i, end: i + n });
        i += n;
      }
      return out;
    };
    const analyzer = new IncrementalAnalyzer();
    analyzer.analyze({ text, format: 'plaintext', words: wordsOf(text) }, DEFAULT_SETTINGS);
    const before = heapAfterGc();
    for (let v = 0; v < 150; v++) {
      const at = (v * 661) % text.length;
      text = text.substring(0, at) + '好' + text.substring(at);
      analyzer.analyze({ text, format: 'plaintext', words: wordsOf(text) }, DEFAULT_SETTINGS);
    }
    const grownMiB = (heapAfterGc() - before) / 2 ** 20;
    const documentMiB = (text.length * 2) / 2 ** 20;
    // Kept versions would be 150 documents (28 MiB); the bound leaves room for the per-line caches
    // that rightly grow with the edited lines (drift's term lines with their share of the initials
    // and near relations, the near relation's word trie, typo.char's candidates: about 2.7 MiB).
    assert.ok(grownMiB < 20 * documentMiB, `heap grew ${grownMiB.toFixed(1)} MiB over 150 versions of a ${documentMiB.toFixed(2)} MiB document`);
  });

  it('detach: a line kept from each of 150 versions keeps only the lines (also a slice of a slice, lone surrogates intact)', () => {
    let text = ('测试文本一二三四五六七八九十。'.repeat(8) + '\n').repeat(800);
    const kept: string[] = [];
    const before = heapAfterGc();
    for (let v = 0; v < 150; v++) {
      text = text.substring(0, v * 130 + 5) + '好' + text.substring(v * 130 + 5);
      const line = /[^\n]*\n/.exec(text.slice(v * 121))?.[0] ?? '';
      kept.push(detach(line.slice(0, -1)));
    }
    const grownMiB = (heapAfterGc() - before) / 2 ** 20;
    assert.ok(grownMiB < 2, `heap grew ${grownMiB.toFixed(1)} MiB for 150 lines`);
    assert.strictEqual(detach('a\uD800b😀𠮷'), 'a\uD800b😀𠮷');
  });

  it('LineCache: looking a line up with a slice of a newer document keeps the detached key, not the slice', () => {
    const cache = new LineCache<number>(10_000_000, 100_000);
    const lines = Array.from({ length: 120 }, (_, i) => `第${i}行：全区上下认真贯彻落实各项决策部署，经济运行稳中有进，民生保障持续加强。`);
    let text = lines.join('\n');
    for (const l of lines) cache.set(detach(l), 1);
    text = `${text}\n${'补充说明。'.repeat(20_000)}`; // a long document: each version is 200 KB
    const before = heapAfterGc();
    for (let v = 0; v < 100; v++) {
      // Every line is looked up in this version, then line v changes and is never looked up again.
      // A new version of the document, line v edited.
      const now = text.split('\n').slice(0, 120).map((l, i) => (i === v ? `${l}改` : l));
      text = `${now.join('\n')}\n${text.slice(text.indexOf('补充说明'))}`;
      let from = 0;
      for (let i = 0; i < 120; i++) {
        const end = text.indexOf('\n', from);
        const line = text.slice(from, end);
        if (cache.get(line) === undefined) cache.set(detach(line), 1);
        from = end + 1;
      }
    }
    const grownMiB = (heapAfterGc() - before) / 2 ** 20;
    assert.ok(grownMiB < 4, `heap grew ${grownMiB.toFixed(1)} MiB: old versions kept alive by cache keys`);
  });
});
