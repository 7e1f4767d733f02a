// npm run soak: simulated typing against the real language server over stdio for a while
// (default 30 minutes; `node scripts/soak.mjs --minutes 5`), sampling the RSS of the server and
// its segmentation process every 5 s (and what the two hold together: private pages plus shared
// pages counted once, bench/proc.mjs togetherOf) and a hover's wait every 10 s. Memory must plateau: the
// per-minute table gives each minute's lowest RSS (after the garbage collector has run), which
// must stay flat once the caches are full. Not part of CI.
//
// The typist inserts and deletes about as much as each other and joins lines as often as they
// split them, so the documents keep their size: a session of 30 minutes does not turn them into
// larger documents, whose memory would rightly grow.
//
// To study what grows, heap snapshots on a signal (Chrome DevTools reads them, or
// scripts/heap-diff.mjs compares two): GONGWEN_SOAK_NODE_ARGS="--heapsnapshot-signal=SIGUSR2
// --diagnostic-dir=/tmp" then `kill -USR2 <server pid>` at two points. A snapshot leaves the
// server's RSS higher for the rest of the run: compare the heaps, not the RSS after it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDocument } from './bench/corpus.mjs';
import { Server } from './bench/lsp.mjs';
import { childrenOf, memoryOf, togetherOf } from './bench/proc.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const minutes = Number(process.argv[process.argv.indexOf('--minutes') + 1]) || 30;
// GONGWEN_SOAK_NODE_ARGS: options for the server's node, e.g. --heapsnapshot-signal=SIGUSR2.
const nodeArgs = (process.env.GONGWEN_SOAK_NODE_ARGS ?? '').split(' ').filter(Boolean);
const server = new Server(path.join(ROOT, 'dist', 'server.js'), {}, nodeArgs); // default settings: 200 ms debounce
await server.initialize();
console.log(`server pid ${server.proc.pid}`);
const docs = [20000, 60000, 5000].map((size, i) => {
  const text = generateDocument(size, 11 + i);
  return { uri: pathToFileURL(path.join(os.tmpdir(), `gongwen-soak-${i}.txt`)).toString(), text, version: 1, chars: text.length, lines: text.split('\n').length };
});
for (const d of docs) await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'plaintext', version: 1, text: d.text } });

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const samples = [];
const started = Date.now();
let edits = 0;
let nextSample = 0;
const pieces = ['好', '，', '**', '区委区政府', '。\n', '😀', '𠮷', '一、加强领导\n', '截止到目前'];
while (Date.now() - started < minutes * 60000) {
  const d = docs[Math.floor(rand() * docs.length)];
  const lines = d.text.split('\n');
  const line = Math.floor(rand() * lines.length);
  const length = (lines[line] ?? '').length;
  const character = Math.floor(rand() * (length + 1));
  // Deletions 2 characters at a time, as often as needed to balance the insertions (3 on average);
  // a deletion joins the line with the next when the document has more lines than it started with.
  const del = rand() < (d.text.length > d.chars ? 0.75 : 0.3);
  const join = del && lines.length > d.lines && line < lines.length - 1 && rand() < 0.5;
  const text = del ? '' : pieces[Math.floor(rand() * pieces.length)];
  const end = join ? { line: line + 1, character: 0 } : del ? { line, character: Math.min(length, character + 2) } : { line, character };
  const start = join ? { line, character: length } : { line, character };
  // Keep our copy in step (as UTF-16 offsets).
  const offset = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  d.text = d.text.slice(0, offset + start.character) + text + d.text.slice(join ? offset + length + 1 : offset + end.character);
  d.version++;
  await server.conn.sendNotification('textDocument/didChange', { textDocument: { uri: d.uri, version: d.version }, contentChanges: [{ range: { start, end }, text }] });
  edits++;
  await new Promise((r) => setTimeout(r, 60 + rand() * 140)); // a fast typist: 5–16 keys a second
  if (Date.now() >= nextSample) {
    nextSample = Date.now() + 5000;
    const pid = server.proc.pid;
    const children = childrenOf(pid);
    const sample = {
      t: Math.round((Date.now() - started) / 1000),
      edits,
      serverMiB: +memoryOf(pid).rss.toFixed(1),
      segmenterMiB: +children.map((c) => memoryOf(c).rss).reduce((a, b) => a + b, 0).toFixed(1),
      // Both processes' private pages and their shared pages (the node binary) counted once.
      togetherMiB: +togetherOf([pid, ...children]).toFixed(1),
    };
    // Responsiveness while typing: how long a hover request waits for the server (every 10 s).
    if (samples.length % 2 === 0) {
      const asked = performance.now();
      await server.conn.sendRequest('textDocument/hover', { textDocument: { uri: d.uri }, position: { line: 0, character: 0 } });
      sample.hoverMs = +(performance.now() - asked).toFixed(1);
    }
    samples.push(sample);
    console.log(JSON.stringify({ ...sample, chars: docs.map((x) => x.text.length).join('+') }));
  }
}
await server.stop();

