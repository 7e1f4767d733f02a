/**
 * Hostile documents over the protocol: binary content, a document over the size limit and one
 * far over it, a 1 MB single line. The server answers, says what it skipped once, and keeps going.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TestLspClient } from '../support/lsp-client';
import { FIXTURES } from '../support/paths';

describe('size and content limits', function () {
  this.timeout(60000);
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    client.configuration = { maxDocumentChars: 2000 };
    await client.initialize({ workspace: { configuration: true } });
  });
  after(async () => assert.strictEqual(await client.shutdown(), 0));

  const messages = (needle: string) => client.messages.filter((m) => m.message.includes(needle));
  const waitForMessage = async (needle: string) => {
    const deadline = Date.now() + 10000;
    while (messages(needle).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.ok(messages(needle).length > 0, `a message containing ${needle}; got ${JSON.stringify(client.messages)}`);
  };

  it('binary content is not checked, and the user is told once', async () => {
    const uri = 'file:///tmp/gongwen-limits/binary.txt';
    await client.open(uri, 'PK\u0003\u0004\u0000\u0000总投资**亿元');
    const p = await client.waitForPublished(uri);
    assert.deepStrictEqual(p.diagnostics, []);
    await waitForMessage('二进制');
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    await client.waitForPublished(uri, (x) => x.version === 2);
    assert.strictEqual(messages('二进制').length, 1, 'told once, not at every change');
  });

  it('a GBK file decoded as UTF-8 (mojibake) is not checked and offers no fix; decoded as GB 18030 it is checked', async () => {
    const bytes = fs.readFileSync(path.join(FIXTURES, 'gbk-request.txt')); // a request draft saved as GBK
    const asUtf8 = new TextDecoder('utf-8').decode(bytes); // what an editor shows when it guesses wrong
    assert.ok(asUtf8.includes('\uFFFD'));
    const wrong = 'file:///tmp/gongwen-limits/gbk-as-utf8.txt';
    await client.open(wrong, asUtf8);
    const p = await client.waitForPublished(wrong);
    assert.deepStrictEqual(p.diagnostics, [], 'no findings on mojibake');
    await waitForMessage('不是 UTF-8 编码');
    const actions = await client.connection.sendRequest<unknown[] | null>('textDocument/codeAction', {
      textDocument: { uri: wrong },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } },
      context: { diagnostics: [], only: ['source.fixAll.gongwen'] },
    });
    assert.deepStrictEqual(actions ?? [], [], 'no fix-all edit that would be saved over the real text');
    const right = 'file:///tmp/gongwen-limits/gbk-as-gb18030.txt';
    const decoded = new TextDecoder('gb18030').decode(bytes);
    assert.ok(!decoded.includes('\uFFFD') && /[\u4e00-\u9fff]/.test(decoded));
    await client.open(right, decoded);
    const q = await client.waitForPublished(right);
    assert.ok(q.diagnostics.some((d) => d.code === 'placeholder.unfilled'), JSON.stringify(q.diagnostics.map((d) => d.code)));
  });

  it('over the limit: cheap rules still run, segmentation-based ones are skipped, told once', async () => {
    const uri = 'file:///tmp/gongwen-limits/large.txt';
    const line = '区委、区政府部署工作，区委区政府听取汇报，总投资**亿元。\n';
    await client.open(uri, line.repeat(100)); // about 3,000 characters
    const p = await client.waitForPublished(uri);
    assert.ok(p.diagnostics.some((d) => d.code === 'placeholder.unfilled'));
    await waitForMessage('已暂停术语一致性');
    await new Promise((r) => setTimeout(r, 3000));
    const last = [...client.published].reverse().find((x) => x.uri === uri)!;
    assert.ok(!last.diagnostics.some((d) => String(d.code).startsWith('term.')), 'no drift findings over the limit');
  });

  it('far over the limit (and a 1 MB single line): not checked, told once, the server still answers', async () => {
    const uri = 'file:///tmp/gongwen-limits/huge.txt';
    const started = Date.now();
    await client.open(uri, '总投资**亿元'.repeat(150000)); // one line of 1,050,000 characters
    const p = await client.waitForPublished(uri);
    assert.deepStrictEqual(p.diagnostics, []);
    await waitForMessage('文档过大');
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.strictEqual(hover, null);
    assert.ok(Date.now() - started < 20000);
  });

  it('a 10 MB document: not checked, told once, and the server keeps answering', async () => {
    const uri = 'file:///tmp/gongwen-limits/ten-megabytes.txt';
    const line = '全县上下认真贯彻落实各项决策部署，总投资**亿元，区委区政府高度重视。\n';
    const text = line.repeat(Math.ceil(10_000_000 / Buffer.byteLength(line))); // 10 MB in UTF-8
    assert.ok(Buffer.byteLength(text) >= 10_000_000);
    const started = Date.now();
    await client.open(uri, text);
    const p = await client.waitForPublished(uri);
    assert.deepStrictEqual(p.diagnostics, []);
    await waitForMessage(`文档过大（${text.length} 字符`);
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 3 } });
    assert.strictEqual(hover, null);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.ok(Date.now() - started < 30000, `${Date.now() - started} ms`);
  });

  it('a 1 MB single line within the limit is checked without hanging', async () => {
    client.configuration = { maxDocumentChars: 2000000 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = 'file:///tmp/gongwen-limits/long-line.txt';
    const started = Date.now();
    await client.open(uri, '各单位要加强督促检查,及时发现问题。'.repeat(60000)); // 1,080,000 characters, no line break
    const p = await client.waitForPublished(uri, (x) => x.diagnostics.length > 0, 40000);
    // 60,000 half-width commas: the editor gets the first maxProblems and one note (limits.max-problems) saying how many more.
    assert.ok(p.diagnostics.every((d) => d.code === 'punct.halfwidth' || String(d.code).startsWith('term.') || d.code === 'phrase.cliche' || d.code === 'limits.max-problems'), [...new Set(p.diagnostics.map((d) => d.code))].join());
    assert.strictEqual(p.diagnostics.filter((d) => d.code === 'limits.max-problems').length, 1);
    assert.ok(Date.now() - started < 40000);
  });
});
