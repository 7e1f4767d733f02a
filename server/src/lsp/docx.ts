/**
 * Word in and out over LSP, so that the extension client does not bundle `docx` and `mammoth`:
 *
 *   gongwen/exportDocx { uri, target, force?, chosenByUser?, overwrite? } → ExportDocxResult
 *     Lints the draft and writes a GB/T 9704-2012 .docx to `target` (a file URI or an absolute
 *     path). Refuses while error-level findings or unfilled placeholders remain, unless `force`;
 *     the refusal lists them. The request may come from anything that speaks to the server, so:
 *       the draft is a document the client has open (its live text and findings), or else a draft
 *         file (.md/.markdown/.txt) inside a workspace folder, symbolic links resolved: a regular
 *         file (a FIFO or a device is refused without blocking), at most MAX_SOURCE_BYTES;
 *       the target ends in .docx, and its folder is inside a workspace folder unless the user
 *         chose it in a save dialog (`chosenByUser`: the client is trusted, files are not);
 *       a symbolic link or anything but a regular file at the target is never written;
 *       an existing target is replaced (atomically, safeWrite.ts) only with `overwrite`, which says
 *         the user confirmed it; without it the answer has `targetExists`, for the client to ask.
 *   gongwen/annotateDocx { uri, target, chosenByUser?, overwrite? } → AnnotateDocxResult
 *     A copy of a .docx with every finding as a Word comment (annotateDocxRequest, below).
 *   gongwen/lintDocx { uri } → LintDocxResult
 *     The text of a .docx (paragraphs as lines) and its findings, with LSP ranges into that text and
 *     the place in Word terms (第N段第M字). A .docx file only, regular, within the limits of
 *     docx/guard.ts (file size, entries, unpacked size); otherwise the request fails with a message
 *     the client shows.
 *
 * Wire-up (server.ts), beside the other requests:
 *   const docxDeps = { analysisOf, settingsOf: ..., workspaceFolders: async () => folders.paths };
 *   connection.onRequest(EXPORT_DOCX_REQUEST, (p: ExportDocxParams) => exportDocxRequest(p, docxDeps));
 *   connection.onRequest(LINT_DOCX_REQUEST, (p: LintDocxParams) => lintDocxRequest(p, docxDeps));
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { analyze, copyFindings, formatOf, LineIndex, type Finding, type Settings } from '../core';
import { readDocxFile } from '../docx/guard';
// docx and mammoth load on first use, from their own bundle (docx/load.ts).
import { wordSupport } from '../docx/load';
import { decodeDraft, describeFileError, readRegularFile } from '../io/readFile';
import { createFile, replaceFile } from '../io/safeWrite';
import type { AnnotateDocxParams, AnnotateDocxResult, ExportDocxParams, ExportDocxResult, LintDocxParams, LintDocxResult } from '../protocol';
import { findingComments } from '../docx/comments';
import { isWithin } from '../io/paths';
import type { DocumentAnalysis } from './analysis';

export { ANNOTATE_DOCX_REQUEST, EXPORT_DOCX_REQUEST, LINT_DOCX_REQUEST } from '../protocol';
export type { AnnotateDocxParams, AnnotateDocxResult, DocxFinding, ExportDocxParams, ExportDocxResult, LintDocxParams, LintDocxResult } from '../protocol';

export interface DocxRequestDeps {
  /** The analysis of an open document, or undefined when it is not open. */
  analysisOf(uri: string): Promise<DocumentAnalysis | undefined>;
  /** Effective settings (editor settings and .gongwenrc.json) for a file. */
  settingsOf(uri: string): Promise<Settings>;
  /** The workspace folders' paths: drafts are read, and .docx written, only inside them (see above). */
  workspaceFolders(): Promise<readonly string[]>;
}

/**
 * A draft file read for export when it is not open: 8 MiB, over ten times the text the editor
 * checks at all by default (gongwen.maxDocumentChars 150,000 × 10 characters, 4.5 MB in UTF-8).
 */
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

const DRAFT = /\.(md|markdown|txt)$/i;

type Draft = { text: string; format: ReturnType<typeof formatOf>; findings: Finding[]; lines: LineIndex };

/** The workspace folders' real paths (folders that no longer exist are left out). */
async function realFolders(deps: DocxRequestDeps): Promise<string[]> {
  const folders = await deps.workspaceFolders();
  const real = await Promise.all(folders.map((f) => fs.promises.realpath(f).catch(() => undefined)));
  return real.filter((f): f is string => f !== undefined);
}

