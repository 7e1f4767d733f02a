import * as assert from 'assert';
import { analyze, DEFAULT_SETTINGS } from '../../server/src/core';

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
});
