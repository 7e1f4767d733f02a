/**
 * Word over the protocol, on the bundled server: gongwen/exportDocx writes a .docx of an open
 * draft and gongwen/lintDocx reads it back. Word support is its own bundle (dist/docx.js), loaded
 * on the first request, so this also checks that the server finds it. Then what the requests
 * refuse: drafts neither open nor in the workspace, devices, targets outside the workspace or not
 * .docx, replacing a file without the user's word, and a zip bomb.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { buildDocx } from '../../server/src/docx/export';
import { TestLspClient } from '../support/lsp-client';
import { zipBombDocx } from '../support/zip';

interface ExportResult {
  ok: boolean;
  written?: string;
  error?: string;
  targetExists?: boolean;
}

const DRAFT = '关于做好春季农业生产工作的通知\n\n各乡镇人民政府：\n    为做好春季农业生产工作，现将有关事项通知如下。\n    一、加强组织领导\n    各乡镇要高度重视。\n\n县农业农村局\n2026年3月1日\n';

/**
 * Initializes with `folder` as the only workspace folder: given at initialization, or (`ask`)
 * answered when the server asks for the folders (workspace/workspaceFolders), none given at start.
 */
/** The workspace folder is given at initialization, or (`later`) added afterwards by workspace/didChangeWorkspaceFolders. */
async function initialize(client: TestLspClient, folder: string, later: boolean): Promise<void> {
  const folders = [{ uri: pathToFileURL(folder).toString(), name: path.basename(folder) }];
  await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: later ? [] : folders,
    capabilities: later ? { workspace: { workspaceFolders: true } } : {},
  });
  await client.connection.sendNotification('initialized', {});
  if (later) await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: folders, removed: [] } });
}

