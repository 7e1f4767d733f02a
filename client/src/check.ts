/**
 * "送审前检查": the pre-submission check of the active draft, as the page `gongwen check --format
 * html` prints (verdict, errors, placeholders, missing elements, structure, counts), in a webview
 * beside the draft. The page comes from the server; the webview runs no script and loads nothing
 * (the page's own Content-Security-Policy, and enableScripts off).
 */
import * as vscode from 'vscode';
// The Node and the browser client alike (extension.ts, browserClient.ts).
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CHECK_REQUEST, type CheckResult } from '../../server/src/protocol';

export const CHECK_COMMAND = 'gongwen.check';

export function registerCheck(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  let panel: vscode.WebviewPanel | undefined;
  context.subscriptions.push(
    vscode.commands.registerCommand(CHECK_COMMAND, async (): Promise<Omit<CheckResult, 'html'> | undefined> => {
      const editor = vscode.window.activeTextEditor;
      const c = client();
      if (!editor || !c) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a draft to check it before sending it on.'));
        return undefined;
      }
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Pre-submission check…') },
        () => c.sendRequest<CheckResult | null>(CHECK_REQUEST, { uri: editor.document.uri.toString() }),
      );
      if (!result) return undefined;
      const title = vscode.l10n.t('Pre-submission check: {0}', editor.document.uri.path.split('/').pop() ?? '');
      if (!panel) {
        panel = vscode.window.createWebviewPanel('gongwen.check', title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, localResourceRoots: [] });
        panel.onDidDispose(() => (panel = undefined), null, context.subscriptions);
      }
      panel.title = title;
      panel.webview.html = result.html;
      panel.reveal(vscode.ViewColumn.Beside, true);
      const { html: _html, ...verdict } = result;
      return verdict;
    }),
  );
}
