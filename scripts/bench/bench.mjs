// npm run bench: speed and memory of Gongwen, measured (not asserted). Prints a table and writes
// bench-results/bench-<time>.json. Compare ratios within one run: these machines are shared.
//   1. full analysis per document size vs. raw nodejieba cut() of the same text (ratio)
//   2. edit → diagnostics latency through the real server over stdio (debounce 0, reported apart):
//      edits 400 ms apart (the check's own latency), back to back (with the adaptive pause), and
//      the first five edits after opening (cold code paths) on their own
//   3. cold start: spawn → first diagnostics, and → drift (term.*) diagnostics
//   4. server RSS (server + segmenter child) with the dictionary loaded
//   5. CLI throughput over a folder of 200 documents
//   6. the segmentation backends, nodejieba and portable, on the shared corpus: load, memory, speed,
//      word boundaries identical, drift findings on the labelled set and the corpus (segmentation.mjs)
//   7. side by side with the anchors of issue 23, AutoCorrect and textlint + prh, on dense and sparse
//      drafts of 20k and 200k chars, with keystroke → diagnostics on the dense 200k draft through the
//      server (anchors.mjs; in the quick and the full run, fewer repetitions in the quick one)
// Options: --quick (2k and 20k only), --sizes=2000,20000,200000 (analysis sizes), --edit-sizes=20000,200000
// (server edit latency; default 20000,50000,200000), --no-anchors (leave out section 7). The 1M-character run with words can take many minutes on a busy machine.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDocument } from './corpus.mjs';
import { report as anchorsReport, runAnchors } from './anchors.mjs';
import { Server } from './lsp.mjs';
import { childrenOf, memoryOf } from './proc.mjs';
import { compareBackends, report as segmentationReport } from './segmentation.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const core = require(path.join(ROOT, 'out/server/src/core/index.js'));
const { JiebaSegmenter } = require(path.join(ROOT, 'out/server/src/segmentation/jieba.js'));
const { wordsFromLines } = require(path.join(ROOT, 'out/server/src/core/segmenter/segmenter.js'));
const SERVER = path.join(ROOT, 'dist/server.js');
const quick = process.argv.includes('--quick');
/** --sizes=2000,20000,200000 and --edit-sizes=20000,200000 override the default document sizes. */
const listArg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3).split(',').map(Number);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const ms = (x) => (x === undefined ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(1));

function time(fn, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

function dictionaries() {
  const dict = path.join(ROOT, 'dict', 'gongwen.dict.utf8');
  return fs.existsSync(dict) ? [dict] : [];
}

const results = { machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, load: os.loadavg().map((x) => x.toFixed(2)) }, analysis: [], edits: [], cold: {}, memory: {}, cli: {} };

// 1. analysis vs segmentation
const segmenter = new JiebaSegmenter(dictionaries());
segmenter.load();
const sizes = listArg('sizes') ?? (quick ? [2000, 20000] : [2000, 20000, 200000, 1000000]);
for (const size of sizes) {
  const text = generateDocument(size, size);
  const runs = size >= 1000000 ? 5 : size >= 200000 ? 9 : 21;
  const cut = time(() => segmenter.cut(text), runs);
  const words = wordsFromLines(text, (line) => segmenter.cut(line).map((t) => t.text));
  for (let i = 0; i < 3; i++) core.analyze({ text, format: 'plaintext', words }); // warm up the JIT
  // One after the other, as before (taken in turn, each paid for the other's garbage: the 200k cut
  // measured 40% slower). A text seen before (per-line caches warm, as when an editor re-checks),
  // then a text never seen (every per-line cache emptied first).
  const plain = time(() => core.analyze({ text, format: 'plaintext' }), runs);
  const withWords = time(() => core.analyze({ text, format: 'plaintext', words }), runs);
  const coldWords = time(() => (core.clearLineCaches?.(), core.analyze({ text, format: 'plaintext', words })), runs);
  const findings = core.analyze({ text, format: 'plaintext', words });
  // The editor path: one IncrementalAnalyzer per document, one character typed mid-document per run.
  let incremental;
  if (core.IncrementalAnalyzer) {
    const analyzer = new core.IncrementalAnalyzer();
    analyzer.analyze({ text, format: 'plaintext' });
    const at = text.indexOf('\n', text.length >> 1) + 7;
    let edited = text;
    const edits = time(() => {
      edited = edited.slice(0, at) + '好' + edited.slice(at);
      analyzer.analyze({ text: edited, format: 'plaintext' });
    }, runs * 2);
    incremental = { median: median(edits), p95: p95(edits) };
    // The same with drift, as the server does it: words from a per-line cache (one new line cut
    // per edit), then the incremental analysis with words.
    const lineWords = new Map();
    const wordsOf = (line) => {
      let w = lineWords.get(line);
      if (!w) lineWords.set(line, (w = segmenter.cut(line).map((t) => t.text)));
      return w;
    };
    const drifting = new core.IncrementalAnalyzer();
    drifting.analyze({ text, format: 'plaintext', words: wordsFromLines(text, wordsOf) });
    let typed = text;
    const withDrift = time(() => {
      typed = typed.slice(0, at) + '好' + typed.slice(at);
      drifting.analyze({ text: typed, format: 'plaintext', words: wordsFromLines(typed, wordsOf) });
    }, runs * 2);
    incremental.withWords = { median: median(withDrift), p95: p95(withDrift) };
  }
  results.analysis.push({
    ...(incremental ? { incrementalEdit: incremental } : {}),
    chars: text.length,
    findings: findings.length,
    cut: { median: median(cut), p95: p95(cut) },
    analysis: { median: median(plain), p95: p95(plain) },
    analysisWithWords: { median: median(withWords), p95: p95(withWords) },
    ratio: median(withWords) / median(cut),
    ...(core.clearLineCaches ? { analysisNothingCached: { median: median(coldWords), p95: p95(coldWords) }, ratioNothingCached: median(coldWords) / median(cut) } : {}),
  });
}

