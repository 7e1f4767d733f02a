#!/usr/bin/env node
// Browser end-to-end test of the packaged extension: installs the .vsix into code-server
// (scripts/vscode/setup.sh installs it), opens a Chinese draft from the fixture workspace in
// headless Chromium, waits for the squiggles, checks the Problems panel, runs the quick fix
// "转到下一个未填写的占位符" from the lightbulb menu, opens the snippet completion list for "jhg" in a
// new untitled editor, and saves screenshots in tests/artifacts/.
// Ends with `N passed, N failed`; exits 1 on any failure.
//
//   node tests/e2e/browser.e2e.mjs [path/to/gongwen.vsix]
// Environment: GONGWEN_VSIX (default tests/artifacts/gongwen-linux-x64.vsix), GONGWEN_ARTIFACTS
// (screenshots folder), GONGWEN_E2E_TIMEOUT (seconds per wait, default 60), GONGWEN_KEEP_TMP=1.

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
const FIXTURE_WORKSPACE = path.join(ROOT, 'tests', 'vscode', 'fixtures', 'workspace');
const DRAFT = '项目进展报告.txt';
const EXPECTED_PLACEHOLDERS = 8; // see the fixture; the same count `gongwen lint` reports
const NEXT_TITLE = '转到下一个未填写的占位符';
const WAIT = Number(process.env.GONGWEN_E2E_TIMEOUT || 60) * 1000;

let page;
const { log, shot, waitFor, step, counts } = harness({ tag: 'e2e', root: ROOT, artifacts: ARTIFACTS, wait: WAIT, pollMs: 250, failureShot: 'e2e-failure', page: () => page });

