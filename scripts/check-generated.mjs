// `npm run check:generated [-- --root DIR]`: regenerates the artefacts of scripts/generated.mjs in
// memory and compares them with the files under DIR (default: this checkout). Exit status 0 when
// every one is what `npm run gen:schema` would write, 1 naming those that differ (edited by hand,
// or not regenerated after a rule changed), 2 on a usage error. Needs the compiled code (out/).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { artefacts } from './generated.mjs';

const args = process.argv.slice(2);
let root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--root' && args[i + 1]) root = path.resolve(args[++i]);
  else {
    console.error(`check:generated: unknown argument ${args[i]} (usage: check-generated.mjs [--root DIR])`);
    process.exit(2);
  }
}

/** The first line where two texts differ, 1-based, with both versions. */
function firstDifference(actual, expected) {
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] !== e[i]) return `line ${i + 1}: committed ${JSON.stringify(a[i] ?? '<end of file>')}, generated ${JSON.stringify(e[i] ?? '<end of file>')}`;
  }
  return 'same lines';
}

const stale = [];
const list = artefacts();
for (const { file, compare, generate } of list) {
  const target = path.join(root, file);
  const actual = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  if (actual === undefined) {
    stale.push({ file, why: 'missing' });
    continue;
  }
  const expected = generate(actual);
  if (compare === 'json') {
    let parsed;
    try {
      parsed = JSON.stringify(JSON.parse(actual), null, 2) + '\n';
    } catch (e) {
      stale.push({ file, why: `not JSON: ${e.message}` });
      continue;
    }
    if (parsed !== expected) stale.push({ file, why: firstDifference(parsed, expected) });
  } else if (actual !== expected) stale.push({ file, why: firstDifference(actual, expected) });
}

if (stale.length > 0) {
  console.error(`check:generated: ${stale.length} of ${list.length} generated files differ from what \`npm run gen:schema\` writes (run it and commit the result):`);
  for (const { file, why } of stale) console.error(`  ${file}: ${why}`);
  process.exit(1);
}
console.log(`check:generated: ${list.length} generated files up to date (${list.map((a) => a.file).join(', ')})`);
