/**
 * `npm run check:generated` (scripts/check-generated.mjs): the committed generated artefacts are
 * what the registry produces, and a hand edit of one of them makes the check fail, naming the file.
 * The check runs against a copy of the artefacts in a temporary directory (--root), so the
 * checkout is never touched.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../support/paths';

const SCRIPT = path.join(ROOT, 'scripts', 'check-generated.mjs');
const GENERATED = ['schemas/gongwenrc.schema.json', 'docs/rules.md', 'docs/settings.md', 'package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'server/src/core/rules/typo/data/chars.ts'];

function check(root?: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [SCRIPT, ...(root ? ['--root', root] : [])], { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('check:generated', function () {
  // Each run regenerates every artefact, typo.char's data from nodejieba's dictionary and pinyin-pro
  // among them: about 12 s on a quiet machine.
  this.timeout(120000);
  let dir: string;

  beforeEach(function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-generated-'));
    for (const file of GENERATED) {
      fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
      fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
    }
  });

  afterEach(function () {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('passes on the committed artefacts', function () {
    const r = check();
    assert.strictEqual(r.status, 0, r.out);
    assert.match(r.out, /7 generated files up to date/);
    assert.doesNotMatch(r.out, /\d+ passed, \d+ failed/, 'no line that .ci/run would count as tests');
  });

  it('passes on an unchanged copy', function () {
    const r = check(dir);
    assert.strictEqual(r.status, 0, r.out);
  });

  it('fails when docs/rules.md is edited by hand, naming it', function () {
    const file = path.join(dir, 'docs', 'rules.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('placeholder.unfilled', 'placeholder.unfiled'));
    const r = check(dir);
    assert.strictEqual(r.status, 1, r.out);
    assert.match(r.out, /docs\/rules\.md: line \d+/);
    assert.doesNotMatch(r.out, /schemas\/gongwenrc\.schema\.json:|package\.json:/);
  });

  it('fails when the schema is edited by hand, even by whitespace', function () {
    const file = path.join(dir, 'schemas', 'gongwenrc.schema.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('\n', '\n '));
    const r = check(dir);
    assert.strictEqual(r.status, 1, r.out);
    assert.match(r.out, /schemas\/gongwenrc\.schema\.json: line 2/);
  });

  it("fails when package.json's gongwen.rules is edited by hand, not when its hand-written rest is", function () {
    const file = path.join(dir, 'package.json');
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
    pkg.description = 'edited by hand';
    fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
    assert.strictEqual(check(dir).status, 0, 'the rest of package.json is not generated');

    pkg.contributes.configuration.properties['gongwen.rules'].properties['punct.halfwidth'].default = 'error';
    fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
    const r = check(dir);
    assert.strictEqual(r.status, 1, r.out);
    assert.match(r.out, /1 of 7 generated files differ/);
    assert.match(r.out, /package\.json: line \d+: committed .*error.*generated .*warning/);
  });

  it('fails when a setting in package.json or its text in an nls file is edited by hand, not when the hand-written text is', function () {
    const file = path.join(dir, 'package.json');
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
    pkg.contributes.configuration.properties['gongwen.maxDocumentChars'].minimum = 10;
    fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
    let r = check(dir);
    assert.strictEqual(r.status, 1, r.out);
    assert.match(r.out, /package\.json: line \d+: committed .*10.*generated .*1000/);

    fs.copyFileSync(path.join(ROOT, 'package.json'), file);
    const nlsFile = path.join(dir, 'package.nls.zh-cn.json');
    const nls = JSON.parse(fs.readFileSync(nlsFile, 'utf8'));
    nls['command.termsReport.title'] = '改过的标题';
    fs.writeFileSync(nlsFile, JSON.stringify(nls, null, 2) + '\n');
    assert.strictEqual(check(dir).status, 0, 'command titles are not generated');
    nls['config.enable.description'] = '改过的说明';
    fs.writeFileSync(nlsFile, JSON.stringify(nls, null, 2) + '\n');
    r = check(dir);
    assert.strictEqual(r.status, 1, r.out);
    assert.match(r.out, /package\.nls\.zh-cn\.json: line \d+: committed .*改过的说明.*generated .*启用公文检查/);
  });

  it('fails when an artefact is missing', function () {
    fs.rmSync(path.join(dir, 'docs', 'rules.md'));
    const r = check(dir);
    assert.strictEqual(r.status, 1, r.out);
    assert.match(r.out, /docs\/rules\.md: missing/);
  });
});
