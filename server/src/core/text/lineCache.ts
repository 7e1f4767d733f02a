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
   * Entries keep the key they were stored with: re-inserting an entry under the caller's key (to
   * mark it recent) would swap a detached line for a slice of the caller's document.
   */
  private readonly map = new Map<string, { key: string; value: V }>();
  private chars = 0;

  constructor(
    private maxChars: number,
    private maxEntries: number,
  ) {}

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

  has(line: string): boolean {
    return this.map.has(line);
  }

  /** The value for a line, marking it as recently used. */
  get(line: string): V | undefined {
    const entry = this.map.get(line);
    if (entry === undefined) return undefined;
    // Map iterates in insertion order: re-inserting moves the line to the recent end.
    this.map.delete(line);
    this.map.set(entry.key, entry);
    return entry.value;
  }

  /** Stores a value; pass a line that does not keep a larger string alive (text/chars.ts detach). */
  set(line: string, value: V): void {
    if (this.map.delete(line)) this.chars -= line.length;
    this.map.set(line, { key: line, value });
    this.chars += line.length;
    if (this.chars <= this.maxChars && this.map.size <= this.maxEntries) return;
    for (const key of this.map.keys()) {
      if (this.chars <= this.maxChars && this.map.size <= this.maxEntries) break;
      this.map.delete(key);
      this.chars -= key.length;
    }
  }

  clear(): void {
    this.map.clear();
    this.chars = 0;
  }
}
