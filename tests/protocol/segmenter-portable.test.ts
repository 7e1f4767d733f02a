/**
 * Where nodejieba cannot load (not installed because its build failed, or a binary that does not
 * load on this platform), the portable backend serves: the CLI and the real server over stdio give
 * the same drift findings as with nodejieba. The package is copied as the .vsix ships it (dist/,
 * bin/, dict/, package.json, schemas) without node_modules, or with a nodejieba whose binary is
 * broken, so the failure is nodejieba's own, not a simulated one.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TestLspClient, type Published } from '../support/lsp-client';
import { CLI_BIN, FIXTURES, ROOT } from '../support/paths';

const FIXTURE_DIR = path.join(FIXTURES, 'segmentation');
const FIXTURE = 'drift-portable.txt';

/** A copy of the packaged extension's files; `nodejieba`: absent, or present with a binary that does not load. */
function packageCopy(dir: string, nodejieba: 'absent' | 'broken'): string {
  for (const entry of ['dist', 'bin', 'dict', 'schemas', 'package.json', 'package.nls.json', 'package.nls.zh-cn.json']) {
    const from = path.join(ROOT, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, entry), { recursive: true });
  }
  if (nodejieba === 'broken') {
    const from = path.join(ROOT, 'node_modules', 'nodejieba');
    const to = path.join(dir, 'node_modules', 'nodejieba');
    for (const f of ['package.json', 'index.js', 'submodules/cppjieba/dict/stop_words.utf8']) {
      fs.mkdirSync(path.dirname(path.join(to, f)), { recursive: true });
      fs.copyFileSync(path.join(from, f), path.join(to, f));
    }
    // A binary built for another platform fails the same way: dlopen refuses it.
    fs.mkdirSync(path.join(to, 'build', 'Release'), { recursive: true });
    fs.writeFileSync(path.join(to, 'build', 'Release', 'nodejieba.node'), 'MZ not a shared object for this platform');
  }
  return dir;
}

function cli(bin: string, args: string[], env: NodeJS.ProcessEnv): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: FIXTURE_DIR, env, encoding: 'utf8', timeout: 60000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const termFindings = (p: Published) => p.diagnostics.filter((d) => String(d.code).startsWith('term.'));
const comparable = (p: Published) => p.diagnostics.map((d) => ({ code: d.code, range: d.range, message: d.message })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('segmentation without nodejieba: the portable backend', function () {
  this.timeout(90000);
  let tmp: string;
  const env = { ...process.env };
  delete env.GONGWEN_SEGMENTER;
  before(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-portable-'))));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  for (const nodejieba of ['absent', 'broken'] as const) {
    it(`CLI, nodejieba ${nodejieba}: the same drift findings and lint output as with nodejieba`, () => {
      const copy = packageCopy(fs.mkdtempSync(path.join(tmp, `${nodejieba}-`)), nodejieba);
      const bin = path.join(copy, 'bin', 'gongwen.js');
      const reference = cli(CLI_BIN, ['terms', '--format', 'json', FIXTURE], { ...env, GONGWEN_SEGMENTER: 'nodejieba' });
      const portable = cli(bin, ['terms', '--format', 'json', FIXTURE], env);
      assert.strictEqual(portable.stderr, '', portable.stderr);
      const groups = JSON.stringify(JSON.parse(reference.stdout)).match(/"relation"/g) ?? [];
      assert.ok(groups.length >= 3, reference.stdout);
      assert.deepStrictEqual(JSON.parse(portable.stdout), JSON.parse(reference.stdout));

      const lintReference = cli(CLI_BIN, ['lint', '--format', 'json', FIXTURE], { ...env, GONGWEN_SEGMENTER: 'nodejieba' });
      const lintPortable = cli(bin, ['lint', '--format', 'json', FIXTURE], env);
      assert.strictEqual(lintPortable.stderr, '', lintPortable.stderr);
      assert.match(lintReference.stdout, /"rule": "term\./);
      assert.deepStrictEqual(JSON.parse(lintPortable.stdout), JSON.parse(lintReference.stdout));
      assert.strictEqual(lintPortable.status, lintReference.status);

      // Forcing nodejieba where it cannot load says why, in Chinese, and finds no drift.
      const forced = cli(bin, ['terms', FIXTURE], { ...env, GONGWEN_SEGMENTER: 'nodejieba' });
      assert.match(forced.stderr, /分词器不可用/);
      assert.doesNotMatch(forced.stdout, /术语不一致/);
    });
  }

  it('the language server over stdio, nodejieba absent: the same diagnostics as the server with nodejieba', async () => {
    const copy = packageCopy(fs.mkdtempSync(path.join(tmp, 'server-')), 'absent');
    const text = fs.readFileSync(path.join(FIXTURE_DIR, FIXTURE), 'utf8');
    const uri = 'file:///tmp/gongwen-portable/drift.txt';
    const run = async (serverJs: string | undefined, extra: NodeJS.ProcessEnv): Promise<Published> => {
      const client = new TestLspClient({ ...env, ...extra }, serverJs);
      await client.initialize({});
      await client.open(uri, text);
      const published = await client.waitForPublished(uri, (p) => termFindings(p).length >= 3, 30000);
      assert.deepStrictEqual(client.messages, [], 'no segmentation failure told');
      assert.strictEqual(await client.shutdown(), 0);
      return published;
    };
    const reference = await run(undefined, { GONGWEN_SEGMENTER: 'nodejieba' });
    const portable = await run(path.join(copy, 'dist', 'server.js'), {});
    assert.deepStrictEqual(comparable(portable), comparable(reference));
  });
});
