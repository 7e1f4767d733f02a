/**
 * Segmentation for the language server, off the request path: a child process does the work,
 * results are cached per line of text, and rules that need words run once every line of a
 * document has them. If the child fails (nodejieba aborts on a bad dictionary), those rules stay
 * off with one clear message and everything else keeps working; `reset()` tries again.
 */
import { fork, type ChildProcess } from 'child_process';
import * as path from 'path';
import { detach } from '../core/text/chars';
import { CachedWords } from './cachedWords';
import type { FromChild, ToChild } from './protocol';

/**
 * The segmentation process holds the dictionaries and answers small requests: its JavaScript
 * heap needs little room. 1 MB semi-spaces (V8's young generation has two, which grow to 16 MB
 * each by default) and glibc returning freed memory above 128 KB to the system (loading the
 * dictionaries frees many temporaries, which otherwise stay resident) take it from about 145 to
 * 118 MiB after segmenting a 200,000-character draft three times over, at the same speed
 * (measured with nodejieba and the portable backend; a user's own MALLOC_TRIM_THRESHOLD_ wins).
 */
const SEGMENTER_EXEC_ARGV = ['--max-semi-space-size=1'];
const SEGMENTER_ENV = { MALLOC_TRIM_THRESHOLD_: '131072' };

/** Lines sent per request, so one big document does not make one huge message. */
const BATCH = 2_000;


export type { SegmenterState } from './cachedWords';

export class SegmentationClient extends CachedWords {
  private child: ChildProcess | undefined;
  private readonly pending = new Map<number, { lines: string[]; resolve: () => void }>();
  /** Lines requested and not answered yet, with the request that will answer them. */
  private readonly inFlight = new Map<string, Promise<void>>();
  private nextId = 1;
  private readyWaiters: Array<(ok: boolean) => void> = [];
  private failedAt = 0;
  /** After a failure, the next request for words tries again once this long has passed. */
  private readonly retryMs = Number(process.env.GONGWEN_SEGMENTER_RETRY_MS) || 60_000;
  /** The failure the user was told of last; cleared once segmentation works again. */
  private lastTold: string | undefined;

  constructor(
    private readonly childScript: string,
    private readonly userDictionaries: () => string[],
    private readonly onFailure: (message: string) => void,
  ) {
    super();
  }

  /** Segments the lines of `text` not cached yet. Resolves false if segmentation is unavailable. */
  override async ensure(text: string): Promise<boolean> {
    if (!(await this.ready())) return false;
    const unique = this.linesToCut(text);
    const waits: Array<Promise<void>> = [];
    const missing: string[] = [];
    for (const line of unique) {
      const flying = this.inFlight.get(line);
      if (flying) waits.push(flying);
      else missing.push(line);
    }
    for (let i = 0; i < missing.length; i += BATCH) waits.push(this.request(missing.slice(i, i + BATCH)));
    await Promise.all(waits);
    return this.state === 'ready';
  }

  /** Forget a failure and start again (e.g. after a dictionary or settings change). */
  reset(): void {
    this.child?.kill();
    this.child = undefined;
    this.state = 'idle';
    this.failure = undefined;
  }

  dispose(): void {
    this.child?.kill();
  }

  private ready(): Promise<boolean> {
    if (this.state === 'ready') return Promise.resolve(true);
    if (this.state === 'failed') {
      if (Date.now() - this.failedAt < this.retryMs) return Promise.resolve(false);
      this.reset(); // try again: the dictionary may have been fixed
    }
    const waiting = new Promise<boolean>((resolve) => this.readyWaiters.push(resolve));
    if (this.state === 'idle') this.start();
    return waiting;
  }

  private start(): void {
    this.state = 'loading';
    const child = fork(this.childScript, [], {
      env: { ...SEGMENTER_ENV, ...process.env, GONGWEN_USER_DICTS: this.userDictionaries().join('|') },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      execArgv: SEGMENTER_EXEC_ARGV,
    });
    this.child = child;
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    child.on('message', (message: FromChild) => this.receive(message));
    child.on('exit', (code, signal) => {
      if (this.child !== child) return;
      this.child = undefined;
      const why = this.failure ?? `分词进程意外退出（${signal ?? code}）${stderr ? `：${stderr.trim().split('\n').pop()}` : ''}`;
      this.fail(why);
    });
    child.on('error', (e) => this.fail(`无法启动分词进程：${e.message}`));
  }

  private receive(message: FromChild): void {
    if (message.type === 'ready') {
      this.state = 'ready';
      this.lastTold = undefined;
      this.loadMs = message.loadMs;
      this.backend = message.backend;
      this.settleWaiters(true);
    } else if (message.type === 'failed') {
      this.failure = message.message;
    } else {
      const request = this.pending.get(message.id);
      if (!request) return;
      this.pending.delete(message.id);
      request.lines.forEach((line, i) => {
        this.inFlight.delete(line);
        const words = message.words[i];
        if (words) this.remember(line, words);
      });
      request.resolve();
    }
  }

  private request(lines: string[]): Promise<void> {
    if (lines.length === 0 || !this.child) return Promise.resolve();
    const id = this.nextId++;
    const answered = new Promise<void>((resolve) => {
      this.pending.set(id, { lines, resolve });
      const message: ToChild = { type: 'cut', id, lines };
      this.child?.send(message);
    });
    for (const l of lines) this.inFlight.set(l, answered);
    return answered;
  }

  private remember(line: string, words: string[]): void {
    // The line was cut from a document: a detached copy does not keep that document alive.
    this.cache.set(detach(line), words);
  }

  private fail(message: string): void {
    if (this.state === 'failed') return;
    this.state = 'failed';
    this.failedAt = Date.now();
    const repeated = this.lastTold === message;
    this.failure = message;
    for (const [, request] of this.pending) {
      request.lines.forEach((l) => this.inFlight.delete(l));
      request.resolve();
    }
    this.pending.clear();
    this.settleWaiters(false);
    if (!repeated) this.onFailure(message); // once per distinct failure, not at every retry
    this.lastTold = message;
  }

  private settleWaiters(ok: boolean): void {
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const w of waiters) w(ok);
  }
}

/** dist/segmenter.js beside the bundled server. */
export function defaultChildScript(): string {
  return path.join(__dirname, 'segmenter.js');
}
