/**
 * The CLI's two output formats. JSON is a stable interface for other tools: 0-based UTF-16
 * positions exactly as LSP has them. Text is `path:line:col  severity  message  rule-id`, 1-based.
 */
import { LineIndex, type Finding, type PositionRange, type Severity } from '../core';

/** How a command prints its report: text lines (path:line:col  severity  message  rule-id) or JSON. */
export type OutputFormat = 'text' | 'json';

export interface JsonEdit {
  range: PositionRange;
  newText: string;
}

export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: PositionRange;
  fixes: Array<{ title: string; edits: JsonEdit[] }>;
}

export interface JsonFileReport {
  file: string;
  diagnostics: JsonDiagnostic[];
}

export function toJsonReport(file: string, text: string, findings: readonly Finding[]): JsonFileReport {
  const lines = new LineIndex(text);
  return {
    file,
    diagnostics: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      range: lines.rangeAt(f.start, f.end),
      fixes: f.fixes.map((fix) => ({
        title: fix.title,
        edits: fix.edits.map((e) => ({ range: lines.rangeAt(e.start, e.end), newText: e.newText })),
      })),
    })),
  };
}

/**
 * A file name as printed in line-based output: as it is, unless it holds a line break or another
 * control character, which would break one-finding-a-line output; then JSON-quoted ("a\nb.txt").
 */
export function shownPath(file: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f\u2028\u2029"]/.test(file) ? JSON.stringify(file) : file;
}

export function formatText(report: JsonFileReport): string[] {
  const file = shownPath(report.file);
  return report.diagnostics.map((d) => {
    const { line, character } = d.range.start;
    return `${file}:${line + 1}:${character + 1}  ${d.severity}  ${d.message}  ${d.rule}`;
  });
}
