/**
 * The CLI's two output formats. JSON is a stable interface for other tools: 0-based UTF-16
 * positions exactly as LSP has them. Text is `path:line:col  severity  message  rule-id`, 1-based.
 */
import { LineIndex, type Finding, type PositionRange, type Severity } from '../core';

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

export function formatText(report: JsonFileReport): string[] {
  return report.diagnostics.map((d) => {
    const { line, character } = d.range.start;
    return `${report.file}:${line + 1}:${character + 1}  ${d.severity}  ${d.message}  ${d.rule}`;
  });
}
