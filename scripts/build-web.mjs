// Bundles Gongwen for VS Code for the Web (vscode.dev, code-server's browser extension host):
//   dist/browserClient.js  the extension's "browser" entry (client/src/browserClient.ts), which the
//                          web worker extension host loads instead of dist/client.js;
//   dist/browserServer.js  the language server as a web worker (server/src/browserServer.ts), with
//                          the segmentation dictionaries (dict/*.utf8) bundled as texts.
// Called by scripts/build.mjs after the compact dictionaries are written; runs alone too
// (`node scripts/build-web.mjs [--minify]`).
//
// The shared server and client code imports vscode-languageserver/node and vscode-languageclient/node;
// here those resolve to the packages' browser builds, which export the same API over worker
// messages. The few Node modules reachable from the web server are replaced by small modules in
// server/src/web/ (each says what it covers), and anything else Node-only fails the build
// (platform 'browser' resolves no Node built-in).
import * as esbuild from 'esbuild';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = (file) => `${root}server/src/web/${file}`;

/** Module → what the web bundles use instead. */
const SUBSTITUTES = {
  'vscode-languageserver/node': 'vscode-languageserver/browser',
  'vscode-languageclient/node': 'vscode-languageclient/browser',
  fs: web('noFs.ts'),
  url: web('url.ts'),
  crypto: web('crypto.ts'),
};

const substitute = {
  name: 'gongwen-web-substitutes',
  setup(build) {
    const filter = new RegExp(`^(${Object.keys(SUBSTITUTES).map((k) => k.replace(/[/]/g, '\\/')).join('|')})$`);
    build.onResolve({ filter }, (args) => {
      const target = SUBSTITUTES[args.path];
      if (target.startsWith('/')) return { path: target };
      return build.resolve(target, { resolveDir: args.resolveDir, kind: args.kind });
    });
  },
};

/** Builds both web bundles; returns their sizes in bytes. */
export async function buildWeb({ minify = process.argv.includes('--minify') } = {}) {
  const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  const common = {
    plugins: [substitute],
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    sourcemap: true,
    minify,
    logLevel: 'warning',
    mainFields: ['browser', 'module', 'main'],
    charset: 'utf8',
    define: { GONGWEN_VERSION: JSON.stringify(version) },
    absWorkingDir: root,
  };
  await Promise.all([
    // The extension host loads the client as a CommonJS module with `vscode` provided.
    esbuild.build({ ...common, entryPoints: ['client/src/browserClient.ts'], outfile: 'dist/browserClient.js', format: 'cjs', external: ['vscode'] }),
    esbuild.build({
      ...common,
      entryPoints: ['server/src/browserServer.ts'],
      outfile: 'dist/browserServer.js',
      format: 'iife',
      // nodejieba is referenced (jieba.ts) but never loaded in the worker: the portable segmenter serves.
      external: ['nodejieba'],
      loader: { '.utf8': 'text' },
      inject: [web('nodeGlobals.ts')],
    }),
  ]);
  return Object.fromEntries(['dist/browserClient.js', 'dist/browserServer.js'].map((f) => [f, statSync(`${root}${f}`).size]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, size] of Object.entries(await buildWeb())) console.log(`${file}: ${(size / 1e6).toFixed(2)} MB`);
}
