/**
 * "加入术语表": a drift finding's chosen form and the variant become an entry of the nearest
 * .gongwenrc.json (`terms`), created beside the document if there is none. The edit goes through
 * workspace/applyEdit, so the writer sees and saves it; once saved, term.nonstandard takes over.
 * "加入词典" (as cspell's "add to dictionary"): the flagged text of a typo.* finding becomes an
 * item of the same file's `words` the same way; once saved, no typo.* finding lies inside it.
 * Both are one addition to a list of the config (configListEdit).
 *
 * The command's arguments come from the client, so they are not trusted: the document must be
 * open, and the config written must be inside the document's workspace folder (for a client
 * without workspace folders: inside the folders the config search may look in, see
 * configFile.ts findConfig) — never a file elsewhere, nor one a symlink leads elsewhere. The
 * existing file is read within the same limits as for checking.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { modify, parse } from 'jsonc-parser';
import { MessageType, ShowMessageNotification, type Connection, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { LineIndex, settingEntry } from '../core';
import { CONFIG_FILE_NAME, findConfig, MAX_CONFIG_BYTES, MAX_NESTING, tooDeepAt, type SearchBounds } from '../config/configFile';
import { isWithin } from '../io/paths';
import { readRegularText } from '../io/readFile';

export { ADD_TO_DICTIONARY, ADD_TO_GLOSSARY } from '../protocol';

/** What the command needs to know of the session. */
export interface GlossaryContext {
  /** The client's workspace folders (paths); empty when it has none. */
  workspaceFolders: readonly string[];
  /** The config search's bounds (as for checking). */
  bounds: SearchBounds;
  /** The document is open in the client. */
  isOpen(uri: string): boolean;
}

export type GlossaryPlan = { ok: true; edit: WorkspaceEdit; configPath: string } | { ok: false; reason: string };

function realInside(file: string, folder: string): boolean {
  try {
    return isWithin(fs.realpathSync(file), fs.realpathSync(folder));
  } catch {
    return false;
  }
}

/** One item added to a list of `.gongwenrc.json`: the key, the item, and what the list is called (in messages). */
export interface ListAddition {
  key: 'terms' | 'words';
  item: unknown;
  /** 术语表, 词典. */
  name: string;
}

/**
 * The edit that adds { canonical, variants: [variant] } to the config file for a document, or
 * why it is refused (in Chinese).
 */
export function glossaryEdit(documentPath: string, canonical: string, variant: string, bounds: SearchBounds = { workspaceFolders: [] }): GlossaryPlan {
  return configListEdit(documentPath, { key: 'terms', item: { canonical, variants: [variant] }, name: '术语表' }, bounds);
}

/** The edit that adds `word` to the `words` of the config file for a document, or why it is refused (in Chinese). */
export function dictionaryEdit(documentPath: string, word: string, bounds: SearchBounds = { workspaceFolders: [] }): GlossaryPlan {
  return configListEdit(documentPath, { key: 'words', item: word, name: '词典' }, bounds);
}

/**
 * The edit that appends an item to a list of the config file for a document (the nearest one,
 * else a new one beside the document), never outside the document's workspace folder; or why it
 * is refused (in Chinese).
 */
