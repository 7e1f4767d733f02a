// npm run soak: simulated typing against the real language server over stdio for a while
// (default 30 minutes; `node scripts/soak.mjs --minutes 5`), sampling the RSS of the server and
// its segmentation process every 10 s. Memory must plateau. Not part of CI.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDocument } from './bench/corpus.mjs';
import { Server } from './bench/lsp.mjs';
import { childrenOf, memoryOf } from './bench/proc.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const minutes = Number(process.argv[process.argv.indexOf('--minutes') + 1]) || 30;
// GONGWEN_SOAK_NODE_ARGS: options for the server's node, e.g. --heapsnapshot-signal=SIGUSR2.
const nodeArgs = (process.env.GONGWEN_SOAK_NODE_ARGS ?? '').split(' ').filter(Boolean);
const server = new Server(path.join(ROOT, 'dist', 'server.js'), {}, nodeArgs); // default settings: 200 ms debounce
await server.initialize();
const docs = [20000, 60000, 5000].map((size, i) => ({ uri: pathToFileURL(path.join(os.tmpdir(), `gongwen-soak-${i}.txt`)).toString(), text: generateDocument(size, 11 + i), version: 1 }));
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
  const character = Math.floor(rand() * ((lines[line] ?? '').length + 1));
  const del = rand() < 0.3;
  const text = del ? '' : pieces[Math.floor(rand() * pieces.length)];
  const end = del ? { line, character: Math.min((lines[line] ?? '').length, character + 2) } : { line, character };
  // Keep our copy in step (as UTF-16 offsets).
  const offset = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  d.text = d.text.slice(0, offset + character) + text + d.text.slice(offset + end.character);
  d.version++;
  await server.conn.sendNotification('textDocument/didChange', { textDocument: { uri: d.uri, version: d.version }, contentChanges: [{ range: { start: { line, character }, end }, text }] });
  edits++;
  await new Promise((r) => setTimeout(r, 60 + rand() * 140)); // a fast typist: 5–16 keys a second
  if (Date.now() >= nextSample) {
    nextSample = Date.now() + 10000;
    const pid = server.proc.pid;
    // Responsiveness while typing: how long a hover request waits for the server.
    const asked = performance.now();
    await server.conn.sendRequest('textDocument/hover', { textDocument: { uri: d.uri }, position: { line: 0, character: 0 } });
    const hoverMs = +(performance.now() - asked).toFixed(1);
    const sample = { t: Math.round((Date.now() - started) / 1000), edits, serverMiB: +memoryOf(pid).rss.toFixed(1), segmenterMiB: +childrenOf(pid).map((c) => memoryOf(c).rss).reduce((a, b) => a + b, 0).toFixed(1), hoverMs };
    samples.push(sample);
    console.log(JSON.stringify(sample));
  }
}
await server.stop();
const first = samples.slice(1, 4);
const last = samples.slice(-3);
const avg = (xs) => xs.reduce((n, s) => n + s.serverMiB + s.segmenterMiB, 0) / xs.length;
console.log(`\n${edits} edits in ${minutes} min; total RSS early ${avg(first).toFixed(1)} MiB, late ${avg(last).toFixed(1)} MiB, max ${Math.max(...samples.map((s) => s.serverMiB + s.segmenterMiB)).toFixed(1)} MiB`);
const hovers = samples.map((s) => s.hoverMs).sort((a, b) => a - b);
console.log(`hover while typing: median ${hovers[Math.floor(hovers.length / 2)]} ms, max ${hovers[hovers.length - 1]} ms`);
fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'bench-results', `soak-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify({ minutes, edits, samples }, null, 2));
