/**
 * Gongwen language server for VS Code for the Web (vscode.dev, github.dev, code-server's browser
 * extension host): a web worker the browser client (client/src/browserClient.ts) starts from
 * dist/browserServer.js, speaking LSP through the worker's messages. The handlers are the Node
 * server's (lsp/serve.ts); what differs:
 *   - words come from the portable segmenter in this worker (no process can be started), with the
 *     same dictionaries as the desktop, bundled into the script as texts, so findings are the same;
 *   - there is no file system: no .gongwenrc.json (editor settings only), no Word export, check or
 *     annotation, no 加入术语表/加入词典 (which write .gongwenrc.json). The Word requests answer
 *     with a message saying so, and the two quick fixes are not offered.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, MessageType, ShowMessageNotification } from 'vscode-languageserver/browser';
import gongwenText from '../../dict/gongwen.dict.utf8';
import hmmText from '../../dict/hmm_model.utf8';
import mainText from '../../dict/jieba.compact.dict.utf8';
import jiebaUserText from '../../dict/jieba.user.dict.utf8';
import { serve } from './lsp/serve';
import { InWorkerSegmentation } from './segmentation/inWorker';

/** The worker's global scope: its messages are the connection. */
const scope = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));

// The dictionaries in the order the desktop loads them (segmentation/dictionaries.ts portableDictionaries):
// the compact main dictionary, the HMM model, nodejieba's small user dictionary, then the 公文 one.
const segmentation = new InWorkerSegmentation(
  () => ({ mainText, hmmText, userTexts: [jiebaUserText, gongwenText] }),
  (message) =>
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Gongwen 术语一致性检查暂不可用：${message}。其他检查不受影响。` }),
);

serve(connection, { segmentation });
