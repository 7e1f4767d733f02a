// npm run measure:dictionary — what trimming nodejieba's main dictionary costs and saves.
// For the full dictionary and each frequency threshold, a fresh process loads the dictionaries
// (with the 公文 user dictionary) and reports: load time, RSS, word-boundary agreement with the
// full dictionary over a corpus (the sample drafts, the fixtures and a generated 50k report), and
// precision/recall of drift detection on the labelled set (tests/fixtures/terms).
// Options: --thresholds=3,5,10,30,100
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { compactLines, nodejiebaDictDir } from './compact.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const SELF = new URL(import.meta.url).pathname;

function corpus() {
  const texts = [];
  const add = (dir, filter) => {
    if (!fs.existsSync(dir)) return;
    for (const f of fs.readdirSync(dir)) if (filter(f)) texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
  };
  add(path.join(ROOT, 'examples'), (f) => f.endsWith('.txt') || f.endsWith('.md'));
  add(path.join(ROOT, '..', 'shared', 'examples'), (f) => f.endsWith('.txt') || f.endsWith('.md'));
  add(path.join(ROOT, 'tests', 'fixtures', 'terms'), (f) => f.startsWith('clean-'));
  add(path.join(ROOT, 'tests', 'fixtures', 'structure'), (f) => f.endsWith('.txt') || f.endsWith('.md'));
  return texts;
}

async function child(mainDict) {
  const { JiebaSegmenter } = require(path.join(ROOT, 'out/server/src/segmentation/jieba.js'));
  const { findTermGroups } = require(path.join(ROOT, 'out/server/src/core/terms/index.js'));
  const { generateDocument } = await import(path.join(ROOT, 'scripts/bench/corpus.mjs'));
  const userDict = path.join(ROOT, 'dict', 'gongwen.dict.utf8');
  const t = performance.now();
  const seg = new JiebaSegmenter([userDict], mainDict === 'full' ? {} : { main: mainDict, idf: path.join(path.dirname(mainDict), 'idf.utf8') });
  seg.load();
  const loadMs = performance.now() - t;
  const texts = [...corpus(), generateDocument(50000, 50000)];
  const boundaries = texts.map((text) => seg.cut(text).map((w) => w.end));
  const { cases } = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/terms/drift-cases.json'), 'utf8'));
  const dir = path.join(ROOT, 'tests/fixtures/terms');
  const clean = fs.readdirSync(dir).filter((f) => f.startsWith('clean-')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const key = (r, forms) => `${r}:${[...new Set(forms.map((f) => f.replace(/‘/g, '“').replace(/’/g, '”')))].sort().join('|')}`;
  let tp = 0;
  let found = 0;
  let expected = 0;
  for (const c of [...cases, ...clean.map((text) => ({ text, expect: [] }))]) {
    const got = findTermGroups(c.text, seg.cut(c.text), c.terms ?? []).map((g) => key(g.relation, g.forms.map((f) => f.text)));
    const want = c.expect.map((e) => key(e.relation, e.forms));
    found += got.length;
    expected += want.length;
    tp += got.filter((k) => want.includes(k)).length;
  }
  const rss = process.memoryUsage().rss / 2 ** 20;
  process.stdout.write(JSON.stringify({ loadMs, rss, boundaries, tp, found, expected }));
}

function main() {
  const arg = process.argv.find((a) => a.startsWith('--thresholds='));
  const thresholds = arg ? arg.slice(13).split(',').map(Number) : [3, 5, 10, 30, 100];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-dict-'));
  const full = fs.readFileSync(path.join(nodejiebaDictDir(), 'jieba.dict.utf8'), 'utf8');
  fs.writeFileSync(path.join(tmp, 'idf.utf8'), '的 1.0\n');
  const run = (dict) => JSON.parse(execFileSync(process.execPath, [SELF, '--child', dict], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  const reference = run('full');
  const rows = [['full (349k words)', reference]];
  for (const n of thresholds) {
    const lines = compactLines(full, n);
    const file = path.join(tmp, `main-${n}.utf8`);
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    rows.push([`freq ≥ ${n} (${Math.round(lines.length / 1000)}k words)`, run(file)]);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`| main dictionary | load ms | RSS MiB | boundaries same as full | drift precision | drift recall |`);
  console.log(`|---|---:|---:|---:|---:|---:|`);
  for (const [name, r] of rows) {
    let same = 0;
    let total = 0;
    r.boundaries.forEach((ends, i) => {
      const ref = new Set(reference.boundaries[i]);
      const mine = new Set(ends);
      for (const e of ref) if (mine.has(e)) same++;
      total += Math.max(ref.size, mine.size);
    });
    const p = r.found ? r.tp / r.found : 1;
    const q = r.expected ? r.tp / r.expected : 1;
    console.log(`| ${name} | ${r.loadMs.toFixed(0)} | ${r.rss.toFixed(0)} | ${((100 * same) / total).toFixed(2)} % | ${p.toFixed(3)} (${r.tp}/${r.found}) | ${q.toFixed(3)} (${r.tp}/${r.expected}) |`);
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]);
else main();
