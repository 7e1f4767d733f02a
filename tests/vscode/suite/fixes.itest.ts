/**
 * Quick fixes applied through the real editor: one preferred fix, "ignore here", and
 * source.fixAll.gongwen, each checked against the document text and the diagnostics that follow.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openFixture, showDiagnostics, waitFor } from './helpers';

const HALFWIDTH = 'punct.halfwidth';

function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

async function waitForRule(document: vscode.TextDocument, rule: string, count: number, what: string): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${count} ${rule} diagnostics ${what}`,
    () => {
      const found = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'gongwen' && codeOf(d) === rule);
      return found.length === count ? found.sort((a, b) => a.range.start.compareTo(b.range.start)) : undefined;
    },
    { describe: () => showDiagnostics(document.uri) },
  );
}

describe('quick fixes through the editor', function () {
  before(async function () {
    await activateExtension();
  });
  afterEach(async function () {
    await closeAllEditors();
  });

  it('applies the preferred fix of one diagnostic and changes nothing else', async function () {
    const { document } = await openFixture('pasted.txt');
    const before = document.getText();
    const [first] = await waitForRule(document, HALFWIDTH, 3, 'on the pasted text');
    assert.ok(first);
    assert.strictEqual(document.getText(first.range), ',');
    // The server sends quick fixes without their edits, resolved (codeAction/resolve) when one is
    // chosen: the 4th argument resolves them here as the editor does.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, first.range, vscode.CodeActionKind.QuickFix.value, 20);
    // vscode.executeCodeActionProvider does not return the actions' diagnostics: pick by isPreferred.
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred?.edit, `a preferred quick fix; got ${JSON.stringify(actions.map((a) => [a.title, a.isPreferred]))}`);
    assert.strictEqual(preferred.title, '改为“，”');
    assert.ok(await vscode.workspace.applyEdit(preferred.edit));
    const offset = document.offsetAt(first.range.start);
    assert.strictEqual(document.getText(), before.slice(0, offset) + '，' + before.slice(offset + 1));
    await waitForRule(document, HALFWIDTH, 2, 'after the fix');
  });

  it('"ignore here" in plain text writes nothing into the draft and ignores that one finding only', async function () {
    const { document } = await openFixture('pasted.txt');
    const before = document.getText();
    const [first] = await waitForRule(document, HALFWIDTH, 3, 'on the pasted text');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, first!.range, vscode.CodeActionKind.QuickFix.value);
    // The range also lies in the 通知's missing-落款 finding (doctype.signature, on the whole line): take the half-width one's.
    const ignore = actions.find((a) => a.title.startsWith('忽略此处') && a.title.includes('半角标点'));
    assert.ok(ignore?.command && !ignore.edit, `an ignore action kept by the server; got ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
    await waitForRule(document, HALFWIDTH, 2, 'after ignoring one of three');
    assert.strictEqual(document.getText(), before, 'the draft is unchanged');
    // Taken back from its line (the next tests open the same draft).
    const line = new vscode.Range(first!.range.start.line, 0, first!.range.start.line, 0);
    const back = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, line, vscode.CodeActionKind.QuickFix.value)).find((a) =>
      a.title.startsWith('恢复此处'),
    );
    assert.ok(back?.command, 'a quick fix takes the ignore back');
    await vscode.commands.executeCommand(back.command.command, ...(back.command.arguments ?? []));
    await waitForRule(document, HALFWIDTH, 3, 'after taking the ignore back');
  });

  it('source.fixAll.gongwen fixes the whole pasted text in one edit; a second run offers nothing', async function () {
    const { document } = await openFixture('pasted.txt');
    await waitForRule(document, HALFWIDTH, 3, 'on the pasted text');
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, 'source.fixAll.gongwen');
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.gongwen');
    assert.ok(fixAll?.edit, `a fix-all action; got ${actions.map((a) => `${a.kind?.value}: ${a.title}`).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    assert.strictEqual(document.lineAt(2).text, '各单位要切实做好节日期间安全工作，落实值班制度；确保万无一失。');
    await waitForRule(document, HALFWIDTH, 0, 'after fix-all');
    const again = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, 'source.fixAll.gongwen');
    assert.deepStrictEqual(again.filter((a) => a.kind?.value === 'source.fixAll.gongwen').map((a) => a.title), []);
  });
});
