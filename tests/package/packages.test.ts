/**
 * The VS Code packages `npm run package` builds (scripts/package.mjs, issue 22): one .vsix per
 * desktop target and one for VS Code for the Web (`web`, whose browser entry starts the web worker
 * server: every package carries it). Each names its target in its manifest, carries the bundles, the dictionaries and a
 * segmentation backend that loads on its platform, and stays under a size bound. linux-x64 carries
 * nodejieba (an x86-64 ELF binary) besides the portable backend; every other package carries no
 * native file at all and differs from the others only in its target. Each kind is unpacked and its
 * own language server started: the 送审前检查 result names the backend that served — nodejieba in
 * the linux-x64 package, the portable one in the others (no node_modules beside them).
 *
 * Run after `npm run package`: npm run test:package.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CheckResult } from '../../server/src/protocol';
import { TestLspClient } from '../support/lsp-client';
import { FIXTURES, ROOT } from '../support/paths';
import { readZip } from '../support/zip';

const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');
const TARGETS = ['linux-x64', 'linux-arm64', 'linux-armhf', 'alpine-x64', 'alpine-arm64', 'win32-x64', 'win32-arm64', 'darwin-x64', 'darwin-arm64', 'web'];
const NATIVE = 'linux-x64';
/**
 * Each desktop package is 2.25 MiB (linux-x64 2.35 MiB) minified: dictionaries 1.9 MiB and bundles
 * 3.4 MiB before compression. The bound leaves room for the web worker server's bundle, which
 * carries the dictionaries again as texts, not for sources, maps or node_modules.
 */
const MAX_BYTES = 4 * 2 ** 20;
const REQUIRED = [
  'extension/package.json',
  'extension/dist/client.js',
  'extension/dist/server.js',
  'extension/dist/segmenter.js',
  'extension/dist/cli.js',
  'extension/dist/docx.js',
  'extension/dist/browserClient.js',
  'extension/dist/browserServer.js',
  'extension/bin/gongwen.js',
  'extension/dict/gongwen.dict.utf8',
  'extension/dict/jieba.compact.dict.utf8',
  'extension/dict/hmm_model.utf8',
  'extension/dict/jieba.user.dict.utf8',
  'extension/dict/idf.compact.utf8',
  'extension/schemas/gongwenrc.schema.json',
  'extension/snippets/gongwen.code-snippets',
];
const NODEJIEBA = 'extension/node_modules/nodejieba/build/Release/nodejieba.node';

interface Listed {
  file: string;
  target: string;
  backend: string;
  bytes: number;
}

