import * as assert from 'assert';
import { analyze, LineIndex } from '../../server/src/core';
import { lines } from '../../server/src/core/text/chars';

/** The range of the first placeholder found in `text`, as LSP line/character positions. */
function firstPlaceholderRange(text: string) {
  const [finding] = analyze({ text, format: 'plaintext' }).filter((f) => f.rule === 'placeholder.unfilled');
  assert.ok(finding, 'expected a placeholder');
  return new LineIndex(text).rangeAt(finding.start, finding.end);
}

describe('positions (UTF-16, as LSP counts them)', () => {
  it('counts an emoji as two code units', () => {
    assert.deepStrictEqual(firstPlaceholderRange('😀总投资**亿元'), { start: { line: 0, character: 5 }, end: { line: 0, character: 7 } });
  });

  it('counts CJK Extension B (𠮷) as two code units', () => {
    assert.deepStrictEqual(firstPlaceholderRange('𠮷𠮷镇投资**万元'), { start: { line: 0, character: 7 }, end: { line: 0, character: 9 } });
  });

  it('treats CRLF as one line break', () => {
    assert.deepStrictEqual(firstPlaceholderRange('第一行。\r\n第二行共**家。'), { start: { line: 1, character: 4 }, end: { line: 1, character: 6 } });
  });

  it('treats a lone CR as a line break, as LSP does', () => {
    assert.deepStrictEqual(firstPlaceholderRange('第一行。\r共**家。'), { start: { line: 1, character: 1 }, end: { line: 1, character: 3 } });
  });

  it('counts a BOM still in the text as one character', () => {
    assert.deepStrictEqual(firstPlaceholderRange('\uFEFF共**家。'), { start: { line: 0, character: 2 }, end: { line: 0, character: 4 } });
  });

  it('all of them together, on a later line', () => {
    const text = '\uFEFF标题😀\r\n\r\n𠮷😀在**等镇，投入**亿元。';
    const findings = analyze({ text, format: 'plaintext' }).filter((f) => f.rule === 'placeholder.unfilled');
    const lines = new LineIndex(text);
    assert.deepStrictEqual(
      findings.map((f) => lines.rangeAt(f.start, f.end)),
      [
        { start: { line: 2, character: 5 }, end: { line: 2, character: 7 } },
        { start: { line: 2, character: 12 }, end: { line: 2, character: 14 } },
      ],
    );
    for (const f of findings) assert.strictEqual(text.slice(f.start, f.end), '**');
  });

  it('offsetAt inverts positionAt and clamps past the end of a line to before its break', () => {
    const text = 'ab\r\n😀c\nd';
    const lines = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a CRLF
      assert.strictEqual(lines.offsetAt(lines.positionAt(offset)), offset, `offset ${offset}`);
    }
    assert.strictEqual(lines.offsetAt({ line: 0, character: 99 }), 2);
    assert.strictEqual(lines.offsetAt({ line: 9, character: 0 }), text.length);
    assert.strictEqual(lines.lineCount, 3);
  });
});

describe('lines (text/chars.ts)', () => {
  const shape = (text: string) => lines(text).map((l) => [l.start, l.end, l.text, l.index]);

  it('splits at \\n, \\r\\n and \\r; a text ending with a break ends with an empty line; an empty text is one empty line', () => {
    assert.deepStrictEqual(shape(''), [[0, 0, '', 0]]);
    assert.deepStrictEqual(shape('甲\r\n𠮷😀\r乙\n'), [
      [0, 1, '甲', 0],
      [3, 7, '𠮷😀', 1],
      [8, 9, '乙', 2],
      [10, 10, '', 3],
    ]);
    assert.deepStrictEqual(shape('\n\n'), [[0, 0, '', 0], [1, 1, '', 1], [2, 2, '', 2]]);
  });

  it("a long document's lines are read once for the rules of an analysis, not once per rule; a line asked for in between does not push them out", () => {
    const text = Array.from({ length: 400 }, (_, i) => `第${i}段，全县上下认真贯彻落实。`).join('\n');
    const first = lines(text);
    assert.deepStrictEqual(shape('一行'), [[0, 2, '一行', 0]]);
    assert.strictEqual(lines(text), first);
    // The same text as another string object: the same lines.
    assert.strictEqual(lines(text.split('\n').join('\n')), first);
    assert.notStrictEqual(lines(`${text}。`), first);
  });
});
