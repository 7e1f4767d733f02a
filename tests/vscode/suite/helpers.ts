/** Shared helpers for the in-host suite: polling (no fixed sleeps), fixtures, diagnostics. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'gongwen.gongwen';
export const RULE = 'placeholder.unfilled';

/**
 * Polls `probe` until it returns something other than undefined/false, or fails after `timeoutMs`
 * with `what` and the last value `describe` gave.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  { timeoutMs = 30000, intervalMs = 50, describe }: { timeoutMs?: number; intervalMs?: number; describe?: () => string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const seen = describe ? `; last seen: ${describe()}` : '';
      const err = lastError instanceof Error ? `; last error: ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}${seen}${err}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite must run with tests/vscode/fixtures/workspace open as the workspace folder');
  return folder.uri.fsPath;
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.file(path.join(workspaceRoot(), name));
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

export function isGongwenPlaceholder(d: vscode.Diagnostic): boolean {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return d.source === 'gongwen' && code === RULE;
}

export function placeholderDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter(isGongwenPlaceholder)
    .sort((a, b) => a.range.start.compareTo(b.range.start));
}

export function showRange(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

export function showDiagnostics(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return 'no diagnostics';
  return all
    .map((d) => `[${d.source}/${typeof d.code === 'object' ? d.code.value : d.code} ${vscode.DiagnosticSeverity[d.severity]} ${showRange(d.range)}]`)
    .join(' ');
}

/** The range of `mark` inside each occurrence of `context` in the document (first occurrence of `mark` in `context`). */
export function rangesOf(document: vscode.TextDocument, context: string, mark: string): vscode.Range[] {
  const text = document.getText();
  const at = context.indexOf(mark);
  assert.ok(at >= 0, `"${mark}" is not inside "${context}"`);
  const ranges: vscode.Range[] = [];
  for (let i = text.indexOf(context); i >= 0; i = text.indexOf(context, i + 1)) {
    ranges.push(new vscode.Range(document.positionAt(i + at), document.positionAt(i + at + mark.length)));
  }
  assert.ok(ranges.length > 0, `fixture ${path.basename(document.uri.fsPath)} lacks "${context}"`);
  return ranges;
}

/** Waits until the placeholder diagnostics of `uri` have exactly `expected` ranges (in order). */
export async function waitForPlaceholders(uri: vscode.Uri, expected: vscode.Range[], what: string): Promise<vscode.Diagnostic[]> {
  const want = expected.map(showRange).join(' ');
  return waitFor(
    `${what}: placeholder diagnostics at ${want || '(none)'}`,
    () => {
      const got = placeholderDiagnostics(uri);
      return got.map((d) => showRange(d.range)).join(' ') === want ? got : undefined;
    },
    { describe: () => showDiagnostics(uri) },
  );
}

export async function setRules(rules: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('gongwen').update('rules', rules, vscode.ConfigurationTarget.Global);
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded (extensionDevelopmentPath wrong?)`);
  await ext.activate();
  return ext;
}

export async function closeAllEditors(): Promise<void> {
  // Revert first so nothing is ever written back to the fixtures.
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.isDirty && doc.uri.scheme === 'file') {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Closes every editor, emptying dirty untitled documents first: emptied, an untitled document is
 * no longer dirty and closes without a prompt, its editor before its model. Reverting it instead
 * disposes the model while the editor still shows it, and the editor's inline-completion model
 * then reads it ("Model is disposed!").
 */
export async function closeEverything(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.isUntitled && doc.isDirty) {
      const editor = await vscode.window.showTextDocument(doc);
      await editor.edit((e) => e.delete(new vscode.Range(0, 0, doc.lineCount, 0)));
      // The edit schedules the editor's inline-completion update, which reads the text model:
      // let it run before the close disposes the model.
      await vscode.commands.executeCommand('editor.action.inlineSuggest.hide');
      await new Promise((r) => setTimeout(r, 400));
      await vscode.commands.executeCommand(doc.isDirty ? 'workbench.action.revertAndCloseActiveEditor' : 'workbench.action.closeActiveEditor');
    }
  }
  await closeAllEditors();
}

/** Processes below this one (the extension host) running the bundled language server. */
export function serverPids(): number[] {
  const parents = new Map<number, number>();
  const commands = new Map<number, string>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      commands.set(Number(entry), fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8'));
    } catch {
      // the process ended meanwhile
    }
  }
  const below = (pid: number): boolean => {
    for (let p = parents.get(pid); p !== undefined && p > 1; p = parents.get(p)) if (p === process.pid) return true;
    return false;
  };
  return [...commands].filter(([pid, cmd]) => /dist[/\\]server\.js/.test(cmd) && below(pid)).map(([pid]) => pid);
}
