// npm run precision [-- [--json | --markdown] DIR...]: how often Gongwen raises its voice on real,
// professionally edited documents. A report (like npm run bench), not a test: nothing is asserted.
//
// The corpus stays OUTSIDE the repository and is read at run time: by default ../shared/corpus/real
// (relative to the repository; override with DIR arguments or GONGWEN_CORPUS, several joined by
// ':'). A DIR with a docs/ folder is linted as DIR/docs; a judgments.tsv in DIR or beside the
// documents is read if present. Never copy the documents, their sentences or the judgments into
// the project.
//
// Findings are the CLI's own: `node bin/gongwen.js lint --format json --fix-dry-run --jobs 1 DOCS`
// is run once (the built dist/cli.js, the nearest .gongwenrc.json, terminology drift with jieba
// segmentation, exactly as a user gets them); --fix-dry-run leaves the files alone, reports on the
// text as it is, and lists on stderr every line --fix would change.
//
// It prints:
//   1. documents, characters (Unicode code points of each file as read, line breaks included, as
//      the corpus README counts them: 259,277 for the real corpus), findings per 10,000 characters at error+warning ("loud") and
//      at all levels, overall and per rule (sorted by loud count);
//   2. the loud rate without the rules that were right every time on this corpus (target ≤ 1.0);
//   3. with judgments.tsv: judged-FALSE findings still loud, judged-TRUE findings still found at any
//      level (and those missed), DEBATABLE still loud, judgments not located in the text, and loud
//      findings nobody judged. A judgment is located by its context (the 【】-marked span with ±40
//      characters) in the document — the occurrence nearest its line:col — and matched to a current
//      finding of the same rule overlapping that span (else the nearest on the same line);
//   4. what --fix would change: every edit (file:line, rule, before → after), and the totals.
// --json emits all of it as JSON (for comparing runs); --markdown prints the per-rule table and the
// rates as Markdown (for a closing note).
import { spawnSync, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(ROOT, 'bin', 'gongwen.js');
const LOUD = new Set(['error', 'warning']);
/** Rules whose findings on this corpus were judged TRUE every time: the target rate leaves them out. */
const ALWAYS_RIGHT = ['punct.halfwidth', 'number.range-mark', 'number.chinese-zero', 'number.fullwidth-digit', 'number.range-unit', 'placeholder.unfilled'];
const TARGET = 1.0;

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const asMarkdown = args.includes('--markdown');
// --write-docs: also write server/src/config/corpusPrecision.ts, the per-rule numbers docs/rules.md shows.
const writeDocs = args.includes('--write-docs');
const unknown = args.filter((a) => a.startsWith('-') && a !== '--json' && a !== '--markdown' && a !== '--write-docs');
if (unknown.length > 0) {
  process.stderr.write(`unknown option ${unknown.join(' ')}\nusage: npm run precision [-- [--json | --markdown] DIR...]\n`);
  process.exit(2);
}
const dirArgs = args.filter((a) => !a.startsWith('-'));
const corpora = (dirArgs.length > 0 ? dirArgs : process.env.GONGWEN_CORPUS ? process.env.GONGWEN_CORPUS.split(path.delimiter).filter(Boolean) : [path.resolve(ROOT, '..', 'shared', 'corpus', 'real')]).map(resolveCorpus);

/** A corpus argument: the folder (or file) to lint and the judgments file, if any. */
function resolveCorpus(arg) {
  const abs = path.resolve(arg);
  if (!fs.existsSync(abs)) {
    process.stderr.write(`${abs}: no such file or folder\n`);
    process.exit(2);
  }
  const isDir = fs.statSync(abs).isDirectory();
  const docs = isDir && fs.existsSync(path.join(abs, 'docs')) ? path.join(abs, 'docs') : abs;
  const candidates = isDir ? [path.join(abs, 'judgments.tsv'), path.join(path.dirname(docs), 'judgments.tsv')] : [path.join(path.dirname(abs), 'judgments.tsv'), path.join(path.dirname(abs), '..', 'judgments.tsv')];
  const judgments = candidates.find((p) => fs.existsSync(p));
  return { arg: abs, docs, judgments, docsDir: isDir ? docs : path.dirname(abs) };
}

// ---- run the CLI once ----------------------------------------------------------------------------

const cliArgs = ['lint', '--format', 'json', '--fix-dry-run', '--jobs', '1', ...corpora.map((c) => c.docs)];
const run = spawnSync(process.execPath, [CLI, ...cliArgs], { encoding: 'utf8', maxBuffer: 1 << 30 });
if (run.error || (run.status !== 0 && run.status !== 1)) {
  process.stderr.write(run.stderr ?? '');
  process.stderr.write(`gongwen lint failed (status ${run.status}${run.error ? `, ${run.error.message}` : ''})\n`);
  process.exit(2);
}
/** @type {Array<{file: string, diagnostics: Array<{rule: string, severity: string, message: string, range: any, fixes: Array<{title: string, edits: Array<{range: any, newText: string}>}>}>}>} */
const output = JSON.parse(run.stdout);
const isConfigReport = (r) => r.diagnostics.some((d) => d.rule === 'config.invalid');
const reports = output.filter((r) => !isConfigReport(r)).map((r) => ({ ...r, file: path.resolve(r.file) }));
const configProblems = output.filter(isConfigReport);
const stderrLines = run.stderr.split('\n');
const segmentationOff = stderrLines.find((l) => l.startsWith('分词不可用'));
const version = (() => {
  try {
    return execFileSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
})();

// ---- texts, positions ----------------------------------------------------------------------------

const texts = new Map();
function textOf(file) {
  if (!texts.has(file)) texts.set(file, fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  return texts.get(file);
}
const lineStartsCache = new Map();
function lineStarts(file) {
  if (!lineStartsCache.has(file)) {
    const text = textOf(file);
    const starts = [0];
    for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
    lineStartsCache.set(file, starts);
  }
  return lineStartsCache.get(file);
}
/** Offset of an LSP position (0-based line, UTF-16 character). */
const offsetOf = (file, pos) => (lineStarts(file)[pos.line] ?? textOf(file).length) + pos.character;
/** 0-based line of an offset. */
function lineOf(file, offset) {
  const starts = lineStarts(file);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
const oneLine = (s) => s.replace(/\r\n|\r|\n/g, '⏎');
/** The span in 【】 with `n` characters either side, on one line. */
function snippet(file, start, end, n = 15) {
  const t = textOf(file);
  const a = Math.max(0, start - n);
  const b = Math.min(t.length, end + n);
  return oneLine(`${a > 0 ? '…' : ''}${t.slice(a, start)}【${t.slice(start, end)}】${t.slice(end, b)}${b < t.length ? '…' : ''}`);
}
const rel = (file) => {
  const c = corpora.find((k) => file.startsWith(k.docsDir + path.sep));
  return c ? path.relative(c.docsDir, file) : path.relative(process.cwd(), file);
};

// ---- 1, 2: rates ----------------------------------------------------------------------------------

const findings = [];
for (const r of reports) {
  for (const d of r.diagnostics) {
    const start = offsetOf(r.file, d.range.start);
    const end = offsetOf(r.file, d.range.end);
    findings.push({ file: r.file, rule: d.rule, severity: d.severity, message: d.message, line: d.range.start.line + 1, character: d.range.start.character + 1, start, end, fixes: d.fixes, judged: null });
  }
}
const documents = reports.length;
const characters = reports.reduce((n, r) => n + [...textOf(r.file)].length, 0);
const per10k = (n) => (characters === 0 ? 0 : (n * 10000) / characters);
const isLoud = (f) => LOUD.has(f.severity);

const byRule = new Map();
for (const f of findings) {
  const row = byRule.get(f.rule) ?? { rule: f.rule, error: 0, warning: 0, information: 0, hint: 0, loud: 0, all: 0 };
  row[f.severity] = (row[f.severity] ?? 0) + 1;
  row.all++;
  if (isLoud(f)) row.loud++;
  byRule.set(f.rule, row);
}
const ruleRows = [...byRule.values()].sort((a, b) => b.loud - a.loud || b.all - a.all || a.rule.localeCompare(b.rule)).map((r) => ({ ...r, loudPer10k: per10k(r.loud), allPer10k: per10k(r.all) }));
const loud = findings.filter(isLoud).length;
const loudExcluding = findings.filter((f) => isLoud(f) && !ALWAYS_RIGHT.includes(f.rule)).length;
const rates = {
  loud,
  all: findings.length,
  loudPer10k: per10k(loud),
  allPer10k: per10k(findings.length),
  loudExcludingAlwaysRight: loudExcluding,
  loudExcludingAlwaysRightPer10k: per10k(loudExcluding),
  target: TARGET,
  excludedRules: ALWAYS_RIGHT,
};

// ---- 3: judgments -----------------------------------------------------------------------------------

function readJudgments(corpus) {
  const lines = fs.readFileSync(corpus.judgments, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0].split('\t').map((h) => h.trim().toLowerCase());
  const col = (...names) => header.findIndex((h) => names.some((n) => h === n || h.startsWith(n)));
  const cLoc = col('file:line:col', 'file', 'location');
  const cRule = col('rule');
  const cSeverity = col('severity');
  const cVerdict = col('verdict', 'judgment');
  const cReason = col('reason');
  const cContext = col('context');
  if ([cLoc, cRule, cVerdict, cContext].some((c) => c < 0)) throw new Error(`${corpus.judgments}: expected columns file:line:col, rule, verdict, context; found ${lines[0]}`);
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    const m = /^(.*):(\d+):(\d+)$/.exec(cells[cLoc]);
    const name = m ? m[1] : cells[cLoc];
    return {
      file: path.resolve(corpus.docsDir, name),
      name,
      line: m ? Number(m[2]) : 0,
      column: m ? Number(m[3]) : 0,
      rule: cells[cRule],
      severity: cSeverity >= 0 ? cells[cSeverity] : '',
      verdict: (cells[cVerdict] ?? '').trim().toUpperCase(),
      reason: cReason >= 0 ? cells[cReason] : '',
      context: cells[cContext] ?? '',
    };
  });
}

/** Where a judged finding is in the text: the occurrence of its context nearest its line:col. */
function locate(j) {
  if (!fs.existsSync(j.file)) return undefined;
  const text = textOf(j.file);
  const open = j.context.indexOf('【');
  const close = j.context.indexOf('】', open + 1);
  const left = open >= 0 ? j.context.slice(0, open) : '';
  const span = open >= 0 && close >= 0 ? j.context.slice(open + 1, close) : j.context;
  const right = close >= 0 ? j.context.slice(close + 1) : '';
  const hint = (lineStarts(j.file)[j.line - 1] ?? 0) + Math.max(0, j.column - 1);
  // Whole context, then shorter and shorter sides (a judgment made on a slightly different text).
  for (const n of [Infinity, 20, 10, 5, 0]) {
    const l = n === Infinity ? left : left.slice(Math.max(0, left.length - n));
    const r = n === Infinity ? right : right.slice(0, n);
    const needle = l + span + r;
    if (needle === '') continue;
    let best;
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      const start = i + l.length;
      if (best === undefined || Math.abs(start - hint) < Math.abs(best - hint)) best = start;
    }
    if (best !== undefined) return { start: best, end: best + span.length, how: n === Infinity ? 'context' : `span±${n}` };
  }
  return undefined;
}

// Only judgments of the documents linted (a single file or a part of the corpus may be given).
const linted = new Set(reports.map((r) => path.resolve(r.file)));
const judgments = [];
let judgmentsElsewhere = 0;
for (const corpus of corpora) if (corpus.judgments) for (const j of readJudgments(corpus)) {
  if (linted.has(j.file)) judgments.push(j);
  else judgmentsElsewhere++;
}
const byFileRule = new Map();
for (const f of findings) {
  const key = `${f.file}\0${f.rule}`;
  if (!byFileRule.has(key)) byFileRule.set(key, []);
  byFileRule.get(key).push(f);
}
// Matching, one finding per judgment: overlapping spans first (closest start), then the same line.
for (const j of judgments) j.located = locate(j);
for (const pass of ['overlap', 'line']) {
  for (const j of judgments) {
    if (!j.located || j.match) continue;
    const { start, end } = j.located;
    const line = lineOf(j.file, start);
    const candidates = (byFileRule.get(`${j.file}\0${j.rule}`) ?? []).filter((f) => !f.judged && (pass === 'overlap' ? f.start < Math.max(end, start + 1) && start < Math.max(f.end, f.start + 1) : lineOf(f.file, f.start) === line));
    candidates.sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start));
    if (candidates[0]) {
      j.match = candidates[0];
      candidates[0].judged = j;
    }
  }
}
const judgedRow = (j) => ({
  file: j.name,
  line: j.located ? lineOf(j.file, j.located.start) + 1 : j.line,
  rule: j.rule,
  verdict: j.verdict,
  severityThen: j.severity,
  severityNow: j.match?.severity ?? null,
  reason: j.reason,
  context: j.located ? snippet(j.file, j.located.start, j.located.end) : oneLine(j.context),
});
const ofVerdict = (v) => judgments.filter((j) => j.verdict === v);
const summary = (v) => {
  const js = ofVerdict(v);
  return { judged: js.length, loud: js.filter((j) => j.match && isLoud(j.match)).length, quiet: js.filter((j) => j.match && !isLoud(j.match)).length, gone: js.filter((j) => j.located && !j.match).length, notLocated: js.filter((j) => !j.located).length };
};
const judgmentReport =
  judgments.length === 0
    ? null
    : {
        files: corpora.map((c) => c.judgments).filter(Boolean),
        judged: judgments.length,
        skippedNotLinted: judgmentsElsewhere,
        notLocated: judgments.filter((j) => !j.located).map(judgedRow),
        locatedApproximately: judgments.filter((j) => j.located && j.located.how !== 'context').length,
        FALSE: summary('FALSE'),
        TRUE: summary('TRUE'),
        DEBATABLE: summary('DEBATABLE'),
        falseStillLoud: ofVerdict('FALSE').filter((j) => j.match && isLoud(j.match)).map(judgedRow),
        falseNowQuiet: ofVerdict('FALSE').filter((j) => j.match && !isLoud(j.match)).map(judgedRow),
        trueMissed: ofVerdict('TRUE').filter((j) => !j.match).map(judgedRow),
        debatableStillLoud: ofVerdict('DEBATABLE').filter((j) => j.match && isLoud(j.match)).map(judgedRow),
        unjudgedLoud: findings
          .filter((f) => isLoud(f) && !f.judged && corpora.some((c) => c.judgments && f.file.startsWith(c.docsDir + path.sep)))
          .map((f) => ({ file: rel(f.file), line: f.line, rule: f.rule, severity: f.severity, message: f.message, context: snippet(f.file, f.start, f.end) })),
      };

