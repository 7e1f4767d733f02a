/**
 * A hostile .gongwenrc.json against the real server (dist/server.js over stdio): 16 KB of nested
 * "[" (crashed it: stack overflow in the parser), a symlink to /dev/zero (ate memory until it
 * aborted), a FIFO (hung it for good), and huge ignore lists (each keystroke recompiled every
 * glob). Each now gets exactly one diagnostic on the config file within a second, the document is
 * checked with defaults, and the server keeps answering hover. The upward search stops at the
 * workspace folder, and 加入术语表 writes only inside it.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TestLspClient, type Published } from '../support/lsp-client';

const TEXT = '同志们：\n    今年计划新建高标准农田**万亩。\n';
const PLACEHOLDER = { line: 1, character: 16 };

interface Workspace {
  dir: string;
  uri: string;
  configUri: string;
}

const made: string[] = [];

function workspace(name: string, makeConfig: (configPath: string) => void): Workspace {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `gongwen-hostile-${name}-`)));
  made.push(dir);
  const configPath = path.join(dir, '.gongwenrc.json');
  makeConfig(configPath);
  return { dir, uri: pathToFileURL(path.join(dir, '草稿.txt')).toString(), configUri: pathToFileURL(configPath).toString() };
}

const HOSTILE: Array<[string, (p: string) => void, RegExp]> = [
  ['nested', (p) => fs.writeFileSync(p, '['.repeat(16384)), /括号嵌套超过 64 层/],
  ['dev-zero', (p) => fs.symlinkSync('/dev/zero', p), /不是普通文件，而是设备文件/],
  ['fifo', (p) => execFileSync('mkfifo', [p]), /不是普通文件，而是管道/],
  // 500,000 globs (about 4 MB): refused by size before anything is parsed.
  ['half-million-globs', (p) => fs.writeFileSync(p, JSON.stringify({ ignore: Array.from({ length: 500000 }, (_, i) => `x${i}`) })), /超过上限 1 MiB/],
  // As many as fit in 1 MiB, made costly to match (braces): the first ones compiled once, the rest refused.
  ['many-globs', (p) => fs.writeFileSync(p, JSON.stringify({ ignore: Array.from({ length: 35000 }, (_, i) => `{a,b}{c,d}x${i}/**/*.md`) })), /ignore .*未采用/],
];

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms))]);
}

async function initialize(client: TestLspClient, folders: string[]): Promise<void> {
  await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true, workspaceFolders: true } },
    workspaceFolders: folders.map((dir) => ({ uri: pathToFileURL(dir).toString(), name: path.basename(dir) })),
  });
  await client.connection.sendNotification('initialized', {});
}

describe('a hostile .gongwenrc.json does not take the server down', function () {
  this.timeout(30000);
  let client: TestLspClient;
  let spaces: Workspace[] = [];
  // A workspace folder below a config (which must not apply); also the workspace for 加入术语表.
  let inner = '';

  before(async () => {
    spaces = HOSTILE.map(([name, make]) => workspace(name, make));
    const above = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-above-')));
    made.push(above);
    fs.writeFileSync(path.join(above, '.gongwenrc.json'), '{ "rules": { "placeholder.unfilled": "off" } }');
    inner = path.join(above, 'ws');
    fs.mkdirSync(inner);
    client = new TestLspClient();
    await initialize(client, [...spaces.map((s) => s.dir), inner]);
  });
  after(async () => {
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
    assert.strictEqual(await client.shutdown(), 0);
  });

  HOSTILE.forEach(([name, , message], i) => {
    it(`${name}: one diagnostic on the config within 1 s, the draft checked with defaults, hover answered`, async () => {
      const ws = spaces[i]!;
      const opened = Date.now();
      await client.open(ws.uri, TEXT);
      const config = await client.waitForPublished(ws.configUri, () => true, 5000);
      const took = Date.now() - opened;
      assert.ok(took < 1000, `config diagnostic after ${took} ms`);
      assert.strictEqual(config.diagnostics.length, 1, JSON.stringify(config.diagnostics));
      const [d] = config.diagnostics;
      assert.strictEqual(d!.code, 'config.invalid');
      assert.match(d!.message, message);
      assert.match(d!.message, /按默认设置检查|未采用/);
      const draft = await client.waitForPublished(ws.uri, (p: Published) => p.diagnostics.some((x) => x.code === 'placeholder.unfilled'), 5000);
      assert.ok(draft);
      const started = Date.now();
      const hover = await withTimeout(client.connection.sendRequest<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri: ws.uri }, position: PLACEHOLDER }), 2000, 'hover');
      assert.ok(hover && hover.contents, 'hover on the placeholder');
      assert.ok(Date.now() - started < 1000, `hover took ${Date.now() - started} ms`);
    });
  });

  it('many-globs: edits are checked as fast as without a config (globs compiled once, not per keystroke)', async () => {
    const ws = spaces[HOSTILE.findIndex(([n]) => n === 'many-globs')]!;
    const uri = pathToFileURL(path.join(ws.dir, 'edited.txt')).toString();
    await client.open(uri, TEXT);
    await client.waitForPublished(uri, (p) => p.version === 1, 5000);
    const times: number[] = [];
    for (let v = 2; v <= 6; v++) {
      const sent = Date.now();
      await client.change(uri, v, [{ range: { start: { line: 1, character: 4 }, end: { line: 1, character: 4 } }, text: '，' }]);
      await client.waitForPublished(uri, (p) => p.version === v, 5000);
      times.push(Date.now() - sent);
    }
    // The debounce (200 ms) is most of it; recompiling 35,000 brace globs per check took seconds.
    assert.ok(Math.max(...times) < 1000, times.join(', '));
  });

  it('the server is still alive and answering after all of them', async () => {
    for (const ws of spaces) {
      const hover = await withTimeout(client.connection.sendRequest('textDocument/hover', { textDocument: { uri: ws.uri }, position: { line: 0, character: 0 } }), 2000, 'hover');
      assert.ok(hover === null || typeof hover === 'object');
    }
  });

  it('a config above the workspace folder is not read', async () => {
    const uri = pathToFileURL(path.join(inner, 'a.txt')).toString();
    await client.open(uri, TEXT);
    const p = await client.waitForPublished(uri, () => true, 5000);
    assert.ok(p.diagnostics.some((d) => d.code === 'placeholder.unfilled'), 'the config above turned placeholder.unfilled off');
  });

  it('加入术语表 for a document outside the workspace folders is refused, with a message and no edit', async () => {
    const outside = 'file:///etc/gongwen-report.txt';
    await client.open(outside, TEXT);
    const edits = client.applied.length;
    const messages = client.messages.length;
    const ok = await client.connection.sendRequest('workspace/executeCommand', { command: 'gongwen.addToGlossary', arguments: [outside, '区委、区政府', '区委区政府'] });
    assert.strictEqual(ok, false);
    assert.strictEqual(client.applied.length, edits, 'no workspace/applyEdit');
    assert.ok(client.messages.slice(messages).some((m) => m.message.includes('不在工作区文件夹中')), JSON.stringify(client.messages.slice(messages)));
    // Nor for a document that is not open.
    const closed = pathToFileURL(path.join(inner, 'closed.txt')).toString();
    assert.strictEqual(await client.connection.sendRequest('workspace/executeCommand', { command: 'gongwen.addToGlossary', arguments: [closed, '甲', '乙'] }), false);
    assert.strictEqual(client.applied.length, edits);
  });

  it('加入术语表 inside: the edit creates the config in the workspace; declined by the editor, it answers false with a message (no internal error)', async () => {
    const uri = pathToFileURL(path.join(inner, 'a.txt')).toString();
    const ok = await client.connection.sendRequest('workspace/executeCommand', { command: 'gongwen.addToGlossary', arguments: [uri, '区委、区政府', '区委区政府'] });
    assert.strictEqual(ok, true);
    const created = client.applied[client.applied.length - 1] as { edit: { documentChanges: Array<{ kind?: string; uri?: string }> } };
    assert.strictEqual(created.edit.documentChanges[0]!.uri, pathToFileURL(path.join(inner, '.gongwenrc.json')).toString());

    client.connection.onRequest('workspace/applyEdit', () => ({ applied: false, failureReason: '用户取消' }));
    const messages = client.messages.length;
    const declined = await client.connection.sendRequest('workspace/executeCommand', { command: 'gongwen.addToGlossary', arguments: [uri, '区委、区政府', '区委区政府'] });
    assert.strictEqual(declined, false);
    assert.ok(client.messages.slice(messages).some((m) => m.message.includes('编辑器没有应用') && m.message.includes('用户取消')), JSON.stringify(client.messages.slice(messages)));
    // An editor that answers the request with an error: still no internal error.
    client.connection.onRequest('workspace/applyEdit', () => {
      throw new Error('refused');
    });
    assert.strictEqual(await client.connection.sendRequest('workspace/executeCommand', { command: 'gongwen.addToGlossary', arguments: [uri, '区委、区政府', '区委区政府'] }), false);
  });
});
