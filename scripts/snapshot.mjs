// Writes what the CLI says about every example and fixture (findings, the fix-all changes and the
// outline, as JSON) into one file, for comparing before and after a refactor:
//   node scripts/snapshot.mjs before.json     (old code)   … change, rebuild …
//   node scripts/snapshot.mjs after.json && cmp before.json after.json
// Drafts (a fixed list: the folders' files when the first snapshot was taken are
// what both compare; new files are listed by name in the comparison): ../shared/examples, tests/fixtures (.txt, .md) and, when present, ../shared/corpus/real/docs.
// Runs the built CLI (bin/gongwen.js → dist/, from `node scripts/build.mjs`), segmenter included.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
// Arguments after OUT.json go to every lint run (e.g. --rule typo.word=off, to compare a refactor
// that also added a rule with the code before it).
const [outFile, ...lintArgs] = process.argv.slice(2);
if (!outFile) {
  console.error('usage: node scripts/snapshot.mjs OUT.json [LINT ARGS...]');
  process.exit(2);
}

function drafts(dir) {
  if (!fs.existsSync(dir)) return [];
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...drafts(p));
    else if (/\.(txt|md)$/.test(entry.name) && entry.name !== 'README.md') found.push(p);
  }
  return found.sort();
}

function cli(args, cwd) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/gongwen.js'), ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const base = path.join(root, '..');
const files = [...drafts(path.join(root, '../shared/examples')), ...drafts(path.join(root, 'tests/fixtures')), ...drafts(path.join(root, '../shared/corpus/real/docs'))].map((f) => path.relative(base, f));
const snapshot = {
  lint: cli(['lint', '--format', 'json', '--jobs', '1', ...lintArgs, ...files], base),
  fix: cli(['lint', '--fix-dry-run', '--jobs', '1', ...lintArgs, ...files], base),
  outline: cli(['outline', '--format', 'json', ...files], base),
};
fs.writeFileSync(outFile, JSON.stringify(snapshot, null, 1) + '\n');
console.log(`${files.length} drafts → ${outFile}`);
