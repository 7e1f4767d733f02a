/**
 * Word in and out over LSP, so that the extension client does not bundle `docx` and `mammoth`:
 *
 *   gongwen/exportDocx { uri, target, force? } → ExportDocxResult
 *     Lints the draft (the open document's live text and findings, or the file on disk) and writes
 *     a GB/T 9704-2012 .docx to `target` (a file URI or path). Refuses while error-level findings or
 *     unfilled placeholders remain, unless `force`; the refusal lists them.
 *   gongwen/lintDocx { uri } → LintDocxResult
 *     The text of a .docx (paragraphs as lines) and its findings, with LSP ranges into that text and
 *     the place in Word terms (第N段第M字).
 *
 * Wire-up (server.ts), beside the other requests:
 *   connection.onRequest(EXPORT_DOCX_REQUEST, (p: ExportDocxParams) => exportDocxRequest(p, { analysisOf, settingsOf: async (uri) => (await resolver.get(uri)).settings }));
 *   connection.onRequest(LINT_DOCX_REQUEST, (p: LintDocxParams) => lintDocxRequest(p, { analysisOf, settingsOf: async (uri) => (await resolver.get(uri)).settings }));
 */
import { promises as fs } from 'fs';
import { fileURLToPath } from 'url';
import { analyze, formatOf, LineIndex, type Finding, type PositionRange, type Settings, type Severity } from '../core';
// docx and mammoth load on first use, from their own bundle (docx/load.ts).
import { wordSupport } from '../docx/load';
import type { DocumentAnalysis } from './analysis';

export const EXPORT_DOCX_REQUEST = 'gongwen/exportDocx';
export const LINT_DOCX_REQUEST = 'gongwen/lintDocx';

export interface DocxRequestDeps {
  /** The analysis of an open document, or undefined when it is not open. */
  analysisOf(uri: string): Promise<DocumentAnalysis | undefined>;
  /** Effective settings (editor settings and .gongwenrc.json) for a file. */
  settingsOf(uri: string): Promise<Settings>;
}

export interface ExportDocxParams {
  uri: string;
  /** Where to write: a file URI or a path. */
  target: string;
  force?: boolean;
}

export interface DocxFinding {
  rule: string;
  severity: Severity;
  message: string;
  range: PositionRange;
  /** 第N段第M字 (lintDocx) or 第N行第M字 (exportDocx). */
  label: string;
}

export interface ExportDocxResult {
  ok: boolean;
  /** The path written (ok only). */
  written?: string;
  /** Error-level findings and unfilled placeholders: why the export was refused, or what `force` overrode. */
  blocking: DocxFinding[];
  /** A failure other than findings: unreadable draft, unwritable target. */
  error?: string;
}

export interface LintDocxParams {
  uri: string;
}

export interface LintDocxResult {
  text: string;
  findings: DocxFinding[];
  /** mammoth's notes on content it could not read. */
  warnings: string[];
}

function toPath(uriOrPath: string): string {
  return uriOrPath.startsWith('file:') ? fileURLToPath(uriOrPath) : uriOrPath;
}

async function draftOf(uri: string, deps: DocxRequestDeps): Promise<{ text: string; format: ReturnType<typeof formatOf>; findings: Finding[]; lines: LineIndex }> {
  const open = await deps.analysisOf(uri);
  if (open) return { text: open.text, format: open.format, findings: open.findings, lines: open.lines };
  const file = toPath(uri);
  const text = (await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  const format = formatOf(file);
  return { text, format, findings: analyze({ text, format }, await deps.settingsOf(uri)), lines: new LineIndex(text) };
}

export async function exportDocxRequest(params: ExportDocxParams, deps: DocxRequestDeps): Promise<ExportDocxResult> {
  let draft;
  try {
    draft = await draftOf(params.uri, deps);
  } catch (e) {
    return { ok: false, blocking: [], error: `无法读取草稿：${(e as Error).message}` };
  }
  const result = await wordSupport().exportDocx(draft.text, draft.format, draft.findings, { force: params.force === true });
  const blocking = result.blocking.map((f) => {
    const range = draft.lines.rangeAt(f.start, f.end);
    return { rule: f.rule, severity: f.severity, message: f.message, range, label: `第${range.start.line + 1}行第${range.start.character + 1}字` };
  });
  if (!result.ok) return { ok: false, blocking };
  const target = toPath(params.target);
  try {
    await fs.writeFile(target, result.buffer);
  } catch (e) {
    return { ok: false, blocking, error: `无法写入 ${target}：${(e as Error).message}` };
  }
  return { ok: true, written: target, blocking };
}

export async function lintDocxRequest(params: LintDocxParams, deps: DocxRequestDeps): Promise<LintDocxResult> {
  const { importDocx, paragraphLabel, paragraphPosition } = wordSupport();
  const docx = await importDocx(await fs.readFile(toPath(params.uri)));
  const findings = analyze({ text: docx.text, format: 'plaintext' }, await deps.settingsOf(params.uri));
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
