/**
 * `gongwen lint` with a hostile .gongwenrc.json: it exits promptly, reports the refusal once as a
 * config.invalid finding on the file (stdout) and once on stderr, and lints the draft with
 * defaults. The upward search stops at the repository root (and, outside a repository and the
 * home folder, at the current directory if the draft is inside it), never in the temporary
 * directory itself.
 */
import * as assert from 'assert';
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CLI_BIN, ROOT } from '../support/paths';

const DRAFT = '同志们：\n    今年计划新建高标准农田**万亩。\n';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the CLI (stdin: a pipe left open, or the given fd); killed after 15 s. */
function gongwen(args: string[], cwd: string = ROOT, env: NodeJS.ProcessEnv = process.env, stdin: 'pipe' | number = 'pipe'): Promise<Run> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI_BIN, ...args], { cwd, env, stdio: [stdin, 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin?.destroy();
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('gongwen lint with a hostile .gongwenrc.json', function () {
  this.timeout(60000);
  const made: string[] = [];
  const tempDir = (name: string) => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `gongwen-cli-hostile-${name}-`)));
    made.push(dir);
    return dir;
  };
  after(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  const cases: Array<[string, (p: string) => void, RegExp]> = [
    ['16 KB of nested [', (p) => fs.writeFileSync(p, '['.repeat(16384)), /配置文件的括号嵌套超过 64 层，已拒绝解析，按默认设置检查。/],
    ['a symlink to /dev/zero', (p) => fs.symlinkSync('/dev/zero', p), /配置文件未读取：它不是普通文件，而是设备文件，已按默认设置检查。/],
    ['a FIFO', (p) => execFileSync('mkfifo', [p]), /配置文件未读取：它不是普通文件，而是管道（FIFO），已按默认设置检查。/],
    ['500,000 ignore globs (4 MB)', (p) => fs.writeFileSync(p, JSON.stringify({ ignore: Array.from({ length: 500000 }, (_, i) => `x${i}`) })), /超过上限 1 MiB，已按默认设置检查。/],
    ['100,000 ignore globs (under 1 MiB)', (p) => fs.writeFileSync(p, JSON.stringify({ ignore: Array.from({ length: 100000 }, (_, i) => `x${i}`) })), /ignore 有 100000 项，超过上限 1000 项：第 1001 项起的 99000 项未采用/],
  ];

  for (const [name, make, message] of cases) {
    it(`${name}: exits promptly with one config.invalid finding (also on stderr) and lints the draft with defaults`, async () => {
      const dir = tempDir('case');
      const config = path.join(dir, '.gongwenrc.json');
      make(config);
      const draft = path.join(dir, 'draft.txt');
      fs.writeFileSync(draft, DRAFT);
      const r = await gongwen(['lint', draft]);
      assert.ok(r.ms < 10000, `took ${r.ms} ms`);
      assert.strictEqual(r.code, 1, `exit status (config error counts): ${r.stderr}`);
      const configLines = r.stdout.split('\n').filter((l) => l.startsWith(`${config}:`));
      assert.strictEqual(configLines.length, 1, r.stdout);
      assert.match(configLines[0]!, new RegExp(`^${escape(config)}:\\d+:\\d+  error  .*config\\.invalid$`));
      assert.match(configLines[0]!, message);
      const stderrLines = r.stderr.split('\n').filter((l) => l.startsWith(`${config}: `));
      assert.strictEqual(stderrLines.length, 1, r.stderr);
      assert.match(stderrLines[0]!, message);
      assert.match(r.stdout, new RegExp(`^${escape(draft)}:2:16  warning  未填写的占位符`, 'm'));
    });
  }

  it('--config /dev/stdin (a FIFO with a writer that never writes) is refused at once instead of waiting for input', async () => {
    const dir = tempDir('stdin');
    const draft = path.join(dir, 'draft.txt');
    fs.writeFileSync(draft, DRAFT);
    const fifo = path.join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    // Opened read-write, so opening it does not wait here, and the CLI's reader would wait for data for good.
    const fd = fs.openSync(fifo, fs.constants.O_RDWR);
    let r: Run;
    try {
      r = await gongwen(['lint', '--config', '/dev/stdin', draft], ROOT, process.env, fd);
    } finally {
      fs.closeSync(fd);
    }
    assert.ok(r.ms < 10000, `took ${r.ms} ms`);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stderr, /\/dev\/stdin: 配置文件未读取：它不是普通文件/);
    assert.match(r.stdout, /未填写的占位符/);
  });

  it('JSON output carries the refusal as a finding on the config file', async () => {
    const dir = tempDir('json');
    fs.writeFileSync(path.join(dir, '.gongwenrc.json'), '['.repeat(16384));
    const draft = path.join(dir, 'draft.txt');
    fs.writeFileSync(draft, DRAFT);
    const r = await gongwen(['lint', '--format', 'json', draft]);
    const reports = JSON.parse(r.stdout) as Array<{ file: string; diagnostics: Array<{ rule: string; range: { start: { character: number } } }> }>;
    const config = reports.find((x) => x.file.endsWith('.gongwenrc.json'))!;
    assert.deepStrictEqual(config.diagnostics.map((d) => [d.rule, d.range.start.character]), [['config.invalid', 64]]);
  });

  describe('where the upward search stops', () => {
    it('not above the repository root (a folder holding .git)', async () => {
      const dir = tempDir('repo');
      fs.writeFileSync(path.join(dir, '.gongwenrc.json'), '{ "rules": { "placeholder.unfilled": "off" } }');
      const repo = path.join(dir, 'repo');
      fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
      fs.mkdirSync(path.join(repo, 'docs'));
      const draft = path.join(repo, 'docs', 'draft.txt');
      fs.writeFileSync(draft, DRAFT);
      const r = await gongwen(['lint', draft], repo);
      assert.match(r.stdout, /placeholder\.unfilled/, 'the config above the repository was applied');
      // Inside the repository, a parent's config applies as before.
      fs.writeFileSync(path.join(repo, '.gongwenrc.json'), '{ "rules": { "placeholder.unfilled": "error" } }');
      const inside = await gongwen(['lint', draft], repo);
      assert.match(inside.stdout, /draft\.txt:2:16  error  未填写的占位符/);
    });

    it('outside a repository and home: not above the current directory when the draft is inside it', async () => {
      const dir = tempDir('cwd');
      fs.writeFileSync(path.join(dir, '.gongwenrc.json'), '{ "rules": { "placeholder.unfilled": "error" } }');
      fs.mkdirSync(path.join(dir, 'sub'));
      const draft = path.join(dir, 'sub', 'draft.txt');
      fs.writeFileSync(draft, DRAFT);
      const fromBelow = await gongwen(['lint', draft], path.join(dir, 'sub'));
      assert.match(fromBelow.stdout, /draft\.txt:2:16  warning  /, fromBelow.stdout);
      const fromAbove = await gongwen(['lint', draft], dir);
      assert.match(fromAbove.stdout, /draft\.txt:2:16  error  /, fromAbove.stdout);
    });

    it('never the temporary directory itself (TMPDIR), even with the draft right below it', async () => {
      const tmp = tempDir('tmpdir');
      fs.writeFileSync(path.join(tmp, '.gongwenrc.json'), '{ "rules": { "placeholder.unfilled": "off" } }');
      fs.mkdirSync(path.join(tmp, 'x'));
      const draft = path.join(tmp, 'x', 'draft.txt');
      fs.writeFileSync(draft, DRAFT);
      const r = await gongwen(['lint', draft], tmp, { ...process.env, TMPDIR: tmp });
      assert.match(r.stdout, /placeholder\.unfilled/, 'the config in the temporary directory was applied');
    });
  });
});
