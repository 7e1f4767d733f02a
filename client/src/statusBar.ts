/**
 * Status bar item for the active 公文: the detected document type (so the writer sees why a rule
 * applies or not), the character count and the placeholders left. Asks the server; no analysis here.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface DocumentInfo {
  docType: string;
  docTypeName: string;
  characters: number;
  placeholders: number;
}

export function registerStatusBar(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const item = vscode.window.createStatusBarItem('gongwen.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Gongwen 公文';
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
      const info = await c.sendRequest<DocumentInfo | null>('gongwen/documentInfo', { uri: editor.document.uri.toString() });
      if (!info) return item.hide();
      item.text = `$(file-text) ${info.docTypeName} · ${info.characters}字${info.placeholders > 0 ? ` · $(warning) ${info.placeholders}处待填` : ''}`;
      item.tooltip = `文种：${info.docTypeName}（按标题识别，可在设置 gongwen.profile 或 .gongwenrc.json 中指定）\n字数：${info.characters}\n未填写的占位符：${info.placeholders}（点击转到下一个）`;
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