// 2 + 3 + 4. the real server over stdio
async function serverRun(size, edits) {
  const text = generateDocument(size, 7);
  const uri = pathToFileURL(path.join(os.tmpdir(), `gongwen-bench-${size}.txt`)).toString();
  const server = new Server(SERVER, { debounceMs: 0 });
  const spawned = server.started;
  await server.initialize();
  const first = server.waitFor(uri, () => true);
  const drift = server.waitFor(uri, (p) => p.diagnostics.some((d) => String(d.code).startsWith('term.')));
  await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const firstAt = (await first).at - spawned;
  const driftAt = await Promise.race([drift.then((d) => d.at - spawned), new Promise((r) => setTimeout(() => r(undefined), 15000))]);
  const lines = text.split('\n');
  const line = Math.floor(lines.length / 2);
  let version = 1;
  // One character typed mid-document; resolves with the time to its diagnostics.
  const type = async () => (await server.typeCharacter(uri, ++version, line, 6)).ms;
  await new Promise((r) => setTimeout(r, 1000)); // let the segmentation process start
  // The first edits after opening run cold code paths (JIT): reported apart, not in the medians.
  const firstEdits = [];
  for (let i = 0; i < 5; i++) {
    firstEdits.push(await type());
    await new Promise((r) => setTimeout(r, 400));
  }
  // Spaced: an edit 400 ms after the last diagnostics (typing at a few keys a second), so the
  // adaptive debounce (a pause after a slow check) does not apply: the check's own latency.
  const latencies = [];
  for (let i = 0; i < edits; i++) {
    latencies.push(await type());
    await new Promise((r) => setTimeout(r, 400));
  }
  // Back to back: the next edit as soon as the diagnostics arrive; includes the adaptive pause
  // (a check over 60 ms holds the next one until twice its duration has passed).
  const backToBack = [];
  for (let i = 0; i < edits; i++) backToBack.push(await type());
  const pid = server.proc.pid;
  const memory = { server: memoryOf(pid), children: childrenOf(pid).map(memoryOf) };
  await server.stop();
  return { chars: text.length, firstAt, driftAt, firstEdits, latencies, backToBack, memory };
}

for (const size of listArg('edit-sizes') ?? (quick ? [20000] : [20000, 50000, 200000])) {
  const run = await serverRun(size, quick ? 10 : 40);
  results.edits.push({ chars: run.chars, median: median(run.latencies), p95: p95(run.latencies), backToBack: { median: median(run.backToBack), p95: p95(run.backToBack) }, firstEdits: run.firstEdits, debounceMs: 200 });
  if (size === 20000) {
    results.cold = { firstDiagnosticsMs: run.firstAt, driftDiagnosticsMs: run.driftAt };
    const childRss = run.memory.children.reduce((n, c) => n + c.rss, 0);
    results.memory = { serverRssMiB: run.memory.server.rss, serverPeakMiB: run.memory.server.hwm, segmenterRssMiB: childRss, totalRssMiB: run.memory.server.rss + childRss };
  }
}

