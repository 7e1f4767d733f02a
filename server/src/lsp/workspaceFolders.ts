/**
 * The client's workspace folders, as file system paths (innermost first when nested): where the
 * search for .gongwenrc.json stops, where 加入术语表 may write, and what the Word export may read
 * from and write to without the user choosing the place. Given at initialization (folders, or the
 * root) and kept up to date by workspace/didChangeWorkspaceFolders.
 */
import * as path from 'path';
import { fileURLToPath } from 'url';
import type { InitializeParams } from 'vscode-languageserver/node';

export class WorkspaceFolders {
  private uris: string[] = [];
  private list: string[] = [];

  initialize(params: InitializeParams): void {
    this.set(params.workspaceFolders ? params.workspaceFolders.map((f) => f.uri) : params.rootUri ? [params.rootUri] : []);
  }

  /** workspace/didChangeWorkspaceFolders. */
  change(added: readonly string[], removed: readonly string[]): void {
    this.set([...this.uris.filter((u) => !removed.includes(u)), ...added]);
  }

  get paths(): readonly string[] {
    return this.list;
  }

  private set(uris: readonly string[]): void {
    this.uris = [...uris];
    this.list = pathsOf(uris)
      .map((p) => path.resolve(p))
      .sort((a, b) => b.length - a.length);
  }
}

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
