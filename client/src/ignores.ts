/**
 * 忽略此处 in VS Code: the server keeps each ignore outside the text (a plain-text draft is printed
 * as it is) and tells the client (`gongwen/ignores` { uri, ignores }); the client keeps them in the
 * workspace state and gives them back each time it starts the server (initializationOptions.ignores),
 * so that an ignored finding stays ignored after a reload. See server/src/lsp/ignores.ts.
 */
import type * as vscode from 'vscode';
// The Node and the browser client alike (extension.ts, browserClient.ts).
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { IGNORES_NOTIFICATION } from '../../server/src/protocol';

const KEY = 'gongwen.ignores';
/** Documents whose ignores are kept; the ones changed longest ago go first. */
const MAX_DOCUMENTS = 2000;

type Stored = Record<string, unknown[]>;

/** The ignores kept from earlier sessions, per document URI. */
export function storedIgnores(context: vscode.ExtensionContext): Stored {
  const value = context.workspaceState.get<unknown>(KEY);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Stored) : {};
}

/** Keeps what the server reports; call before the client starts. */
export function registerIgnores(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    client.onNotification(IGNORES_NOTIFICATION, async (p: { uri?: unknown; ignores?: unknown }) => {
      if (typeof p?.uri !== 'string' || !Array.isArray(p.ignores)) return;
      const all: Stored = { ...storedIgnores(context) };
      delete all[p.uri];
      if (p.ignores.length > 0) all[p.uri] = p.ignores;
      const uris = Object.keys(all);
      for (const old of uris.slice(0, Math.max(0, uris.length - MAX_DOCUMENTS))) delete all[old];
      await context.workspaceState.update(KEY, all);
    }),
  );
}
