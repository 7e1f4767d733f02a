// A small stdio LSP driver for the benchmark (the tests have their own in TypeScript).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');

/** The options the VS Code client starts the server's node with (server/src/protocol.ts SERVER_EXEC_ARGV). */
export const CLIENT_NODE_ARGS = ['--max-semi-space-size=8'];

export class Server {
  /**
   * nodeArgs: more options for the server's node, after the client's (e.g. --heapsnapshot-signal=SIGUSR2
   * to study memory; a later --max-semi-space-size wins).
   */
  constructor(serverJs, settings, nodeArgs = []) {
    this.started = performance.now();
    this.proc = spawn(process.execPath, [...CLIENT_NODE_ARGS, ...nodeArgs, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.conn = rpc.createMessageConnection(new rpc.StreamMessageReader(this.proc.stdout), new rpc.StreamMessageWriter(this.proc.stdin));
    this.listeners = [];
    this.conn.onNotification('textDocument/publishDiagnostics', (p) => {
      const at = performance.now();
      for (const l of [...this.listeners]) l(p, at);
    });
    this.conn.onNotification('window/showMessage', () => {});
    this.conn.onNotification('window/logMessage', () => {});
    this.conn.onRequest('workspace/configuration', (p) => p.items.map(() => settings));
    this.conn.listen();
  }

  async initialize() {
    await this.conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    await this.conn.sendNotification('initialized', {});
  }

  /** Resolves with the time of the first publication for `uri` that satisfies `accept`. */
  waitFor(uri, accept) {
    return new Promise((resolve) => {
      const l = (p, at) => {
        if (p.uri === uri && accept(p)) {
          this.listeners.splice(this.listeners.indexOf(l), 1);
          resolve({ at, p });
        }
      };
      this.listeners.push(l);
    });
  }

  /**
   * Types one character ('好') at `line`:`character` as edit `version` of `uri`, and resolves with
   * the time from sending it to the publication of that version ({ ms, p }).
   */
  async typeCharacter(uri, version, line, character) {
    const published = this.waitFor(uri, (p) => p.version === version);
    const t = performance.now();
    await this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: '好' }],
    });
    const { at, p } = await published;
    return { ms: at - t, p };
  }

  async stop() {
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      this.proc.kill();
    }
    this.conn.dispose();
  }
}
