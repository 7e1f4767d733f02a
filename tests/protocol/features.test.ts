import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TestLspClient } from '../support/lsp-client';

/** A workspace folder with a .gongwenrc.json whose custom phrases give certain fixes. */
const made: string[] = [];
after(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function workspace(config: string): { dir: string; doc: string; uri: string; configUri: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-ws-'));
  made.push(dir);
  fs.writeFileSync(path.join(dir, '.gongwenrc.json'), config);
  const doc = path.join(dir, '草稿.md');
  return { dir, doc, uri: pathToFileURL(doc).toString(), configUri: pathToFileURL(path.join(dir, '.gongwenrc.json')).toString() };
}

const CONFIG = '{\n  // 本单位用语\n  "phrases": [{ "pattern": "该局", "replacement": "县农业农村局" }]\n}\n';
const TEXT = '# 关于做好节日安全工作的通知\n\n请该局做好安全工作，由该局负责，共**家。\n';
const OURS = ['phrase.custom', 'placeholder.unfilled'];

type Action = { title: string; kind: string; edit?: { changes: Record<string, Array<{ range: unknown; newText: string }>> }; isPreferred?: boolean };

describe('server features: config file, fixes, hover', function () {
  this.timeout(20000);
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    await client.initialize({ workspace: { configuration: true } });
  });
  after(async () => assert.strictEqual(await client.shutdown(), 0));

  it('applies the nearest .gongwenrc.json: custom phrases are reported with a preferred fix', async () => {
    const ws = workspace(CONFIG);
    await client.open(ws.uri, TEXT, 'markdown');
    const p = await client.waitForPublished(ws.uri);
    const custom = p.diagnostics.filter((d) => d.code === 'phrase.custom');
    assert.deepStrictEqual(custom.map((d) => d.range), [
      { start: { line: 2, character: 1 }, end: { line: 2, character: 3 } },
      { start: { line: 2, character: 11 }, end: { line: 2, character: 13 } },
    ]);
    assert.strictEqual(custom[0]!.data, undefined, 'the fixes come with the code actions');

    const actions = await client.connection.sendRequest<Action[]>('textDocument/codeAction', {
      textDocument: { uri: ws.uri },
      range: custom[0]!.range,
      context: { diagnostics: [custom[0]] },
    });
    const titles = actions.map((a) => a.title);
    assert.deepStrictEqual(titles, ['改为“县农业农村局”', '修复本文档中所有“自定义的禁用或不规范用语”问题（2 处）', '忽略此处的“自定义的禁用或不规范用语”检查']);
    assert.strictEqual(actions[0]!.isPreferred, true);
    assert.deepStrictEqual(actions[0]!.edit!.changes[ws.uri], [{ range: custom[0]!.range, newText: '县农业农村局' }]);
    assert.deepStrictEqual(actions[1]!.edit!.changes[ws.uri], [
      { range: { start: { line: 2, character: 1 }, end: { line: 2, character: 12 } }, newText: '县农业农村局做好安全工作，由县农业农村' },
    ]);
    assert.deepStrictEqual(actions[2]!.edit!.changes[ws.uri], [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '<!-- gongwen-disable-next-line phrase.custom "该局" #1 -->\n' },
    ]);
  });

  it('source.fixAll.gongwen returns one edit; applied, the document has nothing left to fix', async () => {
    const ws = workspace(CONFIG);
    await client.open(ws.uri, TEXT, 'markdown');
    await client.waitForPublished(ws.uri);
    const actions = await client.connection.sendRequest<Action[]>('textDocument/codeAction', {
      textDocument: { uri: ws.uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.strictEqual(actions.length, 1);
    assert.strictEqual(actions[0]!.kind, 'source.fixAll.gongwen');
    const edits = actions[0]!.edit!.changes[ws.uri]!;
    assert.strictEqual(edits.length, 1);
    await client.change(ws.uri, 2, edits.map((e) => ({ range: e.range, text: e.newText })));
    const p = await client.waitForPublished(ws.uri, (x) => x.version === 2);
    assert.deepStrictEqual(p.diagnostics.map((d) => d.code).filter((c) => OURS.includes(String(c))), ['placeholder.unfilled']);
    const left = await client.connection.sendRequest<Action[]>('textDocument/codeAction', {
      textDocument: { uri: ws.uri },
      range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } },
      context: { diagnostics: p.diagnostics },
    });
    assert.deepStrictEqual(left.filter((a) => a.isPreferred).map((a) => a.title), [], 'no certain fix left');
    const again = await client.connection.sendRequest<Action[]>('textDocument/codeAction', {
      textDocument: { uri: ws.uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.gongwen'] },
    });
    assert.deepStrictEqual(again, [], 'fix-all twice changes nothing the second time');
  });

  it('source.fixAll.gongwen leaves the suggestions at information for the writer to take one by one', async () => {
    const ws = workspace('{}');
    await client.open(ws.uri, '推进“一网通办”、“一窗受理”建设,方便群众办事。\n', 'plaintext');
    const p = await client.waitForPublished(ws.uri);
    const suggestion = p.diagnostics.find((d) => d.code === 'punct.enumeration-comma');
    assert.strictEqual(suggestion?.severity, 3, 'information');
    const actions = await client.connection.sendRequest<Action[]>('textDocument/codeAction', {
      textDocument: { uri: ws.uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.gongwen'] },
    });
    assert.deepStrictEqual(
      actions.map((a) => a.edit!.changes[ws.uri]),
      [[{ range: { start: { line: 0, character: 17 }, end: { line: 0, character: 18 } }, newText: '，' }]],
    );
    // Its own quick fix is still offered, marked preferred.
    const own = await client.connection.sendRequest<Action[]>('textDocument/codeAction', {
      textDocument: { uri: ws.uri },
      range: suggestion!.range,
      context: { diagnostics: [suggestion!] },
    });
    assert.ok(own.some((a) => a.isPreferred && a.title === '删除顿号'), JSON.stringify(own.map((a) => a.title)));
  });

  it('hover explains the rule and cites its source', async () => {
    const ws = workspace('{}');
    await client.open(ws.uri, TEXT, 'markdown');
    await client.waitForPublished(ws.uri);
    const hover = await client.connection.sendRequest<{ contents: { kind: string; value: string } } | null>('textDocument/hover', {
      textDocument: { uri: ws.uri },
      position: { line: 2, character: 18 },
    });
    assert.ok(hover);
    assert.strictEqual(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /`placeholder\.unfilled`/);
    assert.match(hover.contents.value, /依据：/);
    // The blank line under the title: no finding there (the title line has the 通知's missing-主送 note).
    const none = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: ws.uri }, position: { line: 1, character: 0 } });
    assert.strictEqual(none, null);
  });

  it('a broken config gets a diagnostic on the config file; documents are still checked with defaults', async () => {
    const ws = workspace('{ "rules": { "placeholder.unfilled": "error", "no.such.rule": "off" }, "phrases": [ }');
    await client.open(ws.uri, TEXT, 'markdown');
    const doc = await client.waitForPublished(ws.uri);
    assert.deepStrictEqual(doc.diagnostics.filter((d) => OURS.includes(String(d.code))).map((d) => [d.code, d.severity]), [['placeholder.unfilled', 2]]);
    const cfg = await client.waitForPublished(ws.configUri);
    assert.ok(cfg.diagnostics.length > 0);
    assert.strictEqual(cfg.diagnostics[0]!.code, 'config.invalid');
    assert.match(cfg.diagnostics[0]!.message, /JSON 格式有误/);

    // Fixed on disk: the client reports the change, the problems go, the rules apply.
    fs.writeFileSync(path.join(ws.dir, '.gongwenrc.json'), '{ "rules": { "placeholder.unfilled": "error" } }');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.configUri, type: 2 }] });
    await client.waitForPublished(ws.configUri, (x) => x.diagnostics.length === 0);
    await client.waitForPublished(ws.uri, (x) => x.diagnostics.some((d) => d.code === 'placeholder.unfilled' && d.severity === 1));
  });

  it('ignore globs in the config silence matching documents', async () => {
    const ws = workspace('{ "ignore": ["*.md"] }');
    await client.open(ws.uri, TEXT, 'markdown');
    const p = await client.waitForPublished(ws.uri);
    assert.deepStrictEqual(p.diagnostics, []);
  });

  it('gongwen/documentInfo tells the document type, characters and placeholders left', async () => {
    const ws = workspace('{}');
    await client.open(ws.uri, TEXT, 'markdown');
    await client.waitForPublished(ws.uri);
    const info = await client.connection.sendRequest('gongwen/documentInfo', { uri: ws.uri });
    assert.deepStrictEqual(info, { docType: 'notice', docTypeName: '通知', characters: 32, placeholders: 1, ignored: 0 });
  });
});

describe('untrusted workspace', function () {
  this.timeout(20000);

  it('the config file’s regular expressions are not run; its literal phrases are', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-untrusted-'));
    try {
      fs.writeFileSync(path.join(dir, '.gongwenrc.json'), '{ "phrases": [{ "pattern": "该局", "replacement": "县农业农村局" }, { "pattern": "抓[紧实]落实", "regex": true }] }');
      const uri = pathToFileURL(path.join(dir, '草稿.txt')).toString();
      const client = new TestLspClient();
      await client.initialize({}, { trusted: false });
      await client.open(uri, '请该局抓紧落实。\n');
      const p = await client.waitForPublished(uri);
      assert.deepStrictEqual(p.diagnostics.filter((d) => d.code === 'phrase.custom').map((d) => d.message), ['“该局”不符合本单位用语规定，应改为“县农业农村局”。']);
      assert.strictEqual(await client.shutdown(), 0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
