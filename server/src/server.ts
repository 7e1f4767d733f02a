/**
 * Gongwen language server: wiring only. Transport (IPC from the VS Code client, or --stdio for
 * any other editor) is chosen by vscode-languageserver from the command line.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './lsp/analysis';
import { codeActionsFor } from './lsp/codeActions';
import { revealNextPlaceholder, REVEAL_NEXT_PLACEHOLDER, SERVER_COMMANDS } from './lsp/commands';
import { DiagnosticsService } from './lsp/diagnostics';
import { SettingsStore } from './lsp/settings';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const cache = new AnalysisCache();
let settings: SettingsStore;
let diagnostics: DiagnosticsService;
let dynamicConfiguration = false;

connection.onInitialize((params): InitializeResult => {
  const capabilities = params.capabilities;
  const pullConfiguration = capabilities.workspace?.configuration === true;
  const pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
  dynamicConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  const initOptions = params.initializationOptions as { settings?: unknown } | null | undefined;
  settings = new SettingsStore(connection, pullConfiguration, initOptions?.settings);
  diagnostics = new DiagnosticsService(connection, documents, settings, cache, pullDiagnostics);
  diagnostics.listen();
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      executeCommandProvider: { commands: SERVER_COMMANDS },
      ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'gongwen-language-server' },
  };
});

connection.onInitialized(() => {
  if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' });
});

connection.onDidChangeConfiguration((change) => {
  settings.changed(change.settings);
  diagnostics.refreshAll();
});

documents.onDidChangeContent((e) => diagnostics.changed(e.document));
documents.onDidClose((e) => {
  settings.forget(e.document.uri);
  diagnostics.closed(e.document.uri);
});

connection.onCodeAction((params) => codeActionsFor(params));

connection.onExecuteCommand(async (params) => {
  if (params.command !== REVEAL_NEXT_PLACEHOLDER) return undefined;
  return revealNextPlaceholder(connection, params.arguments, async (uri) => {
    const document = documents.get(uri);
    return document ? cache.get(document, await settings.get(uri)) : undefined;
  });
});

documents.listen(connection);
connection.listen();
