/**
 * `gongwen lint FILE.docx --annotate OUT.docx` (issue 21), through the built CLI: the copy holds
 * one comment per finding; the input is never modified; the input, an existing file or a non-.docx
 * target is refused.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildDocx } from '../../server/src/docx/export';
import { FAULTY_REQUEST } from '../support/docx-samples';
import { CLI_BIN, ROOT } from '../support/paths';
import { readZip, zipText } from '../support/zip';

function gongwen(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI_BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('gongwen lint --annotate', function () {
  this.timeout(90000);
  let dir: string;
  let draft: string;
  let original: Buffer;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-annotate-'));
    draft = path.join(dir, '请示.docx');
    original = await buildDocx(FAULTY_REQUEST, 'plaintext');
    fs.writeFileSync(draft, original);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a copy with one comment per finding, the lint report as usual, the input untouched', () => {
    const out = path.join(dir, 'reviewed.docx');
    const json = gongwen('lint', '--format', 'json', draft);
    const findings = JSON.parse(json.stdout)[0].diagnostics;
    const r = gongwen('lint', '--format', 'json', draft, '--annotate', out);
    assert.strictEqual(r.code, json.code, r.stderr);
    assert.deepStrictEqual(JSON.parse(r.stdout)[0].diagnostics, findings);
    assert.match(r.stderr, new RegExp(`${findings.length} 条批注`));
    const comments = zipText(readZip(fs.readFileSync(out)), 'word/comments.xml').match(/<w:comment /g) ?? [];
    assert.strictEqual(comments.length, findings.length);
    assert.ok(fs.readFileSync(draft).equals(original), 'the input is unchanged');
  });

  it('refuses the input as target, an existing file, a non-.docx target and a .txt input (exit 2)', () => {
    assert.strictEqual(gongwen('lint', draft, '--annotate', draft).code, 2);
    assert.ok(fs.readFileSync(draft).equals(original));
    const existing = path.join(dir, 'exists.docx');
    fs.writeFileSync(existing, 'x');
    const r = gongwen('lint', draft, '--annotate', existing);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(fs.readFileSync(existing, 'utf8'), 'x');
    assert.strictEqual(gongwen('lint', draft, '--annotate', path.join(dir, 'out.txt')).code, 2);
    assert.strictEqual(gongwen('lint', path.join(ROOT, 'tests', 'fixtures', 'clean.txt'), '--annotate', path.join(dir, 'x.docx')).code, 2);
  });
});
