import * as assert from 'assert';
import { firstIndex } from '../../server/src/core/text/search';

describe('firstIndex (binary search)', () => {
  it('finds the first index where the predicate turns false, 0 and length at the edges', () => {
    const xs = [1, 3, 3, 5, 8];
    for (let v = 0; v <= 9; v++) assert.strictEqual(firstIndex(xs.length, (i) => (xs[i] as number) < v), xs.filter((x) => x < v).length, `first ≥ ${v}`);
    assert.strictEqual(firstIndex(0, () => true), 0);
    assert.strictEqual(firstIndex(5, () => true), 5);
    assert.strictEqual(firstIndex(5, () => false), 0);
  });
});
