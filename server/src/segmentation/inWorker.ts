/**
 * Segmentation inside the language server itself, for the web worker server (VS Code for the Web),
 * which can start no process: the portable segmenter (portable.ts) with its dictionaries given as
 * texts, and the same per-line word cache and answers as SegmentationClient (client.ts), so the
 * analysis is the same. The dictionaries load on the first request for words (about a second, once),
 * after the checks that need no words have gone out; lines are then cut in slices with a turn of the
 * event loop between them, so that requests (hovers, quick fixes, diagnostics) are served while a
 * large document is segmented.
 */
import { detach } from '../core';
import { CachedWords } from './cachedWords';
import { PortableSegmenter, type PortableDictionaryTexts } from './portable';

/** Characters cut between two turns of the event loop (a few milliseconds of work). */
const SLICE_CHARS = 4_000;

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class InWorkerSegmentation extends CachedWords {
  private segmenter: PortableSegmenter | undefined;
  private loading: Promise<boolean> | undefined;

  constructor(
    /** The dictionaries' texts (bundled into the worker script). */
    private readonly dictionaries: () => PortableDictionaryTexts,
    private readonly onFailure: (message: string) => void,
  ) {
    super();
  }

  /** Segments the lines of `text` not cached yet. Resolves false if segmentation is unavailable. */
  override async ensure(text: string): Promise<boolean> {
    if (!(await this.ready())) return false;
    const missing = this.linesToCut(text);
    let sliced = 0;
    for (const line of missing) {
      // Another ensure may have cut it during a pause below.
      if (!this.cache.has(line)) this.cache.set(detach(line), this.segmenter!.cutStrings(line));
      sliced += line.length;
      if (sliced >= SLICE_CHARS) {
        sliced = 0;
        await nextTurn();
      }
    }
    return true;
  }

  /** Forget a failure: the next request for words loads the dictionaries again. */
  reset(): void {
    if (this.state !== 'failed') return;
    this.state = 'idle';
    this.failure = undefined;
    this.loading = undefined;
  }

  dispose(): void {
    this.segmenter = undefined;
  }

  private ready(): Promise<boolean> {
    if (this.state === 'ready') return Promise.resolve(true);
    if (this.state === 'failed') return Promise.resolve(false);
    this.loading ??= this.load();
    return this.loading;
  }

  private async load(): Promise<boolean> {
    this.state = 'loading';
    // A turn first: whoever asked sends what it has (diagnostics without words) before the load blocks.
    await nextTurn();
    const started = Date.now();
    try {
      const segmenter = new PortableSegmenter(this.dictionaries());
      segmenter.load();
      this.segmenter = segmenter;
      this.loadMs = Date.now() - started;
      this.backend = 'portable';
      this.state = 'ready';
      return true;
    } catch (e) {
      this.state = 'failed';
      this.failure = (e as Error).message;
      this.onFailure(this.failure);
      return false;
    }
  }
}