// 5. CLI throughput
{
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-cli-'));
  let chars = 0;
  for (let i = 0; i < 200; i++) {
    const text = generateDocument(5000, 100 + i);
    chars += text.length;
    fs.writeFileSync(path.join(dir, `doc-${i}.txt`), text);
  }
  const lint = (...extra) => {
    const t = performance.now();
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'bin', 'gongwen.js'), 'lint', '-f', 'json', ...extra, dir], { stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30 });
    } catch {
      // exit 1 for errors is fine
    }
    return (performance.now() - t) / 1000;
  };
  const oneCore = lint('--jobs', '1');
  const twoWorkers = lint('--jobs', '2');
  const seconds = lint();
  results.cli = { files: 200, chars, seconds, charsPerSecond: chars / seconds, oneCoreSeconds: oneCore, twoWorkersSeconds: twoWorkers };
  fs.rmSync(dir, { recursive: true, force: true });
}

// 6. segmentation backends
results.segmentation = compareBackends();

// 7. side by side with AutoCorrect and textlint + prh
if (!process.argv.includes('--no-anchors')) results.anchors = await runAnchors({ quick });

// Report
const out = [];
out.push(`Machine: ${results.machine.cpus} × ${results.machine.model}, ${results.machine.memGiB} GiB, Node ${results.machine.node}, load ${results.machine.load.join(' ')}`);
out.push('', '| chars | findings | jieba cut ms (median/p95) | analysis ms, no words | analysis ms, with words | ratio to cut | with words, nothing cached | its ratio | 1-char edit, incremental, no words | 1-char edit, incremental, with drift | its ratio to cut |', '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const a of results.analysis) {
  const inc = a.incrementalEdit;
  const cold = a.analysisNothingCached;
  out.push(`| ${a.chars} | ${a.findings} | ${ms(a.cut.median)} / ${ms(a.cut.p95)} | ${ms(a.analysis.median)} / ${ms(a.analysis.p95)} | ${ms(a.analysisWithWords.median)} / ${ms(a.analysisWithWords.p95)} | ${a.ratio.toFixed(2)} | ${cold ? `${ms(cold.median)} / ${ms(cold.p95)}` : '—'} | ${cold ? a.ratioNothingCached.toFixed(2) : '—'} | ${inc ? `${ms(inc.median)} / ${ms(inc.p95)}` : '—'} | ${inc?.withWords ? `${ms(inc.withWords.median)} / ${ms(inc.withWords.p95)}` : '—'} | ${inc?.withWords ? (inc.withWords.median / a.cut.median).toFixed(2) : '—'} |`);
}
out.push('', '| document | edit → diagnostics ms (median / p95), debounce excluded | back-to-back edits, with the adaptive pause | first 5 edits after opening |', '|---:|---:|---:|---:|');
for (const e of results.edits) out.push(`| ${e.chars} chars | ${ms(e.median)} / ${ms(e.p95)} (+ ${e.debounceMs} ms default debounce) | ${ms(e.backToBack.median)} / ${ms(e.backToBack.p95)} | ${e.firstEdits.map((x) => Math.round(x)).join(', ')} |`);
out.push('', `Cold start (20k document): first diagnostics ${ms(results.cold.firstDiagnosticsMs)} ms after spawn; drift diagnostics ${ms(results.cold.driftDiagnosticsMs)} ms.`);
out.push(`Memory with segmentation ready: server ${ms(results.memory.serverRssMiB)} MiB (peak ${ms(results.memory.serverPeakMiB)}), segmenter process ${ms(results.memory.segmenterRssMiB)} MiB, total ${ms(results.memory.totalRssMiB)} MiB.`);
out.push(`CLI: ${results.cli.files} files, ${results.cli.chars} chars in ${results.cli.seconds.toFixed(2)} s = ${Math.round(results.cli.charsPerSecond)} chars/s (--jobs 1: ${results.cli.oneCoreSeconds.toFixed(2)} s, --jobs 2: ${results.cli.twoWorkersSeconds.toFixed(2)} s).`);
out.push('', segmentationReport(results.segmentation));
if (results.anchors) out.push('', anchorsReport(results.anchors));
console.log(out.join('\n'));
fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
const file = path.join(ROOT, 'bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(file, JSON.stringify(results, null, 2));
console.log(`\nJSON: ${path.relative(ROOT, file)}`);
