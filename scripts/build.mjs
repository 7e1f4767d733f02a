// Bundles the extension client, the language server and the CLI with esbuild.
// nodejieba is a native addon that locates its binary and dictionaries through __dirname,
// so it stays external and ships in node_modules beside the bundle.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { writeCompactDictionaries } from './dictionary/compact.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * vscode-jsonrpc requires Node's crypto at load time only to name pipes (randomBytes), which the
 * stdio transport never does; loading crypto costs 7–11 ms of every server start. Its require is
 * served by a stub that loads crypto on first use.
 */
const lazyCrypto = {
  name: 'lazy-crypto',
  setup(build) {
    build.onResolve({ filter: /^crypto$/ }, (args) => (/vscode-jsonrpc/.test(args.importer) ? { path: 'lazy-crypto', namespace: 'lazy-crypto' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy-crypto' }, () => ({
      contents: "module.exports = { randomBytes: (...args) => require('crypto').randomBytes(...args) };",
      loader: 'js',
    }));
  },
};

const common = {
  plugins: [lazyCrypto],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  external: ['vscode', 'nodejieba'],
  logLevel: 'warning',
  // jsonc-parser's UMD build requires files dynamically; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  // Chinese text (rule data, messages) as UTF-8, not \uXXXX escapes: typo.char's data alone is about 250 KB of
  // characters, which escaping made 485 KB in each bundle.
  charset: 'utf8',
  define: { GONGWEN_VERSION: JSON.stringify(version) },
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/segmentation/child.ts'], outfile: 'dist/segmenter.js' }),
  // Word support, loaded by the server and the CLI on first use (server/src/docx/load.ts).
  esbuild.build({ ...common, entryPoints: ['server/src/docx/word.ts'], outfile: 'dist/docx.js' }),
]);

// The compact segmentation dictionaries (dict/jieba.compact.dict.utf8, dict/idf.compact.utf8).
writeCompactDictionaries(new URL('../dict', import.meta.url).pathname);
await (await import('./build-web.mjs')).buildWeb(); // VS Code for the Web: dist/browserClient.js, dist/browserServer.js
