// The two segmentation backends side by side (issue 22): nodejieba (native) and the portable one
// (server/src/segmentation/portable.ts), each loaded in a fresh process with the dictionaries Gongwen
// ships. Reports load time and memory, speed line by line (as the server and the CLI cut), the share
// of word boundaries identical on a corpus, and the drift findings (term.*) each gives: on the
// labelled set (tests/fixtures/terms) and on every document of the corpus.
// Run alone: `tsc -b && node scripts/bench/segmentation.mjs [CORPUS_DIR]` (default: the shared corpus
// ../shared/corpus/real/docs when present, else generated documents); `npm run bench` runs it last.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateDocument } from './corpus.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const SELF = new URL(import.meta.url).pathname;
export const BACKENDS = ['nodejieba', 'portable'];

/** The corpus: one entry per document, { name, text }. */
export function corpus(dir = path.join(ROOT, '..', 'shared', 'corpus', 'real', 'docs')) {
  if (fs.existsSync(dir)) {
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.txt') || f.endsWith('.md'))
      .sort()
      .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  }
  return Array.from({ length: 20 }, (_, i) => ({ name: `generated-${i}`, text: generateDocument(10000, 300 + i) }));
}

/** In a fresh process: load one backend, cut the corpus, find drift. Prints JSON. */
function measure(backend, corpusDir) {
  process.env.GONGWEN_SEGMENTER = backend;
  const require = (p) => import(path.join(ROOT, p)).then((m) => m.default ?? m);
  return Promise.all([require('out/server/src/segmentation/dictionaries.js'), require('out/server/src/core/index.js')]).then(([dictionaries, core]) => {
    const rssBefore = process.memoryUsage().rss;
    const t = performance.now();
    const segmenter = dictionaries.createSegmenter();
    segmenter.load();
    const loadMs = performance.now() - t;
    const rssMiB = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
    const docs = corpus(corpusDir);
    const lines = docs.flatMap((d) => d.text.split(/\r?\n/)).filter((l) => l.length > 0);
    const chars = lines.reduce((n, l) => n + l.length, 0);
    const boundaries = lines.map((l) => segmenter.cut(l).map((w) => w.end));
    const runs = [];
    for (let r = 0; r < 7; r++) {
      const t0 = performance.now();
      for (const l of lines) segmenter.cut(l);
      runs.push(performance.now() - t0);
    }
    runs.sort((a, b) => a - b);
    const cutMs = runs[runs.length >> 1];
    const words = (text) => core.wordsFromLines(text, (line) => segmenter.cut(line).map((w) => w.text));
    const key = (f) => `${f.rule}@${f.start}-${f.end}:${f.message}`;
    const driftOf = (text, extra = {}) => core.analyze({ text, format: 'plaintext', words: words(text), ...extra }).filter((f) => f.rule.startsWith('term.')).map(key);
    // The labelled set, as measure:dictionary scores it.
    const dir = path.join(ROOT, 'tests', 'fixtures', 'terms');
    const { cases } = JSON.parse(fs.readFileSync(path.join(dir, 'drift-cases.json'), 'utf8'));
    const clean = fs.readdirSync(dir).filter((f) => f.startsWith('clean-')).map((f) => ({ text: fs.readFileSync(path.join(dir, f), 'utf8'), expect: [] }));
    const groupKey = (r, forms) => `${r}:${[...new Set(forms.map((f) => f.replace(/‘/g, '“').replace(/’/g, '”')))].sort().join('|')}`;
    let tp = 0;
    let found = 0;
    let expected = 0;
    const labelled = [...cases, ...clean].map((c) => {
      const got = core.findTermGroups(c.text, segmenter.cut(c.text), c.terms ?? []).map((g) => groupKey(g.relation, g.forms.map((f) => f.text)));
      const want = c.expect.map((e) => groupKey(e.relation, e.forms));
      found += got.length;
      expected += want.length;
      tp += got.filter((k) => want.includes(k)).length;
      return got;
    });
    const documents = Object.fromEntries(docs.map((d) => [d.name, driftOf(d.text)]));
    process.stdout.write(JSON.stringify({ backend: segmenter.backend, loadMs, rssMiB, chars, lines: lines.length, cutMs, charsPerSecond: chars / (cutMs / 1000), boundaries, labelled, scores: { tp, found, expected }, documents }));
  });
}

