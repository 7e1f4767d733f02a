/**
 * Loads Word support (word.ts) on first use. In the bundles (dist/server.js, dist/cli.js) it is
 * the separate bundle dist/docx.js beside them; in the unbundled build it is word.js beside this
 * file. The path is computed, so that esbuild leaves the require alone instead of inlining it.
 */
import * as fs from 'fs';
import * as path from 'path';

type Word = typeof import('./word');

let loaded: Word | undefined;

export function wordSupport(): Word {
  if (!loaded) {
    const bundled = path.join(__dirname, 'docx.js');
    const file = fs.existsSync(bundled) ? bundled : path.join(__dirname, 'word.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require(file) as Word;
  }
  return loaded;
}
