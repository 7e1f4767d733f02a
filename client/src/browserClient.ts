/**
 * Gongwen for VS Code for the Web (vscode.dev, github.dev, a browser's web worker extension host):
 * the extension's "browser" entry. The language server runs in a web worker started from
 * dist/browserServer.js (server/src/browserServer.ts), on this machine, in the browser: nothing
 * is sent anywhere. Every feature of the desktop extension is here (activation.ts) but those that
 * need the file system: the Word commands say that they need the desktop editor, and the server
 * reads no .gongwenrc.json (editor settings apply) and offers no 加入术语表/加入词典.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, deactivateClient } from './activation';

/** The web worker extension host's Worker (the DOM's type is not part of this project's libraries). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[3];

const WORD_COMMANDS = ['gongwen.exportDocx', 'gongwen.lintDocx', 'gongwen.annotateDocx'];

function registerDocxUnavailable(context: vscode.ExtensionContext): void {
  for (const command of WORD_COMMANDS) {
    context.subscriptions.push(
      vscode.commands.registerCommand(command, () =>
        vscode.window.showInformationMessage('网页版 VS Code 中不能读写 Word 文件：导出、检查和批注 Word 文档请在桌面版 VS Code 中进行，或使用 gongwen 命令行。'),
      ),
    );
  }
}

/**
 * The URL the server's worker is started from. On vscode.dev the extension's files have https URLs,
 * which a worker starts from. An extension installed on a remote server (code-server, a remote
 * workspace) has vscode-remote URIs, from which VS Code's web worker extension host starts no worker
 * ("Creating workers from remote extensions is currently not supported"): the script is read through
 * the workspace file system and started from a blob URL of this extension host.
 */
async function serverUrl(serverMain: vscode.Uri): Promise<string> {
  if (serverMain.scheme !== 'vscode-remote') return serverMain.toString(true);
  const script = await vscode.workspace.fs.readFile(serverMain);
  return URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const url = await serverUrl(vscode.Uri.joinPath(context.extensionUri, 'dist', 'browserServer.js'));
  await activateWith(context, {
    create: (id, name, options) => new LanguageClient(id, name, options, new Worker(url, { name: 'gongwen-language-server' })),
    // Documents of any file system the web editor opens: local files (file), remote ones
    // (vscode-remote, code-server), repositories (vscode-vfs, github.dev) and the test file system.
    schemes: ['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-test-web'],
    registerDocx: (c) => registerDocxUnavailable(c),
  });
}

export async function deactivate(): Promise<void> {
  await deactivateClient();
}
