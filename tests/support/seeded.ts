/** A seeded generator of whole numbers for tests that edit at random but reproducibly: rand(n) is in [0, n). */
export function seededInts(seed: number): (n: number) => number {
  let s = seed;
  return (n) => (s = (s * 1103515245 + 12345) & 0x7fffffff) % n;
}
