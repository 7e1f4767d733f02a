/**
 * How the real VS Code client starts the language server: with the node options protocol.ts
 * declares (V8 reads them only when the process starts, so only the launcher can give them), read
 * from the running server process's command line.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { SERVER_EXEC_ARGV } from '../../../server/src/protocol';
import { activateExtension, closeAllEditors, openFixture, placeholderDiagnostics, serverPids, waitFor } from './helpers';

describe('the language server process', function () {
  this.timeout(60000);
  before(activateExtension);
  after(closeAllEditors);

  it('runs with SERVER_EXEC_ARGV before the server script', async () => {
    const editor = await openFixture('draft.txt');
    await waitFor('placeholders of draft.txt', () => placeholderDiagnostics(editor.document.uri).length || undefined);
    const pid = await waitFor('the language server process', () => serverPids()[0]);
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const server = args.findIndex((a) => /dist[/\\]server\.js$/.test(a));
    assert.ok(server > 0, `the server script in ${JSON.stringify(args)}`);
    for (const option of SERVER_EXEC_ARGV) assert.ok(args.slice(0, server).includes(option), `${option} before the script in ${JSON.stringify(args)}`);
  });
});
