/**
 * Gongwen inside a real VS Code extension host: diagnostics, edits, code actions, commands and
 * settings, asserted against the editor (vscode.languages.getDiagnostics, editor selections).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditors,
  openFixture,
  placeholderDiagnostics,
  rangesOf,
  setRules,
  showDiagnostics,
  showRange,
  waitFor,
  waitForPlaceholders,
  RULE,
} from './helpers';

const NEXT_TITLE = '转到下一个未填写的占位符';

/** The placeholders of draft.txt, in document order: [context, marker]. */
const DRAFT: Array<[string, string]> = [
  ['重点项目**个', '**'],
  ['总投资**亿元', '**'],
  ['投资××亿元', '××'],
  ['年×月', '×'],
  ['月×日', '×'],
];

/** The placeholders of notice.md; `**重点工作**` on the same line is bold markup. */
const NOTICE: Array<[string, string]> = [
  ['新建**个', '**'],
  ['投入＊＊万元', '＊＊'],
  ['XX局', 'XX'],
  ['：**月', '**'],
  ['月**日', '**'],
];

function expectedRanges(document: vscode.TextDocument, spec: Array<[string, string]>): vscode.Range[] {
  return spec.flatMap(([context, mark]) => rangesOf(document, context, mark)).sort((a, b) => a.start.compareTo(b.start));
}

function selectionIs(editor: vscode.TextEditor, range: vscode.Range): boolean {
  return editor.selection.start.isEqual(range.start) && editor.selection.end.isEqual(range.end);
}

async function waitForSelection(editor: vscode.TextEditor, range: vscode.Range, what: string): Promise<void> {
  await waitFor(
    `${what}: selection ${showRange(range)}`,
    () => {
      const active = vscode.window.activeTextEditor;
      return active !== undefined && active.document === editor.document && selectionIs(active, range);
    },
    { timeoutMs: 15000, describe: () => (vscode.window.activeTextEditor ? showRange(vscode.window.activeTextEditor.selection) : 'no active editor') },
  );
}