function listed(): Listed[] {
  const file = path.join(ARTIFACTS, 'packages.json');
  assert.ok(fs.existsSync(file), `no ${file}: run npm run package first`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Listed[];
}

function unpack(files: Map<string, Buffer>, dir: string): string {
  for (const [name, data] of files) {
    if (name.endsWith('/')) continue;
    const to = path.join(dir, name);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.writeFileSync(to, data);
  }
  return path.join(dir, 'extension');
}

/** The backend the unpacked package's own server names in its 送审前检查 result. */
async function backendOf(extension: string): Promise<string | undefined> {
  const env = { ...process.env };
  for (const k of ['GONGWEN_SEGMENTER', 'NODE_PATH', 'NODE_OPTIONS', 'GONGWEN_USER_DICTIONARY', 'GONGWEN_MAIN_DICTIONARY']) delete env[k];
  const client = new TestLspClient(env, path.join(extension, 'dist', 'server.js'));
  try {
    await client.initialize({});
    const uri = 'file:///tmp/gongwen-package/请示草稿.txt';
    await client.open(uri, fs.readFileSync(path.join(FIXTURES, 'check', 'request-draft.txt'), 'utf8'));
    const result = await client.connection.sendRequest<CheckResult | null>('gongwen/check', { uri });
    assert.strictEqual(result?.verdict, 'not-ready');
    assert.strictEqual(result.pendingWords, false, 'the words came');
    assert.deepStrictEqual(client.messages, [], 'no segmentation failure told');
    return result.segmenter;
  } finally {
    assert.strictEqual(await client.shutdown(), 0);
  }
}

describe('VS Code packages: one per target, each with a backend that loads there', function () {
  this.timeout(120000);
  let tmp: string;
  before(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-packages-'))));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('npm run package listed one package per target, with its backend and size', () => {
    const packages = listed();
    assert.deepStrictEqual(packages.map((p) => p.target), TARGETS);
    for (const p of packages) {
      assert.strictEqual(p.file, path.join('tests', 'artifacts', `gongwen-${p.target}.vsix`));
      assert.strictEqual(p.bytes, fs.statSync(path.join(ROOT, p.file)).size, `${p.file}: the size listed is the file's`);
      assert.match(p.backend, p.target === NATIVE ? /^nodejieba/ : p.target === 'web' ? /^portable \(web worker\)$/ : /^portable$/);
    }
  });

  for (const target of TARGETS) {
    it(`${target}: its target in the manifest, the bundles and dictionaries, ${target === NATIVE ? 'nodejieba for x86-64' : 'no native file'}, under ${MAX_BYTES / 2 ** 20} MiB`, () => {
      const vsix = path.join(ARTIFACTS, `gongwen-${target}.vsix`);
      const bytes = fs.statSync(vsix).size;
      assert.ok(bytes < MAX_BYTES, `${vsix}: ${bytes} bytes`);
      const files = readZip(fs.readFileSync(vsix));
      const manifest = files.get('extension.vsixmanifest')?.toString('utf8') ?? '';
      assert.match(manifest, new RegExp(`<Identity [^>]*TargetPlatform="${target}"`));
      for (const f of REQUIRED) assert.ok(files.has(f), `${target} lacks ${f}`);
      const pkg = JSON.parse(files.get('extension/package.json')!.toString('utf8')) as { main: string };
      assert.ok(files.has(path.posix.join('extension', pkg.main)), `the entry point ${pkg.main}`);
      for (const name of files.keys()) {
        assert.doesNotMatch(name, /^extension\/(tests|out|server|scripts)\/|\.map$|\.ts$/, `${target} ships ${name}`);
      }
      const native = [...files.keys()].filter((n) => n.endsWith('.node'));
      if (target === NATIVE) {
        assert.deepStrictEqual(native, [NODEJIEBA]);
        const elf = files.get(NODEJIEBA)!;
        assert.strictEqual(elf.subarray(0, 4).toString('latin1'), '\x7fELF');
        assert.strictEqual(elf.readUInt16LE(18), 0x3e, 'e_machine x86-64');
      } else {
        assert.deepStrictEqual(native, [], `${target} carries a native file`);
        assert.deepStrictEqual([...files.keys()].filter((n) => n.startsWith('extension/node_modules/')), []);
      }
    });
  }

  it('the portable packages differ only in their target', () => {
    const contents = (target: string): Map<string, Buffer> => {
      const files = readZip(fs.readFileSync(path.join(ARTIFACTS, `gongwen-${target}.vsix`)));
      files.delete('extension.vsixmanifest');
      return files;
    };
    const [first, ...rest] = TARGETS.filter((t) => t !== NATIVE);
    const reference = contents(first!);
    for (const target of rest) {
      const files = contents(target);
      assert.deepStrictEqual([...files.keys()].sort(), [...reference.keys()].sort(), target);
      for (const [name, data] of files) assert.ok(data.equals(reference.get(name)!), `${target}: ${name} differs from ${first}'s`);
    }
  });

  it(`unpacked, the ${NATIVE} package's server segments with nodejieba and a portable package's with the portable backend`, async () => {
    const native = unpack(readZip(fs.readFileSync(path.join(ARTIFACTS, `gongwen-${NATIVE}.vsix`))), path.join(tmp, NATIVE));
    assert.strictEqual(await backendOf(native), 'nodejieba');
    const portable = unpack(readZip(fs.readFileSync(path.join(ARTIFACTS, 'gongwen-win32-x64.vsix'))), path.join(tmp, 'win32-x64'));
    assert.ok(!fs.existsSync(path.join(portable, 'node_modules')));
    assert.strictEqual(await backendOf(portable), 'portable');
  });
});
