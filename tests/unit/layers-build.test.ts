/**
 * The layers are the compiler's to enforce (issue 18, "Declare once"): tsconfig.json is a solution
 * of projects, and a project compiles only its own files and those of the projects it references.
 * At the bottom, the core's vocabulary (server/src/core/types.ts, tsconfig.vocabulary.json: plain
 * data types) references nothing, so it cannot import the rest of the core. The analysis core
 * (server/src/core/tsconfig.json) references only the vocabulary, so an import of a layer above it
 * is error TS6307. The protocol project (server/tsconfig.protocol.json) references only the
 * vocabulary, and the client (client/tsconfig.json) only the protocol: an import of the core's code
 * (analyze.ts, its public surface index.ts, …) or of the server's lsp, cli, … from the client is
 * TS6307 too.
 *
 * Proved with the real compiler on a copy: the repository's tsconfig files and sources are copied to
 * a temporary directory, a probe module is added there, and node_modules/typescript/bin/tsc runs
 * on the project (--noEmit where the project's references allow it).
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../support/paths';

const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const CONFIGS = [
  'tsconfig.json',
  'tsconfig.base.json',
  'server/src/core/tsconfig.vocabulary.json',
  'server/src/core/tsconfig.json',
  'server/tsconfig.protocol.json',
  'server/tsconfig.json',
  'client/tsconfig.json',
];
/** Modules of the core's code (not its vocabulary), which the client must not import: the analyser, the public surface, a leaf. */
const CORE_CODE = ['analyze', 'index', 'positions'];
/** The layers above the core (server/src/<layer>), which the core's modules must not import. */
const ABOVE_CORE = ['lsp', 'cli', 'config', 'io', 'docx', 'segmentation'];

