/**
 * Findings (offsets) to LSP diagnostics (positions). A published diagnostic carries no fixes: a
 * dense 200,000-character draft has over ten thousand findings, and their fixes in `data` made
 * each publication megabytes. Code actions find the finding again in the server's analysis of
 * the document (by rule and range) and compute its fixes then (lsp/codeActions.ts). Positions are
 * computed only through the core's LineIndex.
 */
import { Diagnostic, DiagnosticSeverity, type Range, type TextEdit } from 'vscode-languageserver/node';
import type { Finding, Fix, Severity } from '../core';
import { LineIndex } from '../core';
import { ruleDocUrl } from './markdown';

export const SOURCE = 'gongwen';

/**
 * What a client said it shows (textDocument.publishDiagnostics / textDocument.diagnostic client
 * capabilities): a link per rule code (codeDescription, ~100 bytes a diagnostic) and related
 * places (relatedInformation) are sent only to a client that uses them.
 */
export interface DiagnosticShape {
  codeDescription: boolean;
  relatedInformation: boolean;
}

/** Everything, for callers that know no client (and tests). */
export const FULL_SHAPE: DiagnosticShape = { codeDescription: true, relatedInformation: true };

interface DiagnosticCapabilities {
  codeDescriptionSupport?: boolean;
  relatedInformation?: boolean;
}

/** The shape a client asked for in its initialize capabilities (push or pull). */
export function diagnosticShapeOf(capabilities: { textDocument?: { publishDiagnostics?: DiagnosticCapabilities; diagnostic?: unknown } } | undefined): DiagnosticShape {
  const push = capabilities?.textDocument?.publishDiagnostics;
  const pull = capabilities?.textDocument?.diagnostic as DiagnosticCapabilities | undefined;
  return {
    codeDescription: push?.codeDescriptionSupport === true || pull?.codeDescriptionSupport === true,
    relatedInformation: push?.relatedInformation === true || pull?.relatedInformation === true,
  };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A fix's edits as LSP text edits. */
export function editsOf(fix: Fix, lines: LineIndex): TextEdit[] {
  return fix.edits.map((e) => ({ range: lines.rangeAt(e.start, e.end), newText: e.newText }));
}

export function toDiagnostic(finding: Finding, lines: LineIndex, uri: string, shape: DiagnosticShape = FULL_SHAPE): Diagnostic {
  return {
    range: lines.rangeAt(finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    // The rule code links to its documentation, as ESLint's and markdownlint's do.
    ...(shape.codeDescription ? { codeDescription: { href: ruleDocUrl(finding.rule) } } : {}),
    source: SOURCE,
    message: finding.message,
    ...(shape.relatedInformation && finding.related && finding.related.length > 0
      ? { relatedInformation: finding.related.map((r) => ({ location: { uri, range: lines.rangeAt(r.start, r.end) }, message: r.message })) }
      : {}),
  };
}

/** The finding a diagnostic was made from, in an analysis of the same text: same rule and range (and message, when several match). */
export function findingOf(findings: readonly Finding[], lines: LineIndex, diagnostic: { code?: unknown; range: Range; message?: string }): Finding | undefined {
  return findingAt(findings, String(diagnostic.code ?? ''), lines.offsetAt(diagnostic.range.start), lines.offsetAt(diagnostic.range.end), diagnostic.message);
}

/** The finding of `rule` at [start, end) (offsets), the one with `message` when several match. */
export function findingAt(findings: readonly Finding[], rule: string, start: number, end: number, message?: string): Finding | undefined {
  let match: Finding | undefined;
  for (const f of findings) {
    if (f.rule !== rule || f.start !== start || f.end !== end) continue;
    if (f.message === message) return f;
    match ??= f;
  }
  return match;
}
