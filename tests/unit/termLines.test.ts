import * as assert from 'assert';
import { clearTermLines, termLines } from '../../server/src/core/terms/lines';
import type { LineWords, OffsetRange } from '../../server/src/core/types';

/** Words of one or two Han characters, or single other characters; counts the lines it is asked for, and may leave some without words. */
function counting(missing: ReadonlySet<string> = new Set()): LineWords & { asked: string[]; missing: Set<string> } {
  const cache = new Map<string, string[]>();
  const words = {
    asked: [] as string[],
    missing: new Set(missing),
    wordsOfLine(line: string): readonly string[] | undefined {
      words.asked.push(line);
      if (words.missing.has(line)) return undefined;
      let w = cache.get(line);
      if (!w) cache.set(line, (w = line.match(/[\u4e00-\u9fff]{1,2}|[\s\S]/gu) ?? []));
      return w;
    },
  };
  return words;
}

const LINES = Array.from({ length: 40 }, (_, i) => `第${i}项：区委、区政府要推进“十四五”规划，文旅融合示范区建设稳步推进。`);

/** What the relations read of the lines (base, text, runs), comparable across calls. */
const shape = (lines: ReturnType<typeof termLines>) => lines.map((l) => ({ base: l.base, text: l.text, runs: l.runs, junctions: l.junctions, quoted: l.quoted, ends: [...l.ends] }));

describe('drift lines: the lines an edit left alone', () => {
  beforeEach(() => clearTermLines());

  it('asks the words of the edited line only, and gives the lines what a first reading gives', () => {
    const words = counting();
    const text = LINES.join('\n');
    termLines(text, words, []);
    words.asked.length = 0;
    const edited = text.replace('第20项：', '第20项：好');
    const lines = termLines(edited, words, []);
    assert.deepStrictEqual([...new Set(words.asked)], [LINES[20]?.replace('第20项：', '第20项：好')]);
    clearTermLines();
    assert.deepStrictEqual(shape(lines), shape(termLines(edited, counting(), [])));
  });

  it('reads again a line that had no words last time', () => {
    const words = counting(new Set([LINES[3] as string]));
    const text = LINES.join('\n');
    assert.strictEqual(termLines(text, words, [])[3]?.runs.length, 0);
    words.missing.clear();
    words.asked.length = 0;
    const lines = termLines(text, words, []);
    assert.deepStrictEqual([...new Set(words.asked)], [LINES[3]]);
    assert.ok((lines[3]?.runs.length ?? 0) > 0, 'the line has its words now');
  });

  it('reads every line again when the masked ranges move where lines were left alone', () => {
    const words = counting();
    const text = LINES.join('\n');
    const second = LINES[0]?.length ?? 0;
    const mask: OffsetRange[] = [{ start: second + 1, end: second + 5 }];
    termLines(text, words, mask);
    words.asked.length = 0;
    const moved: OffsetRange[] = [{ start: second + 3, end: second + 7 }];
    const lines = termLines(text, words, moved);
    assert.ok(new Set(words.asked).size >= LINES.length - 2, `asked ${new Set(words.asked).size} lines`);
    clearTermLines();
    assert.deepStrictEqual(shape(lines), shape(termLines(text, counting(), moved)));
  });

  it('keeps each of a few documents checked in turn', () => {
    const words = counting();
    const a = LINES.join('\n');
    const b = LINES.map((l) => `另外，${l}`).join('\n');
    termLines(a, words, []);
    termLines(b, words, []);
    words.asked.length = 0;
    termLines(a.replace('第5项', '第5项好'), words, []);
    termLines(b.replace('第7项', '第7项好'), words, []);
    assert.strictEqual(new Set(words.asked).size, 2, `asked ${words.asked.join(' | ')}`);
  });
});
