/**
 * Word commands. The work runs in the language server (custom requests gongwen/exportDocx and
 * gongwen/lintDocx, server/src/lsp/docx.ts), so `docx` and `mammoth` are bundled once, in the server.
 *
 *   gongwen.exportDocx  "导出为 Word（GB/T 9704）": the active .md/.txt draft (or the file picked in the
 *                       Explorer) → a .docx chosen in a save dialog, after a lint check; while errors
 *                       or unfilled placeholders remain it asks before exporting anyway (the default
 *                       button, Enter, is 查看问题). The server
 *                       writes outside the workspace only where the user chose (chosenByUser) and
 *                       replaces an existing file only when the user confirmed (overwrite): the save
 *                       dialog asks itself; a file it did not ask about (".docx" added to a name typed
 *                       without it, or one created meanwhile) is asked about here, in a modal.
 *   gongwen.lintDocx    "检查 Word 文档": pick a .docx; its text opens read-only (a virtual document,
 *                       scheme gongwen-docx) with the findings as diagnostics, each naming its place
 *                       in Word (第N段第M字).
 *
 * Wire-up (client/src/extension.ts, in activate): registerDocxCommands(context, () => client);
 */
import * as vscode from 'vscode';
// The Node and the browser client alike (extension.ts, browserClient.ts).
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ANNOTATE_DOCX_REQUEST, EXPORT_DOCX_REQUEST, LINT_DOCX_REQUEST, type AnnotateDocxResult, type DocxFinding, type ExportDocxResult, type LintDocxResult } from '../../server/src/protocol';

const SCHEME = 'gongwen-docx';

const SEVERITY: Record<DocxFinding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

function running(client: () => LanguageClient | undefined): LanguageClient | undefined {
  const c = client();
  if (c?.isRunning()) return c;
  void vscode.window.showErrorMessage('公文写作助手的语言服务器尚未启动，请稍后再试。');
  return undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function confirmOverwrite(target: vscode.Uri): Promise<boolean> {
  const name = target.path.split('/').pop() ?? target.fsPath;
  const choice = await vscode.window.showWarningMessage(`“${name}”已存在（可能已在 Word 中修改过），是否覆盖？`, { modal: true, detail: target.fsPath }, '覆盖');
  return choice === '覆盖';
}

async function exportDocx(client: () => LanguageClient | undefined, resource?: vscode.Uri): Promise<void> {
  const source = resource ?? vscode.window.activeTextEditor?.document.uri;
  if (!source || !/\.(md|markdown|txt)$/i.test(source.path)) {
    void vscode.window.showWarningMessage('请先打开要导出的公文草稿（.md 或 .txt）。');
    return;
  }
  const chosen = await vscode.window.showSaveDialog({
    defaultUri: source.with({ path: source.path.replace(/\.[^./]+$/, '') + '.docx' }),
    filters: { 'Word 文档': ['docx'] },
    title: '导出为 Word（GB/T 9704）',
  });
  if (!chosen) return;
  // The server writes only .docx files. The dialog asked about replacing the name as chosen, not with .docx added.
  const target = /\.docx$/i.test(chosen.path) ? chosen : chosen.with({ path: `${chosen.path}.docx` });
  let overwrite = false;
  if (await exists(target)) {
    if (target !== chosen && !(await confirmOverwrite(target))) return;
    overwrite = true;
  }
  const c = running(client);
  if (!c) return;
  let force = false;
  const send = (): Thenable<ExportDocxResult> =>
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: '正在导出 Word 文档…' }, () =>
      c.sendRequest<ExportDocxResult>(EXPORT_DOCX_REQUEST, { uri: source.toString(), target: target.toString(), force, chosenByUser: true, overwrite }),
    );
  // A file that appeared after the dialog: ask before replacing it. Undefined when the user says no.
  const request = async (): Promise<ExportDocxResult | undefined> => {
    const result = await send();
    if (result.ok || !result.targetExists || overwrite) return result;
    if (!(await confirmOverwrite(target))) return undefined;
    overwrite = true;
    return send();
  };
  let result = await request();
  if (!result) return;
  if (!result.ok && !result.error && result.blocking.length > 0) {
    const first = result.blocking[0] as DocxFinding;
    const choice = await vscode.window.showWarningMessage(
      `还有 ${result.blocking.length} 处错误或未填写的占位符（如${first.label}：${first.message}），定稿前应先修改。`,
      { modal: true },
      // The first button is the default (Enter): the safe choice.
      '查看问题',
      '仍然导出',
    );
    if (choice === '查看问题') {
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      return;
    }
    if (choice !== '仍然导出') return;
    force = true;
    result = await request();
    if (!result) return;
  }
  if (!result.ok) {
    void vscode.window.showErrorMessage(result.error ?? '导出失败。');
    return;
  }
  const warn = result.blocking.length > 0 ? `（仍有 ${result.blocking.length} 处问题未改）` : '';
  await offerToOpen(target, `已导出 ${target.fsPath}${warn}`);
}

/**
 * The toast after an export. On a desktop VS Code with the files on this machine, 打开 hands the
 * .docx to the system (Word, WPS). In a remote window or a browser workbench (code-server, Codespaces)
 * the file is on the server, where that does nothing: the file is shown in the Explorer instead
 * (right-click → 下载 in a browser), or, outside the workspace, its path is copied.
 */
