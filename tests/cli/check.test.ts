/**
 * `gongwen check` (issue 21): the 送审前检查, driven through the real CLI (bin/gongwen.js, built
 * by scripts/build.mjs). Ready = no error-level finding, no unfilled placeholder, no missing
 * element; exit 0 only when every file is ready.
 */
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

const check = (name: string) => path.join(FIXTURES, 'check', name);
const CLEAN_REPORT = path.join(FIXTURES, 'clean-report-full.txt');

interface Item {
  rule: string;
  message: string;
  text: string;
  line: number;
  column: number;
}

describe('gongwen check', function () {
  this.timeout(90000);

  it('json: a draft with placeholders is not-ready (exit 1), each placeholder with its place', () => {
    const r = gongwen('check', '--format', 'json', check('request-draft.txt'));
    assert.strictEqual(r.code, 1, r.stderr);
    const [report] = JSON.parse(r.stdout);
    assert.strictEqual(report.file, check('request-draft.txt'));
    assert.strictEqual(report.verdict, 'not-ready');
    assert.strictEqual(report.docType, 'request');
    assert.strictEqual(report.docTypeName, '请示');
    assert.deepStrictEqual(
      report.placeholders.map((p: Item) => `${p.line}:${p.column} ${p.text}`),
      ['4:10 **', '4:50 **', '10:6 ×', '10:8 ×'],
    );
    assert.deepStrictEqual(report.errors, []);
    assert.deepStrictEqual(report.missingElements, []);
    assert.deepStrictEqual(report.reasons, ['4 处占位符未填写']);
    assert.deepStrictEqual(report.counts, { error: 0, warning: 4, information: 0, hint: 0 });
    assert.deepStrictEqual(report.families, { placeholder: 4 });
    assert.match(r.stderr, /1 个文件，0 个可以送审，1 个不宜送审/);
  });

  it('json: a clean report and a complete 请示 are ready (exit 0), with their structure', () => {
    const r = gongwen('check', '--format', 'json', CLEAN_REPORT, check('request-ready.txt'));
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    const reports = JSON.parse(r.stdout);
    assert.deepStrictEqual(reports.map((x: { verdict: string }) => x.verdict), ['ready', 'ready']);
    const [report] = reports;
    assert.strictEqual(report.docType, 'report');
    assert.strictEqual(report.structure.pattern, '成绩—问题—打算');
    assert.deepStrictEqual(report.structure.parts.map((p: { numbering: string; roleName: string }) => `${p.numbering}${p.roleName}`), ['一、成绩', '二、问题', '三、打算']);
    assert.deepStrictEqual(report.structure.missingRoles, []);
    assert.ok(report.structure.balance > 0 && report.structure.balance <= 1, String(report.structure.balance));
    assert.deepStrictEqual(report.reasons, []);
  });

  it('a missing element makes a draft not-ready: the bare 请示 lists what is missing and where', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-check-'));
    try {
      const file = path.join(dir, 'bare.txt');
      fs.writeFileSync(file, '青山县教育局关于申请拨付校舍维修资金的请示\n\n　　需维修的校舍共12处，详见附件。特申请拨付维修资金85万元。\n　　妥否，请批示。\n（联系人：李明，电话：0000-1234567）\n');
      const r = gongwen('check', '--format', 'json', file);
      assert.strictEqual(r.code, 1);
      const [report] = JSON.parse(r.stdout);
      assert.deepStrictEqual(report.missingElements.map((m: Item) => `${m.line}:${m.column} ${m.rule}`).sort(), [
        '1:1 doctype.recipient',
        '3:14 doctype.attachment-note',
        '4:3 doctype.date',
        '4:3 doctype.signature',
      ]);
      assert.deepStrictEqual(report.reasons, ['缺少 4 项要素']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an error-level finding makes a draft not-ready: a 请示 with two 主送机关', () => {
    const r = gongwen('check', '--format', 'json', check('request-two-recipients.txt'));
    assert.strictEqual(r.code, 1);
    const [report] = JSON.parse(r.stdout);
    assert.deepStrictEqual(report.errors.map((e: Item) => `${e.line}:${e.column} ${e.rule}`), ['3:1 doctype.request-recipients']);
    assert.deepStrictEqual(report.reasons, ['1 个错误级问题']);
  });

  it('a speech: its 认识—问题—举措 parts, and no element is missing', () => {
    const r = gongwen('check', '--format', 'json', path.join(EXAMPLES, 'speech-draft.txt'));
    const [report] = JSON.parse(r.stdout);
    assert.strictEqual(report.docType, 'speech');
    assert.strictEqual(report.structure.pattern, '认识—问题—举措');
    assert.deepStrictEqual(report.structure.parts.map((p: { roleName: string }) => p.roleName), ['认识', '问题', '举措']);
    assert.deepStrictEqual(report.missingElements, []);
    assert.strictEqual(report.verdict, 'not-ready');
    assert.ok(report.placeholders.length > 0);
  });

  it('text (default): the verdict line, the placeholders with places, the counts per family', () => {
    const r = gongwen('check', check('request-draft.txt'), CLEAN_REPORT);
    assert.strictEqual(r.code, 1);
    const lines = r.stdout.split('\n');
    assert.match(lines[0]!, /request-draft\.txt: 不宜送审 not-ready（4 处占位符未填写）$/);
    assert.ok(lines.some((l) => /^ {4}4:10 {2}“\*\*” {2}未填写的占位符/.test(l)), r.stdout);
    assert.ok(lines.some((l) => /clean-report-full\.txt: 可以送审 ready$/.test(l)), r.stdout);
    assert.ok(lines.some((l) => l.includes('结构：3 个部分') && l.includes('成绩—问题—打算（齐全）')), r.stdout);
    assert.ok(lines.some((l) => /问题统计：错误 0，警告 4，提示 0；占位符 4/.test(l)), r.stdout);
  });

  it('html -o: one self-contained page, no script or external resource, document text escaped', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-check-'));
    try {
      const draft = path.join(dir, 'a<b>&c.txt');
      fs.writeFileSync(draft, '关于<script>alert(1)</script>的通知\n\n各乡镇人民政府：\n\n请于**月**日前报送<img src=x onerror=alert(2)>。\n\n特此通知。\n\n青山县人民政府办公室\n2026年3月5日\n');
      const out = path.join(dir, 'report.html');
      const r = gongwen('check', '--format', 'html', '-o', out, draft, CLEAN_REPORT);
      assert.strictEqual(r.code, 1, r.stderr);
      assert.strictEqual(r.stdout, '');
      const html = fs.readFileSync(out, 'utf8');
      assert.match(html, /^<!DOCTYPE html>/);
      assert.match(html, /<meta charset="utf-8">/);
      assert.doesNotMatch(html, /<script|<img|<link|<iframe|src=|url\(|@import/i);
      assert.doesNotMatch(html, /https?:\/\//);
      assert.match(html, /关于&lt;script&gt;alert\(1\)&lt;\/script&gt;的通知/);
      assert.match(html, /a&lt;b&gt;&amp;c\.txt/);
      assert.match(html, /不宜送审 not-ready/);
      assert.match(html, /可以送审 ready/);
      assert.match(html, /@media print/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('usage: --format sarif is lint only, --fix is refused (exit 2); the help says what ready means', () => {
    assert.strictEqual(gongwen('check', '--format', 'sarif', CLEAN_REPORT).code, 2);
    assert.strictEqual(gongwen('check', '--fix', CLEAN_REPORT).code, 2);
    const help = gongwen('--help').stdout;
    assert.match(help, /ready = 没有错误级问题、没有未填写的占位符、不缺少必备要素/);
    assert.match(help, /exit 0 only when every file is ready/);
  });
});
