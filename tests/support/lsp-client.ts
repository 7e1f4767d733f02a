/**
 * A minimal LSP client for protocol tests: spawns the real bundled server over stdio and speaks
 * JSON-RPC to it, recording what the server pushes and answering what it asks.
 */
import { spawn, type ChildProcess } from 'child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { SERVER_JS } from './paths';

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Array<{ range: unknown; code?: unknown; source?: string; message: string; severity?: number; data?: unknown }>;
}

export class TestLspClient {
  readonly published: Published[] = [];
  readonly shown: unknown[] = [];
  /** workspace/applyEdit requests the server made. */
  readonly applied: unknown[] = [];
  readonly messages: Array<{ type: number; message: string }> = [];
  /** What workspace/configuration answers for the `gongwen` section. */
  configuration: unknown = null;
  private readonly process: ChildProcess;
  readonly connection: MessageConnection;
  private stderr = '';
  private exitCode: number | null | undefined;

  /** `serverJs`: another copy of the bundled server (e.g. a package without nodejieba). */
  constructor(env: NodeJS.ProcessEnv = process.env, serverJs: string = SERVER_JS) {
    this.process = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
    this.process.stderr?.on('data', (d: Buffer) => (this.stderr += d.toString()));
    // If the server dies, pending requests fail at once instead of timing out.
    this.process.once('exit', (code) => {
      this.exitCode = code;
      this.connection.dispose();
    });
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (p: Published) => this.published.push(p));
    this.connection.onNotification('window/showMessage', (p: { type: number; message: string }) => this.messages.push(p));
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.configuration));
    this.connection.onRequest('window/showDocument', (p: unknown) => {
      this.shown.push(p);
      return { success: true };
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/applyEdit', (p: unknown) => {
      this.applied.push(p);
      return { applied: true };
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.listen();
  }

  async initialize(capabilities: object, initializationOptions?: unknown): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities,
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'plaintext', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: unknown[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  /** Waits until a publication for `uri` satisfies `accept`, polling; fails with what arrived. */
  async waitForPublished(uri: string, accept: (p: Published) => boolean = () => true, timeoutMs = 10000): Promise<Published> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = [...this.published].reverse().find((p) => p.uri === uri && accept(p));
      if (match) return match;
      if (this.exitCode !== undefined) throw new Error(`server exited (${this.exitCode}) while waiting for ${uri}\nserver stderr: ${this.stderr}`);
      if (Date.now() > deadline) {
        throw new Error(`no matching publishDiagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(this.published.filter((p) => p.uri === uri))}\nserver stderr: ${this.stderr}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async shutdown(): Promise<number | null> {
    if (this.exitCode !== undefined) return this.exitCode;
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.process.kill();
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