// ---- 4: what --fix would change ---------------------------------------------------------------------

/** Myers' diff of two strings: [op, text] runs, op one of '=', '-', '+'. */
function diff(a, b) {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const off = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  trace.push(v.slice());
  const ops = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[off + k - 1] < vd[off + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[off + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push(['=', a[--x]]);
      y--;
    }
    if (d > 0) {
      if (x === prevX) ops.push(['+', b[--y]]);
      else ops.push(['-', a[--x]]);
    }
  }
  while (x > 0 && y > 0) {
    ops.push(['=', a[--x]]);
    y--;
  }
  ops.reverse();
  return ops;
}

/** Applies non-overlapping edits ({start, end, newText}) to a string. */
function applyEdits(text, list) {
  let out = '';
  let cursor = 0;
  for (const e of [...list].sort((x, y) => x.start - y.start)) {
    if (e.start < cursor) return text;
    out += text.slice(cursor, e.start) + e.newText;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/** Changed stretches of one line: {start, end} in the old line, old and new text. */
function hunks(before, after) {
  // The common ends are trimmed first so that the diff runs on the changed middle only.
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  const ops = diff(before.slice(p, before.length - s), after.slice(p, after.length - s));
  const out = [];
  let at = p;
  let cur;
  for (const [op, ch] of ops) {
    if (op === '=') {
      if (cur) {
        out.push(cur);
        cur = undefined;
      }
      at++;
      continue;
    }
    cur ??= { start: at, end: at, from: '', to: '' };
    if (op === '-') {
      cur.from += ch;
      cur.end = ++at;
    } else cur.to += ch;
  }
  if (cur) out.push(cur);
  return out;
}

const fixSummaries = [];
const edits = [];
{
  let current;
  for (const l of stderrLines) {
    const head = /^(.*): 将修复 (\d+) 处问题。/.exec(l);
    if (head) {
      // A path with control characters or quotes is printed JSON-quoted.
      const shown = head[1].startsWith('"') ? JSON.parse(head[1]) : head[1];
      current = { file: shown, fixes: Number(head[2]), lines: [] };
      fixSummaries.push(current);
      continue;
    }
    const change = /^ {2}(\d+)([-+]) ?(.*)$/.exec(l);
    if (current && change) {
      const n = Number(change[1]);
      if (change[2] === '-') current.lines.push({ line: n, before: change[3], after: '' });
      else if (current.lines.at(-1)?.line === n) current.lines.at(-1).after = change[3];
    } else if (!l.startsWith('  ')) current = undefined;
  }
  // Each changed line is split into changed stretches (hunks). A finding's fix explains hunks when
  // applying that fix alone to the old line changes exactly some of them; one entry is listed per
  // explaining fix (a fix of several edits, e.g. a whole date, is one entry). When fixes of several
  // findings would make the same change, the one explaining the most hunks is named and the others
  // are noted (only one was applied: --fix skips a fix that clashes with one already taken).
  const same = (h, k) => h.start === k.start && h.end === k.end && h.to === k.to;
  const ctx = 8;
  for (const s of fixSummaries) {
    const file = path.resolve(s.file);
    const diags = findings.filter((f) => f.file === file);
    for (const { line, before, after } of s.lines) {
      const changed = hunks(before, after);
      const claims = [];
      for (const f of diags) {
        for (const fx of f.fixes) {
          const own = fx.edits.filter((e) => e.range.start.line === line - 1 && e.range.end.line === line - 1);
          if (own.length === 0 || own.length !== fx.edits.length) continue;
          const alone = applyEdits(before, own.map((e) => ({ start: e.range.start.character, end: e.range.end.character, newText: e.newText })));
          const mine = hunks(before, alone);
          const idx = mine.map((h) => changed.findIndex((k) => same(h, k)));
          if (mine.length > 0 && idx.every((i) => i >= 0)) {
            claims.push({ f, fx, idx });
            break;
          }
        }
      }
      claims.sort((a, b) => b.idx.length - a.idx.length || a.f.start - b.f.start);
      const taken = new Set();
      const entries = [];
      for (const c of claims) {
        if (c.idx.some((i) => taken.has(i))) {
          const owner = entries.find((e) => e.idx.some((i) => c.idx.includes(i)));
          if (owner && !owner.also.includes(c.f.rule) && owner.f.rule !== c.f.rule) owner.also.push(c.f.rule);
          continue;
        }
        c.idx.forEach((i) => taken.add(i));
        entries.push({ ...c, also: [] });
      }
      // Hunks no fix explains alone (a later pass of --fix, or edits that combine): listed as they are.
      changed.forEach((h, i) => {
        if (taken.has(i)) return;
        const near = diags.filter((f) => f.fixes.some((fx) => fx.edits.some((e) => e.range.start.line === line - 1 && e.range.start.character <= h.end && e.range.end.character >= h.start)));
        entries.push({ f: undefined, fx: undefined, idx: [i], also: [...new Set(near.map((f) => f.rule))] });
      });
      entries.sort((a, b) => changed[a.idx[0]].start - changed[b.idx[0]].start);
      for (const e of entries) {
        const hs = e.idx.map((i) => changed[i]).sort((x, y) => x.start - y.start);
        const from = hs[0].start;
        const to = hs.at(-1).end;
        const a = Math.max(0, from - ctx);
        const b = Math.min(before.length, to + ctx);
        let applied = '';
        let cursor = a;
        for (const h of hs) {
          applied += before.slice(cursor, h.start) + h.to;
          cursor = h.end;
        }
        applied += before.slice(cursor, b);
        edits.push({
          file: rel(file),
          line,
          rule: e.f ? e.f.rule : null,
          alsoFixedBy: e.also,
          title: e.fx ? e.fx.title : null,
          before: `${a > 0 ? '…' : ''}${before.slice(a, b)}${b < before.length ? '…' : ''}`,
          after: `${a > 0 ? '…' : ''}${applied}${b < before.length ? '…' : ''}`,
        });
      }
    }
  }
}
const fixReport = {
  files: fixSummaries.length,
  findingsFixed: fixSummaries.reduce((n, s) => n + s.fixes, 0),
  edits: edits.length,
  byRule: Object.fromEntries([...edits.reduce((m, e) => m.set(e.rule ?? '(unattributed)', (m.get(e.rule ?? '(unattributed)') ?? 0) + 1), new Map())].sort((a, b) => b[1] - a[1])),
  unlisted: fixSummaries.filter((s) => s.lines.length === 0).map((s) => ({ file: rel(path.resolve(s.file)), fixes: s.fixes })),
  list: edits,
};

// ---- output --------------------------------------------------------------------------------------------

const fmt = (x) => x.toFixed(2);
const int = (x) => x.toLocaleString('en-US');
const result = {
  when: new Date().toISOString(),
  version,
  commit,
  command: `node bin/gongwen.js ${cliArgs.map((a) => (a.includes(' ') ? JSON.stringify(a) : a)).join(' ')}`,
  corpora: corpora.map((c) => ({ docs: c.docs, judgments: c.judgments ?? null })),
  segmentation: segmentationOff ? `off: ${segmentationOff}` : 'on',
  configProblems: configProblems.map((r) => r.file),
  documents,
  characters,
  rates,
  byRule: ruleRows,
  judgments: judgmentReport,
  fix: fixReport,
};

/** Per rule: findings at error/warning and below, and how the judged ones among them were judged. */
function perRuleJudged() {
  const rows = {};
  for (const f of findings) {
    const row = (rows[f.rule] ??= { loud: 0, quiet: 0, loudTrue: 0, loudFalse: 0, loudDebatable: 0, quietTrue: 0, quietFalse: 0, quietDebatable: 0 });
    const level = isLoud(f) ? 'loud' : 'quiet';
    row[level]++;
    if (f.judged) row[`${level}${{ TRUE: 'True', FALSE: 'False', DEBATABLE: 'Debatable' }[f.judged.verdict]}`]++;
  }
  return rows;
}

if (writeDocs) {
  const target = path.join(ROOT, 'server', 'src', 'config', 'corpusPrecision.ts');
  const data = { commit, documents, characters, rules: perRuleJudged() };
  const text = [
    '/**',
    ' * Measured by `npm run precision -- --write-docs` on the development corpus of real published',
    ' * documents (kept outside the repository): per rule, findings at error/warning (loud) and below',
    ' * (quiet), and how many of them a reader judged a real fault (True), a false alarm (False) or',
    ' * house style (Debatable). Generated; docs/rules.md shows it.',
    ' */',
    `export const CORPUS_PRECISION = {`,
    `  commit: '${data.commit}',`,
    `  documents: ${data.documents},`,
    `  characters: ${data.characters},`,
    `  rules: {`,
    ...Object.entries(data.rules)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([rule, r]) => `    '${rule}': { ${Object.entries(r).map(([k, v]) => `${k}: ${v}`).join(', ')} },`),
    `  },`,
    `} as const;`,
    '',
  ].join('\n');
  fs.writeFileSync(target, text);
  process.stderr.write(`wrote ${path.relative(ROOT, target)}\n`);
}

if (asJson) {
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
} else if (asMarkdown) {
  const out = [];
  out.push(`Gongwen ${version} (${commit}) on ${int(documents)} real documents, ${int(characters)} characters: ${int(loud)} findings at error/warning (${fmt(rates.loudPer10k)} per 10,000 characters), ${int(findings.length)} at all levels (${fmt(rates.allPer10k)}). Without the rules that were right every time (${ALWAYS_RIGHT.map((r) => `\`${r}\``).join(', ')}): ${int(loudExcluding)} loud, **${fmt(rates.loudExcludingAlwaysRightPer10k)} per 10,000** (target ≤ ${fmt(TARGET)}).`);
  out.push('');
  out.push('| rule | error + warning | per 10,000 | all levels | per 10,000 |');
  out.push('|---|---:|---:|---:|---:|');
  for (const r of ruleRows) out.push(`| \`${r.rule}\` | ${r.loud} | ${fmt(r.loudPer10k)} | ${r.all} | ${fmt(r.allPer10k)} |`);
  out.push(`| **all rules** | **${loud}** | **${fmt(rates.loudPer10k)}** | **${findings.length}** | **${fmt(rates.allPer10k)}** |`);
  if (judgmentReport) {
    const { FALSE: F, TRUE: T, DEBATABLE: D } = judgmentReport;
    out.push('');
    out.push(`Judged findings of the first release: ${F.loud} of ${F.judged} false alarms still at error/warning; ${T.judged - T.gone - T.notLocated} of ${T.judged} real faults still found; ${D.loud} of ${D.judged} debatable ones still at error/warning.`);
  }
  out.push(`\`--fix\` would make ${edits.length} edit(s) (${fixReport.findingsFixed} finding(s) fixed) in ${fixReport.files} file(s).`);
  process.stdout.write(out.join('\n') + '\n');
} else {
  const out = [];
  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  out.push(`Gongwen precision on real documents — gongwen ${version}, commit ${commit}`);
  out.push(`  ${result.command}`);
  for (const c of corpora) out.push(`  corpus: ${c.docs}${c.judgments ? `  (judgments: ${c.judgments})` : '  (no judgments.tsv)'}`);
  out.push(`  segmentation (terminology drift): ${result.segmentation}`);
  if (configProblems.length > 0) out.push(`  config problems: ${configProblems.map((r) => r.file).join(', ')}`);
  out.push('');
  out.push(`1. ${int(documents)} document${documents === 1 ? '' : 's'}, ${int(characters)} characters (Unicode code points as read, line breaks included)`);
  out.push('');
  const w = Math.max(30, ...ruleRows.map((r) => r.rule.length + 2));
  out.push(`${pad('rule', w)}${lpad('error', 6)}${lpad('warn', 6)}${lpad('info', 6)}${lpad('hint', 6)}${lpad('loud', 7)}${lpad('/10k', 7)}${lpad('all', 6)}${lpad('/10k', 7)}`);
  for (const r of ruleRows) out.push(`${pad(r.rule, w)}${lpad(r.error, 6)}${lpad(r.warning, 6)}${lpad(r.information, 6)}${lpad(r.hint, 6)}${lpad(r.loud, 7)}${lpad(fmt(r.loudPer10k), 7)}${lpad(r.all, 6)}${lpad(fmt(r.allPer10k), 7)}`);
  const tot = (k) => ruleRows.reduce((n, r) => n + r[k], 0);
  out.push(`${pad('all rules', w)}${lpad(tot('error'), 6)}${lpad(tot('warning'), 6)}${lpad(tot('information'), 6)}${lpad(tot('hint'), 6)}${lpad(loud, 7)}${lpad(fmt(rates.loudPer10k), 7)}${lpad(findings.length, 6)}${lpad(fmt(rates.allPer10k), 7)}`);
  out.push('');
  out.push(`2. Loud (error + warning) without ${ALWAYS_RIGHT.join(', ')}:`);
  out.push(`   ${loudExcluding} findings, ${fmt(rates.loudExcludingAlwaysRightPer10k)} per 10,000 characters (target ≤ ${fmt(TARGET)}: ${rates.loudExcludingAlwaysRightPer10k <= TARGET ? 'met' : 'not met'})`);
  out.push('');
  if (!judgmentReport) out.push('3. No judgments.tsv beside the documents: no judged comparison.');
  else {
    const J = judgmentReport;
    const line = (r) => `     ${r.file}:${r.line}  ${r.rule}${r.severityNow ? ` (${r.severityNow})` : ''}  ${r.context}`;
    const s = (v) => `${v.loud} loud, ${v.quiet} information/hint, ${v.gone} no longer found${v.notLocated ? `, ${v.notLocated} not located` : ''}`;
    out.push(`3. Judgments: ${J.judged} (${J.files.join(', ')}${J.skippedNotLinted ? `; ${J.skippedNotLinted} more on documents not linted, left out` : ''}); ${J.judged - J.notLocated.length} located in the text by their context${J.locatedApproximately ? ` (${J.locatedApproximately} by a shorter context)` : ''}, ${J.notLocated.length} not located`);
    for (const r of J.notLocated) out.push(`   not located: ${r.file}:${r.line} ${r.rule} ${r.verdict}`);
    out.push(`   FALSE     ${J.FALSE.judged}: ${s(J.FALSE)}`);
    out.push(`   TRUE      ${J.TRUE.judged}: ${J.TRUE.judged - J.TRUE.gone - J.TRUE.notLocated} still found (${J.TRUE.loud} loud, ${J.TRUE.quiet} information/hint), ${J.TRUE.gone} missed`);
    out.push(`   DEBATABLE ${J.DEBATABLE.judged}: ${s(J.DEBATABLE)}`);
    out.push('');
    out.push(`   Judged FALSE, still loud (${J.falseStillLoud.length}):`);
    for (const r of J.falseStillLoud) out.push(line(r));
    out.push(`   Judged TRUE, missed (${J.trueMissed.length}):`);
    for (const r of J.trueMissed) out.push(line(r));
    out.push(`   Judged DEBATABLE, still loud (${J.debatableStillLoud.length}):`);
    for (const r of J.debatableStillLoud) out.push(line(r));
    out.push(`   Loud findings nobody judged (${J.unjudgedLoud.length}):`);
    for (const r of J.unjudgedLoud) out.push(`     ${r.file}:${r.line}  ${r.rule} (${r.severity})  ${r.context}`);
  }
  out.push('');
  out.push(`4. --fix would make ${edits.length} edit(s), fixing ${fixReport.findingsFixed} finding(s), in ${fixReport.files} file(s)${Object.keys(fixReport.byRule).length ? ` — by rule: ${Object.entries(fixReport.byRule).map(([r, n]) => `${r} ${n}`).join(', ')}` : ''}`);
  for (const e of edits) out.push(`   ${e.file}:${e.line}  ${e.rule ?? `(no single fix; near ${e.alsoFixedBy.join(', ') || 'no finding'})`}${e.rule && e.alsoFixedBy.length ? ` (same change also offered by ${e.alsoFixedBy.join(', ')})` : ''}  ${e.before} → ${e.after}`);
  for (const u of fixReport.unlisted) out.push(`   ${u.file}: ${u.fixes} fix(es) that add or remove line breaks (the CLI does not list them line by line)`);
  process.stdout.write(out.join('\n') + '\n');
}
