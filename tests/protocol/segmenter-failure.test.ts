/**
 * The segmenter failing never takes the server down: a missing or empty dictionary, or the
 * segmentation process aborting (as nodejieba does on a bad dictionary), turns the drift rules
 * off with one message; placeholder and other diagnostics keep coming; it recovers when fixed.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TestLspClient } from '../support/lsp-client';
import { ROOT } from '../support/paths';

const TEXT = '关于重点工作的报告\n\n区委、区政府部署，区委、区政府督查，区委区政府考核，总投资**亿元。\n';
const codes = (p: { diagnostics: Array<{ code?: unknown }> }) => p.diagnostics.map((d) => String(d.code));

function childrenOf(pid: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .filter((e) => {
      try {
        const stat = fs.readFileSync(`/proc/${e}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('segmenter failure', function () {
  this.timeout(60000);
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-segfail-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('an empty dictionary: one message, placeholders still reported, drift after the file is fixed', async () => {
    const dict = path.join(dir, 'user.dict.utf8');
    fs.writeFileSync(dict, '');
    const client = new TestLspClient({ ...process.env, GONGWEN_USER_DICTIONARY: dict, GONGWEN_SEGMENTER_RETRY_MS: '500' });
    await client.initialize({});
    const uri = 'file:///tmp/gongwen-segfail/a.txt';
    await client.open(uri, TEXT);
    const first = await client.waitForPublished(uri);
    assert.ok(codes(first).includes('placeholder.unfilled'));
    const deadline = Date.now() + 15000;
    while (!client.messages.some((m) => m.message.includes('术语一致性检查暂不可用')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const told = client.messages.filter((m) => m.message.includes('术语一致性检查暂不可用'));
    assert.strictEqual(told.length, 1, JSON.stringify(client.messages));
    assert.match(told[0]!.message, /词典文件为空/);

    // Typing goes on: more analyses, retries after 500 ms, still one message.
    for (let v = 2; v <= 4; v++) {
      await client.change(uri, v, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '　' }]);
      await client.waitForPublished(uri, (x) => x.version === v);
      await new Promise((r) => setTimeout(r, 600));
    }
    assert.strictEqual(client.messages.filter((m) => m.message.includes('术语一致性检查暂不可用')).length, 1, 'told once, not at every retry');

    // The dictionary is fixed: the next retry loads it and drift appears.
    fs.copyFileSync(path.join(ROOT, 'dict', 'gongwen.dict.utf8'), dict);
    await new Promise((r) => setTimeout(r, 600));
    await client.change(uri, 5, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '　' }]);
    await client.waitForPublished(uri, (x) => codes(x).includes('term.inconsistent'), 30000);
    assert.strictEqual(await client.shutdown(), 0);
  });

  it('the segmentation process aborting (SIGABRT) does not take the server down', async () => {
    const client = new TestLspClient({ ...process.env, GONGWEN_SEGMENTER_RETRY_MS: '500' });
    await client.initialize({});
    const uri = 'file:///tmp/gongwen-segfail/b.txt';
    await client.open(uri, TEXT);
    await client.waitForPublished(uri, (x) => codes(x).includes('term.inconsistent'), 30000);
    const serverPid = (client as unknown as { process: { pid: number } }).process.pid;
    const kids = childrenOf(serverPid);
    assert.strictEqual(kids.length, 1, 'one segmentation process');
    process.kill(kids[0]!, 'SIGABRT');
    const deadline = Date.now() + 10000;
    while (!client.messages.some((m) => m.message.includes('分词进程意外退出')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.ok(client.messages.some((m) => m.message.includes('分词进程意外退出')), JSON.stringify(client.messages));
    // The server still answers and still reports; after the retry delay, drift comes back.
    await new Promise((r) => setTimeout(r, 600));
    await client.change(uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '　' }]);
    const p = await client.waitForPublished(uri, (x) => x.version === 2 && codes(x).includes('term.inconsistent'), 30000);
    assert.ok(codes(p).includes('placeholder.unfilled'));
    assert.strictEqual(await client.shutdown(), 0);
  });
});
