/**
 * Status bar item for the active 公文: the detected document type (so the writer sees why a rule
 * applies or not), the character count and the placeholders left. Asks the server; no analysis here.
 */
import * as vscode from 'vscode';
// The Node and the browser client alike (extension.ts, browserClient.ts).
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { DOCUMENT_INFO_REQUEST, type DocumentInfo, type DocumentInfoParams } from '../../server/src/protocol';


export function registerStatusBar(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const item = vscode.window.createStatusBarItem('gongwen.status', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Gongwen document status');
  item.command = 'gongwen.nextPlaceholder';
  let timer: NodeJS.Timeout | undefined;

  const update = async (): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    const c = client();
    if (!editor || !c || !c.isRunning() || !['plaintext', 'markdown'].includes(editor.document.languageId)) {
      item.hide();
      return;
    }
    try {
      const info = await c.sendRequest<DocumentInfo | null>(DOCUMENT_INFO_REQUEST, { uri: editor.document.uri.toString() } satisfies DocumentInfoParams);
      if (!info) return item.hide();
      item.text = `$(file-text) ${info.docTypeName} · ${info.characters}字${info.placeholders > 0 ? ` · $(warning) ${info.placeholders}处待填` : ''}`;
      item.tooltip = vscode.l10n.t(
        'Document type: {0} (detected from the title; set it with gongwen.profile or in .gongwenrc.json)\nCharacters: {1}\nUnfilled placeholders: {2} (click to go to the next one)',
        info.docTypeName,
        info.characters,
        info.placeholders,
      );
      item.show();
    } catch {
      item.hide();
    }
  };
  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void update(), 300);
  };
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(schedule),
    // Diagnostics arrive once the server has checked the document: the info is ready then.
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) schedule();
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) schedule();
    }),
    { dispose: () => timer && clearTimeout(timer) },
  );
  schedule();
}
