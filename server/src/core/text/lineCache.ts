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
