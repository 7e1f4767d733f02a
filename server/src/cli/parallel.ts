/**
 * `gongwen lint` over many files on every core: worker threads take files from a shared counter
 * (so a long report does not hold up a worker's whole share) and send back each file's outcome;
 * the main thread prints outcomes in file order as soon as the files before them are done. Each
 * worker loads its own segmenter (about 1 s and 100 MB with the compact dictionary), so workers
 * start only when there is enough to lint to repay that (or when --jobs asks for them).
 */
import * as fs from 'fs';
import * as os from 'os';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import type { Settings } from '../core';
import type { DraftEncoding } from './files';
import { Configs, lintFile, type FileOutcome, type FixMode } from './lintFile';
import { shownPath } from './report';
import { CliWords } from './words';

/**
 * Bytes of drafts (UTF-8) per worker below which workers do not repay their start (the bundle and
 * a segmenter each, about a second). Measured on 2 cores after the analysis got faster: 3 MB of
 * drafts took 3.6 s in this thread and 4.3 s on two workers; 12 MB, 12.2 s and 12.1 s.
 */
const BYTES_PER_WORKER = 8_000_000;
const MAX_WORKERS = 8;
/**
 * Files a worker may take beyond those printed, per worker. Outcomes are printed in file order, and
 * one outcome can weigh tens of megabytes (a draft with terminology drift: each finding carries
 * the fix of every occurrence); when the main thread falls behind (a busy machine), the outcomes
 * it has not printed yet piled up: 2,000 drafts of 50,000 characters peaked at 2.5 GB with load
 * average 8 on two cores. A worker waits before taking a file that far ahead.
 */
const AHEAD_PER_WORKER = 2;

interface LintJob {
  kind: 'gongwen-lint';
  files: string[];
  base: Settings;
  config: string | undefined;
  fix: FixMode;
  encoding: DraftEncoding;
  /** Int32Array over a SharedArrayBuffer: the index of the next file to take, then the number of files printed. */
  next: SharedArrayBuffer;
  /** A worker does not take file i until file i - ahead has been printed. */
  ahead: number;
}

type WorkerMessage = { index: number; outcome: FileOutcome } | { done: true };

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * How many workers lint `files`: `jobs` (from --jobs) if given, else one per core, but no more
 * than one per BYTES_PER_WORKER of drafts, nor than files.
 */
export function workerCount(files: readonly string[], jobs: number | undefined): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, files.length));
  const cores = Math.min(MAX_WORKERS, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
  const bytes = files.reduce((n, f) => n + sizeOf(f), 0);
  return Math.max(1, Math.min(cores, files.length, Math.floor(bytes / BYTES_PER_WORKER)));
}

/**
 * Lints the files, calling `onOutcome` for each in file order. Sequential in this thread for one
 * worker; otherwise resolves when every worker is done.
 */
export function lintFiles(
  files: readonly string[],
  base: Settings,
  config: string | undefined,
  fix: FixMode,
  encoding: DraftEncoding,
  jobs: number | undefined,
  onOutcome: (outcome: FileOutcome) => void,
): void | Promise<void> {
  const workers = workerCount(files, jobs);
  if (workers <= 1) {
    const configs = new Configs(config);
    const words = new CliWords();
    for (const file of files) onOutcome(lintOne(file, base, configs, words, fix, encoding));
    return;
  }
  const next = new SharedArrayBuffer(8);
  const shared = new Int32Array(next);
  const job: LintJob = { kind: 'gongwen-lint', files: [...files], base, config, fix, encoding, next, ahead: AHEAD_PER_WORKER * workers };
  const outcomes = new Array<FileOutcome | undefined>(files.length);
  let printed = 0;
  const flush = (): void => {
    const before = printed;
    while (printed < files.length && outcomes[printed]) {
      onOutcome(outcomes[printed] as FileOutcome);
      outcomes[printed] = undefined;
      printed++;
    }
    if (printed === before) return;
    Atomics.store(shared, 1, printed);
    Atomics.notify(shared, 1);
  };
  const runs = Array.from(
    { length: workers },
    () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(__filename, { workerData: job, argv: [] });
        worker.on('message', (m: WorkerMessage) => {
          if ('done' in m) return;
          outcomes[m.index] = m.outcome;
          flush();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lint worker exited with code ${code}`))));
      }),
  );
  return Promise.all(runs).then(() => {
    flush();
    if (printed < files.length) throw new Error(`lint workers left ${files.length - printed} file(s) unchecked`);
  });
}

/** One file's outcome; an unexpected failure is that file's error, and the other files are still linted. */
function lintOne(file: string, base: Settings, configs: Configs, words: CliWords, fix: FixMode, encoding: DraftEncoding): FileOutcome {
  try {
    return lintFile(file, base, configs, words, fix, encoding);
  } catch (e) {
    return { file, errors: [`${shownPath(file)}: 检查失败：${e instanceof Error ? e.message : String(e)}`], failed: true };
  }
}

/** In a worker: take files until none are left. */
function work(job: LintJob): void {
  const next = new Int32Array(job.next);
  const configs = new Configs(job.config);
  const words = new CliWords();
  for (let index = Atomics.add(next, 0, 1); index < job.files.length; index = Atomics.add(next, 0, 1)) {
    // The worker holding the first file not printed never waits, so the others always wake.
    for (let printed = Atomics.load(next, 1); index - printed > job.ahead; printed = Atomics.load(next, 1)) Atomics.wait(next, 1, printed, 1000);
    const outcome = lintOne(job.files[index] as string, job.base, configs, words, job.fix, job.encoding);
    parentPort?.postMessage({ index, outcome } satisfies WorkerMessage);
  }
  parentPort?.postMessage({ done: true } satisfies WorkerMessage);
}

if (!isMainThread && (workerData as LintJob | undefined)?.kind === 'gongwen-lint') work(workerData as LintJob);
