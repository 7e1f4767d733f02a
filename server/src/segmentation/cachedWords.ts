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
import { sameLines, type LinesOfText } from '../core/text/sameLines';

const NO_RANGES: readonly never[] = [];

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

  /**
   * The last text every line of which was cached, with the cache's removals then: while none was
   * removed since, its lines are all still there, and a later text's lines that an edit left alone
   * (text/sameLines.ts) need not be looked up. Asked two or three times a keystroke (whether to
   * wait for words, which lines to cut, whether the check has them all), each a lookup of every
   * line of the document by its text before.
   */
  private complete: (LinesOfText & { removals: number }) | undefined;

  /**
   * The distinct non-empty lines of the text not cached yet, in text order (only the first with
   * `first`); the lines an edit left alone since the last complete text are not looked up.
   */
  protected missingLines(text: string, first = false): string[] {
    const all = lines(text);
    const complete = this.complete;
    const known = complete && complete.removals === this.cache.removals ? sameLines(complete, text, NO_RANGES) : undefined;
    const missing = new Set<string>();
    for (const line of all) {
      if (line.text.length === 0 || (known && known.oldLine(line.index, line.start) >= 0) || this.cache.has(line.text)) continue;
      missing.add(line.text);
      if (first) break;
    }
    if (missing.size === 0 && complete?.text !== text) {
      this.complete = { text, ignored: NO_RANGES, starts: all.map((l) => l.start), ends: all.map((l) => l.end), removals: this.cache.removals };
    }
    return [...missing];
  }

  /** The lines of the text to cut (missingLines), with room made for the whole text first. */
  protected linesToCut(text: string): string[] {
    this.cache.fit(text.length, lines(text).length);
    return this.missingLines(text);
  }

  /** Every line of the text is segmented already (wordsFor would answer), without building the words. */
  hasWords(text: string): boolean {
    return this.missingLines(text, true).length === 0;
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