async function main() {
  const started = Date.now();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of fs.readdirSync(ARTIFACTS)) if (/^e2e-.*\.png$/.test(f)) fs.rmSync(path.join(ARTIFACTS, f));
  let dirs;
  let server;
  let context;
  const cleanup = async () => {
    if (context) await context.close().catch(() => {});
    if (server) await server.stop();
    if (dirs) cs.removeProfile(dirs);
    context = server = dirs = undefined;
  };
  for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => cleanup().finally(() => process.exit(130)));

  try {
    await step('package and prerequisites are present', async () => {
      if (!fs.existsSync(VSIX)) throw new Error(`no .vsix at ${VSIX}: package it first (npx vsce package ...)`);
      cs.codeServerEntry();
      cs.checkChromium();
    });

    await step('code-server installs the .vsix', async () => {
      dirs = cs.makeProfile('gongwen-e2e-');
      const out = cs.installExtension(dirs, VSIX);
      log(out.split('\n').filter((l) => /install/i.test(l)).join(' | '));
      const installed = fs.readdirSync(dirs.extensions).filter((d) => d.startsWith('gongwen.gongwen-'));
      if (installed.length !== 1) throw new Error(`expected one gongwen.gongwen-* folder in ${dirs.extensions}, found ${JSON.stringify(fs.readdirSync(dirs.extensions))}`);
      const ext = path.join(dirs.extensions, installed[0]);
      for (const f of ['dist/client.js', 'dist/server.js', 'node_modules/nodejieba/build/Release/nodejieba.node']) {
        if (!fs.existsSync(path.join(ext, f))) throw new Error(`installed extension lacks ${f}`);
      }
    });

    let workspace;
    await step('workbench opens the fixture workspace', async () => {
      // A copy, so nothing the workbench does can touch the repository's fixtures.
      workspace = path.join(dirs.root, 'workspace');
      fs.cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
      server = await cs.startCodeServer(dirs);
      log(`code-server on ${server.origin}`);
      context = await cs.launchBrowser(dirs);
      page = context.pages()[0] || (await context.newPage());
      page.on('pageerror', (e) => log(`page error: ${e.message}`));
      await page.goto(cs.workbenchUrl(server.origin, { folder: workspace }), { waitUntil: 'domcontentloaded', timeout: WAIT });
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: WAIT });
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: WAIT });
    });

    await step(`opening ${DRAFT} from the Explorer shows ${EXPECTED_PLACEHOLDERS} warning squiggles`, async () => {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: DRAFT }).first().click({ timeout: WAIT });
      const editor = page.locator('.editor-instance .monaco-editor').first();
      await editor.waitFor({ state: 'visible', timeout: WAIT });
      await waitFor(`the editor tab ${DRAFT}`, () => page.locator('.tabs-container .tab.active', { hasText: DRAFT }).count());
      await waitFor(`the text of ${DRAFT} in the editor`, async () => (await editor.locator('.view-lines').innerText()).includes('总投资'));
      const n = await waitFor(`${EXPECTED_PLACEHOLDERS} .squiggly-warning decorations`, async () => {
        const count = await editor.locator('.squiggly-warning').count();
        return { ok: count >= EXPECTED_PLACEHOLDERS, count };
      });
      log(`squiggles: ${n.count}`);
      await page.mouse.move(0, 0);
      await shot('e2e-editor.png');
    });

    await step('the status bar counts the warnings', async () => {
      const item = page.locator('[id="status.problems"]');
      const label = await waitFor('the problems item of the status bar', async () => {
        const l = (await item.getAttribute('aria-label')) || (await item.innerText());
        const m = /Warnings: (\d+)/.exec(l);
        return { ok: !!m && Number(m[1]) >= EXPECTED_PLACEHOLDERS, label: l };
      });
      log(`status bar: ${label.label.replace(/\s+/g, ' ')}`);
    });

    await step('the Gongwen status bar item shows the document type and the placeholders left', async () => {
      const item = page.locator('[id="gongwen.gongwen.gongwen.status"], [id="gongwen.status"]').first();
      const label = await waitFor('the Gongwen status bar item', async () => {
        const l = (await item.count()) > 0 ? await item.innerText() : '';
        return { ok: l.includes('报告') && l.includes(`${EXPECTED_PLACEHOLDERS}处待填`), label: l };
      });
      log(`gongwen status: ${label.label.replace(/\s+/g, ' ')}`);
    });

    await step(`the Problems panel lists ${EXPECTED_PLACEHOLDERS} 未填写的占位符 with their messages`, async () => {
      await page.locator('[id="status.problems"]').click();
      const panel = page.locator('.markers-panel');
      await panel.waitFor({ state: 'visible', timeout: WAIT });
      const rows = panel.locator('.monaco-list-row');
      const texts = await waitFor(`${EXPECTED_PLACEHOLDERS} placeholder rows in the Problems panel`, async () => {
        const all = await rows.allInnerTexts();
        const ours = all.filter((t) => t.includes('未填写的占位符'));
        return { ok: ours.length === EXPECTED_PLACEHOLDERS, ours, all: all.length };
      });
      const joined = texts.ours.join('\n');
      for (const want of ['此处缺少金额（亿元）', '此处缺少比例（%）', '此处缺少月份', '此处缺少地名', 'placeholder.unfilled']) {
        if (!joined.includes(want)) throw new Error(`no Problems row says "${want}"; rows:\n${joined}`);
      }
      if (!texts.ours.every((t) => /gongwen/.test(t))) throw new Error(`a row does not name the source gongwen:\n${joined}`);
      const fileRow = await rows.filter({ hasText: DRAFT }).count();
      if (fileRow < 1) throw new Error(`the Problems panel has no row for ${DRAFT}`);
      await shot('e2e-problems.png');
    });

    await step(`the lightbulb menu offers "${NEXT_TITLE}" and it selects the next placeholder`, async () => {
      // Put the cursor inside the first placeholder (line 4, column 17-18: 重点项目**个).
      const editor = page.locator('.editor-instance .monaco-editor').first();
      await editor.locator('.view-lines').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+g');
      await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: WAIT });
      await page.keyboard.type('4:18');
      await page.keyboard.press('Enter');
      const selection = page.locator('[id="status.editor.selection"]');
      await waitFor('the cursor at Ln 4, Col 18', async () => /Ln 4, Col 18\b/.test(await selection.innerText()));
      await page.keyboard.press('Control+.');
      const item = page.locator('.action-widget .monaco-list-row', { hasText: NEXT_TITLE }).first();
      await item.waitFor({ state: 'visible', timeout: WAIT });
      await shot('e2e-quickfix.png');
      // Choose it with the keyboard (a pointer block covers the menu until the mouse moves).
      const focused = page.locator('.action-widget .monaco-list-row.focused');
      for (let i = 0; (await focused.getAttribute('aria-label').catch(() => null)) !== NEXT_TITLE; i++) {
        if (i > 10) throw new Error(`cannot focus "${NEXT_TITLE}" in the lightbulb menu`);
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      await item.waitFor({ state: 'hidden', timeout: WAIT });
      // The next placeholder is 总投资**亿元 at line 4, columns 24-26.
      const status = await waitFor('the selection to move to the next placeholder (Ln 4, Col 24/26, 2 selected)', async () => {
        const t = await selection.innerText();
        return { ok: /Ln 4, Col 2[46] \(2 selected\)/.test(t), t };
      });
      log(`status bar selection: ${status.t}`);
      const text = await editor.locator('.view-lines').innerText();
      if (!text.includes('总投资**亿元')) throw new Error('the quick fix changed the text; it must only move the selection');
      await shot('e2e-next-placeholder.png');
    });

    await step('typing "jhg" and Ctrl+Space in a new plaintext editor lists the 讲话稿 snippet; choosing it inserts it', async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: WAIT });
      await input.fill('>File: New Untitled Text File');
      // Not "File: Compare New Untitled Text Files", which the filter also lists.
      const command = page.locator('.quick-input-widget .monaco-list-row[aria-label^="File: New Untitled Text File"]').first();
      await command.waitFor({ state: 'visible', timeout: WAIT });
      await command.click();
      await waitFor('an Untitled editor tab', () => page.locator('.tabs-container .tab.active', { hasText: /^Untitled-\d+$/ }).count());
      const editor = page.locator('.editor-instance .monaco-editor.focused').first();
      await editor.waitFor({ state: 'visible', timeout: WAIT });
      await page.keyboard.type('jhg');
      const row = page.locator('.suggest-widget .monaco-list-row', { hasText: '讲话稿' }).first();
      const rows = await waitFor('the suggest widget with the 讲话稿 snippet', async () => {
        if (!(await page.locator('.suggest-widget.visible').count())) await page.keyboard.press('Control+Space');
        await row.waitFor({ state: 'visible', timeout: 3000 });
        return { ok: true, rows: await page.locator('.suggest-widget .monaco-list-row').allInnerTexts() };
      });
      log(`suggestions: ${rows.rows.map((t) => t.replace(/\s+/g, ' ')).join(' | ')}`);
      await shot('e2e-snippets.png');
      // The list may also offer the word "jhg" itself, first: choose the snippet's row, not the top one.
      await row.click();
      await waitFor('the skeleton of the speech in the editor', async () => {
        const text = await editor.locator('.view-lines').innerText({ timeout: 5000 });
        return { ok: text.includes('同志们：') && text.includes('在全县××工作会议上的讲话'), text: text.slice(0, 80) };
      });
      // Language auto-detection looks at an untitled file about a second after a change; it used to
      // turn the scaffold into Ini, and the squiggles went. It must stay Plain Text and checked.
      await page.keyboard.press('Escape');
      await page.waitForTimeout(4000);
      const mode = page.locator('[id="status.editor.mode"]');
      const checked = await waitFor('the scaffold still Plain Text, with squiggles, 4 s after it was inserted', async () => {
        const language = (await mode.innerText({ timeout: 5000 })).trim();
        const squiggles = await editor.locator('.squiggly-warning').count();
        return { ok: /Plain Text|纯文本/.test(language) && squiggles > 0, language, squiggles };
      }, 15000);
      log(`scaffold language: ${checked.language}, ${checked.squiggles} squiggles`);
    });

    const STRUCTURE_DRAFT = '讲话稿结构.txt'; // a copy of examples/speech-draft.txt
    await step(`the 公文结构 view shows the three parts of ${STRUCTURE_DRAFT} with role badges; a click reveals a part`, async () => {
      await page.keyboard.press('Escape');
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: STRUCTURE_DRAFT }).first().click({ timeout: WAIT });
      await waitFor(`the editor tab ${STRUCTURE_DRAFT}`, () => page.locator('.tabs-container .tab.active', { hasText: STRUCTURE_DRAFT }).count());
      // The view is a pane of the Explorer: give it room (collapse the folder pane, hide the panel,
      // widen the side bar) and expand it if it is collapsed.
      const folders = page.locator('.pane-header', { hasText: 'workspace' }).first();
      if ((await folders.count()) > 0 && (await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
      if (await page.locator('.part.panel').isVisible().catch(() => false)) await page.keyboard.press('Control+j');
      const sidebar = await page.locator('.part.sidebar').boundingBox();
      if (sidebar) {
        const x = sidebar.x + sidebar.width - 1;
        const y = sidebar.y + sidebar.height / 2;
        await page.mouse.move(x, y);
        await page.mouse.down();
        await page.mouse.move(x + 260, y, { steps: 8 });
        await page.mouse.up();
      }
      const header = page.locator('.pane-header', { hasText: '公文结构' }).first();
      await header.waitFor({ state: 'visible', timeout: WAIT });
      if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
      const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: '公文结构' }) }).first();
      const rows = pane.locator('.monaco-list-row');
      const seen = await waitFor('three parts with 认识/问题/举措 badges in the 公文结构 view', async () => {
        const all = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
        const ok = ['【认识】', '【问题】', '【举措】'].every((b) => all.some((t) => t.includes(b))) && all.some((t) => t.includes('一是 项目推进偏慢'));
        return { ok, all };
      });
      log(`structure rows: ${seen.all.join(' | ')}`);
      if (!seen.all.some((t) => /6处待填/.test(t) && /分钟|秒/.test(t))) throw new Error(`no part shows its placeholders and speaking time: ${seen.all.join(' | ')}`);
      await page.mouse.move(0, 0);
      await shot('e2e-structure.png');
      // Clicking 二、… selects its heading words (line 8 in the status bar's 1-based count).
      await rows.filter({ hasText: '正视问题短板' }).first().click();
      const selection = page.locator('[id="status.editor.selection"]');
      const status = await waitFor('the selection on the heading of part 二 (Ln 8)', async () => {
        const t = await selection.innerText();
        return { ok: /Ln 8, Col (7|28) \(21 selected\)/.test(t), t };
      });
      log(`after the click: ${status.t}`);
    });

    // Run through tests/support/without-nodejieba.mjs (CI does once), nodejieba cannot load in any
    // process: the installed package's segmentation process must have asked for it, been refused,
    // and served the words with the portable backend.
    await step('drift.txt: the Problems panel lists its terminology drift (the installed segmenter served its words)', async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: WAIT });
      await input.fill('drift.txt'); // without '>': Quick Open of a file
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'drift.txt' }).first().waitFor({ state: 'visible', timeout: WAIT });
      await page.keyboard.press('Enter');
      await waitFor('the editor tab drift.txt', () => page.locator('.tabs-container .tab.active', { hasText: 'drift.txt' }).count());
      if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) await page.locator('[id="status.problems"]').click();
      await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: WAIT });
      // Only the rows of the drift rule, however many other findings the panel holds.
      const filter = page.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
      await filter.fill('term.inconsistent');
      const rows = page.locator('.markers-panel .monaco-list-row');
      const seen = await waitFor('a term.inconsistent row for 区委区政府 in the Problems panel', async () => {
        const all = await rows.allInnerTexts();
        return { ok: all.some((t) => t.includes('区委、区政府') && t.includes('term.inconsistent')), all: all.map((t) => t.replace(/\s+/g, ' ')) };
      });
      log(`drift rows: ${seen.all.join(' | ')}`);
      await shot('e2e-drift.png');
      await filter.fill('');
      const refusedLog = process.env.GONGWEN_NODEJIEBA_LOG;
      if (refusedLog) {
        const refused = fs.readFileSync(refusedLog, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
        const installed = refused.filter((e) => (e.from ?? '').startsWith(dirs.extensions) && /segmenter\.js$/.test(e.from));
        if (installed.length === 0) throw new Error(`nodejieba was not refused to the installed package's segmenter; refused: ${JSON.stringify(refused)}`);
        log(`nodejieba unloadable: refused ${installed.length}× to ${path.relative(dirs.extensions, installed[0].from)}; the portable backend served the words`);
      }
    });
  } finally {
    await cleanup();
  }

  const { passed, failed } = counts();
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  },
);
