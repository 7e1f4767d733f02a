/**
 * Snippets and writing commands in a real VS Code: a snippet found by its prefix (pinyin initials
 * and Chinese) through the completion providers and through the suggest widget, a snippet inserted
 * by name, "新建公文…" (gongwen.newDocument) with a type argument, and "插入成文日期".
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { issueDate } from '../../../client/src/commands/snippetFile';
import { activateExtension, closeEverything, isGongwenPlaceholder, showDiagnostics, waitFor } from './helpers';

const YEAR = String(new Date().getFullYear());
/** The marks a skipped slot leaves: ** for a figure, ×× for a name or a passage. */
const MARKS = /\*{2,}|×{2,}/g;

async function untitled(language: 'plaintext' | 'markdown', content = ''): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Hides the suggest widget and leaves the snippet session of the active editor, then lets the workbench catch up. */
async function settleEditor(): Promise<void> {
  if (!vscode.window.activeTextEditor) return;
  await vscode.commands.executeCommand('hideSuggestWidget');
  await vscode.commands.executeCommand('leaveSnippet');
  await new Promise((r) => setTimeout(r, 300));
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function gongwenDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gongwen');
}

/** Waits until the document's only Gongwen diagnostics are one placeholder.unfilled per ** or ×× run. */
async function waitForSkeletonDiagnostics(document: vscode.TextDocument): Promise<void> {
  const expected = [...document.getText().matchAll(MARKS)].length;
  assert.ok(expected > 0, 'the skeleton has slots');
  await waitFor(
    `${expected} placeholder.unfilled diagnostics and nothing else on ${document.uri.toString()}`,
    () => {
      const all = gongwenDiagnostics(document.uri);
      return all.length === expected && all.every(isGongwenPlaceholder);
    },
    { describe: () => showDiagnostics(document.uri) },
  );
}

/**
 * Closes every editor (helpers.closeEverything: untitled drafts emptied first, so no "Save?" dialog
 * blocks the run). The suggest widget and the snippet session are ended first: closing an editor while the suggest
 * widget still has a selected item makes the workbench's inline-completion model read the disposed
 * text model ("Model is disposed!" in the log).
 */
async function closeSnippetEditors(): Promise<void> {
  await settleEditor();
  await closeEverything();
}

