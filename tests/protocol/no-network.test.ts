/**
 * Nothing leaves the machine: the language server (with its segmentation child process) and the
 * CLI run a full session with every network API trapped, and no attempt is recorded.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TestLspClient } from '../support/lsp-client';
import { CLI_BIN, EXAMPLES, ROOT } from '../support/paths';

const TRAP = path.join(ROOT, 'tests', 'support', 'no-network.js');

describe('no network access, ever', function () {
  this.timeout(60000);
  let dir: string;
  let log: string;
  let env: NodeJS.ProcessEnv;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-nonet-'));
    log = path.join(dir, 'network.log');
    env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${TRAP}`.trim(), GONGWEN_NETWORK_LOG: log };
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the trap itself works: a fetch in a trapped process is recorded', () => {
    const r = spawnSync(process.execPath, ['-e', "fetch('http://127.0.0.1:9/').catch(()=>{}); require('dns').lookup('example.org', ()=>{})"], { env, encoding: 'utf8' });
    assert.notStrictEqual(r.status, 0, 'the trapped call throws');
    const lines = fs.readFileSync(log, 'utf8').trim().split('\n');
    assert.ok(lines.length >= 1 && JSON.parse(lines[0]!).api === 'fetch', lines.join('\n'));
    fs.rmSync(log);
  });

  it('a full language-server session (diagnostics, segmentation, code actions, hover, config) attempts none', async () => {
    fs.writeFileSync(path.join(dir, '.gongwenrc.json'), '{ "phrases": [{ "pattern": "该局", "replacement": "县农业农村局" }] }');
    const client = new TestLspClient(env);
    await client.initialize({ workspace: { configuration: true } });
    for (const name of fs.readdirSync(EXAMPLES)) {
      const file = path.join(dir, name);
      fs.copyFileSync(path.join(EXAMPLES, name), file);
      const uri = pathToFileURL(file).toString();
      await client.open(uri, fs.readFileSync(file, 'utf8') + '\n该局负责。区委区政府和区委、区政府。\n', name.endsWith('.md') ? 'markdown' : 'plaintext');
      const p = await client.waitForPublished(uri);
      const d = p.diagnostics[0];
      if (d) {
        await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
        await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: (d.range as { start: { line: number; character: number } }).start });
      }
      await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '【草稿】' }]);
      await client.waitForPublished(uri, (x) => x.version === 2);
    }
    // Give the segmentation child time to load its dictionaries and answer.
    await new Promise((r) => setTimeout(r, 3000));
    assert.strictEqual(await client.shutdown(), 0);
    assert.strictEqual(fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '', '');
  });

  it('the CLI over every sample attempts none', () => {
    const r = spawnSync(process.execPath, [CLI_BIN, 'lint', '--format', 'json', EXAMPLES], { env, encoding: 'utf8' });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.strictEqual(fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '', '');
  });
});
