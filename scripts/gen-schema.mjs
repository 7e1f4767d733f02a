// Writes the artefacts generated from the settings table and the rule registry (compiled into
// out/ by `tsc -b`): the list is scripts/generated.mjs, which `npm run check:generated` checks.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { artefacts } from './generated.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
for (const { file, generate } of artefacts()) {
  const target = path.join(ROOT, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, generate(existsSync(target) ? readFileSync(target, 'utf8') : undefined));
}
console.log(`updated: ${artefacts().map((a) => a.file).join(", ")}`);
