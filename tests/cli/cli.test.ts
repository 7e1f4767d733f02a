import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CLI_BIN, EXAMPLES, FIXTURES, ROOT } from '../support/paths';

function gongwen(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI_BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const fixture = (name: string) => path.join(FIXTURES, name);

describe('gongwen CLI', function () {
  // Each run that checks drift loads nodejieba's dictionaries (about 2 s, more on a busy machine).
  this.timeout(90000);

  it('finds every placeholder of the sample speech, in text format, exit 0 (warnings only)', () => {
    const r = gongwen('lint', path.join(EXAMPLES, 'speech-draft.txt'));
    assert.strictEqual(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').filter((l) => l.endsWith('placeholder.unfilled'));
    assert.strictEqual(lines.length, 12);
    assert.match(lines[0]!, /^.*examples\/speech-draft\.txt:6:14  warning  未填写的占位符“\*\*”：此处缺少数量（万人次），定稿前请填入实际数量。  placeholder\.unfilled$/);
  });

  it('reports nothing on a clean report, exit 0', () => {
    const r = gongwen('lint', path.join(EXAMPLES, 'clean-report.md'), fixture('clean.txt'));
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.stdout, '');
    assert.match(r.stderr, /2 个文件，0 个问题/);
  });

  it('JSON: the documented shape, 0-based UTF-16 positions, BOM dropped and CRLF lines counted as editors do', () => {
    const r = gongwen('lint', '--format', 'json', fixture('bom-crlf.txt'));
    assert.strictEqual(r.code, 0, r.stderr);
    const reports = JSON.parse(r.stdout);
    reports[0].diagnostics = reports[0].diagnostics.filter((d: { rule: string }) => d.rule === 'placeholder.unfilled');
    assert.deepStrictEqual(reports, [
      {
        file: fixture('bom-crlf.txt'),
        diagnostics: [
          {
            rule: 'placeholder.unfilled',
            severity: 'warning',
            message: '未填写的占位符“**”：此处缺少金额（亿元），定稿前请填入实际金额。',
            range: { start: { line: 2, character: 5 }, end: { line: 2, character: 7 } },
            fixes: [],
          },
          {
            rule: 'placeholder.unfilled',
            severity: 'warning',
            message: '未填写的占位符“**”：此处缺少数量（个），定稿前请填入实际数量。',
            range: { start: { line: 2, character: 12 }, end: { line: 2, character: 14 } },
            fixes: [],
          },
        ],
      },
    ]);
  });

  it('Markdown bold and code are not placeholders', () => {
    const r = gongwen('lint', '-f', 'json', fixture('bold.md'));
    const [report] = JSON.parse(r.stdout);
    assert.deepStrictEqual(report.diagnostics.filter((d: { rule: string }) => d.rule === 'placeholder.unfilled').map((d: { range: unknown }) => d.range), [
      { start: { line: 2, character: 11 }, end: { line: 2, character: 13 } },
    ]);
  });

  it('exit 1 when a finding is an error (--rule placeholder.unfilled=error)', () => {
    const r = gongwen('lint', '--rule', 'placeholder.unfilled=error', path.join(EXAMPLES, 'notice-draft.md'));
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /notice-draft\.md:9:26  error  /);
  });

  it('exit 2 for a missing file, with a clear message, and the other files still linted', () => {
    const r = gongwen('lint', fixture('no-such-file.txt'), path.join(EXAMPLES, 'notice-draft.md'));
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /no-such-file\.txt: 文件不存在。No such file\./);
    assert.match(r.stdout, /notice-draft\.md:9:26  warning/);
  });

  it('exit 2 for binary and non-UTF-8 (GBK) files, saying which and why', () => {
    const r = gongwen('lint', fixture('binary.txt'), fixture('gbk.txt'), fixture('clean.txt'));
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /binary\.txt: 这是二进制文件/);
    assert.match(r.stderr, /gbk\.txt: 文件不是 UTF-8 编码（可能是 GBK）/);
    assert.match(r.stderr, /1 个文件，0 个问题/);
  });

  it('lints a directory recursively (drafts only)', () => {
    const r = gongwen('lint', '-f', 'json', EXAMPLES);
    assert.strictEqual(r.code, 0);
    const files = JSON.parse(r.stdout).map((x: { file: string }) => path.basename(x.file));
    assert.deepStrictEqual(files, ['clean-report.md', 'notice-draft.md', 'speech-draft.txt']);
  });

  it('--encoding gbk reads a GBK draft (positions as in the decoded text); --fix reports the changes and does not write it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-gbk-'));
    try {
      const file = path.join(dir, 'request.txt');
      fs.copyFileSync(fixture('gbk-request.txt'), file);
      const bytes = fs.readFileSync(file);
      const plain = gongwen('lint', file);
      assert.strictEqual(plain.code, 2);
      assert.match(plain.stderr, /--encoding gbk/);
      const r = gongwen('lint', '--encoding', 'gbk', '-f', 'json', file);
      assert.strictEqual(r.code, 0, r.stderr);
      const text = new TextDecoder('gb18030').decode(bytes);
      const placeholder = JSON.parse(r.stdout)[0].diagnostics.find((d: { rule: string }) => d.rule === 'placeholder.unfilled');
      assert.strictEqual((text.split('\n')[placeholder.range.start.line] ?? '').slice(placeholder.range.start.character, placeholder.range.end.character), '××');
      const fixed = gongwen('lint', '--encoding', 'gbk', '--fix', file);
      assert.match(fixed.stderr, /不写回 GBK/);
      assert.deepStrictEqual(fs.readFileSync(file), bytes, 'the GBK file is untouched');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--jobs 2 lints on worker threads: the same output, in the same order, as one by one (also with --fix-dry-run, a bad file and a config)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-jobs-'));
    try {
      const drafts = fs.readdirSync(EXAMPLES).filter((f) => /\.(txt|md)$/.test(f));
      for (let i = 0; i < 12; i++) for (const f of drafts) fs.copyFileSync(path.join(EXAMPLES, f), path.join(dir, `${String(i).padStart(2, '0')}-${f}`));
      fs.copyFileSync(fixture('gbk.txt'), path.join(dir, '05-gbk.txt'));
      fs.writeFileSync(path.join(dir, '.gongwenrc.json'), JSON.stringify({ rules: { 'placeholder.unfilled': 'error' } }));
      for (const extra of [['-f', 'json'], ['--fix-dry-run']]) {
        const one = gongwen('lint', ...extra, '--jobs', '1', dir);
        const two = gongwen('lint', ...extra, '--jobs', '2', dir);
        assert.strictEqual(one.code, 2, 'the GBK file is a file error');
        assert.deepStrictEqual([two.code, two.stdout, two.stderr], [one.code, one.stdout, one.stderr]);
        assert.ok(one.stdout.length > 1000 && /placeholder\.unfilled/.test(one.stdout));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exit 2 with usage for bad arguments', () => {
    for (const args of [[], ['check', 'a.txt'], ['lint'], ['lint', '--jobs', '0', 'a.txt'], ['lint', '--encoding', 'big5', 'a.txt'], ['lint', '--format', 'xml', 'a.txt'], ['lint', '--rule', 'nope', 'a.txt'], ['lint', '--rule', 'no.such=error', 'a.txt']]) {
      const r = gongwen(...args);
      if (args.length === 0) {
        assert.strictEqual(r.code, 0, 'no arguments prints help');
        assert.match(r.stdout, /用法 Usage: gongwen outline/);
        assert.match(r.stdout, /gongwen terms \[--format/);
        assert.match(r.stdout, /gongwen lint \[--format/);
      } else {
        assert.strictEqual(r.code, 2, args.join(' '));
        assert.ok(r.stderr.length > 0);
      }
    }
  });

  it('--version prints the package version', () => {
    const r = gongwen('--version');
    assert.strictEqual(r.stdout.trim(), require(path.join(ROOT, 'package.json')).version);
  });

  describe('with a .gongwenrc.json and --fix', () => {
    const fs = require('fs') as typeof import('fs');
    const os = require('os') as typeof import('os');
    const made: string[] = [];
    after(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
    function folder(config: string, draft: string): { dir: string; file: string } {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-'));
      made.push(dir);
      fs.writeFileSync(path.join(dir, '.gongwenrc.json'), config);
      fs.mkdirSync(path.join(dir, '稿件'));
      const file = path.join(dir, '稿件', '草稿.txt');
      fs.writeFileSync(file, draft);
      return { dir, file };
    }
    const CONFIG = '{ // 本单位规定\n "phrases": [{ "pattern": "该局", "replacement": "县农业农村局" }], "rules": { "placeholder.unfilled": "error" } }';
    const DRAFT = '\uFEFF关于做好安全工作的通知\r\n\r\n请该局做好安全工作，由该局负责，共**家。\r\n';

    it('uses the nearest config file: its rules and phrases apply', () => {
      const { file } = folder(CONFIG, DRAFT);
      const r = gongwen('lint', '-f', 'json', file);
      assert.strictEqual(r.code, 1, 'placeholder raised to error by the config');
      const rules = JSON.parse(r.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule);
      assert.deepStrictEqual(rules.filter((x: string) => x === 'phrase.custom').length, 2);
    });

    it('--fix-dry-run shows the change and writes nothing', () => {
      const { file } = folder(CONFIG, DRAFT);
      const r = gongwen('lint', '--fix-dry-run', file);
      assert.match(r.stderr, /将修复 \d+ 处问题/);
      assert.match(r.stderr, /3\+ 请县农业农村局做好安全工作，由县农业农村局负责，共\*\*家。/);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), DRAFT);
    });

    it('--fix writes the file (keeping BOM and CRLF), reports what it changed, and a second run changes nothing', () => {
      const { file } = folder(CONFIG, DRAFT);
      const r = gongwen('lint', '--fix', file);
      assert.match(r.stderr, /已修复 \d+ 处问题/);
      const fixed = fs.readFileSync(file, 'utf8');
      assert.ok(fixed.startsWith('\uFEFF'), 'BOM kept');
      assert.ok(fixed.includes('请县农业农村局做好安全工作，由县农业农村局负责，共**家。\r\n'), fixed);
      assert.doesNotMatch(r.stdout, /phrase\.custom/, 'fixed findings are not reported again');
      const again = gongwen('lint', '--fix', file);
      assert.doesNotMatch(again.stderr, /已修复/);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), fixed);
    });

    it('--fix leaves the suggestions at information alone (the editor fixes them one by one)', () => {
      const text = '推进“一网通办”、“一窗受理”建设,方便群众办事。\n';
      const { file } = folder('{}', text);
      gongwen('lint', '--fix', file);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), '推进“一网通办”、“一窗受理”建设，方便群众办事。\n');
      const listed = gongwen('lint', file);
      assert.match(listed.stdout, /information\s+.*顿号/, 'the suggestion is still reported');
    });

    it('a broken config is reported on the config file (exit 1) and the drafts are linted with defaults', () => {
      const { dir, file } = folder('{ "rules": { "placeholder.unfilled": "error" ', DRAFT);
      const r = gongwen('lint', file);
      assert.strictEqual(r.code, 1);
      assert.match(r.stdout, new RegExp(`${path.join(dir, '.gongwenrc.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:\\d+  error  配置文件 JSON 格式有误`));
      assert.match(r.stdout, /草稿\.txt:3:\d+  warning  未填写的占位符/);
    });

    it('ignore globs skip matching files', () => {
      const { dir } = folder('{ "ignore": ["稿件/**"] }', DRAFT);
      const r = gongwen('lint', '-f', 'json', dir);
      assert.deepStrictEqual(JSON.parse(r.stdout), []);
    });
  });

  describe('Word export and .docx lint', () => {
    const fs = require('fs') as typeof import('fs');
    const os = require('os') as typeof import('os');
    let dir: string;
    before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-docx-'))));
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('refuses to export while placeholders remain (exit 1, no file), exports with --force', () => {
      const target = path.join(dir, 'notice.docx');
      const r = gongwen('export', path.join(EXAMPLES, 'notice-draft.md'), '-o', target);
      assert.strictEqual(r.code, 1);
      assert.match(r.stderr, /未导出：还有 \d+ 处错误或未填写的占位符/);
      assert.strictEqual(fs.existsSync(target), false);
      const forced = gongwen('export', path.join(EXAMPLES, 'notice-draft.md'), '-o', target, '--force');
      assert.strictEqual(forced.code, 0, forced.stderr);
      assert.ok(fs.statSync(target).size > 1000);
    });

    it('exports a clean draft and lints the .docx back with paragraph positions', () => {
      const target = path.join(dir, 'report.docx');
      assert.strictEqual(gongwen('export', path.join(EXAMPLES, 'clean-report.md'), '-o', target).code, 0);
      const clean = gongwen('lint', target);
      assert.strictEqual(clean.code, 0, clean.stderr);
      assert.strictEqual(clean.stdout, '');
      const forcedTarget = path.join(dir, 'speech.docx');
      gongwen('export', path.join(EXAMPLES, 'speech-draft.txt'), '-o', forcedTarget, '--force');
      const r = gongwen('lint', forcedTarget);
      assert.match(r.stdout, /speech\.docx:第\d+段第\d+字  warning  未填写的占位符/);
    });
  });

  it('gongwen terms prints the drift groups of the faulty speech (text and JSON)', () => {
    const file = path.join(FIXTURES, 'faulty', 'speech-draft.txt');
    const text = gongwen('terms', file);
    assert.strictEqual(text.code, 0, text.stderr);
    // Seen once each way: a suspicion (information), not a certain drift.
    assert.match(text.stdout, /\[标点差异\]（疑似） 建议统一为“县委县政府”/);
    const json = JSON.parse(gongwen('terms', '-f', 'json', file).stdout);
    assert.strictEqual(json[0].file, file);
    assert.deepStrictEqual(json[0].groups.map((g: { canonical: string }) => g.canonical), ['县委县政府']);
  });
});
