#!/usr/bin/env node
// End-to-end test of Gongwen for VS Code for the Web: the packaged extension installed into
// code-server and run in the browser's web worker extension host (the user setting
// remote.extensionKind makes it a "web" extension, as on vscode.dev, where no Node extension host
// exists), its language server a web worker started from dist/browserServer.js. Opens a faulty
// draft and waits for Gongwen's diagnostics in the Problems panel, those that need words (term
// drift, typo.de) included, then checks where it ran: no Node process of the extension's server
// or segmenter exists, the remote (Node) extension host did not activate it, and the browser has a
// worker named gongwen-language-server. Saves a screenshot in tests/artifacts/.
// Ends with `N passed, N failed`; exits 1 on any failure.
//
//   node tests/e2e/web-worker.e2e.mjs [path/to/gongwen.vsix]
// Environment: GONGWEN_VSIX (default tests/artifacts/gongwen-linux-x64.vsix), GONGWEN_ARTIFACTS
// (screenshots folder), GONGWEN_E2E_TIMEOUT (seconds per wait, default 90), GONGWEN_KEEP_TMP=1.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { harness } from './harness.mjs';

const require = createRequire(import.meta.url);
const cs = require('../vscode/fake-code/codeServer.js');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const VSIX = path.resolve(process.argv[2] || process.env.GONGWEN_VSIX || path.join(ROOT, 'tests', 'artifacts', 'gongwen-linux-x64.vsix'));
const ARTIFACTS = path.resolve(process.env.GONGWEN_ARTIFACTS || path.join(ROOT, 'tests', 'artifacts'));
const WAIT = Number(process.env.GONGWEN_E2E_TIMEOUT || 90) * 1000;
const EXTENSION_ID = 'gongwen.gongwen';
const DRAFT = '网页版草稿.txt';
// The drift fixture of the segmentation tests (数字经济产业园 / 数字经济创业园 and others), then a
// sentence with 的 for 得 (typo.de).
const DRAFT_TEXT = `${fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'segmentation', 'drift-portable.txt'), 'utf8').trimEnd()}\n\n　　今年以来，各乡镇积极推进春耕备耕，工作做的很好。\n`;

let page;
const { log, shot, waitFor, step, counts } = harness({ tag: 'web-e2e', root: ROOT, artifacts: ARTIFACTS, wait: WAIT, pollMs: 500, failureShot: 'web-e2e-failure', page: () => page });

/** Command lines of this machine's processes that mention `needle`. */
function processesWith(needle) {
  const found = [];
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      if (cmd.includes(needle)) found.push(`${pid}: ${cmd}`);
    } catch {
      /* gone */
    }
  }
  return found;
}

/** Every file under `dir` whose name matches `re`. */
function filesUnder(dir, re) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && re.test(entry.name)) out.push(path.join(entry.parentPath ?? entry.path, entry.name));
  }
  return out;
}

