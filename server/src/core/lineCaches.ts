/**
 * The analysis core's per-line caches (heading parses, drift lines, name.leftover's body lines) are
 * shared by every analysis in the process: an editor's re-check reuses them. `clearLineCaches`
 * empties them all, for a measurement or a test of an analysis from scratch.
 */
import { clearHeadingCaches } from './structure/headings';
import { clearTermLines } from './terms/lines';
import { clearLeftoverLines } from './rules/name/leftover';

export function clearLineCaches(): void {
  clearHeadingCaches();
  clearTermLines();
  clearLeftoverLines();
}