async function draftOf(uri: string, deps: DocxRequestDeps): Promise<Draft> {
  const open = await deps.analysisOf(uri);
  // Copies: the export awaits (the target, Word's support) while the writer may type, and the next
  // check moves an open document's findings in place (AnalysisResult.findings).
  if (open) return { text: open.text, format: open.format, findings: copyFindings(open.findings), lines: open.lines };
  if (!uri.startsWith('file:')) throw new Error('草稿须是已打开的文档，或工作区内的文件（file: URI）。');
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch (e) {
    throw new Error(`草稿地址无效：${(e as Error).message}`);
  }
  if (!DRAFT.test(file)) throw new Error('只能导出 .md 或 .txt 草稿。');
  let real: string;
  try {
    real = await fs.promises.realpath(file);
  } catch (e) {
    throw new Error(describeFileError(e));
  }
  // Symbolic links resolved: a link inside the workspace to a file outside it is outside.
  if (!DRAFT.test(real) || !(await realFolders(deps)).some((folder) => isWithin(real, folder))) {
    throw new Error('草稿既未在编辑器中打开，也不在工作区文件夹内，未读取。');
  }
  const read = readRegularFile(real, MAX_SOURCE_BYTES);
  if (!read.ok) throw new Error(read.reason);
  const decoded = decodeDraft(read.snapshot.bytes);
  if (!decoded.ok && decoded.why === 'binary') throw new Error('这是二进制文件，不是文本草稿。');
  if (!decoded.ok) throw new Error('文件不是 UTF-8 编码（可能是 GBK），请在编辑器中打开后再导出，或另存为 UTF-8。');
  const { text } = decoded;
  const format = formatOf(real);
  return { text, format, findings: analyze({ text, format }, await deps.settingsOf(uri)), lines: new LineIndex(text) };
}

/** Where the .docx goes: its path (the folder's symbolic links resolved) and whether a file is there. */
async function targetOf(params: Pick<ExportDocxParams, 'target' | 'chosenByUser'>, deps: DocxRequestDeps): Promise<{ file: string; shown: string; exists: boolean }> {
  let shown: string;
  try {
    shown = params.target.startsWith('file:') ? fileURLToPath(params.target) : params.target;
  } catch (e) {
    throw new Error(`目标地址无效：${(e as Error).message}`);
  }
  if (!path.isAbsolute(shown)) throw new Error('目标须是 file: URI 或绝对路径。');
  if (path.extname(shown).toLowerCase() !== '.docx') throw new Error('目标文件须以 .docx 结尾。');
  let folder: string;
  try {
    folder = await fs.promises.realpath(path.dirname(shown));
  } catch (e) {
    throw new Error(`目标文件夹无法访问：${describeFileError(e)}`);
  }
  if (params.chosenByUser !== true && !(await realFolders(deps)).some((f) => isWithin(folder, f))) {
    throw new Error('目标不在工作区文件夹内，也不是在保存对话框中选定的，未写入。');
  }
  const file = path.join(folder, path.basename(shown));
  let stat: fs.Stats | undefined;
  try {
    stat = await fs.promises.lstat(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`目标无法访问：${describeFileError(e)}`);
  }
  if (stat?.isSymbolicLink()) throw new Error('目标是符号链接，不写入（也不替换它指向的文件）。');
  if (stat && !stat.isFile()) throw new Error('目标已存在且不是普通文件，不写入。');
  return { file, shown: path.normalize(shown), exists: stat !== undefined };
}

const existsMessage = (shown: string): string => `${shown} 已存在，未覆盖（确认覆盖后才会替换）。`;

export async function exportDocxRequest(params: ExportDocxParams, deps: DocxRequestDeps): Promise<ExportDocxResult> {
  let draft: Draft;
  let target: { file: string; shown: string; exists: boolean };
  try {
    draft = await draftOf(params.uri, deps);
  } catch (e) {
    return { ok: false, blocking: [], error: `无法读取草稿：${(e as Error).message}` };
  }
  try {
    target = await targetOf(params, deps);
  } catch (e) {
    return { ok: false, blocking: [], error: `不能导出到此处：${(e as Error).message}` };
  }
  if (target.exists && params.overwrite !== true) return { ok: false, blocking: [], error: existsMessage(target.shown), targetExists: true };
  const result = await wordSupport().exportDocx(draft.text, draft.format, draft.findings, { force: params.force === true });
  const blocking = result.blocking.map((f) => {
    const range = draft.lines.rangeAt(f.start, f.end);
    return { rule: f.rule, severity: f.severity, message: f.message, range, label: `第${range.start.line + 1}行第${range.start.character + 1}字` };
  });
  if (!result.ok) return { ok: false, blocking };
  // Checked again by the write: replaceFile refuses a link or a non-regular file, createFile anything already there.
  const exists = fs.existsSync(target.file);
  const written = params.overwrite === true && exists ? replaceFile(target.file, result.buffer) : createFile(target.file, result.buffer);
  if (!written.ok) {
    if (params.overwrite !== true && fs.existsSync(target.file)) return { ok: false, blocking, error: existsMessage(target.shown), targetExists: true };
    return { ok: false, blocking, error: `无法写入 ${target.shown}：${written.reason}` };
  }
  return { ok: true, written: target.shown, blocking };
}

