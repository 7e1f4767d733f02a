/**
 * The language server's wiring, shared by the two servers: server.ts (Node: stdio or IPC, words from
 * the segmentation process, .gongwenrc.json, Word files, 加入术语表/加入词典) and browserServer.ts
 * (a web worker for VS Code for the Web: words from the portable segmenter in the worker, no file
 * system). What differs comes in a ServerHost; everything else (diagnostics, quick fixes, hovers,
 * structure, terms, 送审前检查, 忽略此处) is the same code in both.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings, Word } from '../core';
import { ADD_TO_DICTIONARY, ADD_TO_GLOSSARY, ANNOTATE_DOCX_REQUEST, EXPORT_DOCX_REQUEST, LINT_DOCX_REQUEST } from '../protocol';
import { AnalysisCache, type DocumentAnalysis, type WordSource } from './analysis';
import { CHECK_REQUEST, checkRequest, type CheckParams } from './check';
import { codeActionsFor, FIX_ALL_KIND, resolveCodeAction, resolvesEdits, type ResolveData } from './codeActions';
import { revealNextPlaceholder, REVEAL_NEXT_PLACEHOLDER, SERVER_COMMANDS } from './commands';
import type { Effective } from './configs';
import { DiagnosticsService } from './diagnostics';
import { DOCUMENT_INFO_REQUEST, documentInfo } from './documentInfo';
import { EffectiveSettingsResolver } from './effective';
import { hoverAt } from './hover';
import { IGNORE_FINDING, IGNORES_NOTIFICATION, IgnoreStore, isIgnoreEntry, SET_IGNORES_NOTIFICATION } from './ignores';
import { SettingsStore } from './settings';
import { documentSymbols, foldingRanges, selectionRanges, STRUCTURE_REQUEST, structureOf, type StructureParams } from './structure';
import { TERMS_REQUEST, termsReport, type TermsParams } from './terms';

/** Where words come from: SegmentationClient (a process) or InWorkerSegmentation (the same worker). */
export interface Segmentation extends WordSource {
  readonly isReady: boolean;
  /** The backend serving (nodejieba or portable), once ready. */
  readonly backend: string | undefined;
  readonly status: { state: string };
  wordsFor(text: string): Word[] | undefined;
  ensure(text: string): Promise<boolean>;
  ensureWithin(text: string, ms: number): Promise<void>;
  reset(): void;
  dispose(): void;
}

/** What the session's file features may ask of the wiring. */
export interface FileFeatureContext {
  analysisOf(uri: string): Promise<DocumentAnalysis | undefined>;
  /** Effective settings of a document (editor settings and .gongwenrc.json). */
  settingsOf(uri: string): Promise<Settings>;
  isOpen(uri: string): boolean;
}

/**
 * The features that read or write files: .gongwenrc.json, the Word requests, 加入术语表 and
 * 加入词典. The Node server has them (server.ts); the web worker server has none.
 */
export interface FileFeatures {
  /** At initialize: the workspace folders and whether the workspace is trusted. */
  initialize(params: InitializeParams, trusted: boolean): void;
  /** workspace/didChangeWorkspaceFolders. */
  foldersChanged(added: readonly string[], removed: readonly string[]): void;
  /** A document's settings: the editor's, merged with its nearest .gongwenrc.json. */
  effective(uri: string, editor: Settings): Effective;
  /** A watched file (.gongwenrc.json) changed. */
  filesChanged(): void;
  /** The commands it executes (workspace/executeCommand; listed in commands.ts SERVER_COMMANDS). */
  readonly commands: readonly string[];
  executeCommand(command: string, args: unknown[] | undefined, context: FileFeatureContext): Promise<unknown>;
  /** Registers its requests (gongwen/exportDocx, gongwen/lintDocx, gongwen/annotateDocx). */
  register(connection: Connection, context: FileFeatureContext): void;
}

export interface ServerHost {
  segmentation: Segmentation;
  /** Absent in the web worker server: no .gongwenrc.json, Word files, 加入术语表 or 加入词典. */
  files?: FileFeatures;
  /** Called once a check's diagnostics are out: the Node server collects garbage in the pause (heap.ts idleCollector). */
  afterCheck?: () => void;
}

