/**
 * A cached line's findings are moved in place when an edit moves the line (core/incremental.ts
 * LineEntry, movePlaced): each analysis must still deep-equal a fresh analyser's, the same line
 * twice in a text must keep findings of its own at each place, and what the analyser keeps for a
 * line (its findings relative to the line start) must never move. A result is valid until the
 * next analysis; copyFindings keeps one for longer.
 */
import * as assert from 'assert';
import { copyFindings, IncrementalAnalyzer, RULES, type Finding } from '../../server/src/core';
import { clearTermLines } from '../../server/src/core/terms/lines';
import type { LineWords } from '../../server/src/core/types';

/** The server's kind of words: one LineWords for the session (a cache by line text). */
const lineWords: LineWords = { wordsOfLine: (line: string): string[] => line.match(/[\u4e00-\u9fff]{1,2}|[\s\S]/gu) ?? [] };

/** A fresh analyser's result, with nothing cached by the term relations either. */
function fresh(text: string): Finding[] {
  clearTermLines();
  const out = new IncrementalAnalyzer().analyze({ text, format: 'plaintext', words: lineWords }).findings;
  clearTermLines();
  return out;
}

const LINE_RULES = new Set(RULES.filter((r) => r.scope === 'line').map((r) => r.id));

/** Every object a line-scoped finding holds (the finding, its fixes, edits and related places). */
function objectsOf(f: Finding): object[] {
  return [f, f.fixes, ...f.fixes.flatMap((x) => [x, x.edits, ...x.edits]), ...(f.related ? [f.related, ...f.related] : [])];
}

// Half-width commas, a straight quote and 的 / 地 slips: line-scoped findings with fixes.
const LINE = '各单位要高度重视,认真落实"三个一"要求,确保工作取得实效。';

describe('incremental: findings moved with their line', () => {
  it('the same line three times, with edits above, between and below: each step equals a fresh analysis and the places share no object', () => {
    const analyzer = new IncrementalAnalyzer();
    let text = `一、总体要求\n${LINE}\n${LINE}\n其他内容。\n${LINE}\n`;
    const edits: Array<(t: string) => string> = [
      (t) => `好${t}`, // every line moves
      (t) => t.replace('其他', '其他的'), // the last copy moves
      (t) => t.slice(1), // back: the first line stands at 0 again
      (t) => `\n\n${t}`, // two lines added above
      (t) => t.replace(`${LINE}\n${LINE}`, `${LINE}\n补充。\n${LINE}`), // a line between the first two
      (t) => t.replace('\n\n', ''),
    ];
    for (const [step, edit] of edits.entries()) {
      text = edit(text);
      const result = analyzer.analyze({ text, format: 'plaintext', words: lineWords }).findings;
      assert.deepStrictEqual(result, fresh(text), `step ${step}`);
      const seen = new Set<object>();
      for (const f of result.filter((x) => LINE_RULES.has(x.rule))) {
        for (const o of objectsOf(f)) {
          assert.ok(!seen.has(o), `step ${step}: an object shared by two line findings (${f.rule} at ${f.start})`);
          seen.add(o);
        }
      }
      assert.ok(result.filter((f) => LINE_RULES.has(f.rule)).length >= 9, `step ${step}: three lines of findings`);
    }
  });

  it('a line that stood at the start of the text keeps its cached findings where they were (moved away and back)', () => {
    const analyzer = new IncrementalAnalyzer();
    for (const text of [`${LINE}\n结尾。`, `前言。\n${LINE}\n结尾。`, `${LINE}\n结尾。`, `前言。\n\n${LINE}\n结尾。`, `${LINE}\n结尾。`]) {
      assert.deepStrictEqual(analyzer.analyze({ text, format: 'plaintext', words: lineWords }).findings, fresh(text));
    }
  });

  it('copyFindings keeps a result as it was; the next analysis moves the findings the analyser returned', () => {
    const analyzer = new IncrementalAnalyzer();
    const before = `前言。\n${LINE}\n`;
    analyzer.analyze({ text: before, format: 'plaintext', words: lineWords });
    const returned = analyzer.analyze({ text: before, format: 'plaintext', words: lineWords }).findings;
    const kept = copyFindings(returned);
    const after = `前言前言。\n${LINE}\n`;
    analyzer.analyze({ text: after, format: 'plaintext', words: lineWords });
    assert.deepStrictEqual(kept, fresh(before));
    // What AnalysisResult.findings says: valid until the next analysis. The comma's finding moved.
    const comma = returned.find((f) => f.rule === 'punct.halfwidth');
    assert.ok(comma);
    assert.strictEqual(after.charAt(comma.start), ',');
  });
});