// Per minute: edits, the lowest RSS of the server and of the segmentation process, hover waits.
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const table = [];
for (let m = 1; m <= minutes; m++) {
  const inMinute = samples.filter((s) => s.t > (m - 1) * 60 && s.t <= m * 60);
  if (inMinute.length === 0) continue;
  const hovers = inMinute.flatMap((s) => (s.hoverMs === undefined ? [] : [s.hoverMs]));
  table.push({
    minute: m,
    edits: inMinute[inMinute.length - 1].edits - (table.length > 0 ? table[table.length - 1].editsTotal : 0),
    editsTotal: inMinute[inMinute.length - 1].edits,
    serverMinMiB: Math.min(...inMinute.map((s) => s.serverMiB)),
    segmenterMinMiB: Math.min(...inMinute.map((s) => s.segmenterMiB)),
    togetherMinMiB: Math.min(...inMinute.map((s) => s.togetherMiB)),
    hoverMedianMs: hovers.length > 0 ? median(hovers) : undefined,
    hoverMaxMs: hovers.length > 0 ? Math.max(...hovers) : undefined,
  });
}
console.log('\n| minute | edits | server min RSS MiB | segmenter min RSS MiB | RSS sum MiB | together min MiB | hover median / max ms |');
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const r of table) console.log(`| ${r.minute} | ${r.edits} | ${r.serverMinMiB.toFixed(1)} | ${r.segmenterMinMiB.toFixed(1)} | ${(r.serverMinMiB + r.segmenterMinMiB).toFixed(1)} | ${r.togetherMinMiB.toFixed(1)} | ${r.hoverMedianMs ?? '–'} / ${r.hoverMaxMs ?? '–'} |`);
// Flat: the spread of the per-minute minimum over the last 20 minutes (or the last two thirds of a shorter run).
const tail = table.slice(-Math.min(20, Math.ceil((table.length * 2) / 3)));
if (tail.length > 1) {
  const spread = (key) => Math.max(...tail.map((r) => r[key])) - Math.min(...tail.map((r) => r[key]));
  // Least-squares slope of the per-minute minimum (MiB a minute): a single minute's noise moves it little.
  const slope = (key) => {
    const mx = (tail.length - 1) / 2;
    const my = tail.reduce((n, r) => n + r[key], 0) / tail.length;
    return tail.reduce((n, r, i) => n + (i - mx) * (r[key] - my), 0) / tail.reduce((n, _, i) => n + (i - mx) ** 2, 0);
  };
  console.log(`\nlast ${tail.length} minutes: server min RSS ${Math.min(...tail.map((r) => r.serverMinMiB)).toFixed(1)}–${Math.max(...tail.map((r) => r.serverMinMiB)).toFixed(1)} MiB (spread ${spread('serverMinMiB').toFixed(1)}, trend ${slope('serverMinMiB') >= 0 ? '+' : ''}${slope('serverMinMiB').toFixed(2)} MiB/min), segmenter ${Math.min(...tail.map((r) => r.segmenterMinMiB)).toFixed(1)}–${Math.max(...tail.map((r) => r.segmenterMinMiB)).toFixed(1)} MiB (spread ${spread('segmenterMinMiB').toFixed(1)}, trend ${slope('segmenterMinMiB') >= 0 ? '+' : ''}${slope('segmenterMinMiB').toFixed(2)} MiB/min), together ${Math.min(...tail.map((r) => r.togetherMinMiB)).toFixed(1)}–${Math.max(...tail.map((r) => r.togetherMinMiB)).toFixed(1)} MiB (trend ${slope('togetherMinMiB') >= 0 ? '+' : ''}${slope('togetherMinMiB').toFixed(2)} MiB/min)`);
}
const hovers = samples.flatMap((s) => (s.hoverMs === undefined ? [] : [s.hoverMs]));
console.log(`${edits} edits in ${minutes} min; documents ${docs.map((x) => x.chars).join('+')} → ${docs.map((x) => x.text.length).join('+')} characters; hover while typing: median ${median(hovers)} ms, max ${Math.max(...hovers)} ms`);
fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'bench-results', `soak-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify({ minutes, edits, table, samples }, null, 2));
