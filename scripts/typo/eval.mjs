// npm run eval:typo [-- [--verbose] [--json] DIR...]: how well the typo.* rules find 错别字 in public
// CSC data, and how often they (and every rule) raise their voice on correct sentences. A report,
// not a test: nothing is asserted.
//
// The data stays OUTSIDE the repository and is read at run time: by default ../shared/corpus/typo
// (see its README; never copy it, or sentences from it, into the project). Every *.tsv of DIR (or a
// .tsv file given directly) is read; a line is `label<TAB>source<TAB>correct` (ECSpell) or
// `source<TAB>correct` (SIGHAN). A sentence has a typo when source differs from correct; the
// changed characters are where they differ (same length in both sets). The ECSpell test splits are
// kept for evaluating the product: the script skips any file whose name contains "test" unless it
// is SIGHAN's (pass the file explicitly to read it anyway).
//
// It runs the compiled core (out/server/src/core; the npm script runs `tsc -b` first) on each source sentence, with
// the default settings and the words of the segmenter Gongwen ships (nodejieba with the compact and
// 公文 dictionaries, line by line as the CLI and the server cut them; --no-words: no segmentation, so
// the rules that need words, typo.char and typo.repeated, are skipped), and prints per file:
//   sentences, with a typo, flagged (any loud typo.* finding: warning or error), TP / FP (a correct
//   sentence flagged), detection precision and recall (sentence level), located (flagged sentences
//   with a typo whose finding covers a changed character), and on the `correct` column: loud typo.*
//   findings per 10,000 characters and loud findings of every rule per 10,000 characters; then the
//   same detection counted at any level (information included: typo.char's less sure findings).
// --verbose lists each false positive and each typo finding on a correct sentence (rule, flagged
// text, ±8 characters), on stdout only.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const corePath = path.join(ROOT, 'out', 'server', 'src', 'core', 'index.js');
if (!fs.existsSync(corePath)) {
  process.stderr.write(`${corePath} is missing: run npx tsc -b first\n`);
  process.exit(2);
}
const { analyze, wordsFromLines } = require(corePath);

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const noWords = args.includes('--no-words');
const unknown = args.filter((a) => a.startsWith('-') && a !== '--verbose' && a !== '--json' && a !== '--no-words');
if (unknown.length > 0) {
  process.stderr.write(`unknown option ${unknown.join(' ')}\nusage: npm run eval:typo [-- [--verbose] [--json] [--no-words] DIR|FILE...]\n`);
  process.exit(2);
}
const targets = args.filter((a) => !a.startsWith('-'));
if (targets.length === 0) targets.push(path.resolve(ROOT, '..', 'shared', 'corpus', 'typo'));

/** The TSV files to read, in name order. */
function filesOf(target) {
  const abs = path.resolve(target);
  if (!fs.existsSync(abs)) {
    process.stderr.write(`${abs}: no such file or folder\n`);
    process.exit(2);
  }
  if (!fs.statSync(abs).isDirectory()) return [abs];
  return fs
    .readdirSync(abs)
    .filter((f) => f.endsWith('.tsv'))
    .filter((f) => !/test/i.test(f) || /sighan/i.test(f))
    .sort()
    .map((f) => path.join(abs, f));
}

/** The segmenter Gongwen ships, loaded once; undefined with --no-words. */
let segmenter;
if (!noWords) {
  const { createSegmenter } = require(path.join(ROOT, 'out', 'server', 'src', 'segmentation', 'dictionaries.js'));
  segmenter = createSegmenter();
  segmenter.load();
}

/** The analysis input of a sentence: the text and, unless --no-words, its words. */
function input(text) {
  if (!segmenter) return { text, format: 'plaintext' };
  return { text, format: 'plaintext', words: wordsFromLines(text, (line) => segmenter.cut(line).map((t) => t.text)) };
}

const LOUD = new Set(['error', 'warning']);
const isTypo = (f) => f.rule.startsWith('typo.');
const chars = (s) => Array.from(s).length;

