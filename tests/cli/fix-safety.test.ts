/**
 * `gongwen lint --fix` never loses a draft: a failed write (file-size limit, read-only file,
 * symbolic link) leaves the file byte-identical and is reported with exit 2 while the other files
 * are still checked; an edit made while the fix runs is kept; odd paths (a name with a line
 * break, a name starting with -, an over-long name, an unreadable folder) are reported, not fatal.
 */
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CLI_BIN, ROOT } from '../support/paths';

/** A short draft with certain fixes (half-width punctuation in Chinese text). */
const FAULTY = '各单位要认真做好安全生产工作,确保不出问题.\n';
const FIXED = '各单位要认真做好安全生产工作，确保不出问题。\n';

function gongwen(args: string[], options: { cwd?: string; shell?: string } = {}) {
  const r = options.shell
    ? spawnSync('bash', ['-c', `${options.shell}; exec "$0" "$@"`, process.execPath, CLI_BIN, ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8' })
    : spawnSync(process.execPath, [CLI_BIN, ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-fix-'));
}

/** Leftover temporary files of a write (they must be removed on failure). */
function leftovers(dir: string): string[] {
  return fs.readdirSync(dir).filter((n) => n.endsWith('.gongwen-tmp'));
}

describe('gongwen lint --fix: never lose a draft', function () {
  this.timeout(120000);

  it('a write that hits the file-size limit (ulimit -f) leaves the draft byte-identical, says so, exit 2', () => {
    const dir = tempDir();
    const file = path.join(dir, '讲话稿.txt');
    // 48 KB of draft; the limit allows 16 KB, so writing the fixed text fails part way.
    const before = Buffer.from('\uFEFF' + FAULTY.replace('\n', '\r\n').repeat(700), 'utf8');
    fs.writeFileSync(file, before);
    const r = gongwen(['lint', '--fix', '--rule', 'term.inconsistent=off', file], { shell: 'ulimit -f 16' });
    assert.strictEqual(r.signal, null, 'the CLI must not be killed by SIGXFSZ');
    assert.strictEqual(r.code, 2, r.stderr);
    assert.match(r.stderr, /未保存：写入失败，原文件未改动：超出文件大小限制/);
    assert.doesNotMatch(r.stderr, /已修复/);
    assert.ok(fs.readFileSync(file).equals(before), 'the draft is byte-identical');
    assert.deepStrictEqual(leftovers(dir), []);
  });

  it('keeps the mode of the file it fixes, and BOM and CRLF', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, '\uFEFF' + FAULTY.replace('\n', '\r\n'));
    fs.chmodSync(file, 0o640);
    const r = gongwen(['lint', '--fix', file]);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '\uFEFF' + FIXED.replace('\n', '\r\n'));
    assert.strictEqual(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepStrictEqual(leftovers(dir), []);
  });

  it('an edit made while --fix runs is kept: the file is not replaced, and the CLI says so', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'long.txt');
    const draft = FAULTY.repeat(3000); // ~200 KB: the fix takes long after the read
    fs.writeFileSync(file, draft);
    // The child's read shows in the file's access time (relatime updates an atime older than mtime).
    fs.utimesSync(file, new Date('2000-01-01'), new Date());
    const atime = fs.statSync(file).atimeMs;
    const child = spawn(process.execPath, [CLI_BIN, 'lint', '--fix', '--rule', 'term.inconsistent=off', file], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.resume();
    const deadline = Date.now() + 30000;
    while (fs.statSync(file).atimeMs === atime && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
    assert.notStrictEqual(fs.statSync(file).atimeMs, atime, 'the read was not seen (is the file system mounted noatime?)');
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    fs.appendFileSync(file, '这一行是检查期间追加的。\n');
    const code = await exited;
    const after = fs.readFileSync(file, 'utf8');
    assert.ok(after.endsWith('这一行是检查期间追加的。\n'), 'the appended line survives');
    assert.strictEqual(after, draft + '这一行是检查期间追加的。\n', 'and nothing else was written');
    assert.match(stderr, /文件在检查期间被修改。.*未写入/);
    assert.strictEqual(code, 2);
    assert.deepStrictEqual(leftovers(dir), []);
  });

  it('a read-only file and a symbolic link are not written; the other files are fixed; exit 2', () => {
    const dir = tempDir();
    const readOnly = path.join(dir, 'a-readonly.txt');
    const plain = path.join(dir, 'b-plain.txt');
    const outside = path.join(tempDir(), 'outside.txt');
    const link = path.join(dir, 'c-link.txt');
    fs.writeFileSync(readOnly, FAULTY);
    fs.chmodSync(readOnly, 0o444);
    fs.writeFileSync(plain, FAULTY);
    fs.writeFileSync(outside, FAULTY);
    fs.symlinkSync(outside, link);
    const r = gongwen(['lint', '--fix', readOnly, plain, link]);
    assert.strictEqual(r.code, 2, r.stderr);
    assert.strictEqual(fs.readFileSync(readOnly, 'utf8'), FAULTY);
    assert.strictEqual(fs.readFileSync(plain, 'utf8'), FIXED);
    assert.strictEqual(fs.readFileSync(outside, 'utf8'), FAULTY, 'the link is not followed to rewrite a file elsewhere');
    assert.ok(fs.lstatSync(link).isSymbolicLink(), 'and the link itself stays a link');
    assert.match(r.stderr, /a-readonly\.txt: 以上改动未保存：文件是只读的/);
    assert.match(r.stderr, /c-link\.txt: 以上改动未保存：这是符号链接/);
    assert.match(r.stderr, /b-plain\.txt: 已修复 2 处问题/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });

  it('with --jobs 2, every changed file is listed and a failed write does not stop the others', () => {
    const dir = tempDir();
    const files = ['1.txt', '2.txt', '3.txt', '4.txt'].map((n) => path.join(dir, n));
    for (const f of files) fs.writeFileSync(f, FAULTY);
    fs.chmodSync(files[1] as string, 0o444);
    const r = gongwen(['lint', '--fix', '--jobs', '2', '--rule', 'term.inconsistent=off', dir]);
    assert.strictEqual(r.code, 2, r.stderr);
    for (const f of [files[0], files[2], files[3]] as string[]) {
      assert.strictEqual(fs.readFileSync(f, 'utf8'), FIXED);
      assert.ok(r.stderr.includes(`${f}: 已修复 2 处问题`), `${f} listed`);
    }
    assert.strictEqual(fs.readFileSync(files[1] as string, 'utf8'), FAULTY);
    assert.ok(r.stderr.includes(`${files[1]}: 以上改动未保存：文件是只读的`));
  });

  it('a FIFO or a device named as a draft is refused at once, not waited on', () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'pipe.txt');
    assert.strictEqual(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
    const started = Date.now();
    const r = gongwen(['lint', fifo, '/dev/zero']);
    assert.ok(Date.now() - started < 20000);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /pipe\.txt: 它不是普通文件，而是管道（FIFO），已跳过。/);
    assert.match(r.stderr, /\/dev\/zero: 它不是普通文件，而是设备文件，已跳过。/);
  });

  it('odd names: a line break is quoted, -- ends the options, an over-long name is reported and the rest checked', () => {
    const dir = tempDir();
    const newline = path.join(dir, 'a\nb.txt');
    const dash = '-x.txt';
    fs.writeFileSync(newline, '总投资**亿元。\n');
    fs.writeFileSync(path.join(dir, dash), '总投资**亿元。\n');
    const long = path.join(dir, 'x'.repeat(300) + '.txt');
    const r = gongwen(['lint', '--', newline, dash, long], { cwd: dir });
    assert.strictEqual(r.code, 2, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.strictEqual(lines.length, 2, r.stdout);
    assert.ok(lines[0]?.startsWith(JSON.stringify(newline) + ':1:4  warning'), lines[0]);
    assert.ok(lines[1]?.startsWith('-x.txt:1:4  warning'), lines[1]);
    assert.match(r.stderr, /xxxx\.txt: 路径过长/);
    // Without --, -x.txt is an unknown option.
    assert.strictEqual(gongwen(['lint', dash], { cwd: dir }).code, 2);
  });

  it('an unreadable folder is reported; the drafts beside it are still checked', function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-perm-'));
    fs.chmodSync(dir, 0o755);
    fs.writeFileSync(path.join(dir, 'a.txt'), '总投资**亿元。\n');
    fs.chmodSync(path.join(dir, 'a.txt'), 0o644);
    const locked = path.join(dir, 'locked');
    fs.mkdirSync(locked);
    fs.writeFileSync(path.join(locked, 'b.txt'), '总投资**亿元。\n');
    fs.chmodSync(locked, 0o000);
    let r;
    if (process.getuid?.() === 0) {
      // Root reads any folder: run the CLI as nobody, from a copy of the bundle it can read.
      const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bin-'));
      fs.chmodSync(bin, 0o755);
      fs.copyFileSync(path.join(ROOT, 'dist', 'cli.js'), path.join(bin, 'cli.js'));
      fs.chmodSync(path.join(bin, 'cli.js'), 0o644);
      const script = `const { main } = require(${JSON.stringify(path.join(bin, 'cli.js'))}); process.exitCode = main(process.argv.slice(1), (l) => console.log(l), (l) => console.error(l));`;
      const run = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', script, 'lint', '--rule', 'term.inconsistent=off', dir], { cwd: bin, encoding: 'utf8' });
      assert.strictEqual(run.error, undefined, 'setpriv runs');
      r = { code: run.status, stdout: run.stdout, stderr: run.stderr };
    } else {
      r = gongwen(['lint', '--rule', 'term.inconsistent=off', dir]);
    }
    fs.chmodSync(locked, 0o755);
    assert.strictEqual(r.code, 2, r.stderr);
    assert.match(r.stderr, /locked: 无法读取文件夹：没有权限/);
    assert.match(r.stdout, /a\.txt:1:4  warning/);
  });
});
