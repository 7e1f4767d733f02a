/**
 * Findings (offsets) to LSP diagnostics (positions), and the typed payload a diagnostic carries
 * in `data` so that code actions can be served without re-running analysis. Positions are
 * computed only through the core's LineIndex.
 */
import { Diagnostic, DiagnosticSeverity, type Range } from 'vscode-languageserver/node';
import type { Finding, Fix, Severity } from '../core';
import { LineIndex } from '../core';
import { ruleDocUrl } from './markdown';

export const SOURCE = 'gongwen';

export interface LspFix {
  title: string;
  /** The edits; empty when `deferred` (a document-wide fix is computed when it is asked for). */
  edits: Array<{ range: Range; newText: string }>;
  /** The right text is certain (applied by fix-all). */
  preferred?: boolean;
  /**
   * The fix rewrites many places (e.g. every variant of a term): its edits are not repeated in
   * every diagnostic, which would make a publication grow with the square of the occurrences.
   */
  deferred?: true;
}

/** Fixes with more edits than this are sent deferred and resolved from the analysis on request. */
export const MAX_INLINE_EDITS = 8;

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
  if (fix.edits.length > MAX_INLINE_EDITS) return { title: fix.title, edits: [], deferred: true, ...(fix.preferred ? { preferred: true } : {}) };
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
    // The rule code links to its documentation, as ESLint's and markdownlint's do.
    codeDescription: { href: ruleDocUrl(finding.rule) },
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
