/**
 * The npm package of the CLI (issue 22: it installs without a compiler). package.json's "files" list
 * packs the bins, the bundles, the dictionaries and the data the CLI reads, nothing of the sources
 * or the tests; everything but nodejieba is bundled, so the package has no dependency to download
 * and nodejieba is optional. Installed from the packed tarball offline, with an empty npm cache and
 * --omit=optional (as where nodejieba's build fails), `gongwen lint` finds the terminology drift of
 * a fixture with the portable backend, as `gongwen lint` from the repository does.
 *
 * Packs the dist/ that `npm test`'s pretest built (--ignore-scripts: prepack would rebuild it).
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CLI_BIN, FIXTURES, ROOT } from '../support/paths';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const FIXTURE_DIR = path.join(FIXTURES, 'segmentation');
const FIXTURE = 'drift-portable.txt';

function npm(args: string[], cwd: string): string {
  const r = spawnSync(NPM, args, { cwd, encoding: 'utf8', timeout: 180000, env: { ...process.env, npm_config_update_notifier: 'false' } });
  assert.strictEqual(r.status, 0, `npm ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

interface Packed {
  filename: string;
  size: number;
  files: Array<{ path: string }>;
}

describe('the npm package of the CLI', function () {
  this.timeout(240000);
  let tmp: string;
  before(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-npm-'))));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('packs the bins, the bundles, dict/ and the data, and nothing of the sources or tests', () => {
    const [packed] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT)) as Packed[];
    const files = packed!.files.map((f) => f.path).sort();
    const dict = fs.readdirSync(path.join(ROOT, 'dict')).map((f) => `dict/${f}`);
    assert.ok(dict.length >= 5, dict.join(' '));
    for (const f of ['package.json', 'README.md', 'LICENSE', 'bin/gongwen.js', 'bin/gongwen-language-server.js', 'dist/cli.js', 'dist/server.js', 'dist/segmenter.js', 'dist/docx.js', 'schemas/gongwenrc.schema.json', ...dict]) {
      assert.ok(files.includes(f), `the package lacks ${f}`);
    }
    const stray = files.filter((f) => /^(tests|out|server|scripts|node_modules|docs|\.ci)\/|^client\/src\/|\.map$|\.ts$|\.vsix$|^tsconfig/.test(f));
    assert.deepStrictEqual(stray, []);
    assert.ok(packed!.size < 8 * 2 ** 20, `${packed!.size} bytes packed`);
  });

  it('needs no download but the optional nodejieba: everything else is bundled', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    assert.deepStrictEqual(Object.keys(pkg.dependencies ?? {}), []);
    assert.deepStrictEqual(Object.keys(pkg.optionalDependencies ?? {}), ['nodejieba']);
    // The bundles require Node's own modules, nodejieba (which may be missing) and, for the editor, vscode.
    for (const bundle of ['cli.js', 'server.js', 'segmenter.js', 'docx.js']) {
      const text = fs.readFileSync(path.join(ROOT, 'dist', bundle), 'utf8');
      const required = new Set([...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!));
      const foreign = [...required].filter((m) => !m.startsWith('.') && !m.startsWith('node:') && m !== 'nodejieba' && !(require('module') as { builtinModules: string[] }).builtinModules.includes(m));
      assert.deepStrictEqual(foreign, [], `${bundle} requires modules that are not installed with it`);
    }
  });

  it('installed from the tarball offline without nodejieba, `gongwen lint` finds the drift with the portable backend', () => {
    const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], ROOT)) as Packed[];
    const app = path.join(tmp, 'app');
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
    // An empty cache and --offline: nothing may need a download.
    npm(['install', '--offline', '--cache', path.join(tmp, 'empty-cache'), '--omit=optional', '--no-audit', '--no-fund', '--ignore-scripts', path.join(tmp, packed!.filename)], app);
    const installed = path.join(app, 'node_modules', 'gongwen');
    assert.ok(fs.existsSync(path.join(installed, 'dist', 'cli.js')));
    assert.ok(!fs.existsSync(path.join(app, 'node_modules', 'nodejieba')), 'nodejieba was left out');
    const bin = path.join(app, 'node_modules', '.bin', process.platform === 'win32' ? 'gongwen.cmd' : 'gongwen');
    const env = { ...process.env };
    delete env.GONGWEN_SEGMENTER;
    const lint = (command: string, args: string[]) => spawnSync(command, [...args, 'lint', '--format', 'json', FIXTURE], { cwd: FIXTURE_DIR, env, encoding: 'utf8', timeout: 60000 });
    const installedRun = lint(bin, []);
    assert.strictEqual(installedRun.stderr, '', installedRun.stderr);
    assert.match(installedRun.stdout, /"rule": "term\./);
    const reference = lint(process.execPath, [CLI_BIN]);
    assert.deepStrictEqual(JSON.parse(installedRun.stdout), JSON.parse(reference.stdout));
    assert.strictEqual(installedRun.status, reference.status);
    // Nothing but the package itself was installed.
    assert.deepStrictEqual(fs.readdirSync(path.join(app, 'node_modules')).filter((d) => !d.startsWith('.')), ['gongwen']);
  });
});
