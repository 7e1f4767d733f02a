/**
 * The client's workspace folders, as file system paths: what the Word export may read from and
 * write to without the user choosing the place (lsp/docx.ts). Asked of the client at each use when
 * it can answer (workspace/workspaceFolders), so folders added or removed since start-up count;
 * otherwise the folders (or the root) it gave at initialization.
 */
import { fileURLToPath } from 'url';
import type { Connection, InitializeParams } from 'vscode-languageserver/node';

function pathsOf(uris: ReadonlyArray<string | null | undefined>): string[] {
  const paths: string[] = [];
  for (const uri of uris) {
    if (!uri?.startsWith('file:')) continue;
    try {
      paths.push(fileURLToPath(uri));
    } catch {
      // Not a local file URI (a UNC host on POSIX, say): not a folder here.
    }
  }
  return paths;
}

export class WorkspaceFolders {
  private initial: string[] = [];
  private canAsk = false;

  constructor(private readonly connection: Connection) {}

  initialize(params: InitializeParams): void {
    this.canAsk = params.capabilities.workspace?.workspaceFolders === true;
    this.initial = params.workspaceFolders ? pathsOf(params.workspaceFolders.map((f) => f.uri)) : pathsOf([params.rootUri]);
  }

  async paths(): Promise<string[]> {
    if (!this.canAsk) return this.initial;
    try {
      const folders = await this.connection.workspace.getWorkspaceFolders();
      return pathsOf((folders ?? []).map((f) => f.uri));
    } catch {
      return this.initial;
    }
  }
}
