/** The heap in use after two full collections (V8's gc exposed for the test process), for memory tests. */
import { exposedGc } from '../../server/src/heap';

const gc = exposedGc();
if (!gc) throw new Error("V8's gc function could not be exposed");
const collect = gc;

export function heapAfterGc(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}
