/**
 * What the desktop extension (extension.ts: the server as a Node process) and the web extension
 * (browserClient.ts: the server as a web worker, for VS Code for the Web) share: the client's
 * options and every editor feature. Each entry says how to start the server, which documents
 * (URI schemes) it checks and how the Word commands work there.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { registerCheck } from './check';
import { registerPlaceholderNavigation } from './placeholders';
import { registerWritingCommands } from './commands';
import { registerDraftLanguageGuard } from './draftLanguage';
import { RestartOnceErrorHandler } from './errorHandler';
import { registerIgnores, storedIgnores } from './ignores';
import { registerStatusBar } from './statusBar';
import { registerStructureView } from './structureView';
import { registerTermsReport } from './termsReport';

export interface ClientHost {
  /** Creates the language client with these options (it is started by the caller). */
  create(id: string, name: string, options: LanguageClientOptions): BaseLanguageClient;
  /** The URI schemes of the documents the server checks. */
  schemes: readonly string[];
  /** Registers gongwen.exportDocx, gongwen.lintDocx and gongwen.annotateDocx. */
  registerDocx(context: vscode.ExtensionContext, client: () => BaseLanguageClient | undefined): void;
}

let client: BaseLanguageClient | undefined;

function languages(): string[] {
  const configured = vscode.workspace.getConfiguration('gongwen').get<unknown>('languages');
  return Array.isArray(configured) && configured.every((l) => typeof l === 'string') ? configured : ['plaintext', 'markdown'];
}

function createClient(context: vscode.ExtensionContext, host: ClientHost): BaseLanguageClient {
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages().flatMap((language) => host.schemes.map((scheme) => ({ scheme, language }))),
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
  const created = host.create('gongwen', 'Gongwen 公文写作助手', clientOptions);
  registerIgnores(context, created);
  return created;
}

export async function activateWith(context: vscode.ExtensionContext, host: ClientHost): Promise<void> {
  client = createClient(context, host);
  registerPlaceholderNavigation(context);
  registerStatusBar(context, () => client);
  registerStructureView(context, () => client);
  registerWritingCommands(context);
  registerDraftLanguageGuard(context, languages);
  host.registerDocx(context, () => client);
  registerTermsReport(context, () => client);
  registerCheck(context, () => client);
  const restart = async (): Promise<void> => {
    await client?.stop();
    client = createClient(context, host);
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

export async function deactivateClient(): Promise<void> {
  await client?.stop();
  client = undefined;
}
