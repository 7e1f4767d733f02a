/**
 * Entry point that VS Code's extension host loads for `--extensionTestsPath`: runs every
 * `*.itest.js` beside this file with mocha and ends with the line `N passed, N failed`.
 * Everything is written with console.log, which the test runner relays (code-server: through
 * window.codeAutomationLog; desktop VS Code: the extension host's stdout).
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha = require('mocha');

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.GONGWEN_ITEST_TIMEOUT ?? 60000),
    forbidOnly: true,
    reporter: 'spec',
    ...(process.env.GONGWEN_ITEST_GREP ? { grep: process.env.GONGWEN_ITEST_GREP } : {}),
  });
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.itest.js'))
    .sort();
  if (files.length === 0) {
    return Promise.reject(new Error(`no *.itest.js files in ${__dirname} (did tsc run?)`));
  }
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  // First line of the suite's output; the offline runner (tests/vscode/fake-code/code) relays the
  // workbench's own log only before it, with GONGWEN_VSCODE_VERBOSE.
  console.log(`[itest] ${files.length} file(s): ${files.join(', ')}`);

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, pending = 0, tests = 0 } = runner.stats ?? {};
        const skipped = pending > 0 ? `, ${pending} skipped` : '';
        console.log(`\n${passes} passed, ${failures} failed${skipped}`);
        if (failures > 0) reject(new Error(`${failures} of ${tests} in-host tests failed`));
        else if (passes === 0) reject(new Error('no in-host test ran'));
        else resolve();
      });
    } catch (e) {
      console.error(e);
      console.log('0 passed, 1 failed');
      reject(e);
    }
  });
}
