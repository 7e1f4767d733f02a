// ESLint (flat config): the recommended JavaScript and typescript-eslint rules, import cycles,
// and the layers of the code base. No style or formatting rules. `npm run lint`; CI runs it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

// What the analysis core (server/src/core) must not reach: the layers above it, editor packages
// and process-level Node modules. The core is pure: text and settings in, findings out.
const CORE_FORBIDDEN_LAYERS = ['lsp', 'cli', 'docx', 'config', 'segmentation', 'io', 'report'];
const CORE_FORBIDDEN_MODULES = ['vscode', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-*', 'vscode-languageclient', 'vscode-languageclient/*', 'vscode-jsonrpc', 'vscode-jsonrpc/*', 'fs', 'fs/*', 'node:fs', 'node:fs/*', 'child_process', 'node:child_process', 'worker_threads', 'node:worker_threads', 'net', 'node:net'];

const CORE_PURE = 'server/src/core is pure: no editor packages, file system, processes or network.';

const nodeGlobals = {
  require: 'readonly', module: 'writable', exports: 'writable', process: 'readonly', console: 'readonly', Buffer: 'readonly',
  __dirname: 'readonly', __filename: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly',
  clearInterval: 'readonly', setImmediate: 'readonly', clearImmediate: 'readonly', URL: 'readonly', TextDecoder: 'readonly',
  TextEncoder: 'readonly', AbortController: 'readonly', structuredClone: 'readonly', queueMicrotask: 'readonly', performance: 'readonly', fetch: 'readonly',
};

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', '.vscode-test/', '.cache/', 'tests/artifacts/', 'tests/fixtures/', 'tests/vscode/fixtures/', 'bench-results/', '**/*.vsix'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: nodeGlobals },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.json', '.node'] })],
    },
    rules: {
      // Import cycles (type-only imports count: a type cycle is a layering fault too).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Unused code is the compiler's job (noUnusedLocals, noUnusedParameters in tsconfig.json);
      // here only the `_` convention for deliberately ignored values is added.
      // Chinese text writes the ideographic space (U+3000) on purpose: allowed in strings, comments,
      // regular expressions and templates, still an error in code.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipComments: true, skipRegExps: true, skipTemplates: true }],
      // The CLI's text report separates its columns with two spaces, and the tests match it
      // literally (/:6:14  warning  /); ` {2}` would only make them harder to read.
      'no-regex-spaces': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // CommonJS scripts (bin/, test support) load their modules with require().
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests load package.json, Node modules inside a suite and compiled modules by path at run time.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The core imports nothing from the layers above it nor from editor or process-level packages.
    files: ['server/src/core/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', {
        zones: [{ target: './server/src/core', from: CORE_FORBIDDEN_LAYERS.map((l) => `./server/src/${l}`), message: 'server/src/core must not import the layers above it (lsp, cli, docx, config, segmentation, io).' }],
      }],
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: CORE_FORBIDDEN_MODULES.filter((m) => !m.includes('*')).map((name) => ({ name, message: CORE_PURE })),
        patterns: [{ group: CORE_FORBIDDEN_MODULES.filter((m) => m.includes('*')), message: CORE_PURE }],
      }],
    },
  },
  {
    // The client talks to the server over LSP only: no server code in the extension bundle but the
    // shared protocol module (server/src/protocol.ts: request names and their types, type imports only).
    files: ['client/src/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', {
        zones: [{
          target: './client/src',
          from: './server',
          except: ['./src/protocol.ts'],
          message: 'client/src must not import server code (only the shared protocol module, server/src/protocol.ts).',
        }],
      }],
    },
  },
  {
    // The layers above the core use its public surface (server/src/core/index.ts), not its inner
    // files. The exception is segmentation/, which implements the core's Segmenter and runs in a
    // process of its own: it takes the few text and segmenter modules it needs, not the core's
    // rules (5 KB bundle instead of 700 KB).
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/core/**', 'server/src/segmentation/**', 'server/src/protocol.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ regex: '(^|/)core/.+', message: 'Import the core through its public surface (server/src/core/index.ts: from \'../core\').' }],
      }],
    },
  },
  {
    // The protocol, which the client bundles, takes from the core only plain data types, and only
    // from its vocabulary (server/src/core/types.ts, the project server/tsconfig.protocol.json
    // references), with `import type`: not the core's public surface, which is code.
    files: ['server/src/protocol.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { regex: '(^|/)core(/(?!types$).*)?$', message: 'server/src/protocol.ts takes from the core only the plain data types of its vocabulary (\'./core/types\').' },
          { regex: '(^|/)core/types$', allowTypeImports: true, message: 'server/src/protocol.ts imports the core\'s vocabulary with `import type` only.' },
        ],
      }],
    },
  },
);
