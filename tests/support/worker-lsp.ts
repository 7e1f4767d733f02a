/**
 * A JSON-RPC connection to a language server running as a web worker (dist/browserServer.js),
 * started in a Node worker thread with a browser's worker globals (tests/support/browser-worker.js).
 */
import * as path from 'path';
import { Worker } from 'worker_threads';
import { AbstractMessageReader, AbstractMessageWriter, createMessageConnection, type DataCallback, type Disposable, type Message, type MessageConnection } from 'vscode-jsonrpc/node';
import { ROOT } from './paths';

export const BROWSER_SERVER_JS = path.join(ROOT, 'dist', 'browserServer.js');

class WorkerReader extends AbstractMessageReader {
  constructor(private readonly worker: Worker) {
    super();
    worker.on('error', (e) => this.fireError(e));
    worker.on('exit', () => this.fireClose());
  }

  listen(callback: DataCallback): Disposable {
    const listener = (data: Message): void => callback(data);
    this.worker.on('message', listener);
    return { dispose: () => this.worker.off('message', listener) };
  }
}

class WorkerWriter extends AbstractMessageWriter {
  constructor(private readonly worker: Worker) {
    super();
  }

  async write(message: Message): Promise<void> {
    this.worker.postMessage(message);
  }

  end(): void {}
}

export interface WorkerServer {
  connection: MessageConnection;
  worker: Worker;
  /** Errors thrown in the worker. */
  errors: Error[];
  stop(): Promise<void>;
}

export function startWorkerServer(script: string = BROWSER_SERVER_JS): WorkerServer {
  const worker = new Worker(path.join(ROOT, 'tests', 'support', 'browser-worker.js'), { workerData: { script } });
  const errors: Error[] = [];
  worker.on('error', (e) => errors.push(e));
  const connection = createMessageConnection(new WorkerReader(worker), new WorkerWriter(worker));
  // If the worker dies, pending requests fail at once (with its error) instead of timing out.
  worker.once('exit', () => {
    if (errors.length > 0) console.error(`web worker server failed: ${errors.map((e) => e.stack ?? e.message).join('\n')}`);
    connection.dispose();
  });
  connection.listen();
  return {
    connection,
    worker,
    errors,
    stop: async () => {
      connection.dispose();
      await worker.terminate();
    },
  };
}
