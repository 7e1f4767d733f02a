/**
 * Gongwen language server for Node: transport (IPC from the VS Code client, or --stdio for any other
 * editor) chosen by vscode-languageserver from the command line; words from the segmentation
 * process; the features that read and write files. The handlers themselves are wired in
 * lsp/serve.ts, shared with the web worker server (browserServer.ts).
 */
import { createConnection, MessageType, ProposedFeatures, ShowMessageNotification } from 'vscode-languageserver/node';
import { idleCollector, tuneHeap } from './heap';
import { ConfigService } from './lsp/configs';
import { ANNOTATE_DOCX_REQUEST, EXPORT_DOCX_REQUEST, LINT_DOCX_REQUEST, annotateDocxRequest, exportDocxRequest, lintDocxRequest, type AnnotateDocxParams, type ExportDocxParams, type LintDocxParams } from './lsp/docx';
import { addToDictionary, addToGlossary, ADD_TO_DICTIONARY, ADD_TO_GLOSSARY } from './lsp/glossary';
import { serve, type FileFeatures } from './lsp/serve';
import { WorkspaceFolders } from './lsp/workspaceFolders';
import { SegmentationClient, defaultChildScript } from './segmentation/client';
import { userDictionaryPaths } from './segmentation/dictionaries';

tuneHeap(); // before the first analysis: V8's heap grows by half the live size, not up to four times it
const connection = createConnection(ProposedFeatures.all);
const segmentation = new SegmentationClient(defaultChildScript(), userDictionaryPaths, (message) =>
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Gongwen 术语一致性检查暂不可用：${message}。其他检查不受影响。` }),
);
const configs = new ConfigService(connection);
const folders = new WorkspaceFolders();

const files: FileFeatures = {
  initialize(params, trusted) {
    configs.trusted = trusted;
    folders.initialize(params);
    configs.setWorkspaceFolders(folders.paths);
  },
  foldersChanged(added, removed) {
    folders.change(added, removed);
    configs.setWorkspaceFolders(folders.paths);
  },
  effective: (uri, editor) => configs.effective(uri, editor),
  filesChanged: () => configs.invalidate(),
  commands: [ADD_TO_GLOSSARY, ADD_TO_DICTIONARY],
  executeCommand(command, args, context) {
    const glossary = { workspaceFolders: configs.workspaceFolders, bounds: configs.bounds, isOpen: context.isOpen };
    return (command === ADD_TO_GLOSSARY ? addToGlossary : addToDictionary)(connection, args, glossary);
  },
  register(c, context) {
    const docxDeps = { analysisOf: context.analysisOf, settingsOf: context.settingsOf, workspaceFolders: async () => folders.paths };
    c.onRequest(EXPORT_DOCX_REQUEST, (p: ExportDocxParams) => exportDocxRequest(p, docxDeps));
    c.onRequest(LINT_DOCX_REQUEST, (p: LintDocxParams) => lintDocxRequest(p, docxDeps));
    c.onRequest(ANNOTATE_DOCX_REQUEST, (p: AnnotateDocxParams) => annotateDocxRequest(p, docxDeps));
  },
};

// Young-generation collections in the pause after each check, not at the start of the next (heap.ts).
const afterCheck = idleCollector();
serve(connection, { segmentation, files, ...(afterCheck ? { afterCheck } : {}) });
