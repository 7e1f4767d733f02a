/**
 * Delivers diagnostics in the way each client understands: answers pull requests
 * (textDocument/diagnostic) for clients that support them and pushes publishDiagnostics, debounced,
 * for those that do not. A pushed result is dropped if the document changed while it was computed.
 */
import {
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache, DocumentAnalysis, EffectiveSettings } from './analysis';
import { diagnosticShapeOf, FULL_SHAPE, SOURCE, toDiagnostic, type DiagnosticShape } from './convert';
import { SETTINGS_DOC_URL } from './markdown';
import { capFindings, MAX_PROBLEMS_CODE, maxProblemsMessage } from './maxProblems';
import type { EffectiveSettingsResolver } from './effective';
import type { IgnoreStore } from './ignores';

/**
 * A check slower than this keeps the next one from starting until twice its duration has passed
 * since it ended, so that slow checks of a big document leave the event loop free at least two
 * thirds of the time while the writer types.
 */
export const SLOW_CHECK_MS = 60;

/** The longest a check waits for the words of freshly edited lines. */
export const WORDS_WAIT_MS = 150;

/**
 * Adaptive debounce: after a slow check (over SLOW_CHECK_MS), the next one waits until twice that
 * check's duration has passed since it ended, so a big document never runs checks back to back
 * while the writer types (keystrokes, hovers and completions are read between checks). An edit
 * after a pause is checked at once; cheap checks follow the debounce setting alone.
 */
export function adaptivePause(last: { duration: number; end: number }, now: number): number {
  if (last.duration <= SLOW_CHECK_MS) return 0;
  return Math.max(0, last.end + 2 * last.duration - now);
}

