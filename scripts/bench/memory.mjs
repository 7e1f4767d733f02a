// node scripts/bench/memory.mjs (after npm run build): the memory of the language server and its
// segmentation process with one 200,000-character draft open (issue 23: at most 250 MB together).
// For each draft (dense: pasted from the web, about 8,000 findings; sparse: a clean report), with
// gongwen.maxDocumentChars raised so that every rule runs (by default a draft over 150,000
// characters is checked without the rules that need words, and the segmentation process does
// not start: the third row), a fresh server opens it, waits until the words are in (drift or
// typo findings published), types 20
// characters 400 ms apart, and reads the RSS of both processes right after typing and after 10 s
// without typing, with the server's peak (VmHWM), and what the two hold together: their private
// pages plus their shared pages counted once (the sum of their RSS counts twice the ~40 MiB of the
// node binary and libraries both map; proc.mjs togetherOf). Measured, not asserted.
// Options: --sizes=200000 (characters), GONGWEN_BENCH_NODE_ARGS (options for the server's node).
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDenseDraft, generateDocument } from './corpus.mjs';
import { Server } from './lsp.mjs';
import { childrenOf, memoryOf, togetherOf } from './proc.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const sizes = process.argv.find((a) => a.startsWith('--sizes='))?.slice(8).split(',').map(Number) ?? [200000];
const nodeArgs = (process.env.GONGWEN_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const mib = (x) => x.toFixed(1);

async function measure(kind, size, settings = { maxDocumentChars: 10_000_000 }) {
  const text = kind === 'dense' ? generateDenseDraft(size, 7) : generateDocument(size, 7);
  const uri = pathToFileURL(path.join(os.tmpdir(), `gongwen-memory-${kind}-${size}.txt`)).toString();
  const server = new Server(path.join(ROOT, 'dist', 'server.js'), settings, nodeArgs);
  await server.initialize();
  const words = server.waitFor(uri, (p) => p.diagnostics.some((d) => String(d.code).startsWith('term.') || String(d.code).startsWith('typo.')));
  await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const wordsIn = await Promise.race([words.then(() => true), sleep(60000).then(() => false)]);
  const line = Math.floor(text.split('\n').length / 2);
  const latencies = [];
  for (let v = 2; v < 22; v++) {
    latencies.push((await server.typeCharacter(uri, v, line, 4)).ms);
    await sleep(400);
  }
  const pid = server.proc.pid;
  const read = () => {
    const s = memoryOf(pid);
    const children = childrenOf(pid);
    const seg = children.map(memoryOf);
    return { server: s.rss, serverPeak: s.hwm, segmenter: seg.reduce((n, c) => n + c.rss, 0), segmenterPeak: seg.reduce((n, c) => n + c.hwm, 0), together: togetherOf([pid, ...children]) };
  };
  const typing = read();
  await sleep(10000);
  const idle = read();
  await server.stop();
  latencies.sort((a, b) => a - b);
  return { kind: Object.keys(settings).length === 0 ? `${kind}, default settings` : kind, chars: text.length, wordsIn, typing, idle, p50: latencies[Math.floor(latencies.length / 2)], p95: latencies[Math.ceil(latencies.length * 0.95) - 1] };
}

const rows = [];
for (const size of sizes) {
  for (const kind of ['dense', 'sparse']) rows.push(await measure(kind, size));
  if (size > 150_000) rows.push(await measure('dense', size, {}));
}
console.log('\n| draft | chars | server RSS MiB (typing / idle / peak) | segmenter RSS MiB (typing / idle / peak) | RSS sum MiB (typing / idle) | together MiB (typing / idle) | keystroke → diagnostics p50 / p95 ms |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.kind}${r.wordsIn ? '' : ' (words not in)'} | ${r.chars} | ${mib(r.typing.server)} / ${mib(r.idle.server)} / ${mib(r.idle.serverPeak)} | ${mib(r.typing.segmenter)} / ${mib(r.idle.segmenter)} / ${mib(r.idle.segmenterPeak)} | ${mib(r.typing.server + r.typing.segmenter)} / ${mib(r.idle.server + r.idle.segmenter)} | ${mib(r.typing.together)} / ${mib(r.idle.together)} | ${r.p50.toFixed(0)} / ${r.p95.toFixed(0)} |`,
  );
}
