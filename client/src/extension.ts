/**
 * Gongwen VS Code extension: starts the bundled language server over IPC and adds the editor-side
 * commands (activation.ts, shared with the web extension browserClient.ts). All analysis happens in
 * the server, on this machine.
 */
import * as path from 'path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, deactivateClient } from './activation';
import { registerDocxCommands } from './docx';
import { SERVER_EXEC_ARGV } from '../../server/src/protocol';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6010'] } },
  };
  await activateWith(context, {
    create: (id, name, options) => new LanguageClient(id, name, serverOptions, options),
    schemes: ['file', 'untitled', 'vscode-remote'],
    registerDocx: registerDocxCommands,
  });
}

export async function deactivate(): Promise<void> {
  await deactivateClient();
}
