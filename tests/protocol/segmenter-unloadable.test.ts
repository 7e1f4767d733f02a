/**
 * nodejieba made unloadable in the repository's own server and CLI, as CI runs the in-host suite
 * and the browser end to end once (tests/support/without-nodejieba.mjs): tests/support/no-nodejieba.js
 * preloaded through NODE_OPTIONS makes Node answer every require of nodejieba with MODULE_NOT_FOUND,
 * in the server and in the segmentation process it starts. Nothing forces a backend: the automatic
 * choice falls back, the 送审前检查 result names the portable backend, the refused require is
 * recorded, and the drift findings are those of the server with nodejieba — on the labelled drift
 * set too (tests/fixtures/terms: its 51 cases, glossary ones with their .gongwenrc.json, and the
 * clean texts).
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CheckResult } from '../../server/src/protocol';
import { TestLspClient, type Published } from '../support/lsp-client';
import { CLI_BIN, FIXTURES, ROOT } from '../support/paths';

const SHIM = path.join(ROOT, 'tests', 'support', 'no-nodejieba.js');
const DRIFT = fs.readFileSync(path.join(FIXTURES, 'segmentation', 'drift-portable.txt'), 'utf8');

const termFindings = (p: Published) => p.diagnostics.filter((d) => String(d.code).startsWith('term.'));
const comparable = (p: Published) => termFindings(p).map((d) => ({ code: d.code, range: d.range, message: d.message })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('nodejieba unloadable (MODULE_NOT_FOUND in every process): the automatic fallback', function () {
  this.timeout(90000);
  let tmp: string;
  let log: string;
  const plain = { ...process.env };
  delete plain.GONGWEN_SEGMENTER;
  delete plain.NODE_OPTIONS;
  const unloadable = (): NodeJS.ProcessEnv => ({ ...plain, NODE_OPTIONS: `--require=${SHIM}`, GONGWEN_NODEJIEBA_LOG: log });
  const refused = () => fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { request: string; from?: string });
  before(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-unloadable-'))));
  beforeEach(() => {
    log = path.join(tmp, `refused-${Date.now()}.jsonl`);
    fs.writeFileSync(log, '');
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  async function serve(env: NodeJS.ProcessEnv): Promise<{ check: CheckResult | null; published: Published }> {
    const client = new TestLspClient(env);
    try {
      await client.initialize({});
      const draft = 'file:///tmp/gongwen-unloadable/请示草稿.txt';
      await client.open(draft, fs.readFileSync(path.join(FIXTURES, 'check', 'request-draft.txt'), 'utf8'));
      const check = await client.connection.sendRequest<CheckResult | null>('gongwen/check', { uri: draft });
      const uri = 'file:///tmp/gongwen-unloadable/drift.txt';
      await client.open(uri, DRIFT);
      const published = await client.waitForPublished(uri, (p) => termFindings(p).length >= 3, 30000);
      assert.deepStrictEqual(client.messages, [], 'no segmentation failure told');
      return { check, published };
    } finally {
      assert.strictEqual(await client.shutdown(), 0);
    }
  }

  it('the language server: the 送审前检查 result names the portable backend, with the drift findings of nodejieba', async () => {
    const reference = await serve(plain);
    assert.strictEqual(reference.check?.segmenter, 'nodejieba', 'nodejieba loads here when nothing stops it');
    assert.deepStrictEqual(refused(), []);

    const fallback = await serve(unloadable());
    assert.strictEqual(fallback.check?.segmenter, 'portable');
    assert.strictEqual(fallback.check.pendingWords, false);
    const requests = refused();
    assert.ok(requests.some((r) => r.request === 'nodejieba' && /segmenter\.js$/.test(r.from ?? '')), JSON.stringify(requests));
    assert.deepStrictEqual(comparable(fallback.published), comparable(reference.published));
  });

  it('the CLI: the same lint output as with nodejieba, nothing said on stderr', () => {
    const run = (env: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, [CLI_BIN, 'lint', '--format', 'json', 'drift-portable.txt'], { cwd: path.join(FIXTURES, 'segmentation'), env, encoding: 'utf8', timeout: 60000 });
    const reference = run(plain);
    const fallback = run(unloadable());
    assert.strictEqual(fallback.stderr, '', fallback.stderr);
    assert.match(fallback.stdout, /"rule": "term\./);
    assert.deepStrictEqual(JSON.parse(fallback.stdout), JSON.parse(reference.stdout));
    assert.ok(refused().some((r) => r.request === 'nodejieba'), 'the CLI asked for nodejieba and was refused');
  });

  it('the labelled drift set: the same groups as with nodejieba, case by case (CLI gongwen terms)', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'labelled-'));
    const labelled = path.join(FIXTURES, 'terms');
    const { cases } = JSON.parse(fs.readFileSync(path.join(labelled, 'drift-cases.json'), 'utf8')) as { cases: Array<{ id: string; text: string; terms?: unknown[] }> };
    for (const c of cases) {
      // A case with its own glossary gets a folder with that glossary in .gongwenrc.json.
      const folder = c.terms ? path.join(dir, `glossary-${c.id}`) : dir;
      fs.mkdirSync(folder, { recursive: true });
      if (c.terms) fs.writeFileSync(path.join(folder, '.gongwenrc.json'), JSON.stringify({ terms: c.terms }));
      fs.writeFileSync(path.join(folder, `${c.id}.txt`), c.text);
    }
    for (const f of fs.readdirSync(labelled).filter((f) => f.endsWith('.txt'))) fs.copyFileSync(path.join(labelled, f), path.join(dir, f));
    const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [CLI_BIN, 'terms', '--format', 'json', '.'], { cwd: dir, env, encoding: 'utf8', timeout: 90000 });
    const reference = run(plain);
    const fallback = run(unloadable());
    assert.strictEqual(fallback.stderr, '', fallback.stderr);
    assert.ok(refused().some((r) => r.request === 'nodejieba'), 'the CLI asked for nodejieba and was refused');
    const files = JSON.parse(reference.stdout) as unknown[];
    assert.ok(files.length >= cases.length, `every case was read: ${files.length}`);
    assert.ok((reference.stdout.match(/"relation"/g) ?? []).length >= 40, 'the labelled set has its groups');
    assert.deepStrictEqual(JSON.parse(fallback.stdout), files);
  });
});
