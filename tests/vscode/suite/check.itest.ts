/**
 * 送审前检查 in the real editor: the command asks the server for the check of the active draft and
 * shows the page in a webview beside it; the verdict comes back to the caller.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openFixture, waitFor } from './helpers';

describe('送审前检查 in the editor', function () {
  this.timeout(120000);
  before(async () => {
    await activateExtension();
  });
  afterEach(async () => {
    await closeAllEditors();
  });

  it('a draft with placeholders is not ready, and the report opens beside it', async () => {
    await openFixture('draft.txt');
    const result = await vscode.commands.executeCommand<{ verdict: string; reasons: string[] } | undefined>('gongwen.check');
    assert.strictEqual(result?.verdict, 'not-ready');
    assert.ok(result.reasons.some((r) => r.includes('占位符')), result.reasons.join('；'));
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    await waitFor('the 送审前检查 page in a tab beside the draft', () => tabs().find((t) => t.input instanceof vscode.TabInputWebview && /送审前检查|Pre-submission check/.test(t.label)), {
      describe: () => tabs().map((t) => `${t.label} (${t.input?.constructor.name})`).join(' | '),
    });
  });
});
