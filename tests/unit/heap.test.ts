import * as assert from 'assert';
import { HEAP_GROWING_PERCENT, tuneHeap } from '../../server/src/heap';

describe('the heap of the language server and the CLI (issue 23)', () => {
  it('grows by half the live size unless node was started with a growing factor of its own', () => {
    assert.strictEqual(HEAP_GROWING_PERCENT, 50);
    assert.strictEqual(tuneHeap(['--inspect']), '--heap-growing-percent=50');
    assert.strictEqual(tuneHeap(['--heap-growing-percent=0']), undefined); // 0: V8's own heuristics
    assert.strictEqual(tuneHeap(['--heap_growing_percent=80']), undefined);
  });
});