/** Runs both backends and compares them. */
export function compareBackends(corpusDir) {
  const results = BACKENDS.map((backend) => {
    const out = execFileSync(process.execPath, [SELF, '--child', backend, ...(corpusDir ? [corpusDir] : [])], { encoding: 'utf8', maxBuffer: 1 << 28 });
    return JSON.parse(out);
  });
  const [a, b] = results;
  let same = 0;
  let union = 0;
  let linesSame = 0;
  a.boundaries.forEach((ends, i) => {
    const x = new Set(ends);
    const y = new Set(b.boundaries[i]);
    const all = new Set([...x, ...y]);
    let s = 0;
    for (const e of all) if (x.has(e) && y.has(e)) s++;
    same += s;
    union += all.size;
    if (s === all.size) linesSame++;
  });
  const labelledDiffer = a.labelled.map((g, i) => i).filter((i) => JSON.stringify(a.labelled[i]) !== JSON.stringify(b.labelled[i]));
  const documentsDiffer = Object.keys(a.documents).filter((d) => JSON.stringify(a.documents[d]) !== JSON.stringify(b.documents[d]));
  const driftFindings = Object.values(a.documents).reduce((n, f) => n + f.length, 0);
  return {
    backends: results.map((r) => ({ backend: r.backend, loadMs: r.loadMs, rssMiB: r.rssMiB, cutMs: r.cutMs, charsPerSecond: r.charsPerSecond, scores: r.scores })),
    corpus: { chars: a.chars, lines: a.lines, documents: Object.keys(a.documents).length },
    boundaries: { identical: same, union, share: same / union, linesIdentical: linesSame },
    drift: { labelledCases: a.labelled.length, labelledDiffer, documentsDiffer, findingsNodejieba: driftFindings },
  };
}

export function report(r) {
  const out = [];
  out.push(`Segmentation backends on ${r.corpus.documents} documents, ${r.corpus.lines} lines, ${r.corpus.chars} chars, cut line by line, HMM on, the shipped dictionaries:`);
  out.push('', '| backend | load ms | +RSS MiB | corpus cut ms (median of 7) | chars/s | labelled set: drift groups right / found / expected |', '|---|---:|---:|---:|---:|---:|');
  for (const x of r.backends) out.push(`| ${x.backend} | ${x.loadMs.toFixed(0)} | ${x.rssMiB.toFixed(0)} | ${x.cutMs.toFixed(1)} | ${Math.round(x.charsPerSecond)} | ${x.scores.tp} / ${x.scores.found} / ${x.scores.expected} |`);
  out.push('', `Word boundaries identical: ${r.boundaries.identical} of ${r.boundaries.union} (${(r.boundaries.share * 100).toFixed(3)}%); lines segmented identically: ${r.boundaries.linesIdentical} of ${r.corpus.lines}.`);
  out.push(`Drift findings (term.*): labelled cases differing ${r.drift.labelledDiffer.length} of ${r.drift.labelledCases}; corpus documents differing ${r.drift.documentsDiffer.length} of ${r.corpus.documents} (${r.drift.findingsNodejieba} findings with nodejieba)${r.drift.documentsDiffer.length ? `: ${r.drift.documentsDiffer.join(', ')}` : ''}.`);
  return out.join('\n');
}

if (process.argv[2] === '--child') {
  await measure(process.argv[3], process.argv[4]);
} else if (process.argv[1] === SELF) {
  const r = compareBackends(process.argv[2]);
  console.log(report(r));
}
