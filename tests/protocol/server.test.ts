import * as assert from 'assert';
import { CancellationTokenSource, LSPErrorCodes } from 'vscode-languageserver-protocol';
import { TestLspClient, type Published } from '../support/lsp-client';

const URI = 'file:///tmp/gongwen-test/speech.txt';
const TEXT = '同志们：\n    今年计划新建高标准农田**万亩，培育龙头企业**家。\n    **重点工作**要抓实。\n';

const PLACEHOLDER = 'placeholder.unfilled';

/** Ranges of the placeholder diagnostics (other rules may report on the same text). */
function ranges(p: Published): unknown[] {
  return placeholders(p).map((d) => d.range);
}

function placeholders(p: Published): Published['diagnostics'] {
  return p.diagnostics.filter((d) => d.code === PLACEHOLDER);
}

describe('language server over stdio', function () {
  this.timeout(20000);

  describe('push diagnostics (client without pull support, e.g. Neovim 0.7)', () => {
    let client: TestLspClient;
    before(async () => {
      client = new TestLspClient();
      const init = await client.initialize({ workspace: { configuration: true } });
      assert.strictEqual(init.capabilities.diagnosticProvider, undefined, 'no pull provider for a push-only client');
      assert.strictEqual(init.capabilities.textDocumentSync, 2, 'incremental sync');
    });
    after(async () => assert.strictEqual(await client.shutdown(), 0));

    it('didOpen publishes placeholder diagnostics with exact ranges, code, source and Chinese message', async () => {
      await client.open(URI, TEXT);
      const p = await client.waitForPublished(URI, (x) => x.version === 1);
      assert.deepStrictEqual(ranges(p), [
        { start: { line: 1, character: 15 }, end: { line: 1, character: 17 } },
        { start: { line: 1, character: 26 }, end: { line: 1, character: 28 } },
      ]);
      for (const d of placeholders(p)) {
        assert.strictEqual(d.source, 'gongwen');
        assert.strictEqual(d.severity, 2);
        assert.match(d.message, /^未填写的占位符“\*\*”：此处缺少/);
        // Lean: nothing beyond what the client shows (fixes come with code actions, no link for a client that did not ask for one).
        assert.deepStrictEqual(Object.keys(d).sort(), ['code', 'message', 'range', 'severity', 'source']);
      }
    });

    it('an incremental didChange updates them', async () => {
      // Fill the first slot: replace ** at line 1, 15-17 with 3.5.
      await client.change(URI, 2, [{ range: { start: { line: 1, character: 15 }, end: { line: 1, character: 17 } }, text: '3.5' }]);
      const p = await client.waitForPublished(URI, (x) => x.version === 2);
      assert.deepStrictEqual(ranges(p), [{ start: { line: 1, character: 27 }, end: { line: 1, character: 29 } }]);
    });

    it('never publishes a stale version after fast typing', async () => {
      const before = client.published.length;
      for (let v = 3; v <= 8; v++) {
        await client.change(URI, v, [{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 4 } }, text: '，' }]);
      }
      await client.waitForPublished(URI, (x) => x.version === 8);
      await new Promise((r) => setTimeout(r, 300));
      const later = client.published.slice(before).filter((p) => p.uri === URI);
      // One publication of the latest version; a second one of the same version when the
      // dictionary finished loading meanwhile (drift rules then run).
      const versions = later.map((p) => p.version);
      assert.ok(versions.length >= 1 && versions.length <= 2 && versions.every((v) => v === 8), `debounced to the latest version only: ${versions.join(',')}`);
    });

    it('codeAction offers to go to the next placeholder, and the command reveals it with window/showDocument', async () => {
      const p = await client.waitForPublished(URI, (x) => x.version === 8);
      const diagnostic = placeholders(p)[0]!;
      const actions = await client.connection.sendRequest<Array<{ title: string; kind: string; command?: { command: string; arguments: unknown[] } }>>(
        'textDocument/codeAction',
        { textDocument: { uri: URI }, range: diagnostic.range, context: { diagnostics: [diagnostic] } },
      );
      assert.deepStrictEqual(actions.map((a) => a.title), ['转到下一个未填写的占位符', '忽略此处的“未填写的占位符（**、××、XX、○○、□□、待补等）”检查']);
      assert.strictEqual(actions[0]!.kind, 'quickfix');
      const command = actions[0]!.command!;
      // From the end of the only placeholder, the next one wraps around to itself.
      const ok = await client.connection.sendRequest('workspace/executeCommand', { command: command.command, arguments: command.arguments });
      assert.strictEqual(ok, true);
      assert.deepStrictEqual(client.shown.pop(), { uri: URI, takeFocus: true, selection: diagnostic.range });
    });

    it('settings from workspace/configuration turn a rule off, and back on', async () => {
      client.configuration = { rules: { 'placeholder.unfilled': 'off' } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitForPublished(URI, (x) => x.version === 8 && placeholders(x).length === 0);
      client.configuration = null; // null means defaults
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitForPublished(URI, (x) => placeholders(x).length === 1);
    });

    it('documents in other languages are not checked', async () => {
      const uri = 'file:///tmp/gongwen-test/code.ts';
      await client.open(uri, 'const a = "总投资**亿元";', 'typescript');
      const p = await client.waitForPublished(uri);
      assert.deepStrictEqual(p.diagnostics, []);
    });

    it('didClose clears the document diagnostics', async () => {
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
      await client.waitForPublished(URI, (x) => x.diagnostics.length === 0 && x.version === undefined);
    });

    it('positions after emoji, 𠮷, CRLF and a BOM are exact', async () => {
      const uri = 'file:///tmp/gongwen-test/positions.txt';
      await client.open(uri, '\uFEFF标题😀\r\n𠮷😀在**等镇投资**亿元。');
      const p = await client.waitForPublished(uri);
      assert.deepStrictEqual(ranges(p), [
        { start: { line: 1, character: 5 }, end: { line: 1, character: 7 } },
        { start: { line: 1, character: 11 }, end: { line: 1, character: 13 } },
      ]);
    });
  });

  describe('pull diagnostics (VS Code and other current clients)', () => {
    let client: TestLspClient;
    before(async () => {
      client = new TestLspClient();
      const init = await client.initialize({ textDocument: { diagnostic: { dynamicRegistration: false } } });
      assert.deepStrictEqual(init.capabilities.diagnosticProvider, { interFileDependencies: false, workspaceDiagnostics: false });
    });
    after(async () => assert.strictEqual(await client.shutdown(), 0));

    it('answers textDocument/diagnostic and does not push', async () => {
      await client.open(URI, TEXT, 'markdown');
      const report = await client.connection.sendRequest<{ kind: string; items: Published['diagnostics'] }>('textDocument/diagnostic', { textDocument: { uri: URI } });
      assert.strictEqual(report.kind, 'full');
      assert.deepStrictEqual(report.items.filter((d) => d.code === PLACEHOLDER).map((d) => d.range), [
        { start: { line: 1, character: 15 }, end: { line: 1, character: 17 } },
        { start: { line: 1, character: 26 }, end: { line: 1, character: 28 } },
      ]);
      await new Promise((r) => setTimeout(r, 300));
      assert.deepStrictEqual(client.published.filter((p) => p.uri === URI && p.diagnostics.length > 0), [], 'nothing pushed');
    });

    it('without workspace/configuration support, takes settings from didChangeConfiguration', async () => {
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { gongwen: { rules: { 'placeholder.unfilled': 'error' } } } });
      const report = await client.connection.sendRequest<{ items: Published['diagnostics'] }>('textDocument/diagnostic', { textDocument: { uri: URI } });
      assert.deepStrictEqual(report.items.filter((d) => d.code === PLACEHOLDER).map((d) => d.severity), [1, 1]);
    });

    it('reports invalid settings once, in Chinese, and keeps working with defaults', async () => {
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { gongwen: { rules: 'loud' } } });
      const report = await client.connection.sendRequest<{ items: Published['diagnostics'] }>('textDocument/diagnostic', { textDocument: { uri: URI } });
      assert.deepStrictEqual(report.items.filter((d) => d.code === PLACEHOLDER).map((d) => d.severity), [2, 2]);
      const deadline = Date.now() + 5000;
      while (!client.messages.some((m) => m.message.includes('gongwen.rules')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      assert.ok(client.messages.some((m) => m.type === 2 && m.message.startsWith('Gongwen 设置有误')), JSON.stringify(client.messages));
    });
  });
});

