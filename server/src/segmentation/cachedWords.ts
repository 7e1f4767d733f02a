/**
 * What every source of words for the language server shares, whichever does the cutting (a child
 * process: client.ts; the web worker itself: inWorker.ts): the words of each line, cached and
 * bounded like the other per-line caches; the answers the analysis asks for without waiting
 * (wordsFor, lineWords, hasWords); the state and failure the server reports; and a bounded wait
 * for words (ensureWithin) on top of the subclass's ensure.
 */
import { wordsFromLines } from '../core/segmenter/segmenter';
import type { LineWords, Word } from '../core';
import { lines } from '../core/text/chars';
import { LINE_CACHE_CHARS, LINE_CACHE_LINES, LineCache } from '../core/text/lineCache';

export type SegmenterState = 'idle' | 'loading' | 'ready' | 'failed';

export abstract class CachedWords {
  protected state: SegmenterState = 'idle';
  protected failure: string | undefined;
  /**
   * Words by line. Bounded like the other per-line caches (LINE_CACHE_CHARS characters of lines
   * and LINE_CACHE_LINES lines, least recently used first), raised to twice the largest document
   * segmented: every keystroke makes a new line text, and the bound keeps memory flat over a day
   * of typing while holding the lines of the open documents.
   */
  protected readonly cache = new LineCache<string[]>(LINE_CACHE_CHARS, LINE_CACHE_LINES);
  loadMs: number | undefined;
  /** The backend that cuts (nodejieba or portable), once ready. */
  backend: string | undefined;

  get status(): { state: SegmenterState; failure?: string } {
    return this.failure ? { state: this.state, failure: this.failure } : { state: this.state };
  }

  /** The dictionary is loaded and cutting answers: segmenting a few lines takes milliseconds. */
  get isReady(): boolean {
    return this.state === 'ready';
  }

  /** Words covering the text if every line is segmented already; never waits. */
  wordsFor(text: string): Word[] | undefined {
    return wordsFromLines(text, (line) => this.cache.get(line));
  }

  /** Each line's words as cached (undefined for a line not segmented yet); never waits. */
  readonly lineWords: LineWords = { wordsOfLine: (line) => (line.length === 0 ? [] : this.cache.get(line)) };

  /** Every line of the text is segmented already (wordsFor would answer), without building the words. */
  hasWords(text: string): boolean {
    // Asked before every check: the lines alone, not splitLines' copies of their line breaks.
    for (const line of lines(text)) if (line.text.length > 0 && !this.cache.has(line.text)) return false;
    return true;
  }

  /** Segments the lines of `text` not cached yet. Resolves false if segmentation is unavailable. */
  abstract ensure(text: string): Promise<boolean>;

  /** ensure, waiting at most `ms`: the words that came by then are in the cache; never rejects. */
  async ensureWithin(text: string, ms: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([this.ensure(text).catch(() => false), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
  }
}
