/**
 * Crash recovery in the real extension host (runs last: it kills the language server). The
 * server process is found among the extension host's child processes and killed with SIGKILL;
 * the client must start a new one, diagnostics must follow edits again, and the writer is told
 * once. The restart policy (three restarts in three minutes, then stop with one message) is
 * checked on the handler itself.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { CloseAction } from 'vscode-languageclient/node';
import { RestartOnceErrorHandler } from '../../../client/src/errorHandler';
import { activateExtension, closeAllEditors, openFixture, placeholderDiagnostics, serverPids, waitFor } from './helpers';

type Warn = typeof vscode.window.showWarningMessage;

describe('crash recovery (the language server is killed)', function () {
  this.timeout(90000);
  const warnings: string[] = [];
  let original: Warn;

  before(async () => {
    await activateExtension();
    original = vscode.window.showWarningMessage;
    (vscode.window as { showWarningMessage: Warn }).showWarningMessage = ((message: string, ...rest: never[]) => {
      warnings.push(message);
      return original(message, ...rest);
    }) as Warn;
  });
  after(async () => {
    (vscode.window as { showWarningMessage: Warn }).showWarningMessage = original;
    await closeAllEditors();
  });

  it('restarts the server, diagnostics follow edits again, and the writer is told once', async () => {
    const editor = await openFixture('draft.txt');
    const uri = editor.document.uri;
    const before = await waitFor('placeholders of draft.txt', () => placeholderDiagnostics(uri).length || undefined);
    const [pid, ...others] = await waitFor('the language server process', () => {
      const pids = serverPids();
      return pids.length > 0 ? pids : undefined;
    });
    assert.deepStrictEqual(others, [], 'one language server');
    process.kill(pid as number, 'SIGKILL');
    const [restarted] = await waitFor('a new language server process', () => {
      const pids = serverPids().filter((p) => p !== pid);
      return pids.length > 0 ? pids : undefined;
    });
    assert.ok(restarted && restarted !== pid);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n新增投资**亿元。'));
    await waitFor(`${before + 1} placeholders after an edit to the restarted server`, () => placeholderDiagnostics(uri).length === before + 1, {
      describe: () => String(placeholderDiagnostics(uri).length),
    });
    const told = warnings.filter((m) => /restarted|重启/.test(m));
    assert.strictEqual(told.length, 1, `one message: ${JSON.stringify(warnings)}`);
  });

  it('the restart policy: restarts three times within three minutes, then stops with one message', () => {
    const handler = new RestartOnceErrorHandler();
    const actions = [1, 2, 3, 4].map(() => handler.closed());
    assert.deepStrictEqual(
      actions.map((a) => ('action' in a ? a.action : undefined)),
      [CloseAction.Restart, CloseAction.Restart, CloseAction.Restart, CloseAction.DoNotRestart],
    );
    const last = actions[3] as { message?: string };
    assert.ok(last.message && last.message.length > 10, 'the final message says why and what to do');
  });
});
