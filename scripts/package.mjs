// Builds the VS Code packages (issue 22): one .vsix per target VS Code publishes, the desktop's and the web's.
// nodejieba is a native addon and its binary is built here for linux-x64 only, so:
//   linux-x64         nodejieba's runtime files and the portable backend (nodejieba serves; the
//                     portable backend where its binary does not load, e.g. musl or an old glibc);
//   every other target the portable backend alone (no .node file: nothing to fail to load).
// The portable backend is pure TypeScript inside dist/segmenter.js with the dictionaries of dict/,
// about 1.3 × nodejieba's time to cut and 1.9 × its load time (`npm run bench:segmentation`).
// The files are package.json's "files" (also the npm package's list; npm never packs node_modules,
// so its nodejieba entries only serve the linux-x64 .vsix). Portable packages are built with
// --no-dependencies, so no node_modules file is a candidate at all.
//
//   node scripts/package.mjs [--target T[,T…]] [--out DIR] [--no-build]
// Writes DIR/gongwen-<target>.vsix (default DIR tests/artifacts) and DIR/packages.json, and prints
// each package's name, target, backend and size.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);

/**
 * The targets `vsce package --target` accepts. `web` is the package VS Code for the Web (vscode.dev)
 * installs: the extension's browser entry starts the web worker server (dist/browserServer.js) with
 * the portable segmenter inside it; it carries the same files as the other portable packages.
 */
export const TARGETS = [
  { target: 'linux-x64', backend: 'nodejieba (portable as fallback)', native: true },
  { target: 'linux-arm64', backend: 'portable', native: false },
  { target: 'linux-armhf', backend: 'portable', native: false },
  { target: 'alpine-x64', backend: 'portable', native: false },
  { target: 'alpine-arm64', backend: 'portable', native: false },
  { target: 'win32-x64', backend: 'portable', native: false },
  { target: 'win32-arm64', backend: 'portable', native: false },
  { target: 'darwin-x64', backend: 'portable', native: false },
  { target: 'darwin-arm64', backend: 'portable', native: false },
  { target: 'web', backend: 'portable (web worker)', native: false },
];

function option(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`failed (${r.status ?? r.signal}): ${[cmd, ...args].join(' ')}`);
    process.exit(1);
  }
}

const wanted = option('--target')?.split(',');
const unknown = (wanted ?? []).filter((t) => !TARGETS.some((x) => x.target === t));
if (unknown.length > 0) {
  console.error(`unknown target ${unknown.join(', ')}; targets: ${TARGETS.map((t) => t.target).join(', ')}`);
  process.exit(2);
}
const targets = TARGETS.filter((t) => !wanted || wanted.includes(t.target));
const out = path.resolve(ROOT, option('--out') ?? path.join('tests', 'artifacts'));
fs.mkdirSync(out, { recursive: true });

if (!process.argv.includes('--no-build')) run(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--minify']);
if (targets.some((t) => t.native) && !fs.existsSync(path.join(ROOT, 'node_modules', 'nodejieba', 'build', 'Release', 'nodejieba.node'))) {
  console.error('linux-x64 carries nodejieba, whose binary is not built here (npm install nodejieba), or leave linux-x64 out with --target');
  process.exit(1);
}

// What is packed from dist/ and dict/, to tell whether another build rewrote it while packaging.
const built = () =>
  ['dist', 'dict']
    .flatMap((d) => fs.readdirSync(path.join(ROOT, d)).map((f) => path.join(ROOT, d, f)))
    .filter((f) => !f.endsWith('.map'))
    .map((f) => `${f} ${createHash('sha256').update(fs.readFileSync(f)).digest('hex')}`)
    .join('\n');
const before = built();

const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
const packages = [];
for (const { target, backend, native } of targets) {
  const file = path.join(out, `gongwen-${target}.vsix`);
  const args = ['package', '--target', target, '--allow-missing-repository', '--no-rewrite-relative-links', '-o', file];
  // Without dependency detection no node_modules file is packed, so "files"' nodejieba entries match nothing.
  if (!native) args.push('--no-dependencies', '--allow-unused-files-pattern');
  run(process.execPath, [vsce, ...args]);
  packages.push({ file: path.relative(ROOT, file), target, backend, bytes: fs.statSync(file).size });
}

if (built() !== before) {
  console.error('dist/ or dict/ changed while the packages were built (another build ran at the same time): run npm run package again');
  process.exit(1);
}

// Merged with the list a previous run wrote, so that a run for some targets keeps the others'.
const listFile = path.join(out, 'packages.json');
let previous = [];
try {
  previous = JSON.parse(fs.readFileSync(listFile, 'utf8')).filter((p) => !packages.some((q) => q.target === p.target) && fs.existsSync(path.join(ROOT, p.file)));
} catch {
  // no list yet
}
const all = [...previous, ...packages].sort((a, b) => TARGETS.findIndex((t) => t.target === a.target) - TARGETS.findIndex((t) => t.target === b.target));
fs.writeFileSync(listFile, JSON.stringify(all, null, 2) + '\n');

const mb = (n) => `${(n / 2 ** 20).toFixed(2)} MiB`;
console.log('\n| package | target | backend | size |\n|---|---|---|---:|');
for (const p of all) console.log(`| ${path.basename(p.file)} | ${p.target} | ${p.backend} | ${mb(p.bytes)} |`);
