// Gongwen side by side with the anchors of issue 23, in one run on the same generated drafts:
// AutoCorrect (autocorrect-node, whole-document lintFor) and textlint + textlint-rule-prh (whole-document
// lintText with the 公文 dictionary scripts/bench/prh.yml), on a dense draft (pasted from the web: most
// punctuation half-width, corpus.mjs generateDenseDraft) and a sparse one (well written,
// generateDocument), at 20,000 and 200,000 chars. For each: nodejieba's raw cut of the text, Gongwen's
// from-scratch analysis (in-process core with words, every per-line cache emptied first), Gongwen's
// one-character edit (IncrementalAnalyzer with each line's words from a per-line cut cache, as the server gives them),
// and the two anchors; medians of several rounds, each round running every checker once in turn; the ratios
// Gongwen / AutoCorrect and Gongwen / textlint; the findings each reports. Then, through the real server
// over stdio, keystroke → diagnostics on the dense 200,000-char draft (debounce 0, so the times are what
// comes on top of the debounce), with the size of each publication.
// `npm run bench` (quick and full) runs it as its last section; alone: `npm run bench:anchors`
// (or `tsc -b && npm run build && node scripts/bench/anchors.mjs [--quick] [--sizes=20000,200000]`).
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDenseDraft, generateDocument } from './corpus.mjs';
import { Server } from './lsp.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const SELF = new URL(import.meta.url).pathname;
const SERVER = path.join(ROOT, 'dist/server.js');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const ms = (x) => (x === undefined ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(1));
const stats = (xs) => ({ median: median(xs), p95: p95(xs) });

export const DRAFTS = {
  dense: (size) => generateDenseDraft(size, 1),
  sparse: (size) => generateDocument(size, size),
};

/** textlint with only textlint-rule-prh and scripts/bench/prh.yml (configured in textlintrc.json). */
async function textlintLinter() {
  const { createLinter, loadTextlintrc } = await import('textlint');
  const descriptor = await loadTextlintrc({ configFilePath: path.join(ROOT, 'scripts', 'bench', 'textlintrc.json'), node_modulesDir: path.join(ROOT, 'node_modules') });
  return createLinter({ descriptor, cwd: ROOT });
}