export function configListEdit(documentPath: string, addition: ListAddition, bounds: SearchBounds = { workspaceFolders: [] }): GlossaryPlan {
  const { key, item: entry, name } = addition;
  const resolved = path.resolve(documentPath);
  const folders = [...(bounds.workspaceFolders ?? [])].map((f) => path.resolve(f)).sort((a, b) => b.length - a.length);
  const { configPath: found, top } = findConfig(resolved, bounds);
  // The folder the config must stay in: the document's workspace folder, or (a client without
  // workspace folders) the highest folder the search may look in.
  let workspace: string | undefined;
  if (folders.length > 0) {
    workspace = folders.find((f) => isWithin(resolved, f));
    if (!workspace) return { ok: false, reason: `该文档不在工作区文件夹中，不写入${name}` };
  } else {
    workspace = top;
    if (!workspace) return { ok: false, reason: `不在 ${path.dirname(resolved)} 中建立配置文件（根目录和临时文件夹本身不放配置文件）` };
  }
  const configPath = found ?? path.join(path.dirname(resolved), CONFIG_FILE_NAME);
  if (!isWithin(configPath, workspace)) return { ok: false, reason: `${configPath} 不在工作区文件夹 ${workspace} 中` };
  const uri = pathToFileURL(configPath).toString();
  if (!found) {
    // Nothing to follow: not even a dangling symlink (the editor would create its target).
    try {
      fs.lstatSync(configPath);
      return { ok: false, reason: `${configPath} 已存在，但不是可读的配置文件` };
    } catch {
      // absent: create it
    }
    const text = `${JSON.stringify({ [key]: [entry] }, null, 2)}\n`;
    return {
      ok: true,
      configPath,
      edit: {
        documentChanges: [
          { kind: 'create', uri, options: { ignoreIfExists: true } },
          { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
        ],
      },
    };
  }
  if (!realInside(configPath, workspace)) return { ok: false, reason: `${configPath} 链接到工作区文件夹 ${workspace} 之外` };
  const read = readRegularText(configPath, MAX_CONFIG_BYTES);
  if (!read.ok) return { ok: false, reason: `${configPath} 未读取：${read.reason}` };
  const text = read.text;
  if (tooDeepAt(text) !== undefined) return { ok: false, reason: `${configPath} 的括号嵌套超过 ${MAX_NESTING} 层` };
  if (typeof entry === 'string') {
    const listed = (parse(text, [], { allowTrailingComma: true }) as Record<string, unknown> | undefined)?.[key];
    if (Array.isArray(listed) && listed.includes(entry)) return { ok: false, reason: `“${entry}”已在 ${configPath} 的${name}中（保存该文件后生效）` };
  }
  const lines = new LineIndex(text);
  const edits: TextEdit[] = modify(text, [key, -1], entry, { formattingOptions: { insertSpaces: true, tabSize: 2 } }).map((e) => ({
    range: lines.rangeAt(e.offset, e.offset + e.length),
    newText: e.content,
  }));
  return { ok: true, configPath, edit: { changes: { [uri]: edits } } };
}

export async function addToGlossary(connection: Connection, args: unknown[] | undefined, context: GlossaryContext): Promise<boolean> {
  const [uri, canonical, variant] = args ?? [];
  if (typeof uri !== 'string' || !uri.startsWith('file:') || typeof canonical !== 'string' || typeof variant !== 'string') return false;
  return addToConfigList(connection, uri, context, '术语表', `术语表：以“${canonical}”为准`, (documentPath, bounds) => glossaryEdit(documentPath, canonical, variant, bounds));
}

/** "加入词典": arguments [uri, word]; the word must be one `words` accepts (the settings table's item normaliser). */
export async function addToDictionary(connection: Connection, args: unknown[] | undefined, context: GlossaryContext): Promise<boolean> {
  const [uri, raw] = args ?? [];
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return false;
  const entry = settingEntry('words');
  if (entry?.kind !== 'list') return false;
  const checked = entry.item(raw);
  if (!checked.ok || typeof checked.value !== 'string') {
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `未加入词典：${checked.ok ? '应为字符串。' : checked.problem}` });
    return false;
  }
  const word = checked.value;
  return addToConfigList(connection, uri, context, '词典', `词典：加入“${word}”`, (documentPath, bounds) => dictionaryEdit(documentPath, word, bounds));
}

/** Plans the addition for an open document, has the editor apply it, and tells the writer why not if it is not done. */
async function addToConfigList(
  connection: Connection,
  uri: string,
  context: GlossaryContext,
  name: string,
  label: string,
  planFor: (documentPath: string, bounds: SearchBounds) => GlossaryPlan,
): Promise<boolean> {
  const tell = (message: string): void => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  if (!context.isOpen(uri)) {
    tell(`未加入${name}：该文档没有打开。`);
    return false;
  }
  let documentPath: string;
  try {
    documentPath = fileURLToPath(uri);
  } catch {
    return false;
  }
  let plan: GlossaryPlan;
  try {
    plan = planFor(documentPath, { ...context.bounds, workspaceFolders: context.workspaceFolders });
  } catch (e) {
    plan = { ok: false, reason: (e as Error).message };
  }
  if (!plan.ok) {
    tell(`未加入${name}：${plan.reason}。`);
    return false;
  }
  try {
    const result = await connection.workspace.applyEdit({ label, edit: plan.edit });
    if (result.applied) return true;
    tell(`未加入${name}：编辑器没有应用对 ${path.basename(plan.configPath)} 的修改${result.failureReason ? `（${result.failureReason}）` : ''}。`);
  } catch (e) {
    tell(`未加入${name}：编辑器没有应用对 ${path.basename(plan.configPath)} 的修改（${(e as Error).message}）。`);
  }
  return false;
}
