/**
 * Issue 17 in a real VS Code:
 * - a snippet scaffold in a new untitled file (Ctrl+N, then jhg/tz/qs) stays plaintext and checked:
 *   VS Code's language auto-detection does not switch it to Ini;
 * - the blocked-export dialog's default (Enter, the first button) is the safe choice, and the
 *   toast's button after an export works in a remote or browser workbench (no openExternal of a
 *   file: URI, which does nothing there);
 * - the 公文结构 view does not make the extension host log `No tree item with id … found`.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, closeEverything, isGongwenPlaceholder, openFixture, placeholderDiagnostics, showDiagnostics, waitFor, workspaceRoot } from './helpers';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('snippet scaffolds stay checked (language auto-detection)', function () {
  this.timeout(120000);
  before(async () => {
    await activateExtension();
  });
  afterEach(closeEverything);

  it('language auto-detection is on in this host, as for a new user', () => {
    assert.strictEqual(vscode.workspace.getConfiguration('workbench.editor').get('languageDetection'), true);
  });

  for (const name of ['讲话稿 Speech', '通知 Notice', '请示 Request']) {
    it(`${name}: inserted into a new untitled file, it is still plaintext and checked after auto-detection has looked at it`, async () => {
      // As Ctrl+N does: an untitled file whose language nobody chose.
      await vscode.commands.executeCommand('workbench.action.files.newUntitledFile');
      const editor = await waitFor('the new untitled editor', () => (vscode.window.activeTextEditor?.document.isUntitled ? vscode.window.activeTextEditor : undefined));
      const uri = editor.document.uri;
      assert.strictEqual(editor.document.languageId, 'plaintext');
      // Auto-detection reaches extensions as a reopen of the document in another language.
      const languages: string[] = [];
      const listener = vscode.workspace.onDidOpenTextDocument((d) => d.uri.toString() === uri.toString() && languages.push(d.languageId));
      try {
        await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'plaintext', name });
        await waitFor('the scaffold in the editor', () => editor.document.getText().length > 50);
        // Detection runs about a second after the last change (longer the first time, while its model loads).
        await waitFor('auto-detection to have looked at the scaffold', () => languages.some((l) => l !== 'plaintext'), { timeoutMs: 10000 }).catch(() => undefined);
        await sleep(1500);
      } finally {
        listener.dispose();
      }
      const current = (): vscode.TextDocument | undefined => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      assert.strictEqual(current()?.languageId, 'plaintext', `the language of the scaffold (${name}); languages seen: ${languages.join(' → ') || 'none'}`);
      await waitFor(`placeholder diagnostics on the ${name} scaffold`, () => placeholderDiagnostics(uri).length > 0, { describe: () => showDiagnostics(uri) });
      await sleep(1500);
      assert.strictEqual(current()?.languageId, 'plaintext', `still plaintext (${name})`);
      assert.ok(vscode.languages.getDiagnostics(uri).some(isGongwenPlaceholder), 'still checked');
    });
  }

  it('an untitled file with other content is still auto-detected (only Gongwen drafts are kept)', async () => {
    await vscode.commands.executeCommand('workbench.action.files.newUntitledFile');
    const editor = await waitFor('the new untitled editor', () => (vscode.window.activeTextEditor?.document.isUntitled ? vscode.window.activeTextEditor : undefined));
    const uri = editor.document.uri;
    const code = ['import os', 'import sys', '', 'def main(argv):', '    for name in os.listdir(argv[1]):', '        print(name)', '    return 0', '', "if __name__ == '__main__':", '    sys.exit(main(sys.argv))', ''].join('\n');
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), code));
    await waitFor('auto-detection to pick a language for Python code', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId !== 'plaintext' || undefined, { timeoutMs: 15000 });
  });
});

type Warn = typeof vscode.window.showWarningMessage;
type Info = typeof vscode.window.showInformationMessage;
type Save = typeof vscode.window.showSaveDialog;
type Exec = typeof vscode.commands.executeCommand;
type External = typeof vscode.env.openExternal;

describe('export to Word: safe default and a toast that works in the browser', function () {
  this.timeout(90000);
  const win = vscode.window as { showWarningMessage: Warn; showInformationMessage: Info; showSaveDialog: Save };
  const cmds = vscode.commands as { executeCommand: Exec };
  const env = vscode.env as { openExternal: External };
  const original = { warn: win.showWarningMessage, info: win.showInformationMessage, save: win.showSaveDialog, exec: cmds.executeCommand, external: env.openExternal };
  let warnings: { message: string; modal: boolean; items: string[] }[] = [];
  let infos: { message: string; items: string[] }[] = [];
  let executed: { command: string; args: unknown[] }[] = [];
  let external: string[] = [];
  let answerWarning: (items: string[]) => string | undefined = (items) => items[0];
  let target: vscode.Uri;

  before(async () => {
    await activateExtension();
    target = vscode.Uri.file(path.join(workspaceRoot(), `export-test-${process.pid}.docx`));
    win.showSaveDialog = (async () => target) as Save;
    win.showWarningMessage = (async (message: string, ...rest: unknown[]) => {
      const modal = typeof rest[0] === 'object' && rest[0] !== null && (rest[0] as vscode.MessageOptions).modal === true;
      const items = rest.filter((r): r is string => typeof r === 'string');
      warnings.push({ message, modal, items });
      return answerWarning(items);
    }) as Warn;
    win.showInformationMessage = (async (message: string, ...rest: unknown[]) => {
      const items = rest.filter((r): r is string => typeof r === 'string');
      infos.push({ message, items });
      return items[0]; // the writer clicks the toast's button
    }) as Info;
    cmds.executeCommand = (async (command: string, ...args: unknown[]) => {
      executed.push({ command, args });
      return original.exec(command, ...args);
    }) as Exec;
    env.openExternal = (async (uri: vscode.Uri) => {
      external.push(uri.toString());
      return true;
    }) as External;
  });
  beforeEach(() => {
    warnings = [];
    infos = [];
    executed = [];
    external = [];
    fs.rmSync(target.fsPath, { force: true });
  });
  after(async () => {
    win.showWarningMessage = original.warn;
    win.showInformationMessage = original.info;
    win.showSaveDialog = original.save;
    cmds.executeCommand = original.exec;
    env.openExternal = original.external;
    fs.rmSync(target.fsPath, { force: true });
    await closeAllEditors();
  });

  it('Enter on the blocked-export dialog (its first button) does not export', async () => {
    const editor = await openFixture('draft.txt');
    await waitFor('placeholders of draft.txt', () => placeholderDiagnostics(editor.document.uri).length > 0);
    answerWarning = (items) => items[0];
    await vscode.commands.executeCommand('gongwen.exportDocx');
    const dialog = warnings.find((w) => w.modal && /定稿前/.test(w.message));
    assert.ok(dialog, `the blocked-export dialog was shown: ${JSON.stringify(warnings)}`);
    assert.ok(dialog.items.includes('仍然导出'), 'exporting anyway is offered');
    assert.notStrictEqual(dialog.items[0], '仍然导出', 'the default (first) button is not 仍然导出');
    assert.ok(!fs.existsSync(target.fsPath), 'nothing was written');
  });

  it('仍然导出 writes the file; the toast button reveals it in a way a browser workbench supports', async () => {
    const editor = await openFixture('draft.txt');
    await waitFor('placeholders of draft.txt', () => placeholderDiagnostics(editor.document.uri).length > 0);
    answerWarning = (items) => items.find((i) => i === '仍然导出');
    await vscode.commands.executeCommand('gongwen.exportDocx');
    assert.ok(fs.existsSync(target.fsPath), 'the .docx was written');
    const toast = infos.find((i) => /已导出/.test(i.message));
    assert.ok(toast && toast.items.length > 0, `the toast offers a button: ${JSON.stringify(infos)}`);
    await sleep(500);
    const remoteOrWeb = vscode.env.uiKind === vscode.UIKind.Web || vscode.env.remoteName !== undefined;
    assert.ok(remoteOrWeb, 'this test runs in code-server (a browser workbench with a remote extension host)');
    assert.deepStrictEqual(external, [], 'no openExternal of a file: URI (it does nothing in a browser workbench)');
    const reveal = executed.find((e) => e.command === 'revealInExplorer');
    assert.ok(reveal, `the file is revealed in the Explorer: ${JSON.stringify(executed.map((e) => e.command))}`);
    assert.strictEqual(String(reveal.args[0]), target.toString());
  });
});

/** The extension host's own log (code-server: remoteexthost.log; desktop: exthost.log), newest first. */
function extensionHostLog(): string | undefined {
  const roots = [path.join(os.tmpdir()), path.resolve('.vscode-test')];
  const found: { file: string; mtime: number }[] = [];
  const walk = (dir: string, depth: number): void => {
    if (depth > 7) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && (depth > 0 || /^gongwen-vscode-|^user-data$/.test(e.name))) walk(p, depth + 1);
      else if (e.isFile() && /^(remote)?exthost\.log$/.test(e.name)) found.push({ file: p, mtime: fs.statSync(p).mtimeMs });
    }
  };
  for (const r of roots) walk(r, 0);
  found.sort((a, b) => b.mtime - a.mtime);
  return found[0]?.file;
}

