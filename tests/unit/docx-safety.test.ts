/**
 * What the server's Word requests read and write (lsp/docx.ts): gongwen/exportDocx reads open
 * documents or workspace drafts only and writes .docx targets inside the workspace or chosen by the
 * user, never through a link, never replacing a file without the user's word; gongwen/lintDocx
 * reads .docx files only, within the limits of docx/guard.ts.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DEFAULT_SETTINGS, analyze, LineIndex } from '../../server/src/core';
import { buildDocx } from '../../server/src/docx/export';
import type { DocumentAnalysis } from '../../server/src/lsp/analysis';
import { exportDocxRequest, lintDocxRequest, type DocxRequestDeps, type ExportDocxParams } from '../../server/src/lsp/docx';
import { CLEAN_NOTICE } from '../support/docx-samples';
import { zipBombDocx } from '../support/zip';

describe('gongwen/exportDocx and gongwen/lintDocx: what the server reads and writes (lsp/docx.ts)', function () {
  this.timeout(20000);
  let workspace: string;
  let outside: string;
  let draft: string;
  let deps: DocxRequestDeps;
  const open = new Map<string, string>();
  before(() => {
    workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-ws-')));
    outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-outside-')));
    draft = path.join(workspace, 'notice.txt');
    fs.writeFileSync(draft, CLEAN_NOTICE);
    deps = {
      analysisOf: async (uri) => {
        const text = open.get(uri);
        if (text === undefined) return undefined;
        return { text, format: 'plaintext', findings: analyze({ text, format: 'plaintext' }, DEFAULT_SETTINGS), lines: new LineIndex(text) } as unknown as DocumentAnalysis;
      },
      settingsOf: async () => DEFAULT_SETTINGS,
      workspaceFolders: async () => [workspace],
    };
  });
  after(() => {
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  const request = (params: Partial<ExportDocxParams>, target = path.join(workspace, 'out.docx')) =>
    exportDocxRequest({ uri: pathToFileURL(draft).toString(), target: pathToFileURL(target).toString(), ...params }, deps);

  it('refuses a draft that is neither open nor in a workspace folder: /etc/passwd, as a URI or a bare path', async () => {
    for (const uri of ['file:///etc/passwd', '/etc/passwd']) {
      const r = await request({ uri, chosenByUser: true });
      assert.strictEqual(r.ok, false);
      assert.match(r.error ?? '', /无法读取草稿/, uri);
    }
    assert.ok(!fs.existsSync(path.join(workspace, 'out.docx')));
  });

  it('refuses file:///dev/zero at once (even with / as a workspace folder), a FIFO draft without blocking, a link out of the workspace', async () => {
    const everything = { ...deps, workspaceFolders: async () => ['/'] };
    const start = Date.now();
    const zero = await exportDocxRequest({ uri: 'file:///dev/zero', target: path.join(workspace, 'zero.docx') }, everything);
    assert.match(zero.error ?? '', /只能导出 \.md 或 \.txt 草稿/);
    if (process.platform !== 'win32') {
      const fifo = path.join(workspace, 'fifo.txt');
      execFileSync('mkfifo', [fifo]);
      const r = await request({ uri: pathToFileURL(fifo).toString() });
      assert.match(r.error ?? '', /不是普通文件/);
      fs.rmSync(fifo);
      const secret = path.join(outside, 'secret.txt');
      fs.writeFileSync(secret, CLEAN_NOTICE);
      const link = path.join(workspace, 'link.txt');
      fs.symlinkSync(secret, link);
      const linked = await request({ uri: pathToFileURL(link).toString() });
      assert.match(linked.error ?? '', /不在工作区文件夹内/);
      fs.rmSync(link);
    }
    assert.ok(Date.now() - start < 2000);
    assert.deepStrictEqual(fs.readdirSync(workspace), ['notice.txt']);
  });

  it('exports a document the client has open, wherever it is', async () => {
    const uri = pathToFileURL(path.join(outside, 'open.txt')).toString();
    open.set(uri, CLEAN_NOTICE);
    const r = await request({ uri }, path.join(workspace, 'open.docx'));
    assert.ok(r.ok, JSON.stringify(r));
    fs.rmSync(path.join(workspace, 'open.docx'));
  });

  it('writes a .docx only: inside a workspace folder, or where the user chose; never a relative path', async () => {
    const far = path.join(outside, 'far.docx');
    assert.match((await request({}, far)).error ?? '', /不能导出到此处：目标不在工作区文件夹内/);
    assert.ok(!fs.existsSync(far));
    assert.ok((await request({ chosenByUser: true }, far)).ok);
    assert.match((await request({ chosenByUser: true }, path.join(workspace, 'out.txt'))).error ?? '', /须以 \.docx 结尾/);
    assert.match((await request({ chosenByUser: true }, path.join(workspace, 'out'))).error ?? '', /须以 \.docx 结尾/);
    assert.match((await request({ target: 'out.docx', chosenByUser: true })).error ?? '', /file: URI 或绝对路径/);
    assert.ok(!fs.existsSync(path.join(workspace, 'out.txt')) && !fs.existsSync(path.join(workspace, 'out')));
  });

  it('does not replace an existing file without the user\'s word (bytes unchanged), replaces it with overwrite', async () => {
    const target = path.join(workspace, 'edited.docx');
    fs.writeFileSync(target, 'edited in Word');
    const refused = await request({ chosenByUser: true }, target);
    assert.deepStrictEqual({ ok: refused.ok, targetExists: refused.targetExists }, { ok: false, targetExists: true });
    assert.match(refused.error ?? '', /已存在，未覆盖/);
    assert.strictEqual(fs.readFileSync(target, 'utf8'), 'edited in Word');
    const replaced = await request({ chosenByUser: true, overwrite: true }, target);
    assert.ok(replaced.ok, JSON.stringify(replaced));
    assert.strictEqual(fs.readFileSync(target).subarray(0, 2).toString(), 'PK');
  });

  it('never writes through a symbolic link or to a non-regular file, even with overwrite', async () => {
    if (process.platform === 'win32') return;
    const victim = path.join(outside, 'victim.docx');
    fs.writeFileSync(victim, 'keep me');
    const link = path.join(workspace, 'link.docx');
    fs.symlinkSync(victim, link);
    const r = await request({ chosenByUser: true, overwrite: true }, link);
    assert.match(r.error ?? '', /符号链接/);
    assert.strictEqual(fs.readFileSync(victim, 'utf8'), 'keep me');
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    fs.mkdirSync(path.join(workspace, 'folder.docx'));
    assert.match((await request({ overwrite: true }, path.join(workspace, 'folder.docx'))).error ?? '', /不是普通文件/);
  });

  it('gongwen/lintDocx fails with the limit\'s message on a zip bomb, and refuses what is not a .docx file', async () => {
    const bomb = path.join(workspace, 'bomb.docx');
    fs.writeFileSync(bomb, zipBombDocx(await buildDocx(CLEAN_NOTICE, 'plaintext'), 100));
    await assert.rejects(lintDocxRequest({ uri: pathToFileURL(bomb).toString() }, deps), /文字部分解压后超过 16 MiB/);
    await assert.rejects(lintDocxRequest({ uri: 'file:///dev/zero' }, deps), /只能检查 \.docx 文件/);
    await assert.rejects(lintDocxRequest({ uri: 'file:///etc/passwd' }, deps), /只能检查 \.docx 文件/);
  });
});