async function offerToOpen(target: vscode.Uri, message: string): Promise<void> {
  const local = vscode.env.uiKind === vscode.UIKind.Desktop && vscode.env.remoteName === undefined && target.scheme === 'file';
  if (local) {
    if (await vscode.window.showInformationMessage(message, '打开')) await vscode.env.openExternal(target);
    return;
  }
  if (vscode.workspace.getWorkspaceFolder(target)) {
    const hint = vscode.env.uiKind === vscode.UIKind.Web ? '；可在资源管理器中右键该文件选择“下载”' : '';
    if (await vscode.window.showInformationMessage(`${message}${hint}`, '在资源管理器中显示')) await vscode.commands.executeCommand('revealInExplorer', target);
    return;
  }
  if (await vscode.window.showInformationMessage(message, '复制路径')) await vscode.env.clipboard.writeText(target.fsPath);
}

async function lintDocx(client: () => LanguageClient | undefined, texts: Map<string, string>, diagnostics: vscode.DiagnosticCollection, emitter: vscode.EventEmitter<vscode.Uri>, resource?: vscode.Uri): Promise<void> {
  const picked = resource ? [resource] : await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word 文档': ['docx'] }, title: '检查 Word 文档' });
  const file = picked?.[0];
  const c = file && running(client);
  if (!file || !c) return;
  let result: LintDocxResult;
  try {
    result = await c.sendRequest<LintDocxResult>(LINT_DOCX_REQUEST, { uri: file.toString() });
  } catch (e) {
    void vscode.window.showErrorMessage(`无法读取 Word 文档：${(e as Error).message}`);
    return;
  }
  const view = vscode.Uri.from({ scheme: SCHEME, path: `${file.path}.txt`, query: file.toString() });
  texts.set(view.toString(), result.text);
  emitter.fire(view);
  diagnostics.set(
    view,
    result.findings.map((f) => {
      const range = new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character);
      const d = new vscode.Diagnostic(range, `${f.message}（Word 中：${f.label}）`, SEVERITY[f.severity]);
      d.source = 'gongwen';
      d.code = f.rule;
      return d;
    }),
  );
  const document = await vscode.workspace.openTextDocument(view);
  await vscode.window.showTextDocument(document, { preview: false });
  const summary = result.findings.length === 0 ? '没有发现问题。' : `发现 ${result.findings.length} 处问题，见“问题”面板；位置按 Word 中的第几段第几字给出。`;
  void vscode.window.showInformationMessage(`${file.path.split('/').pop() ?? ''}：${summary}`);
}

/**
 * "批注 Word 文档": a copy of a .docx with every finding as a Word comment (author 公文检查), for a
 * reviewer who works in Word or WPS; the .docx itself is never written. Returns what was written.
 */
async function annotateDocx(client: () => LanguageClient | undefined, resource?: vscode.Uri, chosenTarget?: vscode.Uri): Promise<AnnotateDocxResult | undefined> {
  const picked = resource ? [resource] : await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word 文档': ['docx'] }, title: '批注 Word 文档' });
  const file = picked?.[0];
  if (!file) return undefined;
  const chosen =
    chosenTarget ??
    (await vscode.window.showSaveDialog({
      defaultUri: file.with({ path: file.path.replace(/\.docx$/i, '') + '-批注.docx' }),
      filters: { 'Word 文档': ['docx'] },
      title: '批注副本另存为',
    }));
  if (!chosen) return undefined;
  const target = /\.docx$/i.test(chosen.path) ? chosen : chosen.with({ path: `${chosen.path}.docx` });
  let overwrite = false;
  if (!chosenTarget && (await exists(target))) {
    if (target !== chosen && !(await confirmOverwrite(target))) return undefined;
    overwrite = true;
  }
  const c = running(client);
  if (!c) return undefined;
  const send = (): Thenable<AnnotateDocxResult> =>
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: '正在检查并批注 Word 文档…' }, () =>
      c.sendRequest<AnnotateDocxResult>(ANNOTATE_DOCX_REQUEST, { uri: file.toString(), target: target.toString(), chosenByUser: true, overwrite }),
    );
  let result = await send();
  if (!result.ok && result.targetExists && !overwrite) {
    if (!(await confirmOverwrite(target))) return result;
    overwrite = true;
    result = await send();
  }
  if (!result.ok) {
    void vscode.window.showErrorMessage(result.error ?? '批注失败。');
    return result;
  }
  const missed = result.unanchored ? `，${result.unanchored} 个问题在文档中找不到位置，未加批注` : '';
  void offerToOpen(target, `已写入 ${target.fsPath}：${result.comments ?? 0} 条批注${missed}。`);
  return result;
}

export function registerDocxCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const texts = new Map<string, string>();
  const emitter = new vscode.EventEmitter<vscode.Uri>();
  const diagnostics = vscode.languages.createDiagnosticCollection('gongwen-docx');
  context.subscriptions.push(
    emitter,
    diagnostics,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, { onDidChange: emitter.event, provideTextDocumentContent: (uri) => texts.get(uri.toString()) ?? '' }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.scheme !== SCHEME) return;
      texts.delete(d.uri.toString());
      diagnostics.delete(d.uri);
    }),
    vscode.commands.registerCommand('gongwen.exportDocx', (resource?: vscode.Uri) => exportDocx(client, resource instanceof vscode.Uri ? resource : undefined)),
    vscode.commands.registerCommand('gongwen.lintDocx', (resource?: vscode.Uri) => lintDocx(client, texts, diagnostics, emitter, resource instanceof vscode.Uri ? resource : undefined)),
    // The second argument (a target) lets a test or another extension skip the save dialog.
    vscode.commands.registerCommand('gongwen.annotateDocx', (resource?: vscode.Uri, target?: vscode.Uri) =>
      annotateDocx(client, resource instanceof vscode.Uri ? resource : undefined, target instanceof vscode.Uri ? target : undefined),
    ),
  );
}
