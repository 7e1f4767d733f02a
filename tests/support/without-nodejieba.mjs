#!/usr/bin/env node
// Runs a command with nodejieba unloadable in every Node process it starts (issue 22): preloads
// tests/support/no-nodejieba.js through NODE_OPTIONS, so the editor's extension host, the language
// server and its segmentation process all get MODULE_NOT_FOUND for nodejieba, as where it was never
// installed, and Gongwen's automatic fallback to the portable backend is what serves. Sets
// GONGWEN_EXPECT_SEGMENTER=portable for the suites that check the backend, and
// GONGWEN_NODEJIEBA_LOG (a file each refused require is written to) unless it is set; after the
// command it prints how many requires were refused, and fails if there were none while the command
// passed (nodejieba was never asked for: the preload did not reach the server).
//
//   node tests/support/without-nodejieba.mjs npm run test:vscode:host
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error('usage: node tests/support/without-nodejieba.mjs COMMAND [ARGS…]');
  process.exit(2);
}
const shim = path.join(path.dirname(fileURLToPath(import.meta.url)), 'no-nodejieba.js');
const log = process.env.GONGWEN_NODEJIEBA_LOG || path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-no-nodejieba-')), 'refused.jsonl');
fs.writeFileSync(log, '');
const env = {
  ...process.env,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require=${JSON.stringify(shim)}`.trim(),
  GONGWEN_EXPECT_SEGMENTER: 'portable',
  GONGWEN_NODEJIEBA_LOG: log,
};
delete env.GONGWEN_SEGMENTER;
console.log(`[without-nodejieba] nodejieba unloadable (NODE_OPTIONS=${env.NODE_OPTIONS}); refused requires in ${log}`);
const r = spawnSync(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
const refused = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const from = [...new Set(refused.map((e) => path.basename(e.from ?? '?')))].join(', ');
console.log(`[without-nodejieba] ${refused.length} require(s) of nodejieba refused${from ? ` (from ${from})` : ''}`);
let status = r.status ?? 1;
if (status === 0 && refused.length === 0) {
  console.log('[without-nodejieba] nodejieba was never asked for: the preload did not reach the segmentation process');
  console.log('0 passed, 1 failed');
  status = 1;
}
process.exit(status);
