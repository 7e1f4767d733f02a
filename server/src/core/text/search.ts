/**
 * Binary search over anything sorted: the first index in [0, length) at which `before(i)` is
 * false, given that it is true for a prefix of the indexes and false for the rest (length when it
 * is true everywhere).
 */
export function firstIndex(length: number, before: (i: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
