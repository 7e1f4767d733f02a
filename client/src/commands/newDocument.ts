/**
 * "新建公文…" (gongwen.newDocument): pick a document type and get a new untitled document with its
 * skeleton. The skeletons are the whole-document snippets (snippets/documents.code-snippets), the
 * single source for both the snippet prefixes and this command; they are inserted as snippets so
 * that Tab walks through the slots.
 *
 * The command takes an optional argument — a Chinese type name (讲话稿), a pinyin prefix (jhg) or
 * the snippet key — to skip the quick pick (tests, keybindings, walkthrough links), and returns the
 * new document's URI.
 */
import * as vscode from 'vscode';
import { chineseLabel, DOCUMENTS_FILE, findDocumentSnippet, parseSnippetFile, type SnippetEntry } from './snippetFile';

export async function loadDocumentSnippets(extensionUri: vscode.Uri): Promise<SnippetEntry[]> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, DOCUMENTS_FILE));
  return parseSnippetFile(new TextDecoder('utf-8').decode(bytes), DOCUMENTS_FILE);
}

interface TypeItem extends vscode.QuickPickItem {
  entry: SnippetEntry;
}

async function pick(entries: readonly SnippetEntry[]): Promise<SnippetEntry | undefined> {
  const items: TypeItem[] = entries.map((entry) => ({
    label: chineseLabel(entry),
    description: entry.prefixes.filter((p) => p !== chineseLabel(entry)).join(' '),
    detail: entry.description,
    entry,
  }));
  const chosen = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('New Official Document'),
    placeHolder: vscode.l10n.t('Choose a document type; its skeleton opens in a new editor'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return chosen?.entry;
}

/** Opens an untitled document with the skeleton of `entry`; returns its editor. */
export async function openSkeleton(entry: SnippetEntry, language = 'plaintext'): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content: '' });
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const inserted = await editor.insertSnippet(new vscode.SnippetString(entry.body), new vscode.Position(0, 0));
  if (!inserted) throw new Error(vscode.l10n.t('Could not insert the skeleton of {0}.', chineseLabel(entry)));
  return editor;
}

export async function newDocument(extensionUri: vscode.Uri, type?: unknown): Promise<vscode.Uri | undefined> {
  let entries: SnippetEntry[];
  try {
    entries = await loadDocumentSnippets(extensionUri);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read the document skeletons: {0}', e instanceof Error ? e.message : String(e)));
    return undefined;
  }
  let entry: SnippetEntry | undefined;
  if (typeof type === 'string' && type.trim() !== '') {
    entry = findDocumentSnippet(entries, type);
    if (!entry) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Unknown document type "{0}". Known types: {1}', type, entries.map(chineseLabel).join(vscode.l10n.t(', '))),
      );
      return undefined;
    }
  } else {
    entry = await pick(entries);
  }
  if (!entry) return undefined;
  const editor = await openSkeleton(entry);
  return editor.document.uri;
}
