/**
 * The web worker server (dist/browserServer.js, for VS Code for the Web), run as a browser runs it:
 * a worker with a browser's globals and none of Node's (tests/support/browser-worker.js). It gives
 * the same diagnostics as the Node server with the portable segmenter, words included (term drift,
 * typo.de), over pull diagnostics as VS Code asks for them; the features that need files say so.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TestLspClient, type Published } from '../support/lsp-client';
import { FIXTURES } from '../support/paths';
import { startWorkerServer, type WorkerServer } from '../support/worker-lsp';

type Diagnostic = Published['diagnostics'][number];

const DRIFT_TEXT = fs.readFileSync(path.join(FIXTURES, 'segmentation', 'drift-portable.txt'), 'utf8');
const TYPO_TEXT = '关于做好春季农业生产工作的通知\n\n各乡镇：\n\n今年以来，各乡镇积极推进春耕备耕，工作做的很好。\n';
const DRIFT_URI = 'untitled:drift.txt';
const TYPO_URI = 'untitled:typo.txt';

const comparable = (ds: Diagnostic[]) => ds.map((d) => JSON.stringify({ code: d.code, range: d.range, message: d.message, severity: d.severity })).sort();
const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code));

describe('web worker server (VS Code for the Web)', function () {
  this.timeout(120000);
  let server: WorkerServer;
  const messages: Array<{ type: number; message: string }> = [];
  let refreshes = 0;

  before(async () => {
    server = startWorkerServer();
    const c = server.connection;
    c.onNotification('window/showMessage', (p: { type: number; message: string }) => messages.push(p));
    c.onNotification('window/logMessage', () => undefined);
    c.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    c.onRequest('client/registerCapability', () => null);
    c.onRequest('workspace/diagnostic/refresh', () => {
      refreshes++;
      return null;
    });
    const init = await c.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: null,
      rootUri: null,
      capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true, diagnostics: { refreshSupport: true } } },
    });
    assert.ok(init.capabilities.diagnosticProvider, 'pull diagnostics offered');
    const commands = (init.capabilities.executeCommandProvider as { commands: string[] }).commands;
    assert.ok(!commands.includes('gongwen.addToGlossary') && !commands.includes('gongwen.addToDictionary'), `no commands that write files: ${commands}`);
    await c.sendNotification('initialized', {});
    await c.sendNotification('textDocument/didOpen', { textDocument: { uri: DRIFT_URI, languageId: 'plaintext', version: 1, text: DRIFT_TEXT } });
    await c.sendNotification('textDocument/didOpen', { textDocument: { uri: TYPO_URI, languageId: 'plaintext', version: 1, text: TYPO_TEXT } });
  });

  after(async () => {
    await server?.stop();
  });

  /** Pulls a document's diagnostics until `accept` holds (the words come after the dictionaries load). */
  async function pullUntil(uri: string, accept: (ds: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    const deadline = Date.now() + 60000;
    for (;;) {
      const report = await server.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      if (accept(report.items)) return report.items;
      assert.deepStrictEqual(server.errors, [], 'no error in the worker');
      if (Date.now() > deadline) assert.fail(`no matching diagnostics for ${uri}: ${JSON.stringify(codes(report.items))}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('gives the Node server’s diagnostics, term drift and typo.de included (words from the portable segmenter in the worker)', async () => {
    const drift = await pullUntil(DRIFT_URI, (ds) => ds.some((d) => String(d.code).startsWith('term.')));
    const typo = await pullUntil(TYPO_URI, (ds) => ds.some((d) => d.code === 'typo.de'));
    assert.ok(refreshes > 0, 'the server asked the client to pull again once the words were there');
    assert.ok(codes(drift).includes('term.inconsistent'), `drift found: ${codes(drift)}`);
    assert.match(typo.find((d) => d.code === 'typo.de')!.message, /做得很好/);

    const node = new TestLspClient({ ...process.env, GONGWEN_SEGMENTER: 'portable' });
    try {
      await node.initialize({});
      await node.open(DRIFT_URI, DRIFT_TEXT);
      await node.open(TYPO_URI, TYPO_TEXT);
      const nodeDrift = await node.waitForPublished(DRIFT_URI, (p) => p.diagnostics.some((d) => String(d.code).startsWith('term.')), 60000);
      const nodeTypo = await node.waitForPublished(TYPO_URI, (p) => p.diagnostics.some((d) => d.code === 'typo.de'), 60000);
      assert.deepStrictEqual(comparable(drift), comparable(nodeDrift.diagnostics));
      assert.deepStrictEqual(comparable(typo), comparable(nodeTypo.diagnostics));
    } finally {
      await node.shutdown();
    }
  });

  it('offers quick fixes and hovers, but no 加入术语表 (it would write .gongwenrc.json)', async () => {
    const drift = await pullUntil(DRIFT_URI, (ds) => ds.some((d) => d.code === 'term.inconsistent'));
    const diagnostic = drift.find((d) => d.code === 'term.inconsistent')!;
    const actions = await server.connection.sendRequest<Array<{ title: string; command?: { command: string } }>>('textDocument/codeAction', {
      textDocument: { uri: DRIFT_URI },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    assert.ok(actions.some((a) => a.title.startsWith('统一为')), `a fix: ${actions.map((a) => a.title)}`);
    assert.ok(!actions.some((a) => a.command?.command === 'gongwen.addToGlossary'), 'no 加入术语表');
    const hover = await server.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: DRIFT_URI },
      position: (diagnostic.range as { start: unknown }).start,
    });
    assert.ok(hover && hover.contents.value.length > 0, 'a hover on the finding');
  });

  it('送审前检查 names the portable backend; the Word requests say they need the desktop editor', async () => {
    const check = await server.connection.sendRequest<{ segmenter?: string; html: string; pendingWords: boolean }>('gongwen/check', { uri: DRIFT_URI });
    assert.strictEqual(check.segmenter, 'portable');
    assert.strictEqual(check.pendingWords, false);
    await assert.rejects(server.connection.sendRequest('gongwen/exportDocx', { uri: DRIFT_URI, target: 'file:///tmp/x.docx' }), /网页版.*Word/);
  });

  it('忽略此处 works as on the desktop (the same line hashes, computed without Node’s crypto)', async () => {
    const typo = await pullUntil(TYPO_URI, (ds) => ds.some((d) => d.code === 'typo.de'));
    const diagnostic = typo.find((d) => d.code === 'typo.de')!;
    const actions = await server.connection.sendRequest<Array<{ title: string; command?: { command: string; arguments: unknown[] } }>>('textDocument/codeAction', {
      textDocument: { uri: TYPO_URI },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const ignore = actions.find((a) => a.command?.command === 'gongwen.ignoreFinding');
    assert.ok(ignore, `an ignore action: ${actions.map((a) => a.title)}`);
    const node = new TestLspClient({ ...process.env, GONGWEN_SEGMENTER: 'portable' });
    try {
      await node.initialize({});
      await node.open(TYPO_URI, TYPO_TEXT);
      const published = await node.waitForPublished(TYPO_URI, (p) => p.diagnostics.some((d) => d.code === 'typo.de'), 60000);
      const nodeDiagnostic = published.diagnostics.find((d) => d.code === 'typo.de')!;
      const nodeActions = await node.connection.sendRequest<Array<{ command?: { command: string; arguments: unknown[] } }>>('textDocument/codeAction', {
        textDocument: { uri: TYPO_URI },
        range: nodeDiagnostic.range,
        context: { diagnostics: [nodeDiagnostic], only: ['quickfix'] },
      });
      assert.deepStrictEqual(ignore.command!.arguments, nodeActions.find((a) => a.command?.command === 'gongwen.ignoreFinding')!.command!.arguments);
    } finally {
      await node.shutdown();
    }
    assert.strictEqual(await server.connection.sendRequest('workspace/executeCommand', { command: 'gongwen.ignoreFinding', arguments: ignore.command!.arguments }), true);
    await pullUntil(TYPO_URI, (ds) => !ds.some((d) => d.code === 'typo.de'));
    assert.deepStrictEqual(server.errors, []);
    assert.deepStrictEqual(messages.filter((m) => m.type === 1), [], 'no error message');
  });
});
