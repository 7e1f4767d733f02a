/**
 * The README's Neovim configuration in a real Neovim: `nvim --headless --clean` (filetype
 * detection on, as in any fresh install), the Lua block of the README's Editors section loaded as
 * it stands, a .txt and a .md draft opened; the server's diagnostics must reach Neovim's
 * vim.diagnostic. `.ci/run` installs Debian's `neovim` for this; without it the test fails.
 */
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../support/paths';

/** The first line of the README's Neovim block: how the test finds it. */
const MARKER = '-- ~/.config/nvim/plugin/gongwen.lua';

/** The Lua block of the README that starts with MARKER (there must be exactly one). */
export function readmeNeovimConfig(readme: string): string {
  const blocks = [...readme.matchAll(/^```lua\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).filter((b) => b.startsWith(MARKER));
  assert.strictEqual(blocks.length, 1, `README.md should hold one \`\`\`lua block starting with "${MARKER}", found ${blocks.length}`);
  return blocks[0]!;
}

interface Session {
  nvim: string;
  error?: string;
  files: Array<{
    file: string;
    filetype: string;
    clients: string[];
    arrived: boolean;
    diagnostics: Array<{ lnum: number; col: number; code?: string; source?: string; message: string; severity: number }>;
  }>;
}

// Two placeholders in prose and one inside Markdown inline code: a .txt has three, a .md two.
const DRAFT = '同志们：\n    今年投资**亿元，建设**个站点。\n    `**`要抓实。\n';

function runNeovim(dir: string, configFile: string, files: string[]): Promise<{ session?: Session; output: string }> {
  // `gongwen-language-server` as the README's cmd names it, on PATH as `npm link` would put it.
  const binDir = path.join(dir, 'bin');
  fs.mkdirSync(binDir);
  const shim = path.join(binDir, 'gongwen-language-server');
  fs.writeFileSync(shim, `#!/bin/sh\nexec '${process.execPath}' '${path.join(ROOT, 'bin', 'gongwen-language-server.js')}' "$@"\n`, { mode: 0o755 });
  const outFile = path.join(dir, 'session.json');
  const env = {
    ...process.env,
    PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`,
    HOME: dir,
    XDG_STATE_HOME: path.join(dir, 'state'),
    XDG_CACHE_HOME: path.join(dir, 'cache'),
    GONGWEN_NVIM_FILES: files.join('\n'),
    GONGWEN_NVIM_OUT: outFile,
    GONGWEN_NVIM_WAIT_MS: '8000',
  };
  const session = path.join(ROOT, 'tests', 'neovim', 'session.lua');
  const args = ['--headless', '--clean', '-c', `luafile ${configFile}`, '-c', `luafile ${session}`];
  return new Promise((resolve, reject) => {
    const child = spawn('nvim', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 25000);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('exit', () => {
      clearTimeout(timer);
      resolve({ session: fs.existsSync(outFile) ? (JSON.parse(fs.readFileSync(outFile, 'utf8')) as Session) : undefined, output });
    });
  });
}

describe('Neovim with the README configuration (headless)', function () {
  this.timeout(30000);
  let dir: string;
  let result: { session?: Session; output: string };

  before(async function () {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (version.error || version.status !== 0) {
      assert.fail(`Neovim (nvim) is not installed or does not run: ${version.error?.message ?? version.stderr}. Install Debian's package: apt-get install -y neovim (.ci/run does).`);
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-nvim-'));
    const configFile = path.join(dir, 'gongwen.lua');
    fs.writeFileSync(configFile, readmeNeovimConfig(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')));
    const drafts = ['讲话稿.txt', '讲话稿.md'].map((name) => path.join(dir, name));
    for (const draft of drafts) fs.writeFileSync(draft, DRAFT);
    result = await runNeovim(dir, configFile, drafts);
  });
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  function file(ext: string): Session['files'][number] {
    const { session, output } = result;
    assert.ok(session, `Neovim wrote no result; its output:\n${output}`);
    assert.strictEqual(session.error, undefined, `the session failed in Neovim ${session.nvim}: ${session.error}\n${output}`);
    const found = session.files.find((f) => f.file.endsWith(ext));
    assert.ok(found, `no ${ext} draft in ${JSON.stringify(session)}`);
    return found;
  }

  it('a .txt draft (filetype text) receives the placeholder diagnostics from gongwen', () => {
    const txt = file('.txt');
    assert.strictEqual(txt.filetype, 'text', 'filetype detection gives .txt the filetype text');
    assert.deepStrictEqual(txt.clients, ['gongwen'], 'the gongwen client is attached');
    assert.ok(txt.arrived, `no placeholder diagnostics within 8 s: ${JSON.stringify(txt)}\n${result.output}`);
    const placeholders = txt.diagnostics.filter((d) => d.code === 'placeholder.unfilled');
    // Neovim counts columns in bytes: 4 spaces + 今年投资 (3 bytes each) = 16.
    assert.deepStrictEqual(placeholders.map((d) => [d.lnum, d.col, d.source, d.severity]), [
      [1, 16, 'gongwen', 2],
      [1, 33, 'gongwen', 2],
      [2, 5, 'gongwen', 2],
    ]);
    assert.match(placeholders[0]!.message, /^未填写的占位符“\*\*”/);
  });

  it('a .md draft (filetype markdown) is checked as Markdown: ** in inline code is not a placeholder', () => {
    const md = file('.md');
    assert.strictEqual(md.filetype, 'markdown');
    assert.deepStrictEqual(md.clients, ['gongwen'], 'the same client serves both buffers');
    assert.ok(md.arrived, `no placeholder diagnostics within 8 s: ${JSON.stringify(md)}`);
    assert.deepStrictEqual(md.diagnostics.filter((d) => d.code === 'placeholder.unfilled').map((d) => [d.lnum, d.col, d.source]), [
      [1, 16, 'gongwen'],
      [1, 33, 'gongwen'],
    ]);
  });
});
