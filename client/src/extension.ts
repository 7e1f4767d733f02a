/**
 * Gongwen VS Code extension: starts the bundled language server over IPC and adds the editor-side
 * commands. All analysis happens in the server, on this machine.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCheck } from './check';
import { registerPlaceholderNavigation } from './placeholders';
import { registerWritingCommands } from './commands';
import { registerDocxCommands } from './docx';
import { registerDraftLanguageGuard } from './draftLanguage';
import { RestartOnceErrorHandler } from './errorHandler';
import { registerIgnores, storedIgnores } from './ignores';
import { registerStatusBar } from './statusBar';
import { registerStructureView } from './structureView';
import { registerTermsReport } from './termsReport';

let client: LanguageClient | undefined;

function languages(): string[] {
  const configured = vscode.workspace.getConfiguration('gongwen').get<unknown>('languages');
  return Array.isArray(configured) && configured.every((l) => typeof l === 'string') ? configured : ['plaintext', 'markdown'];
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
      { scheme: 'vscode-remote', language },
    ]),
    synchronize: {
      configurationSection: 'gongwen',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.gongwenrc.json'),
    },
    diagnosticCollectionName: 'gongwen',
    errorHandler: new RestartOnceErrorHandler(),
    // In an untrusted workspace the server ignores the workspace's custom regular expressions.
    // 忽略此处 kept from earlier sessions (client/src/ignores.ts).
    initializationOptions: { trusted: vscode.workspace.isTrusted, ignores: storedIgnores(context) },
  };
  const created = new LanguageClient('gongwen', 'Gongwen 公文写作助手', serverOptions, clientOptions);
  registerIgnores(context, created);
  return created;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  registerPlaceholderNavigation(context);
  registerStatusBar(context, () => client);
  registerStructureView(context, () => client);
  registerWritingCommands(context);
  registerDraftLanguageGuard(context, languages);
  registerDocxCommands(context, () => client);
  registerTermsReport(context, () => client);
  registerCheck(context, () => client);
  const restart = async (): Promise<void> => {
    await client?.stop();
    client = createClient(context);
    await client.start();
  };
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('gongwen.languages')) await restart();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(restart),
  );
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Gongwen: this workspace is not trusted, so custom regular-expression phrases are off; every other check works.'));
  }
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
