import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import { COMPACTION_CHECK_EVERY_MS, exposedGc, HEAP_GROWING_PERCENT, IDLE_COLLECTION_MS, idleCollector, oldSpace, tuneHeap } from '../../server/src/heap';
import { SERVER_EXEC_ARGV } from '../../server/src/protocol';
import { ROOT } from '../support/paths';

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

  it('compacts a fragmented old generation once a minute at most, in the pause after a check, giving its empty pages back', async function () {
    this.timeout(60_000);
    const gc = exposedGc();
    assert.ok(gc);
    let now = 1_000_000;
    const collect = idleCollector(() => now);
    assert.ok(collect);
    // Old-generation pages of which one object in ten stays alive: an ordinary full collection
    // frees the rest but keeps the pages.
    let all: Array<Array<{ i: number; s: string; t: number[] }>> = [];
    for (let r = 0; r < 12; r++) all.push(Array.from({ length: 100_000 }, (_, i) => ({ i, s: `第${i}行`, t: [i] })));
    gc();
    gc();
    const kept = all.map((a) => a.filter((_, i) => i % 10 === 0));
    all = [];
    gc();
    const before = oldSpace();
    assert.ok(before.size > before.used * 1.5 + 16 * 1024 * 1024, `old space ${before.size} bytes for ${before.used} live: fragmented`);
    // Within the minute: the young generation only.
    now += COMPACTION_CHECK_EVERY_MS - 1;
    collect();
    await new Promise((r) => setTimeout(r, IDLE_COLLECTION_MS + 200));
    assert.ok(oldSpace().size > before.size * 0.9, `old space ${before.size} → ${oldSpace().size} bytes within the minute`);
    now += 1;
    collect();
    await new Promise((r) => setTimeout(r, IDLE_COLLECTION_MS + 200));
    const after = oldSpace();
    assert.ok(after.size < before.size / 2, `old space ${before.size} → ${after.size} bytes (${after.used} live)`);
    assert.strictEqual(kept.length, 12);
  });

  it('the server\'s node is started with 8 MB semi-spaces: by the VS Code client, and by the benchmarks and the soak as the client does', () => {
    // The option takes effect: the young generation stays at 2 × 8 MB however much is allocated.
    const script = "let k=[];for(let r=0;r<100;r++){k.push(Array.from({length:50000},(_,i)=>({i})));if(k.length>3)k.shift()}" +
      "console.log(require('v8').getHeapSpaceStatistics().find((s)=>s.space_name==='new_space').space_size)";
    const newSpace = Number(execFileSync(process.execPath, [...SERVER_EXEC_ARGV, '-e', script], { encoding: 'utf8' }).trim());
    assert.ok(newSpace > 0 && newSpace <= 16 * 1024 * 1024, `new space ${newSpace} bytes`);
    // The benchmarks' launcher gives the same options as the client.
    const launcher = fs.readFileSync(path.join(ROOT, 'scripts', 'bench', 'lsp.mjs'), 'utf8');
    assert.ok(launcher.includes(`CLIENT_NODE_ARGS = ${JSON.stringify(SERVER_EXEC_ARGV).replace(/"/g, "'")};`), 'scripts/bench/lsp.mjs CLIENT_NODE_ARGS differs from SERVER_EXEC_ARGV');
  });
});
