/**
 * "打开示例公文" (gongwen.openSample), the walkthrough's first step: the bundled speech draft
 * (examples/speech-draft.txt), opened as a new untitled copy so the writer can try fixes on it
 * without touching the extension's files.
 */
import * as vscode from 'vscode';

export const SAMPLE = 'examples/speech-draft.txt';

export async function openSample(extensionUri: vscode.Uri): Promise<vscode.Uri | undefined> {
  let content: string;
  try {
    content = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, SAMPLE)));
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot open the sample: {0}', e instanceof Error ? e.message : String(e)));
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
  await vscode.window.showTextDocument(document, { preview: false });
  return document.uri;
}
