/**
 * `gongwen/check` over stdio on the real server: the 送审前检查 of an open draft, the same verdict
 * and page as `gongwen check`: not ready with placeholders and a missing 主送机关, ready when
 * complete; every document text on the page escaped; null for a document that is not open.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CheckResult } from '../../server/src/protocol';
import { FIXTURES } from '../support/paths';
import { TestLspClient } from '../support/lsp-client';

describe('gongwen/check (送审前检查 in the editor)', function () {
  this.timeout(60000);
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    await client.initialize({});
  });
  after(async () => assert.strictEqual(await client.shutdown(), 0));

  const check = (uri: string) => client.connection.sendRequest<CheckResult | null>('gongwen/check', { uri });

  it('a 请示 with placeholders is not ready, with its reasons and the page; the complete one is ready', async () => {
    const draft = 'file:///tmp/gongwen-check/请示草稿.txt';
    await client.open(draft, fs.readFileSync(path.join(FIXTURES, 'check', 'request-draft.txt'), 'utf8'));
    const notReady = await check(draft);
    assert.strictEqual(notReady?.verdict, 'not-ready');
    assert.ok(notReady.reasons.some((r) => r.includes('占位符未填写')), notReady.reasons.join('；'));
    assert.match(notReady.html, /^<!DOCTYPE html>/i);
    assert.match(notReady.html, /不宜送审/);
    assert.match(notReady.html, /Content-Security-Policy/);
    assert.doesNotMatch(notReady.html, /<script/i);
    assert.strictEqual(notReady.pendingWords, false, 'the check waited for the words');
    assert.ok(['nodejieba', 'portable'].includes(notReady.segmenter ?? ''), `the backend that served: ${notReady.segmenter}`);

    const ready = 'file:///tmp/gongwen-check/请示.txt';
    await client.open(ready, fs.readFileSync(path.join(FIXTURES, 'check', 'request-ready.txt'), 'utf8'));
    const result = await check(ready);
    assert.strictEqual(result?.verdict, 'ready', result?.reasons.join('；'));
    assert.deepStrictEqual(result.reasons, []);
    assert.match(result.html, /可以送审/);
  });

  it('document text on the page is escaped', async () => {
    const uri = 'file:///tmp/gongwen-check/<b>&.txt';
    await client.open(uri, '关于<script>alert(1)</script>的通知\n各单位：\n共**家。\n');
    const result = await check(uri);
    assert.strictEqual(result?.verdict, 'not-ready');
    assert.doesNotMatch(result.html, /<script>alert/);
    assert.match(result.html, /&lt;script&gt;/);
  });

  it('a document that is not open gets null', async () => {
    assert.strictEqual(await check('file:///tmp/gongwen-check/不存在.txt'), null);
  });
});