describe('snippets and writing commands', function () {
  before(async function () {
    await activateExtension();
  });
  afterEach(async function () {
    await closeSnippetEditors();
  });

  it('registers 新建公文…, 插入成文日期 and 打开示例公文', async function () {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['gongwen.newDocument', 'gongwen.insertIssueDate', 'gongwen.openSample']) {
      assert.ok(commands.includes(id), `command ${id} is registered`);
    }
  });

  it('the completion list offers the 讲话稿 snippet for "jhg" and for "讲话稿"; accepting it inserts the skeleton', async function () {
    for (const prefix of ['jhg', '讲话稿']) {
      const editor = await untitled('plaintext', prefix);
      const { document } = editor;
      const end = document.lineAt(0).range.end;
      const item = await waitFor(
        `a snippet completion "${prefix}"`,
        async () => {
          const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end);
          return list.items.find((i) => labelOf(i) === prefix && i.kind === vscode.CompletionItemKind.Snippet);
        },
        { timeoutMs: 15000 },
      );
      assert.ok(item.insertText instanceof vscode.SnippetString, 'the item inserts a snippet');
      const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing ?? new vscode.Range(0, 0, end.line, end.character);
      assert.ok(await editor.insertSnippet(item.insertText, range), 'the snippet is inserted');
      const lines = document.getText().split('\n');
      assert.strictEqual(lines[0], '在全县××工作会议上的讲话');
      assert.strictEqual(lines[1], `（${YEAR}年**月**日）`, '$CURRENT_YEAR is resolved, month and day are left as **');
      assert.ok(lines.includes('同志们：'), 'the address line');
      assert.match(lines[lines.length - 1] ?? '', /^同志们，.+！$/, 'the closing call');
      // The first tabstop (the meeting, mirrored in the opening) is selected for typing over.
      assert.strictEqual(document.getText(editor.selection), '全县××工作会议');
      await closeSnippetEditors();
    }
  });

  it('typing the prefix and accepting the suggestion in the editor inserts the snippet', async function () {
    const editor = await untitled('plaintext');
    await vscode.commands.executeCommand('type', { text: 'tzjw' });
    await waitFor('the suggest widget to offer tzjw and accept it', async () => {
      await vscode.commands.executeCommand('editor.action.triggerSuggest');
      await new Promise((r) => setTimeout(r, 500));
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      return editor.document.getText().startsWith('特此通知。');
    }, { timeoutMs: 20000, describe: () => JSON.stringify(editor.document.getText()) });
    await settleEditor();
    assert.strictEqual(editor.document.getText(), `特此通知。\n\n××县人民政府办公室\n${YEAR}年**月**日`);
  });

  it('editor.action.insertSnippet by name, in plaintext and Markdown; the skipped slots are flagged', async function () {
    for (const language of ['plaintext', 'markdown'] as const) {
      const editor = await untitled(language);
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: language, name: '请示结尾 Request closing' });
      const { document } = editor;
      await waitFor(`the snippet in the ${language} editor`, () => document.getText().length > 0);
      assert.strictEqual(document.getText(), `妥否，请批示。\n\n××县××局\n${YEAR}年**月**日`);
      await waitForSkeletonDiagnostics(document);
      await closeSnippetEditors();
    }
  });

  it('新建公文… with a type argument opens an untitled document with the skeleton, clean but for its slots', async function () {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('gongwen.newDocument', '请示');
    assert.ok(uri, 'the command returns the new document');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.toString() === uri.toString(), 'the new document is the active editor');
    const { document } = editor;
    assert.ok(document.isUntitled);
    assert.strictEqual(document.languageId, 'plaintext');
    const lines = document.getText().split('\n');
    assert.strictEqual(lines[0], '××县××局关于××××的请示');
    assert.ok(lines.includes('妥否，请批示。'), 'the closing of a 请示');
    assert.ok(lines.includes(`${YEAR}年**月**日`), 'the issue date with month and day to fill');
    assert.strictEqual(document.getText(editor.selection), '××县××局', 'the first slot is selected');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.strictEqual(document.getText(editor.selection), '××××', 'Tab moves to the 事由');
    await waitForSkeletonDiagnostics(document);
  });

  it('新建公文… accepts a pinyin prefix and rejects an unknown type', async function () {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('gongwen.newDocument', 'jhg');
    assert.ok(uri);
    assert.match(vscode.window.activeTextEditor?.document.getText() ?? '', /^在全县××工作会议上的讲话\n/);
    await closeSnippetEditors();
    const none = await vscode.commands.executeCommand<vscode.Uri | undefined>('gongwen.newDocument', '不存在的文种');
    assert.strictEqual(none, undefined);
    assert.strictEqual(vscode.window.activeTextEditor, undefined, 'no document opened');
  });

  it('插入成文日期 inserts today without zero padding, replacing the selection', async function () {
    const editor = await untitled('plaintext', '××县人民政府\n日期');
    editor.selection = new vscode.Selection(1, 0, 1, 2);
    await vscode.commands.executeCommand('gongwen.insertIssueDate');
    const want = issueDate(new Date());
    await waitFor('the date in the document', () => editor.document.lineAt(1).text === want, { timeoutMs: 5000, describe: () => editor.document.lineAt(1).text });
    assert.match(want, /^\d{4}年[1-9]\d?月[1-9]\d?日$/);
  });

  it('打开示例公文 opens the sample speech as an untitled copy with diagnostics', async function () {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('gongwen.openSample');
    assert.ok(uri && uri.scheme === 'untitled', 'an untitled copy');
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    assert.ok(document?.getText().includes('同志们：'));
    await waitFor('placeholder diagnostics on the sample', () => gongwenDiagnostics(uri).some(isGongwenPlaceholder), { describe: () => showDiagnostics(uri) });
  });
});