describe('Gongwen in a real VS Code extension host', function () {
  before(async function () {
    const ext = await activateExtension();
    console.log(`    VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} UI); extension at ${ext.extensionPath}`);
  });

  afterEach(async function () {
    await setRules(undefined);
    await closeAllEditors();
  });

  it('activates and registers the placeholder commands', async function () {
    const ext = vscode.extensions.getExtension('gongwen.gongwen');
    assert.ok(ext?.isActive, 'extension is active');
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['gongwen.nextPlaceholder', 'gongwen.previousPlaceholder']) {
      assert.ok(commands.includes(id), `command ${id} is registered`);
    }
  });

  it('plaintext draft: one warning per unfilled placeholder, covering exactly the marker', async function () {
    const { document } = await openFixture('draft.txt');
    assert.strictEqual(document.languageId, 'plaintext');
    const expected = expectedRanges(document, DRAFT);
    const diagnostics = await waitForPlaceholders(document.uri, expected, 'draft.txt');
    diagnostics.forEach((d, i) => {
      const [, mark] = DRAFT[i] as [string, string];
      assert.strictEqual(document.getText(d.range), mark, `diagnostic ${i} covers the marker`);
      assert.strictEqual(d.source, 'gongwen');
      assert.strictEqual(typeof d.code === 'object' ? d.code.value : d.code, RULE);
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning, `default severity of ${RULE}`);
      assert.match(d.message, /^未填写的占位符“/);
    });
    assert.match(diagnostics[1]?.message ?? '', /金额（亿元）/, '总投资**亿元 names the missing amount');
  });

  it('the hover on a placeholder shows its asterisks (escaped Markdown) and links the rule', async function () {
    const { document } = await openFixture('draft.txt');
    const [first] = await waitForPlaceholders(document.uri, expectedRanges(document, DRAFT), 'draft.txt');
    assert.ok(first);
    const code = first.code;
    assert.ok(typeof code === 'object' && code.target.toString().endsWith(`#${RULE}`), `codeDescription links the rule: ${JSON.stringify(code)}`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, first.range.start.translate(0, 1));
    const markdown = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
      .join('\n');
    assert.match(markdown, /\\\*\\\*/, `the hover writes \\*\\* for the ** it is about: ${markdown}`);
    assert.doesNotMatch(markdown.replace(/\\\*/g, ''), /\*\*/, `no bare ** that Markdown would turn into bold: ${markdown}`);
  });

  it('markdown: **重点工作** is bold markup, the unfilled figures are placeholders', async function () {
    const { document } = await openFixture('notice.md');
    assert.strictEqual(document.languageId, 'markdown');
    const expected = expectedRanges(document, NOTICE);
    const diagnostics = await waitForPlaceholders(document.uri, expected, 'notice.md');
    const bold = rangesOf(document, '**重点工作**', '**重点工作**')[0] as vscode.Range;
    const onBold = vscode.languages.getDiagnostics(document.uri).filter((d) => d.range.intersection(bold) !== undefined);
    assert.deepStrictEqual(onBold.map((d) => d.message), [], 'no diagnostic on **重点工作**');
    assert.deepStrictEqual(
      diagnostics.map((d) => document.getText(d.range)),
      NOTICE.map(([, mark]) => mark),
    );
  });

  it('editing the text updates the diagnostics (TextEditor.edit and WorkspaceEdit)', async function () {
    const editor = await openFixture('draft.txt');
    const { document } = editor;
    await waitForPlaceholders(document.uri, expectedRanges(document, DRAFT), 'before editing');

    // Fill in the first figure: 重点项目**个 → 重点项目12个.
    const first = rangesOf(document, '重点项目**个', '**')[0] as vscode.Range;
    assert.ok(await editor.edit((b) => b.replace(first, '12')), 'editor.edit applied');
    assert.ok(document.getText().includes('重点项目12个'));
    await waitForPlaceholders(document.uri, expectedRanges(document, DRAFT.slice(1)), 'after filling in 重点项目**个');

    // Add a new unfilled figure with a WorkspaceEdit at the end of the document.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(document.getText().length), '新增就业**人。\n');
    assert.ok(await vscode.workspace.applyEdit(edit), 'WorkspaceEdit applied');
    const added = rangesOf(document, '就业**人', '**');
    await waitForPlaceholders(
      document.uri,
      [...expectedRanges(document, DRAFT.slice(1)), ...added],
      'after inserting 新增就业**人',
    );
    assert.strictEqual(document.getText(added[0] as vscode.Range), '**');
  });

  it(`code action "${NEXT_TITLE}" is offered and runs without inserting text`, async function () {
    const editor = await openFixture('draft.txt');
    const { document } = editor;
    const diagnostics = await waitForPlaceholders(document.uri, expectedRanges(document, DRAFT), 'draft.txt');
    const first = diagnostics[0] as vscode.Diagnostic;
    const second = diagnostics[1] as vscode.Diagnostic;

    const actions = await waitFor(
      `a code action titled ${NEXT_TITLE} at ${showRange(first.range)}`,
      async () => {
        const all = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
          'vscode.executeCodeActionProvider',
          document.uri,
          first.range,
        );
        const ours = (all ?? []).filter((a): a is vscode.CodeAction => a.title === NEXT_TITLE && typeof a.command !== 'string');
        return ours.length > 0 ? ours : undefined;
      },
      { timeoutMs: 15000 },
    );
    const action = actions[0] as vscode.CodeAction;
    assert.ok(action.command, 'the action carries a command');
    assert.strictEqual(action.edit, undefined, 'the action must not insert text');
    assert.ok(
      action.kind === undefined || vscode.CodeActionKind.QuickFix.contains(action.kind),
      `kind ${action.kind?.value} is a quick fix`,
    );

    const version = document.version;
    editor.selection = new vscode.Selection(first.range.start, first.range.end);
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    await waitForSelection(editor, second.range, `running "${NEXT_TITLE}" from the first placeholder`);
    assert.strictEqual(document.version, version, 'the document is unchanged');
    assert.strictEqual(document.isDirty, false);
  });

  it('gongwen.nextPlaceholder / gongwen.previousPlaceholder move the selection, wrapping around', async function () {
    const editor = await openFixture('draft.txt');
    const { document } = editor;
    const ranges = (await waitForPlaceholders(document.uri, expectedRanges(document, DRAFT), 'draft.txt')).map((d) => d.range);
    const at = (i: number): vscode.Range => ranges[i] as vscode.Range;

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('gongwen.nextPlaceholder');
    await waitForSelection(editor, at(0), 'next from the top');
    await vscode.commands.executeCommand('gongwen.nextPlaceholder');
    await waitForSelection(editor, at(1), 'next from the first');
    await vscode.commands.executeCommand('gongwen.nextPlaceholder');
    await waitForSelection(editor, at(2), 'next from the second');
    await vscode.commands.executeCommand('gongwen.previousPlaceholder');
    await waitForSelection(editor, at(1), 'previous from the third');
    await vscode.commands.executeCommand('gongwen.previousPlaceholder');
    await waitForSelection(editor, at(0), 'previous from the second');
    await vscode.commands.executeCommand('gongwen.previousPlaceholder');
    await waitForSelection(editor, at(ranges.length - 1), 'previous from the first wraps to the last');
    await vscode.commands.executeCommand('gongwen.nextPlaceholder');
    await waitForSelection(editor, at(0), 'next from the last wraps to the first');
    assert.strictEqual(document.isDirty, false, 'navigation does not edit');
  });

  it('gongwen.rules: "off" removes the diagnostics, "error" raises them, the default restores warnings', async function () {
    const { document } = await openFixture('draft.txt');
    const expected = expectedRanges(document, DRAFT);
    await waitForPlaceholders(document.uri, expected, 'default rules');

    await setRules({ [RULE]: 'off' });
    await waitFor(
      `no ${RULE} diagnostics with gongwen.rules = {"${RULE}": "off"}`,
      () => placeholderDiagnostics(document.uri).length === 0,
      { describe: () => showDiagnostics(document.uri) },
    );

    await setRules({ [RULE]: 'error' });
    await waitFor(
      `${expected.length} ${RULE} errors with gongwen.rules = {"${RULE}": "error"}`,
      () => {
        const d = placeholderDiagnostics(document.uri);
        return d.length === expected.length && d.every((x) => x.severity === vscode.DiagnosticSeverity.Error);
      },
      { describe: () => showDiagnostics(document.uri) },
    );

    await setRules(undefined);
    await waitFor(
      `${expected.length} ${RULE} warnings after resetting gongwen.rules`,
      () => {
        const d = placeholderDiagnostics(document.uri);
        return d.length === expected.length && d.every((x) => x.severity === vscode.DiagnosticSeverity.Warning);
      },
      { describe: () => showDiagnostics(document.uri) },
    );
  });
});
