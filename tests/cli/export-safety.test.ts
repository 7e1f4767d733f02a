/**
 * `gongwen export` never loses a file: an existing .docx (perhaps edited in Word since) is not
 * replaced without --overwrite, a symbolic link at the output is never written through; and
 * `gongwen lint` refuses a zip-bomb .docx (exit 2) while checking the other files.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildDocx } from '../../server/src/docx/export';
import { CLI_BIN, EXAMPLES, ROOT } from '../support/paths';
import { zipBombDocx } from '../support/zip';

function gongwen(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI_BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('gongwen export and lint with files that must not be lost or trusted', function () {
  this.timeout(60000);
  const clean = path.join(EXAMPLES, 'clean-report.md');
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-export-safety-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses to replace an existing .docx (exit 2, names --overwrite, file byte-identical)', () => {
    const target = path.join(dir, 'report.docx');
    const edited = Buffer.from('PK\u0003\u0004 edited in Word since the last export');
    fs.writeFileSync(target, edited);
    const r = gongwen('export', clean, '-o', target);
    assert.strictEqual(r.code, 2, r.stderr);
    assert.match(r.stderr, /report\.docx: 文件已存在，未覆盖（它可能已在 Word 中修改过）；确需替换请加 --overwrite。/);
    assert.ok(fs.readFileSync(target).equals(edited));
  });

  it('--overwrite replaces it, atomically (a new file renamed over the old)', () => {
    const target = path.join(dir, 'report.docx');
    fs.writeFileSync(target, 'old');
    const before = fs.statSync(target).ino;
    const r = gongwen('export', clean, '-o', target, '--overwrite');
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(fs.readFileSync(target).subarray(0, 2).toString(), 'PK');
    assert.notStrictEqual(fs.statSync(target).ino, before);
    assert.deepStrictEqual(fs.readdirSync(dir), ['report.docx'], 'no temporary file left');
  });

  it('never writes through a symbolic link at the output, with or without --overwrite', function () {
    if (process.platform === 'win32') this.skip();
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'keep me');
    const link = path.join(dir, 'out.docx');
    fs.symlinkSync(victim, link);
    for (const extra of [[], ['--overwrite']]) {
      const r = gongwen('export', clean, '-o', link, ...extra);
      assert.strictEqual(r.code, 2, r.stderr);
      assert.match(r.stderr, /out\.docx: 这是符号链接，不写入/);
    }
    assert.strictEqual(fs.readFileSync(victim, 'utf8'), 'keep me');
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    // A dangling link too: creating the file would create the link's target.
    const dangling = path.join(dir, 'dangling.docx');
    fs.symlinkSync(path.join(dir, 'created-through-link.docx'), dangling);
    assert.strictEqual(gongwen('export', clean, '-o', dangling).code, 2);
    assert.ok(!fs.existsSync(path.join(dir, 'created-through-link.docx')));
  });

  it('lint refuses a zip-bomb .docx (exit 2, with the reason) and still checks the other files', async () => {
    const valid = await buildDocx('关于开展检查的通知\n\n各单位：\n    现将有关事项通知如下。\n', 'plaintext');
    const bomb = path.join(dir, 'bomb.docx');
    const good = path.join(dir, 'good.docx');
    fs.writeFileSync(bomb, zipBombDocx(valid, 400));
    fs.writeFileSync(good, valid);
    const start = Date.now();
    const r = gongwen('lint', bomb, good);
    assert.strictEqual(r.code, 2, r.stderr);
    assert.match(r.stderr, /bomb\.docx: Word 文档的文字部分解压后超过 16 MiB（word\/document\.xml；文档过长或是“压缩炸弹”），未读取。/);
    assert.match(r.stderr, /^1 个文件，\d+ 个问题/m);
    assert.ok(Date.now() - start < 15000);
  });
});
