/**
 * The base bounds of the per-line caches keyed by plain lines (heading parses, segmented words):
 * 100,000 characters and 3,000 lines, raised by `fit` to twice the largest document the cache
 * serves. Every keystroke adds a line text, and an LRU cache holds stale lines until its bound is
 * reached: with the former 600,000 characters a typing session (about 800 new characters of
 * lines a second) kept filling the caches for about 13 minutes, and the server's memory rose with them
 * (issue 23). Sized to the documents, the caches are full of the open documents' lines plus the
 * latest edits within a minute or two, and stay there.
 */
export const LINE_CACHE_CHARS = 100_000;
export const LINE_CACHE_LINES = 3_000;

/**
 * A cache keyed by line text, bounded by the characters of its keys and by its entries, evicting
 * the least recently used lines first. Per-line caches fill with every keystroke (each edit makes
 * a new line text); a bound in characters keeps memory flat over a day of typing, and recency
 * keeps the lines of the open documents, which are read on every analysis.
 */
export class LineCache<V> {
  /**
   * Entries keep the key they were stored with (a detached line: the caller's key may be a slice
   * of its document) and when they were last used. A read only stamps its entry: moving it to the
   * recent end of the Map (a delete and a set per line, per cache, per analysis) cost more than the
   * lookup itself. The least recently used are found when the bounds are passed (evict).
   */
  private readonly map = new Map<string, { key: string; value: V; used: number }>();
  private chars = 0;
  private tick = 0;

  private maxChars: number;
  private maxEntries: number;

  constructor(
    private readonly baseChars: number,
    private readonly baseEntries: number,
  ) {
    this.maxChars = baseChars;
    this.maxEntries = baseEntries;
  }

  /**
   * Raises the bounds (never lowers them) so that a document of `chars` characters and `lines`
   * lines fits twice over: a cache smaller than the document it serves would evict its own lines
   * on every pass.
   */
  fit(chars: number, lines: number): void {
    this.maxChars = Math.max(this.maxChars, 2 * chars);
    this.maxEntries = Math.max(this.maxEntries, 2 * lines);
  }

  get size(): number {
    return this.map.size;
  }

  /** Characters of the cached lines. */
  get characters(): number {
    return this.chars;
  }

  /** How many entries were ever dropped (evicted or cleared): while it stays the same, every line stored is still there. */
  removals = 0;

  has(line: string): boolean {
    return this.map.has(line);
  }

  /** The value for a line, marking it as recently used. */
  get(line: string): V | undefined {
    const entry = this.map.get(line);
    if (entry === undefined) return undefined;
    entry.used = ++this.tick;
    return entry.value;
  }

  /** Stores a value; pass a line that does not keep a larger string alive (text/chars.ts detach). */
  set(line: string, value: V): void {
    const kept = this.map.get(line);
    if (kept) {
      kept.value = value;
      kept.used = ++this.tick;
      return;
    }
    this.map.set(line, { key: line, value, used: ++this.tick });
    this.chars += line.length;
    if (this.chars > this.maxChars || this.map.size > this.maxEntries) this.evict();
  }

  /**
   * Drops the least recently used lines until a tenth of each bound is free (of a bound of 100 or
   * more), so that the next lines stored (a keystroke stores one or two) do not each pay for a pass
   * over the cache.
   */
  private evict(): void {
    const room = (bound: number): number => (bound >= 100 ? Math.floor(bound * 0.9) : bound);
    const chars = room(this.maxChars);
    const entries = room(this.maxEntries);
    const byAge = [...this.map.values()].sort((a, b) => a.used - b.used);
    for (const entry of byAge) {
      if (this.chars <= chars && this.map.size <= entries) break;
      this.map.delete(entry.key);
      this.chars -= entry.key.length;
      this.removals++;
    }
  }

  /** Forgets every line, and the bounds `fit` raised. */
  clear(): void {
    this.removals += this.map.size;
    this.map.clear();
    this.chars = 0;
    this.maxChars = this.baseChars;
    this.maxEntries = this.baseEntries;
  }
}
