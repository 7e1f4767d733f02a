/**
 * Runs the in-host suite (tests/vscode/suite) in a real VS Code with @vscode/test-electron.
 *
 * GONGWEN_VSCODE selects the VS Code:
 *   code-server  VS Code's server build (scripts/vscode/setup.sh installs it) shown in headless
 *                Chromium, through tests/vscode/fake-code/code, which stands in for the `code`
 *                executable that runTests() spawns. Works offline.
 *   desktop      desktop VS Code, downloaded by @vscode/test-electron (needs internet, and a display
 *                or xvfb-run on Linux).
 *   (unset)      code-server when update.code.visualstudio.com cannot be resolved, else desktop.
 * GONGWEN_VSCODE_VERSION picks the desktop version (default: the engines.vscode minimum, 1.100.3).
 *
 * Run after `npm run pretest`: node out/tests/vscode/runTests.js
 */
import * as dns from 'dns';
import * as fs from 'fs';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const SUMMARY = /^(?:\w+: )?\d+ passed, \d+ failed/m;

function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'gongwen') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no gongwen package.json above ${__dirname}`);
  }
}

function resolves(host: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    dns.lookup(host, (err) => {
      clearTimeout(timer);
      resolve(!err);
    });
  });
}

async function chooseVSCode(): Promise<'code-server' | 'desktop'> {
  const wanted = process.env.GONGWEN_VSCODE;
  if (wanted === 'code-server' || wanted === 'desktop') return wanted;
  if (wanted) throw new Error(`GONGWEN_VSCODE must be "code-server" or "desktop", not "${wanted}"`);
  return (await resolves('update.code.visualstudio.com', 3000)) ? 'desktop' : 'code-server';
}

async function main(): Promise<number> {
  const root = repoRoot();
  const extensionDevelopmentPath = root;
  const extensionTestsPath = path.join(__dirname, 'suite', 'index');
  const workspace = path.join(root, 'tests', 'vscode', 'fixtures', 'workspace');
  for (const [what, p] of [
    ['the bundled extension (npm run build)', path.join(root, 'dist', 'client.js')],
    ['the compiled suite (tsc -b)', `${extensionTestsPath}.js`],
    ['the fixture workspace', workspace],
  ] as const) {
    if (!fs.existsSync(p)) throw new Error(`missing ${what}: ${p}`);
  }

  const kind = await chooseVSCode();
  const started = Date.now();
  console.log(`[runTests] VS Code: ${kind}; workspace ${path.relative(root, workspace)}`);
  const common = {
    extensionDevelopmentPath,
    extensionTestsPath,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  };
  try {
    const code =
      kind === 'code-server'
        ? await runTests({ ...common, vscodeExecutablePath: path.join(root, 'tests', 'vscode', 'fake-code', 'code') })
        : await runTests({ ...common, version: process.env.GONGWEN_VSCODE_VERSION ?? '1.100.3' });
    console.log(`[runTests] done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    return code;
  } catch (e) {
    console.error(`[runTests] in-host tests failed after ${((Date.now() - started) / 1000).toFixed(1)}s: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

// Watch our own output: if the suite never printed its `N passed, N failed` line (VS Code did not
// start, the suite did not load), close with a failing one so no runner failure reads as "no tests".
let sawSummary = false;
let recent = '';
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  recent = (recent + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))).slice(-400);
  if (SUMMARY.test(recent)) sawSummary = true;
  return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
}) as typeof process.stdout.write;

main()
  .catch((e: unknown) => {
    console.error(`[runTests] ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  })
  .then((code) => {
    if (!sawSummary) console.log(`\n0 passed, 1 failed`);
    process.exit(code === 0 && sawSummary ? 0 : code || 1);
  });