/** The module of a layer that imports the fewest others (the least for the compiler to read). */
function leafModule(dir: string): string {
  const modules = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => ({ name: f.replace(/\.ts$/, ''), imports: (fs.readFileSync(path.join(dir, f), 'utf8').match(/from '\./g) ?? []).length }))
    .sort((a, b) => a.imports - b.imports || a.name.localeCompare(b.name));
  assert.ok(modules[0], `no module in ${dir}`);
  return modules[0].name;
}

interface Compiled {
  status: number | null;
  output: string;
}

function tsc(cwd: string, ...args: string[]): Compiled {
  const r = spawnSync(process.execPath, [TSC, ...args, '--pretty', 'false'], { cwd, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** The files a build refused with TS6307 (not listed within the file list of project), relative to `dir`. */
function notListed(output: string, dir: string): Set<string> {
  const files = new Set<string>();
  for (const m of output.matchAll(/error TS6307: File '(.*?)' is not listed within the file list of project/g)) {
    files.add(path.relative(dir, m[1]!).replace(/\\/g, '/'));
  }
  return files;
}

/** A probe module that imports each of `specifiers` and uses it. */
function probeText(specifiers: readonly string[]): string {
  return `${specifiers.map((m, i) => `import * as m${i} from '${m}';`).join('\n')}\nexport const probe = [${specifiers.map((_, i) => `m${i}`).join(', ')}];\n`;
}

/** Each forbidden module is refused with TS6307, the probe's own import among them. */
function assertRefused(r: Compiled, dir: string, probeFile: string, specifiers: readonly string[]): void {
  assert.notStrictEqual(r.status, 0, r.output);
  const refused = notListed(r.output, dir);
  for (const m of specifiers) {
    const target = path.join(path.dirname(probeFile), `${m}.ts`).replace(/\\/g, '/');
    assert.ok(refused.has(target), `${target} not refused with TS6307:\n${r.output}`);
  }
  const own = r.output.split('\n').filter((l) => l.startsWith(`${probeFile}(`) && l.includes('error TS6307: '));
  assert.ok(own.length > 0, `no TS6307 on ${probeFile} itself:\n${r.output}`);
}

describe('layers enforced by the compiler (project references)', function () {
  this.timeout(180000);
  let dir = '';

  before(function () {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-layers-')));
    for (const c of CONFIGS) {
      fs.mkdirSync(path.dirname(path.join(dir, c)), { recursive: true });
      fs.copyFileSync(path.join(ROOT, c), path.join(dir, c));
    }
    for (const src of ['server/src', 'client/src']) {
      fs.cpSync(path.join(ROOT, src), path.join(dir, src), { recursive: true, filter: (p) => !/tsconfig[^/\\]*\.json$/.test(p) });
    }
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    // The core's and the protocol's reference (the vocabulary) must be built for its d.ts.
    const built = tsc(dir, '-b', 'server/src/core/tsconfig.vocabulary.json');
    assert.strictEqual(built.status, 0, built.output);
  });

  after(function () {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const probe = (file: string, text: string): void => fs.writeFileSync(path.join(dir, file), text);
  const unprobe = (file: string): void => fs.rmSync(path.join(dir, file), { force: true });

  it('the vocabulary imports nothing of the rest of the core: an import there fails the build with TS6307', function () {
    const types = path.join(dir, 'server/src/core/types.ts');
    const original = fs.readFileSync(types, 'utf8');
    fs.writeFileSync(types, `${original}\nimport { LineIndex } from './positions';\nexport const probe = LineIndex;\n`);
    try {
      const r = tsc(dir, '-p', 'server/src/core/tsconfig.vocabulary.json', '--noEmit');
      assert.notStrictEqual(r.status, 0, r.output);
      assert.ok(notListed(r.output, dir).has('server/src/core/positions.ts'), r.output);
    } finally {
      fs.writeFileSync(types, original);
    }
  });

  it('the core compiles alone, and with a probe importing the core', function () {
    probe('server/src/core/zz-probe.ts', "import type { Severity } from './types';\nexport const probe: Severity | undefined = undefined;\n");
    try {
      const r = tsc(dir, '-p', 'server/src/core', '--noEmit');
      assert.strictEqual(r.status, 0, r.output);
    } finally {
      unprobe('server/src/core/zz-probe.ts');
    }
  });

  it('an import of a layer above the core from server/src/core fails the build with TS6307', function () {
    const imports = [...ABOVE_CORE.map((l) => `../${l}/${leafModule(path.join(ROOT, 'server/src', l))}`), '../protocol'];
    probe('server/src/core/zz-probe.ts', probeText(imports));
    try {
      assertRefused(tsc(dir, '-p', 'server/src/core', '--noEmit'), dir, 'server/src/core/zz-probe.ts', imports);
    } finally {
      unprobe('server/src/core/zz-probe.ts');
    }
  });

  it('the protocol compiles on the vocabulary alone, and fails with TS6307 on an import of the core\'s code', function () {
    const built = tsc(dir, '-b', 'server/tsconfig.protocol.json');
    assert.strictEqual(built.status, 0, built.output);

    const protocol = path.join(dir, 'server/src/protocol.ts');
    const original = fs.readFileSync(protocol, 'utf8');
    fs.writeFileSync(protocol, `${original}\nexport * as probe from './core/analyze';\n`);
    try {
      const r = tsc(dir, '-p', 'server/tsconfig.protocol.json', '--noEmit');
      assert.notStrictEqual(r.status, 0, r.output);
      assert.ok(notListed(r.output, dir).has('server/src/core/analyze.ts'), r.output);
    } finally {
      fs.writeFileSync(protocol, original);
    }
  });

  it('the client compiles with a probe importing the protocol, and fails with TS6307 on the core\'s code or any other server module', function () {
    // The client's reference (the protocol project, and the vocabulary behind it) must be built for its d.ts.
    const built = tsc(dir, '-b', 'server/tsconfig.protocol.json');
    assert.strictEqual(built.status, 0, built.output);

    probe(
      'client/src/zz-probe.ts',
      "import { STRUCTURE_REQUEST, type StructureResult } from '../../server/src/protocol';\nimport type { DocType } from '../../server/src/core/types';\nexport const probe: [string, StructureResult | DocType | undefined] = [STRUCTURE_REQUEST, undefined];\n",
    );
    try {
      const legal = tsc(dir, '-p', 'client', '--noEmit');
      assert.strictEqual(legal.status, 0, legal.output);

      const core = CORE_CODE.map((m) => `../../server/src/core/${m}`);
      probe('client/src/zz-probe.ts', probeText(core));
      assertRefused(tsc(dir, '-p', 'client', '--noEmit'), dir, 'client/src/zz-probe.ts', core);

      const imports = [...['lsp', 'cli', 'config', 'segmentation'].map((l) => `../../server/src/${l}/${leafModule(path.join(ROOT, 'server/src', l))}`), '../../server/src/server'];
      probe('client/src/zz-probe.ts', probeText(imports));
      assertRefused(tsc(dir, '-p', 'client', '--noEmit'), dir, 'client/src/zz-probe.ts', imports);
    } finally {
      unprobe('client/src/zz-probe.ts');
    }
  });
});