/** The in-process side by side on one draft. */
async function sideBySide(kind, size, runs, { core, segmenter, autocorrect, textlint }) {
  const text = DRAFTS[kind](size);
  const cutLine = (line) => segmenter.cut(line).map((t) => t.text);
  const words = core.wordsFromLines(text, cutLine);
  // One character typed mid-document per run, words from a per-line cache (one new line cut per
  // edit), given as the server gives them: one LineWords object for the session, each line's words
  // asked for by its text (not a list of every word of the document built each keystroke).
  const lineWords = new Map();
  const wordsOf = (line) => {
    let w = lineWords.get(line);
    if (!w) lineWords.set(line, (w = cutLine(line)));
    return w;
  };
  const byLine = { wordsOfLine: (line) => (line.length === 0 ? [] : wordsOf(line)) };
  const analyzer = new core.IncrementalAnalyzer();
  analyzer.analyze({ text, format: 'plaintext', words: byLine });
  const at = text.indexOf('\n', text.length >> 1) + 7;
  let typed = text;
  // textlint reads .txt as plain text: every line a paragraph prh checks (as Markdown, the sparse
  // drafts' four-space paragraph indent would make code blocks that prh skips).
  const file = path.join(os.tmpdir(), 'draft.txt');
  const type = () => {
    typed = typed.slice(0, at) + '好' + typed.slice(at);
    analyzer.analyze({ text: typed, format: 'plaintext', words: byLine });
  };
  const checkers = {
    cut: () => segmenter.cut(text),
    scratch: () => (core.clearLineCaches(), core.analyze({ text, format: 'plaintext', words })),
    edit: () => type(),
    // AutoCorrect reports one result per line it would change (its findings are lines, not places).
    autocorrect: () => autocorrect.lintFor(text, 'draft.md'),
    textlint: () => textlint.lintText(text, file),
  };
  // Two warm-up rounds, then the rounds timed. Each round runs every checker once, in turn, so that
  // the load of this shared machine, which changes from second to second, weighs on all alike.
  const times = Object.fromEntries(Object.keys(checkers).map((k) => [k, []]));
  // The from-scratch analysis empties every shared per-line cache (and the relations' state kept
  // from check to check): a keystroke, untimed, after it, so that the timed one is a keystroke in
  // an editor, not the first after every cache was emptied.
  for (let round = -2; round < runs; round++) {
    for (const [name, fn] of Object.entries(checkers)) {
      const t = performance.now();
      await fn();
      if (round >= 0) times[name].push(performance.now() - t);
      if (name === 'scratch') type();
    }
  }
  const { cut, scratch, edit, autocorrect: ac, textlint: tl } = times;
  const findings = core.analyze({ text, format: 'plaintext', words });
  const acLines = autocorrect.lintFor(text, 'draft.md').lines.length;
  const tlMessages = (await textlint.lintText(text, file)).messages.length;
  const byRule = {};
  for (const f of findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  const halfwidth = findings.filter((f) => f.rule.startsWith('punct.')).length;
  return {
    draft: kind,
    chars: text.length,
    runs,
    cut: stats(cut),
    gongwenScratch: stats(scratch),
    gongwenEdit: stats(edit),
    autocorrect: stats(ac),
    textlintPrh: stats(tl),
    findings: { gongwen: findings.length, gongwenPunctuation: halfwidth, gongwenByRule: byRule, autocorrectLines: acLines, textlintPrh: tlMessages },
    ratios: {
      scratchToCut: median(scratch) / median(cut),
      scratchToAutocorrect: median(scratch) / median(ac),
      scratchToTextlint: median(scratch) / median(tl),
      editToAutocorrect: median(edit) / median(ac),
      editToTextlint: median(edit) / median(tl),
    },
  };
}

/**
 * Keystrokes through the real server over stdio on one draft: latency to the publication of each
 * version. `words`: the settings let the rules that need words run on this draft (maxDocumentChars,
 * default 150,000, pauses them above); typing then starts once the words have come.
 */
export async function keystrokes(text, edits, settings = { debounceMs: 0 }, words = text.length <= 150000) {
  const uri = pathToFileURL(path.join(os.tmpdir(), `gongwen-bench-anchors-${text.length}.txt`)).toString();
  const server = new Server(SERVER, settings);
  await server.initialize();
  // With words: the publication with drift findings (term.*), or the second publication of the
  // opened version (a cap on published findings may leave the drift findings out). Without: the first.
  let publications = 0;
  const ready = server.waitFor(uri, (p) => !words || p.diagnostics.some((d) => String(d.code).startsWith('term.')) || (p.version === 1 && ++publications === 2));
  await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const wordsSeen = await Promise.race([ready.then(() => true), new Promise((r) => setTimeout(() => r(false), 60000))]);
  await new Promise((r) => setTimeout(r, 1000));
  const line = Math.floor(text.split('\n').length / 2);
  let version = 1;
  const type = async () => {
    const { ms, p } = await server.typeCharacter(uri, ++version, line, 6);
    return { ms, bytes: Buffer.byteLength(JSON.stringify(p)), diagnostics: p.diagnostics.length };
  };
  const pause = () => new Promise((r) => setTimeout(r, 400));
  const firstEdits = [];
  for (let i = 0; i < 5; i++) {
    firstEdits.push((await type()).ms);
    await pause();
  }
  // Spaced 400 ms (a few keys a second), so the adaptive pause after a slow check does not apply.
  const typed = [];
  for (let i = 0; i < edits; i++) {
    typed.push(await type());
    await pause();
  }
  await server.stop();
  const last = typed[typed.length - 1];
  return {
    chars: text.length,
    edits,
    words,
    wordsSeen,
    latency: stats(typed.map((x) => x.ms)),
    firstEdits,
    publicationBytes: last.bytes,
    publishedDiagnostics: last.diagnostics,
    bytesPerDiagnostic: last.diagnostics ? last.bytes / last.diagnostics : undefined,
  };
}

/** The whole anchors section: side by side on every draft and size, then keystrokes on the dense draft. */
export async function runAnchors({ quick = false, sizes = [20000, 200000], keystrokeSize = 200000 } = {}) {
  const core = require(path.join(ROOT, 'out/server/src/core/index.js'));
  const { JiebaSegmenter } = require(path.join(ROOT, 'out/server/src/segmentation/jieba.js'));
  const dict = path.join(ROOT, 'dict', 'gongwen.dict.utf8');
  const segmenter = new JiebaSegmenter(fs.existsSync(dict) ? [dict] : []);
  segmenter.load();
  const autocorrect = require('autocorrect-node');
  const textlint = await textlintLinter();
  const versions = {
    autocorrect: require('autocorrect-node/package.json').version,
    textlint: require('textlint/package.json').version,
    textlintRulePrh: require('textlint-rule-prh/package.json').version,
  };
  const drafts = [];
  for (const kind of ['dense', 'sparse']) {
    for (const size of sizes) {
      const runs = size >= 200000 ? (quick ? 5 : 11) : quick ? 9 : 21;
      drafts.push(await sideBySide(kind, size, runs, { core, segmenter, autocorrect, textlint }));
    }
  }
  // With the default settings (above maxDocumentChars the rules that need words pause), then with
  // every family on (maxDocumentChars raised above the draft).
  const dense = DRAFTS.dense(keystrokeSize);
  const typing = [
    { settings: 'default', ...(await keystrokes(dense, quick ? 12 : 30)) },
    { settings: 'maxDocumentChars 1,000,000', ...(await keystrokes(dense, quick ? 12 : 30, { debounceMs: 0, maxDocumentChars: 1000000 }, true)) },
  ];
  return { versions, drafts, keystrokes: typing.map((k) => ({ draft: 'dense', debounceMs: 0, defaultDebounceMs: 200, ...k })) };
}

export function report(r) {
  const out = [];
  out.push(`Side by side (one run; AutoCorrect ${r.versions.autocorrect}, textlint ${r.versions.textlint} + textlint-rule-prh ${r.versions.textlintRulePrh} with scripts/bench/prh.yml; medians in ms):`);
  out.push(
    '',
    '| draft | chars | jieba cut | Gongwen from scratch | Gongwen 1-char edit | AutoCorrect | textlint + prh | scratch / cut | scratch / AutoCorrect | scratch / textlint | edit / AutoCorrect | edit / textlint | findings: Gongwen (punct.*) / AutoCorrect lines / textlint |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const d of r.drafts) {
    const x = d.ratios;
    out.push(
      `| ${d.draft} | ${d.chars} | ${ms(d.cut.median)} | ${ms(d.gongwenScratch.median)} | ${ms(d.gongwenEdit.median)} | ${ms(d.autocorrect.median)} | ${ms(d.textlintPrh.median)} | ${x.scratchToCut.toFixed(2)} | ${x.scratchToAutocorrect.toFixed(2)} | ${x.scratchToTextlint.toFixed(2)} | ${x.editToAutocorrect.toFixed(2)} | ${x.editToTextlint.toFixed(2)} | ${d.findings.gongwen} (${d.findings.gongwenPunctuation}) / ${d.findings.autocorrectLines} / ${d.findings.textlintPrh} |`,
    );
  }
  out.push('', `Keystroke → diagnostics through the server on the dense draft, debounce 0 (the times come on top of the ${r.keystrokes[0].defaultDebounceMs} ms default debounce), one character typed mid-document every 400 ms after the first five:`);
  out.push('', '| chars | settings | rules that need words | p50 ms | p95 ms | edits | first five edits | publication bytes | published diagnostics | bytes each |', '|---:|---|---|---:|---:|---:|---|---:|---:|---:|');
  for (const k of r.keystrokes) {
    const wordsNote = !k.words ? 'paused (maxDocumentChars)' : k.wordsSeen ? 'on' : 'on, never came within 60 s';
    out.push(`| ${k.chars} | ${k.settings} | ${wordsNote} | ${ms(k.latency.median)} | ${ms(k.latency.p95)} | ${k.edits} | ${k.firstEdits.map((x) => Math.round(x)).join(', ')} | ${k.publicationBytes} | ${k.publishedDiagnostics} | ${k.bytesPerDiagnostic ? Math.round(k.bytesPerDiagnostic) : '—'} |`);
  }
  return out.join('\n');
}

if (process.argv[1] === SELF) {
  const quick = process.argv.includes('--quick');
  const sizes = process.argv.find((a) => a.startsWith('--sizes='))?.slice(8).split(',').map(Number);
  const r = await runAnchors({ quick, ...(sizes ? { sizes } : {}) });
  console.log(report(r));
  fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  const file = path.join(ROOT, 'bench-results', `anchors-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, load: os.loadavg().map((x) => x.toFixed(2)) }, anchors: r }, null, 2));
  console.log(`\nJSON: ${path.relative(ROOT, file)}`);
}