type WordText = Awaited<ReturnType<ReturnType<typeof wordSupport>['importDocx']>>;

/** A .docx read (regular, within docx/guard.ts's limits) and checked, or a Chinese reason why not. */
async function checkedDocx(uri: string, deps: DocxRequestDeps): Promise<{ file: string; bytes: Buffer; docx: WordText; findings: Finding[] }> {
  let file: string;
  try {
    file = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch (e) {
    throw new Error(`地址无效：${(e as Error).message}`);
  }
  if (!path.isAbsolute(file)) throw new Error('须是 file: URI 或绝对路径。');
  if (path.extname(file).toLowerCase() !== '.docx') throw new Error('只能检查 .docx 文件。');
  const read = readDocxFile(file);
  if (!read.ok) throw new Error(read.reason);
  let docx: WordText;
  try {
    docx = await wordSupport().importDocx(read.bytes);
  } catch (e) {
    // Over the limits of docx/guard.ts: its own message (by name: the class is the Word bundle's copy).
    throw new Error((e as Error).name === 'DocxRefusedError' ? (e as Error).message : `文件损坏或不是 .docx：${(e as Error).message}`);
  }
  const findings = analyze({ text: docx.text, format: 'plaintext' }, await deps.settingsOf(uri));
  return { file, bytes: read.bytes, docx, findings };
}

export async function lintDocxRequest(params: LintDocxParams, deps: DocxRequestDeps): Promise<LintDocxResult> {
  let checked: Awaited<ReturnType<typeof checkedDocx>>;
  try {
    checked = await checkedDocx(params.uri, deps);
  } catch (e) {
    throw new ResponseError(LSPErrorCodes.RequestFailed, (e as Error).message);
  }
  const { docx, findings } = checked;
  const { paragraphLabel, paragraphPosition } = wordSupport();
  const lines = new LineIndex(docx.text);
  return {
    text: docx.text,
    warnings: docx.warnings,
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      range: lines.rangeAt(f.start, f.end),
      label: paragraphLabel(paragraphPosition(docx, f.start)),
    })),
  };
}

/**
 * `gongwen/annotateDocx`: a copy of the .docx with every finding as a Word comment (author 公文检查)
 * on its text, the fixes described in it. The input is never written; the target is checked as the
 * export's is (a .docx, inside a workspace folder unless chosen in a save dialog, no symbolic link,
 * replaced only with `overwrite`).
 */
export async function annotateDocxRequest(params: AnnotateDocxParams, deps: DocxRequestDeps): Promise<AnnotateDocxResult> {
  let checked: Awaited<ReturnType<typeof checkedDocx>>;
  let target: { file: string; shown: string; exists: boolean };
  try {
    checked = await checkedDocx(params.uri, deps);
  } catch (e) {
    return { ok: false, error: `无法读取 Word 文档：${(e as Error).message}` };
  }
  try {
    target = await targetOf(params, deps);
  } catch (e) {
    return { ok: false, error: `不能写到此处：${(e as Error).message}` };
  }
  const same = await Promise.all([fs.promises.realpath(checked.file).catch(() => checked.file), fs.promises.realpath(target.file).catch(() => target.file)]);
  if (same[0] === same[1]) return { ok: false, error: '批注副本不能写回被检查的文件，请另取文件名。' };
  if (target.exists && params.overwrite !== true) return { ok: false, error: existsMessage(target.shown), targetExists: true };
  const result = await wordSupport().annotateDocx(checked.bytes, checked.docx, findingComments(checked.findings));
  const written = params.overwrite === true && fs.existsSync(target.file) ? replaceFile(target.file, result.buffer) : createFile(target.file, result.buffer);
  if (!written.ok) {
    if (params.overwrite !== true && fs.existsSync(target.file)) return { ok: false, error: existsMessage(target.shown), targetExists: true };
    return { ok: false, error: `无法写入 ${target.shown}：${written.reason}` };
  }
  return { ok: true, written: target.shown, comments: result.anchored, unanchored: result.unanchored };
}