async function main() {
  const started = Date.now();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  let dirs;
  let server;
  let context;
  let extensionDir;
  const workerConsole = [];
  const cleanup = async () => {
    if (context) await context.close().catch(() => {});
    if (server) await server.stop();
    if (dirs) cs.removeProfile(dirs);
    context = server = dirs = undefined;
  };
  for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => cleanup().finally(() => process.exit(130)));

  try {
    await step('the package has a browser entry and the web worker server', async () => {
      if (!fs.existsSync(VSIX)) throw new Error(`no .vsix at ${VSIX}: package it first`);
      cs.codeServerEntry();
      cs.checkChromium();
    });

    await step('code-server installs the .vsix; the user setting makes Gongwen a web extension', async () => {
      dirs = cs.makeProfile('gongwen-web-e2e-');
      const settingsFile = path.join(dirs.userData, 'User', 'settings.json');
      const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
      // A web extension runs in the browser's web worker extension host (code-server's workbench
      // chooses it for an extension of kind "web" that has a browser entry, as vscode.dev does).
      settings['remote.extensionKind'] = { [EXTENSION_ID]: ['web'] };
      fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
      cs.installExtension(dirs, VSIX);
      const installed = fs.readdirSync(dirs.extensions).filter((d) => d.startsWith(`${EXTENSION_ID}-`));
      if (installed.length !== 1) throw new Error(`expected one ${EXTENSION_ID}-* folder, found ${JSON.stringify(fs.readdirSync(dirs.extensions))}`);
      extensionDir = path.join(dirs.extensions, installed[0]);
      const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
      if (manifest.browser !== './dist/browserClient.js') throw new Error(`package.json "browser" is ${JSON.stringify(manifest.browser)}`);
      for (const f of ['dist/browserClient.js', 'dist/browserServer.js']) {
        if (!fs.existsSync(path.join(extensionDir, f))) throw new Error(`installed extension lacks ${f}`);
      }
    });

    await step('the workbench opens a folder with a faulty draft', async () => {
      const workspace = path.join(dirs.root, 'workspace');
      fs.mkdirSync(workspace);
      fs.writeFileSync(path.join(workspace, DRAFT), DRAFT_TEXT);
      server = await cs.startCodeServer(dirs);
      log(`code-server on ${server.origin}`);
      context = await cs.launchBrowser(dirs);
      page = context.pages()[0] || (await context.newPage());
      page.on('pageerror', (e) => log(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (/gongwen/i.test(m.text())) workerConsole.push(m.text());
      });
      await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded', timeout: WAIT });
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: WAIT });
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: DRAFT }).first().click({ timeout: WAIT });
      await page.locator('.editor-instance .monaco-editor').first().waitFor({ state: 'visible', timeout: WAIT });
    });

    await step('the Problems panel lists Gongwen findings that need words: term drift and typo.de', async () => {
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      await panel.waitFor({ state: 'visible', timeout: WAIT });
      // The list shows the rows that fit: its filter box picks each rule's rows.
      // The Problems view's own filter box (as browser.e2e.mjs finds it), filled directly: a click
      // and typed keys could land in the editor if focus moved back to it.
      const filter = page.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
      await filter.waitFor({ state: 'visible', timeout: WAIT });
      const found = {};
      for (const rule of ['typo.de', 'term.inconsistent']) {
        await filter.fill(rule);
        const rows = await waitFor(`a ${rule} row from gongwen`, async () => {
          const ours = (await panel.locator('.monaco-list-row').allInnerTexts()).filter((t) => /gongwen/.test(t) && t.includes(rule));
          return { ok: ours.length > 0, ours };
        });
        found[rule] = rows.ours[0].replace(/\s+/g, ' ');
        log(`${rule}: ${found[rule]}`);
      }
      if (!/做得很好/.test(found['typo.de'])) throw new Error(`typo.de does not say 做得很好: ${found['typo.de']}`);
      await shot('web-e2e-problems.png');
    });

    await step('it ran in the browser: no Node process of its server or segmenter, not activated in the Node extension host', async () => {
      const node = [...processesWith(path.join(extensionDir, 'dist', 'server.js')), ...processesWith(path.join(extensionDir, 'dist', 'segmenter.js'))];
      if (node.length > 0) throw new Error(`the extension's Node server runs:\n${node.join('\n')}`);
      const hostLogs = filesUnder(path.join(dirs.userData, 'logs'), /^remoteexthost\.log$|^exthost\.log$/);
      if (hostLogs.length === 0) throw new Error(`no Node extension host log under ${dirs.userData}/logs`);
      // A line of the Node host's log about activating the extension (ExtensionService#_doActivateExtension
      // gongwen.gongwen …); other lines naming it (the extensions it scanned) say nothing of where it ran.
      const activation = (f) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => l.includes(EXTENSION_ID) && /activat/i.test(l));
      const activated = hostLogs.flatMap((f) => activation(f).map((l) => `${path.basename(f)}: ${l}`));
      if (activated.length > 0) throw new Error(`the Node extension host activated ${EXTENSION_ID}:\n${activated.join('\n')}`);
      log(`Node extension host logs without ${EXTENSION_ID}: ${hostLogs.map((f) => path.relative(dirs.userData, f)).join(', ')}`);
    });

    await step('the browser runs the web worker extension host and the gongwen-language-server worker', async () => {
      const cdp = await context.browser()?.newBrowserCDPSession?.().catch(() => undefined);
      let targets = [];
      if (cdp) {
        targets = (await cdp.send('Target.getTargets')).targetInfos;
      } else {
        const session = await context.newCDPSession(page);
        targets = (await session.send('Target.getTargets')).targetInfos;
      }
      const described = targets.map((t) => `${t.type} ${t.title} ${t.url}`.slice(0, 200));
      log(`browser targets:\n        ${described.join('\n        ')}`);
      if (!targets.some((t) => /worker/.test(t.type) && /gongwen-language-server/.test(`${t.title} ${t.url}`))) {
        throw new Error('no worker named gongwen-language-server among the browser targets');
      }
    });
  } finally {
    if (workerConsole.length > 0) log(`console lines naming gongwen:\n        ${workerConsole.slice(0, 20).join('\n        ')}`);
    await cleanup();
  }
  const { passed, failed } = counts();
  console.log(`\n${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(0)}s)`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
