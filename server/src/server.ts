/**
 * Gongwen language server: wiring only. Transport (IPC from the VS Code client, or --stdio for
 * any other editor) is chosen by vscode-languageserver from the command line.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, type DocumentAnalysis } from './lsp/analysis';
import { codeActionsFor, FIX_ALL_KIND } from './lsp/codeActions';
import { revealNextPlaceholder, REVEAL_NEXT_PLACEHOLDER, SERVER_COMMANDS } from './lsp/commands';
import { ConfigService } from './lsp/configs';
import { DiagnosticsService } from './lsp/diagnostics';
import { ANNOTATE_DOCX_REQUEST, EXPORT_DOCX_REQUEST, LINT_DOCX_REQUEST, annotateDocxRequest, exportDocxRequest, lintDocxRequest, type AnnotateDocxParams, type ExportDocxParams, type LintDocxParams } from './lsp/docx';
import { CHECK_REQUEST, checkRequest, type CheckParams } from './lsp/check';
import { DOCUMENT_INFO_REQUEST, documentInfo } from './lsp/documentInfo';
import { EffectiveSettingsResolver } from './lsp/effective';
import { addToDictionary, addToGlossary, ADD_TO_DICTIONARY, ADD_TO_GLOSSARY } from './lsp/glossary';
import { hoverAt } from './lsp/hover';
import { IGNORE_FINDING, IGNORES_NOTIFICATION, IgnoreStore, isIgnoreEntry, SET_IGNORES_NOTIFICATION } from './lsp/ignores';
import { SettingsStore } from './lsp/settings';
import { TERMS_REQUEST, termsReport, type TermsParams } from './lsp/terms';
import { documentSymbols, foldingRanges, selectionRanges, STRUCTURE_REQUEST, structureOf, type StructureParams } from './lsp/structure';
import { WorkspaceFolders } from './lsp/workspaceFolders';
import { SegmentationClient, defaultChildScript } from './segmentation/client';
import { userDictionaryPaths } from './segmentation/dictionaries';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const segmentation = new SegmentationClient(defaultChildScript(), userDictionaryPaths, (message) =>
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Gongwen 术语一致性检查暂不可用：${message}。其他检查不受影响。` }),
);
const cache = new AnalysisCache(segmentation);
const configs = new ConfigService(connection);
const folders = new WorkspaceFolders();
const ignores = new IgnoreStore();
let settings: SettingsStore;
let resolver: EffectiveSettingsResolver;
let diagnostics: DiagnosticsService;
let dynamicConfiguration = false;
let workspaceFolderChanges = false;

async function analysisOf(uri: string): Promise<DocumentAnalysis | undefined> {
  const document = documents.get(uri);
  return document ? cache.get(document, await resolver.get(uri, document.getText())) : undefined;
}

connection.onInitialize((params): InitializeResult => {
  const capabilities = params.capabilities;
  const pullConfiguration = capabilities.workspace?.configuration === true;
  const pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
  dynamicConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  const initOptions = params.initializationOptions as { settings?: unknown; trusted?: unknown; ignores?: unknown } | null | undefined;
  ignores.load(initOptions?.ignores);
  configs.trusted = initOptions?.trusted !== false;
  // The search for .gongwenrc.json stops at the workspace folder; 加入术语表 writes only inside it.
  folders.initialize(params);
  configs.setWorkspaceFolders(folders.paths);
  workspaceFolderChanges = capabilities.workspace?.workspaceFolders === true;
  settings = new SettingsStore(connection, pullConfiguration, initOptions?.settings);
  resolver = new EffectiveSettingsResolver(settings, configs, (message) =>
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }),
  );
  diagnostics = new DiagnosticsService(connection, documents, resolver, cache, pullDiagnostics, segmentation, ignores);
  diagnostics.canRefresh = capabilities.workspace?.diagnostics?.refreshSupport === true;
  diagnostics.listen();
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
      documentSymbolProvider: { label: '公文结构' },
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      executeCommandProvider: { commands: [...SERVER_COMMANDS, IGNORE_FINDING] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'gongwen-language-server' },
  };
});

connection.onInitialized(() => {
  if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' });
  if (workspaceFolderChanges) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      folders.change(e.added.map((f) => f.uri), e.removed.map((f) => f.uri));
      configs.setWorkspaceFolders(folders.paths);
      diagnostics.refreshAll();
    });
  }
});

connection.onDidChangeConfiguration((change) => {
  settings.changed(change.settings);
  diagnostics.refreshAll();
});

connection.onDidChangeWatchedFiles(() => {
  configs.invalidate();
  if (segmentation.status.state === 'failed') segmentation.reset();
  diagnostics.refreshAll();
});

documents.onDidChangeContent((e) => diagnostics.changed(e.document));
documents.onDidClose((e) => {
  settings.forget(e.document.uri);
  resolver.forget(e.document.uri);
  diagnostics.closed(e.document.uri);
});

connection.onCodeAction(async (params) => {
  const analysis = await analysisOf(params.textDocument.uri);
  return codeActionsFor(params, analysis, (text) => segmentation.wordsFor(text), analysis ? ignores.ignored(analysis) : []);
});
connection.onHover(async (params) => {
  const analysis = await analysisOf(params.textDocument.uri);
  return analysis ? hoverAt(analysis, params.position, ignores.visible(analysis)) : null;
});
connection.onRequest(CHECK_REQUEST, (params: CheckParams) =>
  checkRequest(params.uri, { text: (uri) => documents.get(uri)?.getText(), words: (text, ms) => segmentation.ensureWithin(text, ms), analysisOf, segmenter: () => segmentation.backend }),
);
connection.onRequest(DOCUMENT_INFO_REQUEST, async (params: { uri: string }) => {
  const analysis = await analysisOf(params.uri);
  return analysis ? documentInfo(analysis, ignores.visible(analysis)) : null;
});

connection.onDocumentSymbol(async (p) => { const a = await analysisOf(p.textDocument.uri); return a ? documentSymbols(a) : null; });
connection.onFoldingRanges(async (p) => { const a = await analysisOf(p.textDocument.uri); return a ? foldingRanges(a) : null; });
connection.onSelectionRanges(async (p) => { const a = await analysisOf(p.textDocument.uri); return a ? selectionRanges(a, p.positions) : null; });
connection.onRequest(STRUCTURE_REQUEST, async (p: StructureParams) => { const a = await analysisOf(p.uri); return a ? structureOf(a) : null; });

connection.onRequest(TERMS_REQUEST, async (p: TermsParams) => {
  const a = await analysisOf(p.uri);
  if (!a) return null;
  const words = segmentation.wordsFor(a.text);
  if (!words) void segmentation.ensure(a.text);
  return termsReport(a, words);
});

const docxDeps = { analysisOf, settingsOf: async (uri: string) => (await resolver.get(uri)).settings, workspaceFolders: async () => folders.paths };
connection.onRequest(EXPORT_DOCX_REQUEST, (p: ExportDocxParams) => exportDocxRequest(p, docxDeps));
connection.onRequest(LINT_DOCX_REQUEST, (p: LintDocxParams) => lintDocxRequest(p, docxDeps));
connection.onRequest(ANNOTATE_DOCX_REQUEST, (p: AnnotateDocxParams) => annotateDocxRequest(p, docxDeps));

connection.onExecuteCommand(async (params) => {
  if (params.command === ADD_TO_GLOSSARY || params.command === ADD_TO_DICTIONARY) {
    const context = { workspaceFolders: configs.workspaceFolders, bounds: configs.bounds, isOpen: (uri: string) => documents.get(uri) !== undefined };
    return (params.command === ADD_TO_GLOSSARY ? addToGlossary : addToDictionary)(connection, params.arguments, context);
  }
  if (params.command === IGNORE_FINDING) {
    const [uri, entry, ignore] = params.arguments ?? [];
    if (typeof uri !== 'string' || !isIgnoreEntry(entry)) return false;
    if (ignore === false ? ignores.remove(uri, entry) : ignores.add(uri, entry)) void connection.sendNotification(IGNORES_NOTIFICATION, { uri, ignores: ignores.entries(uri) });
    diagnostics.refresh(uri);
    return true;
  }
  if (params.command !== REVEAL_NEXT_PLACEHOLDER) return undefined;
  return revealNextPlaceholder(connection, params.arguments, analysisOf);
});

connection.onNotification(SET_IGNORES_NOTIFICATION, (p: { ignores?: unknown } | null) => {
  ignores.load(p?.ignores);
  diagnostics.refreshAll();
});

connection.onShutdown(() => segmentation.dispose());

documents.listen(connection);
connection.listen();
