/**
 * Terminology drift in the real editor: the drift diagnostic arrives once segmentation is ready,
 * "统一为…" applied through the editor rewrites the variant, and 术语一致性报告 lists the group.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openFixture, showDiagnostics, waitFor } from './helpers';

const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
const drift = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gongwen' && codeOf(d) === 'term.inconsistent');

describe('terminology drift in the editor', function () {
  this.timeout(120000);
  before(async () => {
    await activateExtension();
  });
  afterEach(async () => {
    await closeAllEditors();
  });

  it('"统一为…" applied through the editor rewrites the variant and the diagnostic goes', async () => {
    const { document } = await openFixture('drift.txt');
    const [d] = await waitFor('a term.inconsistent diagnostic (after segmentation loads)', () => (drift(document.uri).length === 1 ? drift(document.uri) : undefined), {
      timeoutMs: 90000,
      describe: () => showDiagnostics(document.uri),
    });
    assert.ok(d);
    assert.strictEqual(document.getText(d.range), '区委区政府');
    assert.match(d.message, /建议统一为“区委、区政府”/);
    assert.strictEqual(d.relatedInformation?.length, 2, 'the other occurrences are related places');
    // Resolved (codeAction/resolve) as when the writer chooses it: the server sends quick fixes without their edits.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, d.range, vscode.CodeActionKind.QuickFix.value, 20);
    const unify = actions.find((a) => a.title === '统一为“区委、区政府”');
    assert.ok(unify?.edit, `a 统一为 action; got ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(unify.edit));
    assert.strictEqual(document.lineAt(4).text, '区委、区政府将把重点项目纳入年度考核。');
    await waitFor('the drift diagnostic to go', () => drift(document.uri).length === 0, { describe: () => showDiagnostics(document.uri) });
  });

  it('术语一致性报告 lists the group', async () => {
    const editor = await openFixture('drift.txt');
    await waitFor('drift found', () => drift(editor.document.uri).length === 1, { timeoutMs: 90000 });
    const pending = vscode.commands.executeCommand<{ ready: boolean; groups: Array<{ canonical: string; forms: Array<{ text: string; count: number }> }> }>('gongwen.termsReport');
    // The command shows a quick pick; close it so the command returns its report.
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    const report = await pending;
    assert.ok(report?.ready);
    assert.deepStrictEqual(report.groups.map((g) => [g.canonical, g.forms.map((f) => `${f.text}×${f.count}`)]), [['区委、区政府', ['区委、区政府×2', '区委区政府×1']]]);
  });
});
