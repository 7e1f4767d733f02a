/**
 * "加入术语表": a drift finding's chosen form and the variant become an entry of the nearest
 * .gongwenrc.json (`terms`), created beside the document if there is none. The edit goes through
 * workspace/applyEdit, so the writer sees and saves it; once saved, term.nonstandard takes over.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { modify } from 'jsonc-parser';
import type { Connection, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { LineIndex } from '../core';
import { CONFIG_FILE_NAME, findConfigPath } from '../config/configFile';

export const ADD_TO_GLOSSARY = 'gongwen.addToGlossary';

/** The edit that adds { canonical, variants: [variant] } to the config file for a document. */
export function glossaryEdit(documentPath: string, canonical: string, variant: string): WorkspaceEdit {
  const configPath = findConfigPath(documentPath) ?? path.join(path.dirname(documentPath), CONFIG_FILE_NAME);
  const uri = pathToFileURL(configPath).toString();
  const entry = { canonical, variants: [variant] };
  if (!fs.existsSync(configPath)) {
    const text = `${JSON.stringify({ terms: [entry] }, null, 2)}\n`;
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
      ],
    };
  }
  const text = fs.readFileSync(configPath, 'utf8');
  const lines = new LineIndex(text);
  const edits: TextEdit[] = modify(text, ['terms', -1], entry, { formattingOptions: { insertSpaces: true, tabSize: 2 } }).map((e) => ({
    range: lines.rangeAt(e.offset, e.offset + e.length),
    newText: e.content,
  }));
  return { changes: { [uri]: edits } };
}

export async function addToGlossary(connection: Connection, args: unknown[] | undefined): Promise<boolean> {
  const [uri, canonical, variant] = args ?? [];
  if (typeof uri !== 'string' || !uri.startsWith('file:') || typeof canonical !== 'string' || typeof variant !== 'string') return false;
  const result = await connection.workspace.applyEdit({ label: `术语表：以“${canonical}”为准`, edit: glossaryEdit(fileURLToPath(uri), canonical, variant) });
  return result.applied;
}