export class DiagnosticsService {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Documents checked at least once since they were opened: later changes are debounced. */
  private readonly seen = new Set<string>();
  /** How long the last check of each document took and when it ended (ms), for the adaptive debounce. */
  private readonly lastCheck = new Map<string, { duration: number; end: number }>();
  /** The client accepts workspace/diagnostic/refresh (pull mode only). */
  canRefresh = true;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: EffectiveSettingsResolver,
    private readonly cache: AnalysisCache,
    private readonly pull: boolean,
    private readonly segmentation: { ensure(text: string): Promise<boolean>; ensureWithin(text: string, ms: number): Promise<void>; readonly isReady: boolean },
    /** Findings the writer chose to ignore here (lsp/ignores.ts) are not sent. */
    private readonly ignores?: Pick<IgnoreStore, 'visible'>,
    /** Called once a check's diagnostics are out (the Node server collects its young generation in the pause: heap.ts idleCollector). */
    private readonly afterCheck?: () => void,
  ) {}

  /** What the client shows of a diagnostic (its initialize capabilities): links and related places only if it uses them. */
  shape: DiagnosticShape = FULL_SHAPE;

  /**
   * The diagnostics of an analysis: the findings not ignored, at most `maxProblems` of them (the
   * most serious first) plus one note when some are left out (lsp/maxProblems.ts).
   */
  private diagnosticsOf(analysis: DocumentAnalysis): Diagnostic[] {
    const visible = this.ignores?.visible(analysis);
    const findings = visible ? analysis.findings.filter(visible) : analysis.findings;
    const { shown, hidden } = capFindings(findings, analysis.settings.maxProblems);
    const diagnostics = shown.map((f) => toDiagnostic(f, analysis.lines, analysis.uri, this.shape));
    if (hidden > 0) {
      diagnostics.unshift({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Information,
        code: MAX_PROBLEMS_CODE,
        ...(this.shape.codeDescription ? { codeDescription: { href: SETTINGS_DOC_URL } } : {}),
        source: SOURCE,
        message: maxProblemsMessage(findings.length, shown.length),
      });
    }
    return diagnostics;
  }

  /** The ignores of a document changed: its diagnostics go out again (asked for again in pull mode). */
  refresh(uri: string): void {
    if (this.pull) {
      if (this.canRefresh) void this.connection.languages.diagnostics.refresh();
      return;
    }
    const document = this.documents.get(uri);
    if (document) this.schedule(document, true);
  }

  /**
   * Once the segmenter is ready, an edit leaves one or two lines unsegmented: wait for them (a
   * round trip of a few milliseconds, at most WORDS_WAIT_MS) before checking, so that drift
   * diagnostics do not vanish and come back on every keystroke. While the dictionary loads, or
   * for a large paste, the check goes ahead without them and afterAnalysis checks again.
   */
  private async awaitWords(document: TextDocument, settings: EffectiveSettings): Promise<void> {
    if (!this.segmentation.isReady || !this.cache.wantsWords(document, settings)) return;
    await this.segmentation.ensureWithin(document.getText(), WORDS_WAIT_MS);
  }

  /**
   * Rules that need words were skipped: segment in the background, then check again. Placeholder,
   * punctuation and other diagnostics have already gone out without waiting.
   */
  private afterAnalysis(analysis: DocumentAnalysis): void {
    if (!analysis.pendingWords) return;
    void this.segmentation.ensure(analysis.text).then((ok) => {
      if (!ok) return;
      const document = this.documents.get(analysis.uri);
      if (!document) return;
      // If the document changed meanwhile, its own (debounced) check is already scheduled: checking
      // it at once here too would chain full checks back to back while the writer types.
      if (this.pull) {
        if (this.canRefresh) void this.connection.languages.diagnostics.refresh();
      } else if (document.version === analysis.version) {
        this.schedule(document, true);
      }
    });
  }

  /**
   * Registers the pull handler when the client pulls. `capabilities`: what the client shows of a
   * diagnostic (rule links, related places), sent only if it uses them.
   */
  listen(capabilities?: Parameters<typeof diagnosticShapeOf>[0]): void {
    if (capabilities) this.shape = diagnosticShapeOf(capabilities);
    if (!this.pull) return;
    this.connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
      const document = this.documents.get(params.textDocument.uri);
      if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const settings = await this.settings.get(document.uri, document.getText());
      await this.awaitWords(this.documents.get(document.uri) ?? document, settings);
      // The client cancels a pull when the document changed meanwhile (it pulls again for the
      // new version): do not spend a check on the old one.
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      const latest = this.documents.get(document.uri) ?? document;
      const analysis = this.cache.get(latest, settings);
      // After the answer is written: starting the segmentation process takes ~15–40 ms. The
      // reply is written on the next turn of the event loop (vscode-jsonrpc's writer queues it
      // with setImmediate once this handler's promise resolves), hence two turns.
      setImmediate(() =>
        setImmediate(() => {
          this.afterAnalysis(analysis);
          this.afterCheck?.();
        }),
      );
      return { kind: DocumentDiagnosticReportKind.Full, items: this.diagnosticsOf(analysis) };
    });
  }

  /** A document was opened or changed: the first version is checked at once, later ones debounced. */
  changed(document: TextDocument): void {
    const first = !this.seen.has(document.uri);
    this.seen.add(document.uri);
    this.schedule(document, first);
  }

  private schedule(document: TextDocument, immediately: boolean): void {
    if (this.pull) return; // the client pulls after each change itself
    const previous = this.timers.get(document.uri);
    if (previous) clearTimeout(previous);
    const delay = immediately ? 0 : Math.max(this.settings.debounceMs(document.uri), this.pause(document.uri));
    this.timers.set(document.uri, setTimeout(() => void this.publish(document.uri), delay));
  }

  private pause(uri: string): number {
    const last = this.lastCheck.get(uri);
    return last ? adaptivePause(last, performance.now()) : 0;
  }

  closed(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
    this.seen.delete(uri);
    this.lastCheck.delete(uri);
    this.cache.delete(uri);
    if (!this.pull) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Settings changed: every open document is checked again. */
  refreshAll(): void {
    if (this.pull) {
      if (this.canRefresh) void this.connection.languages.diagnostics.refresh();
      return;
    }
    for (const document of this.documents.all()) this.schedule(document, true);
  }

  private async publish(uri: string): Promise<void> {
    this.timers.delete(uri);
    const document = this.documents.get(uri);
    if (!document) return;
    const version = document.version;
    const settings = await this.settings.get(uri, document.getText());
    await this.awaitWords(document, settings);
    const current = this.documents.get(uri);
    if (!current || current.version !== version) return; // stale: a newer change is scheduled
    const started = performance.now();
    const analysis = this.cache.get(current, settings);
    const end = performance.now();
    this.lastCheck.set(uri, { duration: end - started, end });
    await this.connection.sendDiagnostics({
      uri,
      version,
      diagnostics: this.diagnosticsOf(analysis),
    });
    // After the diagnostics are written (the writer sends on a later tick): starting the
    // segmentation process takes ~15–40 ms.
    this.afterAnalysis(analysis);
    this.afterCheck?.();
  }
}