/** Commands and requests that need the file system, answered when the server has none. */
const FILE_COMMANDS = new Set([ADD_TO_GLOSSARY, ADD_TO_DICTIONARY]);
const NO_FILES = '网页版 VS Code 中的 Gongwen 不能读写文件：Word 导出、检查与批注，加入术语表、加入词典和 .gongwenrc.json 请在桌面版 VS Code 或 gongwen 命令行中使用。';

/** Wires the connection's handlers and starts listening. */
export function serve(connection: Connection, host: ServerHost): void {
  const { segmentation, files } = host;
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache(segmentation);
  const ignores = new IgnoreStore();
  let settings: SettingsStore;
  let resolver: EffectiveSettingsResolver;
  let diagnostics: DiagnosticsService;
  let dynamicConfiguration = false;
  let workspaceFolderChanges = false;
  /** The client resolves code actions' edits (codeAction/resolve): quick fixes go out without them. */
  let resolveEdits = false;

  async function analysisOf(uri: string): Promise<DocumentAnalysis | undefined> {
    const document = documents.get(uri);
    return document ? cache.get(document, await resolver.get(uri, document.getText())) : undefined;
  }
  const fileContext: FileFeatureContext = {
    analysisOf,
    settingsOf: async (uri) => (await resolver.get(uri)).settings,
    isOpen: (uri) => documents.get(uri) !== undefined,
  };
  const commands = [...SERVER_COMMANDS.filter((c) => files || !FILE_COMMANDS.has(c)), IGNORE_FINDING];

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    const pullConfiguration = capabilities.workspace?.configuration === true;
    const pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
    dynamicConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    const initOptions = params.initializationOptions as { settings?: unknown; trusted?: unknown; ignores?: unknown } | null | undefined;
    ignores.load(initOptions?.ignores);
    // The search for .gongwenrc.json stops at the workspace folder; 加入术语表 writes only inside it.
    files?.initialize(params, initOptions?.trusted !== false);
    workspaceFolderChanges = capabilities.workspace?.workspaceFolders === true;
    settings = new SettingsStore(connection, pullConfiguration, initOptions?.settings);
    const configs = { effective: (uri: string, editor: Settings): Effective => (files ? files.effective(uri, editor) : { settings: editor, ignored: false }) };
    resolver = new EffectiveSettingsResolver(settings, configs, (message) =>
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }),
    );
    diagnostics = new DiagnosticsService(connection, documents, resolver, cache, pullDiagnostics, segmentation, ignores, host.afterCheck);
    diagnostics.canRefresh = capabilities.workspace?.diagnostics?.refreshSupport === true;
    diagnostics.listen(capabilities);
    resolveEdits = resolvesEdits(capabilities);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        hoverProvider: true,
        documentSymbolProvider: { label: '公文结构' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        executeCommandProvider: { commands },
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
        files?.foldersChanged(e.added.map((f) => f.uri), e.removed.map((f) => f.uri));
        diagnostics.refreshAll();
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    diagnostics.refreshAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    files?.filesChanged();
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
    const actions = codeActionsFor(params, analysis, (text) => segmentation.wordsFor(text), analysis ? ignores.ignored(analysis) : [], resolveEdits);
    // Without files, 加入术语表 and 加入词典 (which write .gongwenrc.json) are not offered.
    return files ? actions : actions.filter((a) => !(a.command && FILE_COMMANDS.has(a.command.command)));
  });
  connection.onCodeActionResolve(async (action) => {
    const uri = (action.data as Partial<ResolveData> | undefined)?.uri;
    return resolveCodeAction(action, typeof uri === 'string' ? await analysisOf(uri) : undefined, (text) => segmentation.wordsFor(text));
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

  if (files) {
    files.register(connection, fileContext);
  } else {
    for (const request of [EXPORT_DOCX_REQUEST, LINT_DOCX_REQUEST, ANNOTATE_DOCX_REQUEST]) {
      connection.onRequest(request, () => new ResponseError(LSPErrorCodes.RequestFailed, NO_FILES));
    }
  }

  connection.onExecuteCommand(async (params) => {
    if (files?.commands.includes(params.command)) return files.executeCommand(params.command, params.arguments, fileContext);
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
}