/** UTF-16 offsets of the characters where source and correct differ. */
function changedOffsets(source, correct) {
  const a = Array.from(source);
  const b = Array.from(correct);
  if (a.length !== b.length) return undefined;
  const out = [];
  let offset = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) out.push(offset);
    offset += a[i].length;
  }
  return out;
}

function context(text, f) {
  return `${text.slice(Math.max(0, f.start - 8), f.start)}【${text.slice(f.start, f.end)}】${text.slice(f.end, f.end + 8)}`;
}

function run(file) {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim().length > 0);
  const r = { file: path.basename(file), sentences: 0, withTypo: 0, flagged: 0, tp: 0, fp: 0, located: 0, tpAny: 0, fpAny: 0, correctChars: 0, loudTypoOnCorrect: 0, anyTypoOnCorrect: 0, loudAllOnCorrect: 0, loudAllByRule: {} };
  for (const line of lines) {
    const cols = line.split('\t');
    let source, correct;
    if (cols.length >= 3) [, source, correct] = cols;
    else if (cols.length === 2) [source, correct] = cols;
    else continue;
    source = source.trim();
    correct = correct.trim();
    r.sentences++;
    const hasTypo = source !== correct;
    if (hasTypo) r.withTypo++;
    const anyLevel = analyze(input(source)).filter(isTypo);
    if (anyLevel.length > 0) {
      if (hasTypo) r.tpAny++;
      else r.fpAny++;
    }
    const found = anyLevel.filter((f) => LOUD.has(f.severity));
    if (found.length > 0) {
      r.flagged++;
      if (hasTypo) {
        r.tp++;
        const changed = changedOffsets(source, correct) ?? [];
        if (found.some((f) => changed.some((o) => o >= f.start && o < f.end))) r.located++;
      } else {
        r.fp++;
        if (verbose) for (const f of found) console.log(`FP ${r.file} ${f.rule} ${context(source, f)}`);
      }
    }
    const onCorrect = analyze(input(correct));
    r.correctChars += chars(correct);
    r.anyTypoOnCorrect += onCorrect.filter((f) => isTypo(f)).length;
    for (const f of onCorrect.filter((f) => LOUD.has(f.severity))) {
      r.loudAllOnCorrect++;
      r.loudAllByRule[f.rule] = (r.loudAllByRule[f.rule] ?? 0) + 1;
      if (isTypo(f)) {
        r.loudTypoOnCorrect++;
        if (verbose) console.log(`ON-CORRECT ${r.file} ${f.rule} ${context(correct, f)}`);
      }
    }
  }
  return r;
}

const pct = (n, d) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const per10k = (n, c) => (c === 0 ? '—' : ((10000 * n) / c).toFixed(2));

const results = targets.flatMap(filesOf).map(run);
if (asJson) {
  console.log(JSON.stringify(results, null, 2));
} else {
  console.log('| file | sentences | with typo | flagged | TP | FP | precision | recall | located | typo loud /10k on correct | all loud /10k on correct | any-level precision | any-level recall | typo any-level /10k on correct |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(`| ${r.file} | ${r.sentences} | ${r.withTypo} | ${r.flagged} | ${r.tp} | ${r.fp} | ${pct(r.tp, r.tp + r.fp)} | ${pct(r.tp, r.withTypo)} | ${pct(r.located, r.tp)} | ${per10k(r.loudTypoOnCorrect, r.correctChars)} | ${per10k(r.loudAllOnCorrect, r.correctChars)} | ${pct(r.tpAny, r.tpAny + r.fpAny)} | ${pct(r.tpAny, r.withTypo)} | ${per10k(r.anyTypoOnCorrect, r.correctChars)} |`);
  }
  console.log('\nLoud findings on the correct sentences, by rule (all files):');
  const byRule = {};
  for (const r of results) for (const [rule, n] of Object.entries(r.loudAllByRule)) byRule[rule] = (byRule[rule] ?? 0) + n;
  for (const [rule, n] of Object.entries(byRule).sort((a, b) => b[1] - a[1])) console.log(`  ${rule}: ${n}`);
}
