import * as assert from 'assert';
import * as v8 from 'v8';
import { HEAP_GROWING_PERCENT, IDLE_COLLECTION_MS, idleCollector, tuneHeap } from '../../server/src/heap';

describe('the heap of the language server and the CLI (issue 23)', () => {
  it('grows by half the live size unless node was started with a growing factor of its own', () => {
    assert.strictEqual(HEAP_GROWING_PERCENT, 50);
    assert.strictEqual(tuneHeap(['--inspect']), '--heap-growing-percent=50');
    assert.strictEqual(tuneHeap(['--heap-growing-percent=0']), undefined); // 0: V8's own heuristics
    assert.strictEqual(tuneHeap(['--heap_growing_percent=80']), undefined);
  });

  it('collects the young generation in the pause after a check, once for a burst of checks', async () => {
    const collect = idleCollector();
    assert.ok(collect, 'V8 gives its gc function');
    const young = (): number => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_used_size ?? 0;
    let garbage: unknown[] = [];
    for (let i = 0; i < 40_000; i++) garbage.push({ i, text: `第${i}行` });
    garbage = [];
    const before = young();
    assert.ok(before > 1024 * 1024, `young generation holds ${before} bytes`);
    collect();
    collect(); // a second check within the pause postpones the one collection
    await new Promise((r) => setTimeout(r, IDLE_COLLECTION_MS + 50));
    assert.ok(young() < before / 2, `young generation still holds ${young()} of ${before} bytes`);
  });
});