describe('cancellation', function () {
  this.timeout(20000);

  it('a pull cancelled while its settings are fetched is answered RequestCancelled, and the next pull is answered in full', async () => {
    const client = new TestLspClient();
    try {
      await client.initialize({ workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } });
      const uri = 'file:///tmp/gongwen-test/cancel.txt';
      await client.open(uri, TEXT);
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
      source.cancel(); // reaches the server before the client answers workspace/configuration
      await assert.rejects(pending, (e: { code?: number }) => e.code === LSPErrorCodes.RequestCancelled);
      const report = await client.connection.sendRequest<{ items: Published['diagnostics'] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.strictEqual(placeholders({ uri, version: 1, diagnostics: report.items }).length, 2);
    } finally {
      assert.strictEqual(await client.shutdown(), 0);
    }
  });
});

describe('server and CLI agree', function () {
  this.timeout(120000);

  it('publishes for every sample draft exactly what `gongwen lint --format json` prints', async () => {
    const fs = await import('fs');
    const path = await import('path');
    const { spawnSync } = await import('child_process');
    const { CLI_BIN, EXAMPLES } = await import('../support/paths');
    const client = new TestLspClient();
    await client.initialize({});
    try {
      for (const name of fs.readdirSync(EXAMPLES).sort()) {
        const file = path.join(EXAMPLES, name);
        const cli = JSON.parse(spawnSync(process.execPath, [CLI_BIN, 'lint', '-f', 'json', file], { encoding: 'utf8' }).stdout);
        const uri = `file://${file}`;
        await client.open(uri, fs.readFileSync(file, 'utf8'), name.endsWith('.md') ? 'markdown' : 'plaintext');
        // Terminology drift comes in a second publication, once segmentation is ready.
        const expected = cli[0].diagnostics.map((d: { rule: string; message: string; range: unknown }) => ({ rule: d.rule, message: d.message, range: d.range }));
        const shape = (p: Published) => p.diagnostics.map((d) => ({ rule: d.code, message: d.message, range: d.range }));
        const published = await client.waitForPublished(uri, (p) => JSON.stringify(shape(p)) === JSON.stringify(expected), 40000).catch(() => undefined);
        const last = [...client.published].reverse().find((p) => p.uri === uri);
        assert.deepStrictEqual(shape(published ?? last!), expected, name);
      }
    } finally {
      await client.shutdown();
    }
  });

  it('with a glossary in .gongwenrc.json too (glossary terms are segmented the same way in both)', async () => {
    const fs = await import('fs');
    const os = await import('os');
    const path = await import('path');
    const { spawnSync } = await import('child_process');
    const { CLI_BIN } = await import('../support/paths');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-glossary-'));
    const client = new TestLspClient();
    client.configuration = {};
    await client.initialize({ workspace: { configuration: true } });
    try {
      fs.writeFileSync(path.join(dir, '.gongwenrc.json'), JSON.stringify({ terms: [{ canonical: '稻虾共作', variants: ['稻虾共做'] }] }));
      const file = path.join(dir, 'report.txt');
      const text = '稻虾共作面积达到6.5万亩，稻虾共作模式亩均增收2000元，稻虾共作已成为主导产业，要加大稻虾共养技术培训，推广稻虾共做经验。\n';
      fs.writeFileSync(file, text);
      const cli = JSON.parse(spawnSync(process.execPath, [CLI_BIN, 'lint', '-f', 'json', file], { encoding: 'utf8' }).stdout);
      const expected = cli[0].diagnostics.map((d: { rule: string; range: unknown }) => ({ rule: d.rule, range: d.range }));
      // (typo.char also speaks here, at information: 共做 for 共作; it too must agree between server and CLI.)
      assert.deepStrictEqual(expected.map((d: { rule: string }) => d.rule).filter((r: string) => r.startsWith('term.')).sort(), ['term.inconsistent', 'term.nonstandard'], 'the near name and the glossary variant');
      const uri = `file://${file}`;
      await client.open(uri, text);
      const shape = (p: Published) => p.diagnostics.map((d) => ({ rule: d.code, range: d.range }));
      const published = await client.waitForPublished(uri, (p) => JSON.stringify(shape(p)) === JSON.stringify(expected), 20000).catch(() => undefined);
      const last = [...client.published].reverse().find((p) => p.uri === uri);
      assert.deepStrictEqual(shape(published ?? last!), expected);
    } finally {
      await client.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
