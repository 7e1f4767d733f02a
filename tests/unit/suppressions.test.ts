import * as assert from 'assert';
import { analyze, DEFAULT_SETTINGS } from '../../server/src/core';
import { disableOneComment, occurrenceAt } from '../../server/src/core/suppressions';

const count = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') =>
  analyze({ text, format }, DEFAULT_SETTINGS).filter((f) => f.rule === 'placeholder.unfilled').length;

describe('inline suppressions', () => {
  it('disable-next-line silences the next line only, for the named rule', () => {
    const text = '<!-- gongwen-disable-next-line placeholder.unfilled -->\n共**家。\n共**家。';
    assert.strictEqual(count(text), 1);
    assert.strictEqual(count(text, 'markdown'), 1);
  });

  it('a different rule named does not silence this one', () => {
    assert.strictEqual(count('<!-- gongwen-disable-next-line punct.halfwidth -->\n共**家。'), 1);
  });

  it('disable-line silences its own line; no rule list means every rule', () => {
    assert.strictEqual(count('共**家。<!-- gongwen-disable-line -->\r\n共**家。'), 1);
  });

  it('disable … enable silences a region; disable alone runs to the end', () => {
    assert.strictEqual(count('共**家。\n<!-- gongwen-disable placeholder.unfilled -->\n共**家。\n共**家。\n<!-- gongwen-enable placeholder.unfilled -->\n共**家。'), 2);
    assert.strictEqual(count('共**家。\n<!-- gongwen-disable -->\n共**家。\n共**家。'), 1);
  });

  it('plain text also takes // lines', () => {
    assert.strictEqual(count('// gongwen-disable-next-line placeholder.unfilled\n共**家。'), 0);
  });

  it('rule lists may use commas', () => {
    assert.strictEqual(count('<!-- gongwen-disable-next-line punct.halfwidth, placeholder.unfilled -->\n共**家。'), 0);
  });

  describe('one finding: rule "text" #n', () => {
    const starts = (text: string, format: 'plaintext' | 'markdown' = 'markdown') =>
      analyze({ text, format }, DEFAULT_SETTINGS).filter((f) => f.rule === 'placeholder.unfilled').map((f) => f.start);

    it('silences only the named occurrence; the other placeholders of the line are still reported', () => {
      const line = '完成投资**亿元，新建项目**个，带动就业**人。';
      const text = `${disableOneComment('placeholder.unfilled', '**', 2)}\n${line}`;
      const base = text.indexOf('\n') + 1;
      assert.deepStrictEqual(starts(text).map((s) => s - base), [4, 21]);
      assert.deepStrictEqual(starts(text, 'plaintext').map((s) => s - base), [4, 21]);
    });

    it('a line that no longer holds that occurrence has nothing silenced', () => {
      assert.strictEqual(starts(`${disableOneComment('placeholder.unfilled', '**', 4)}\n共**家，**人。`).length, 2);
    });

    it('another rule named silences nothing of this one', () => {
      assert.strictEqual(starts(`${disableOneComment('punct.halfwidth', '**', 1)}\n共**家。`).length, 1);
    });

    it('text with quotes, backslashes and > round-trips and never closes the comment', () => {
      const comment = disableOneComment('phrase.custom', 'a"b\\c-->d', 1);
      assert.ok(!comment.slice(0, -3).includes('>'), comment);
      assert.match(comment, /^<!-- gongwen-disable-next-line phrase\.custom ".*" #1 -->$/);
    });

    it('occurrences are counted on the line, overlapping ones too', () => {
      const text = '第一行××\n××××';
      assert.strictEqual(occurrenceAt(text, '××', text.indexOf('\n') + 1, text.indexOf('\n') + 1), 1);
      assert.strictEqual(occurrenceAt(text, '××', text.indexOf('\n') + 2, text.indexOf('\n') + 1), 2);
    });
  });
});