describe('公文结构 view: no stale tree items', function () {
  this.timeout(120000);
  before(async () => {
    await activateExtension();
  });
  after(closeAllEditors);

  it('showing, hiding and editing with the view open logs no "No tree item with id"', async () => {
    const log = extensionHostLog();
    console.log(`      (extension host log: ${log})`);
    assert.ok(log, 'the extension host log is found');
    const count = (): number => (fs.readFileSync(log, 'utf8').match(/No tree item with id/g) ?? []).length;
    const before = count();
    const speech = await openFixture('讲话稿结构.txt');
    await vscode.commands.executeCommand('gongwen.structure.focus');
    const other = await openFixture('项目进展报告.txt');
    for (let i = 0; i < 8; i++) {
      await vscode.window.showTextDocument(i % 2 ? other.document : speech.document, { preview: false });
      await vscode.commands.executeCommand('workbench.view.search');
      await sleep(120);
      await vscode.commands.executeCommand('gongwen.structure.focus');
      await sleep(180 + 40 * i);
      const e = vscode.window.activeTextEditor!;
      await e.edit((b) => b.insert(new vscode.Position(5, 0), '的'));
      await sleep(100 + 50 * i);
      await vscode.commands.executeCommand('undo');
    }
    await sleep(2500);
    assert.strictEqual(count() - before, 0, `"No tree item with id … found" in ${log}`);
  });
});
