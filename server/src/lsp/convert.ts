/**
 * Findings (offsets) to LSP diagnostics (positions), and the typed payload a diagnostic carries
 * in `data` so that code actions can be served without re-running analysis. Positions are
 * computed only through the core's LineIndex.
 */
import { Diagnostic, DiagnosticSeverity, type Range } from 'vscode-languageserver/node';
import type { Finding, Fix, Severity } from '../core';
import { LineIndex } from '../core';

export const SOURCE = 'gongwen';

export interface LspFix {
  title: string;
  edits: Array<{ range: Range; newText: string }>;
  /** The right text is certain (applied by fix-all). */
  preferred?: boolean;
}

/** What every Gongwen diagnostic carries in `Diagnostic.data`. */
export interface GongwenDiagnosticData {
  fixes: LspFix[];
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspFix(fix: Fix, lines: LineIndex): LspFix {
  return {
    title: fix.title,
    edits: fix.edits.map((e) => ({ range: lines.rangeAt(e.start, e.end), newText: e.newText })),
    ...(fix.preferred ? { preferred: true } : {}),
  };
}

export function toDiagnostic(finding: Finding, lines: LineIndex, uri: string): Diagnostic {
  const data: GongwenDiagnosticData = { fixes: finding.fixes.map((f) => toLspFix(f, lines)) };
  return {
    range: lines.rangeAt(finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    source: SOURCE,
    message: finding.message,
    ...(finding.related && finding.related.length > 0
      ? { relatedInformation: finding.related.map((r) => ({ location: { uri, range: lines.rangeAt(r.start, r.end) }, message: r.message })) }
      : {}),
    data,
  };
}

export function isGongwenData(value: unknown): value is GongwenDiagnosticData {
  return typeof value === 'object' && value !== null && Array.isArray((value as GongwenDiagnosticData).fixes);
}