describe('Word export and lint over the protocol (bundled server, Word loaded on demand)', function () {
  this.timeout(30000);
  let dir: string;
  let outside: string;
  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-docx-protocol-')));
    outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-docx-outside-')));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('exports an open clean draft to .docx in the workspace and lints the .docx back', async () => {
    const client = new TestLspClient();
    try {
      await initialize(client, dir, false);
      const draft = path.join(dir, 'report.txt');
      fs.writeFileSync(draft, DRAFT);
      const uri = pathToFileURL(draft).toString();
      await client.open(uri, DRAFT);
      await client.waitForPublished(uri);
      const target = path.join(dir, 'report.docx');
      const exported = await client.connection.sendRequest<ExportResult>('gongwen/exportDocx', { uri, target });
      assert.ok(exported.ok, JSON.stringify(exported));
      assert.ok(fs.statSync(target).size > 1000);
      assert.strictEqual(fs.readFileSync(target).subarray(0, 2).toString(), 'PK', 'a zip (docx) file');
      const linted = await client.connection.sendRequest<{ text: string; findings: unknown[] }>('gongwen/lintDocx', { uri: pathToFileURL(target).toString() });
      assert.match(linted.text, /一、加强组织领导/);
    } finally {
      assert.strictEqual(await client.shutdown(), 0);
    }
  });

  it('gongwen/annotateDocx writes a copy with a Word comment per finding, never the input; an existing copy only with overwrite', async () => {
    const client = new TestLspClient();
    try {
      await initialize(client, dir, false);
      const source = path.join(dir, '请示.docx');
      fs.writeFileSync(source, await buildDocx('青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n全县共有校舍**所需要维修,详见附件。\n妥否，请批示。\n', 'plaintext'));
      const before = fs.readFileSync(source);
      const uri = pathToFileURL(source).toString();
      const target = path.join(dir, '请示-批注.docx');
      type Annotated = { ok: boolean; written?: string; comments?: number; error?: string; targetExists?: boolean };
      const annotate = (params: object) => client.connection.sendRequest<Annotated>('gongwen/annotateDocx', { uri, target, ...params });
      const done = await annotate({});
      assert.ok(done.ok, JSON.stringify(done));
      assert.ok((done.comments ?? 0) >= 3, JSON.stringify(done));
      const JSZip = require('jszip') as { loadAsync(b: Buffer): Promise<{ file(n: string): { async(t: 'string'): Promise<string> } | null }> };
      const comments = await (await JSZip.loadAsync(fs.readFileSync(target))).file('word/comments.xml')?.async('string');
      assert.match(comments ?? '', /w:author="公文检查"/);
      assert.match(comments ?? '', /未填写的占位符/);
      assert.deepStrictEqual(fs.readFileSync(source), before, 'the input is not written');
      const again = await annotate({});
      assert.ok(!again.ok && again.targetExists, JSON.stringify(again));
      assert.ok((await annotate({ overwrite: true })).ok);
      const self = await annotate({ target: source, overwrite: true });
      assert.ok(!self.ok && /不能写回被检查的文件/.test(self.error ?? ''), JSON.stringify(self));
      assert.deepStrictEqual(fs.readFileSync(source), before);
      const notWord = await annotate({ uri: pathToFileURL(path.join(dir, 'x.txt')).toString() });
      assert.match(notWord.error ?? '', /只能检查 \.docx 文件/);
    } finally {
      assert.strictEqual(await client.shutdown(), 0);
    }
  });

  it('refuses /etc/passwd and file:///dev/zero as drafts, targets outside the workspace or not .docx, and an existing target without overwrite', async () => {
    const client = new TestLspClient();
    try {
      // The folder comes in a workspace/didChangeWorkspaceFolders notification after start-up.
      await initialize(client, dir, true);
      const draft = path.join(dir, 'report.txt');
      fs.writeFileSync(draft, DRAFT);
      const uri = pathToFileURL(draft).toString();
      const send = (params: object): Promise<ExportResult> => client.connection.sendRequest<ExportResult>('gongwen/exportDocx', { uri, target: path.join(dir, 'out.docx'), ...params });

      for (const source of ['file:///etc/passwd', '/etc/passwd', 'file:///dev/zero']) {
        const start = Date.now();
        const r = await send({ uri: source, chosenByUser: true });
        assert.ok(!r.ok && /无法读取草稿/.test(r.error ?? ''), `${source}: ${JSON.stringify(r)}`);
        assert.ok(Date.now() - start < 2000, source);
      }
      assert.ok(!fs.existsSync(path.join(dir, 'out.docx')));

      const far = path.join(outside, 'far.docx');
      assert.match((await send({ target: pathToFileURL(far).toString() })).error ?? '', /目标不在工作区文件夹内/);
      assert.ok(!fs.existsSync(far));
      assert.match((await send({ target: path.join(dir, 'out.txt') })).error ?? '', /须以 \.docx 结尾/);
      assert.match((await send({ target: 'out.docx' })).error ?? '', /file: URI 或绝对路径/);

      // A draft in the workspace, not open: read from disk.
      assert.ok((await send({})).ok);
      const target = path.join(dir, 'out.docx');
      fs.writeFileSync(target, 'edited in Word');
      const refused = await send({ chosenByUser: true });
      assert.deepStrictEqual([refused.ok, refused.targetExists], [false, true]);
      assert.strictEqual(fs.readFileSync(target, 'utf8'), 'edited in Word');
      assert.ok((await send({ chosenByUser: true, overwrite: true })).ok);
      assert.strictEqual(fs.readFileSync(target).subarray(0, 2).toString(), 'PK');
    } finally {
      assert.strictEqual(await client.shutdown(), 0);
    }
  });

  it('gongwen/lintDocx refuses a zip bomb quickly with a message the client can show, and goes on serving', async () => {
    const client = new TestLspClient();
    try {
      await initialize(client, dir, false);
      const bomb = path.join(dir, 'bomb.docx');
      fs.writeFileSync(bomb, zipBombDocx(await buildDocx(DRAFT, 'plaintext'), 400));
      const start = Date.now();
      await assert.rejects(client.connection.sendRequest('gongwen/lintDocx', { uri: pathToFileURL(bomb).toString() }), (e: Error) => {
        assert.match(e.message, /^Word 文档的文字部分解压后超过 16 MiB（word\/document\.xml；文档过长或是“压缩炸弹”），未读取。/);
        return true;
      });
      // Loading Word support (dist/docx.js) is part of this first request.
      assert.ok(Date.now() - start < 5000, `${Date.now() - start} ms`);
      // The server's peak resident set (Linux): the bomb took 1.7 GB before the limits.
      const pid = (client as unknown as { process: { pid: number } }).process.pid;
      const status = `/proc/${pid}/status`;
      if (fs.existsSync(status)) {
        const peakKb = Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(status, 'utf8'))?.[1]);
        assert.ok(peakKb < 400 * 1024, `server peak ${Math.round(peakKb / 1024)} MiB`);
      }
      const good = path.join(dir, 'good.docx');
      fs.writeFileSync(good, await buildDocx(DRAFT, 'plaintext'));
      const linted = await client.connection.sendRequest<{ text: string }>('gongwen/lintDocx', { uri: pathToFileURL(good).toString() });
      assert.match(linted.text, /一、加强组织领导/);
    } finally {
      assert.strictEqual(await client.shutdown(), 0);
    }
  });
});
