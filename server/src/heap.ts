/**
 * How eagerly V8's heap grows, in the language server and the CLI. Each analysis of a document
 * allocates many short-lived objects; by default V8 lets the old generation grow to up to four
 * times what stays alive before it collects, and keeps those pages. Over a typing session on three
 * documents (npm run soak) the server's live heap was flat at 45 MiB after three minutes while its
 * committed old space rose to 185 MiB and its RSS to 280 MiB. Growing by half the live size
 * instead (--heap-growing-percent=50) holds the old space near 60 MiB and the RSS near 165 MiB,
 * and the keystroke-to-diagnostics time on a 200,000-character draft did not change measurably
 * (scripts/bench/memory.mjs, with GONGWEN_BENCH_NODE_ARGS to compare). `gongwen lint` on 200
 * drafts of 50,000 characters (two workers): peak RSS 934 → 785 MB, 125 → 94 s.
 *
 * The flag is read at every collection, by every thread's heap, so setting it when the process
 * starts takes effect; a --heap-growing-percent given on node's command line wins.
 */
import * as v8 from 'v8';
import * as vm from 'vm';

export const HEAP_GROWING_PERCENT = 50;

/** Sets the heap's growing factor unless node was started with one; returns the flag set, if any. */
export function tuneHeap(execArgv: readonly string[] = process.execArgv): string | undefined {
  if (execArgv.some((a) => a.startsWith('--heap-growing-percent') || a.startsWith('--heap_growing_percent'))) return undefined;
  const flag = `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;
  v8.setFlagsFromString(flag);
  return flag;
}

/** How long after a check the idle collection waits (a new check within it postpones it). */
export const IDLE_COLLECTION_MS = 30;

/** How often at most the idle collection looks at the old generation, to compact it if it is fragmented. */
export const COMPACTION_CHECK_EVERY_MS = 60_000;

/** The old generation is worth compacting when its pages hold this much more than its objects. */
const FRAGMENTED_SLACK = 8 * 1024 * 1024;

/** How big the old generation is and how much of it is live objects, in bytes. */
export function oldSpace(): { size: number; used: number } {
  const old = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space');
  return { size: old?.space_size ?? 0, used: old?.space_used_size ?? 0 };
}

/**
 * A collection of the young generation once a check is over and its diagnostics are out, while
 * the writer types and the server waits: a check of a 200,000-character draft allocates about
 * 11 MB, nearly the young generation's size, so it began with a scavenge of what the previous one
 * left (its results, alive and promoted anyway) more often than not. Collected in the pause, the
 * next check starts with an empty young generation.
 *
 * Once a minute at most, when the old generation's pages hold 8 MiB more than its objects, the
 * collection in the pause is a full one that compacts it. V8 compacts and gives pages
 * back when the process has been idle for a while (its memory reducer), which a writer typing
 * without a break never lets happen, and its own full collections move few objects: over a soak
 * the live old generation stayed near 45 MiB while its pages grew to 75–95 MiB (`npm run soak`,
 * heap spaces logged every 10 s), and the server's lowest RSS per minute kept rising by half a
 * MiB a minute. Compaction is asked for just this once (V8's --compact-on-every-full-gc, set and
 * cleared around it); it stops the server for 0.15–0.25 s with the soak's three documents (timed
 * in-process). Asked for only when the pages held half as much again as their objects and 16 MiB
 * more, it came every 3 to 8 minutes and the lowest RSS per minute swung by 49 MiB over the last
 * 20 minutes of a 30-minute soak (trend +0.63 MiB a minute); at 8 MiB over, about once a minute,
 * 20 MiB (+0.28). A full collection without compaction gave nothing back and stopped the server
 * for 60–100 ms: not done.
 *
 * Returns the function that schedules it, or undefined where V8's gc cannot be reached (the flag
 * refused). `clock` is for tests.
 */
export function idleCollector(clock: () => number = Date.now): (() => void) | undefined {
  const gc = exposedGc();
  if (!gc) return undefined;
  let timer: NodeJS.Timeout | undefined;
  let lastLook = clock();
  return () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (clock() - lastLook >= COMPACTION_CHECK_EVERY_MS) {
        lastLook = clock();
        const { size, used } = oldSpace();
        if (size > used + FRAGMENTED_SLACK) {
          v8.setFlagsFromString('--compact-on-every-full-gc');
          try {
            gc();
          } finally {
            v8.setFlagsFromString('--no-compact-on-every-full-gc');
          }
          return;
        }
      }
      gc({ type: 'minor' });
    }, IDLE_COLLECTION_MS);
    timer.unref();
  };
}

/** V8's gc function (a full collection, or `{ type: 'minor' }` for the young generation). */
export type Collect = (options?: { type?: 'minor' | 'major' }) => void;

/**
 * V8's gc function, exposed at run time (the idle collector here; the memory tests' heapAfterGc),
 * or undefined where the flag is refused.
 */
export function exposedGc(): Collect | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    // A new context sees the gc function the flag exposes; this module's global was made before it.
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? (gc as Collect) : undefined;
  } catch {
    return undefined;
  }
}
