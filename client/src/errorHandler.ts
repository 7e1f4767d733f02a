/**
 * What happens when the language server dies: restart it, and tell the user once; if it keeps
 * dying (three times within three minutes), stop restarting and say so once, not in a loop.
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type Message } from 'vscode-languageclient/node';

const WINDOW_MS = 3 * 60 * 1000;
const MAX_RESTARTS = 3;

export class RestartOnceErrorHandler implements ErrorHandler {
  private readonly crashes: number[] = [];
  private told = false;

  error(_error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes.push(now);
    while (this.crashes.length > 0 && (this.crashes[0] as number) < now - WINDOW_MS) this.crashes.shift();
    if (this.crashes.length > MAX_RESTARTS) {
      return {
        action: CloseAction.DoNotRestart,
        message: vscode.l10n.t('The Gongwen language server stopped unexpectedly several times within three minutes and will not be restarted. See the Gongwen log in the Output panel, then reload the window.'),
      };
    }
    if (!this.told) {
      this.told = true;
      void vscode.window.showWarningMessage(vscode.l10n.t('The Gongwen language server stopped unexpectedly and was restarted.'));
    }
    return { action: CloseAction.Restart, handled: true };
  }
}
