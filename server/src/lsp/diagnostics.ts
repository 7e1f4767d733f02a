/**
 * Delivers diagnostics in the way each client understands: answers pull requests
 * (textDocument/diagnostic) for clients that support them and pushes publishDiagnostics, debounced,
 * for those that do not. A pushed result is dropped if the document changed while it was computed.
 */
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type Connection,
  type DocumentDiagnosticReport,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache, DocumentAnalysis, EffectiveSettings } from './analysis';
import { toDiagnostic } from './convert';
import type { EffectiveSettingsResolver } from './effective';

/** A check slower than this makes the next debounce twice its duration. */
export const SLOW_CHECK_MS = 60;

/** The longest a check waits for the words of freshly edited lines. */
export const WORDS_WAIT_MS = 150;

export class DiagnosticsService {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Documents checked at least once since they were opened: later changes are debounced. */
  private readonly seen = new Set<string>();
  /** How long the last check of each document took (ms), for the adaptive debounce. */
  private readonly lastDuration = new Map<string, number>();
  /** The client accepts workspace/diagnostic/refresh (pull mode only). */
  canRefresh = true;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: EffectiveSettingsResolver,
    private readonly cache: AnalysisCache,
    private readonly pull: boolean,
    private readonly segmentation: { ensure(text: string): Promise<boolean>; readonly isReady: boolean },
  ) {}

  /**
   * Once the segmenter is ready, an edit leaves one or two lines unsegmented: wait for them (a
   * round trip of a few milliseconds, at most WORDS_WAIT_MS) before checking, so that drift
   * diagnostics do not vanish and come back on every keystroke. While the dictionary loads, or
   * for a large paste, the check goes ahead without them and afterAnalysis checks again.
   */
  private async awaitWords(document: TextDocument, settings: EffectiveSettings): Promise<void> {
    if (!this.segmentation.isReady || !this.cache.wantsWords(document, settings)) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, WORDS_WAIT_MS)));
    await Promise.race([this.segmentation.ensure(document.getText()), timeout]);
    clearTimeout(timer);
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

  /** Registers the pull handler when the client pulls. */
  listen(): void {
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
      // After the answer is on its way: starting the segmentation process takes ~40 ms.
      setImmediate(() => this.afterAnalysis(analysis));
      return { kind: DocumentDiagnosticReportKind.Full, items: analysis.findings.map((f) => toDiagnostic(f, analysis.lines, analysis.uri)) };
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
    // Adaptive: when checking this document took long (over SLOW_CHECK_MS), wait twice as long, so
    // that a slow check of a big document never queues behind every keystroke (the event loop
    // reads them between checks). Cheap checks follow the setting alone.
    const last = this.lastDuration.get(document.uri) ?? 0;
    const delay = immediately ? 0 : Math.max(this.settings.lastDebounceMs, last > SLOW_CHECK_MS ? 2 * last : 0);
    this.timers.set(document.uri, setTimeout(() => void this.publish(document.uri), delay));
  }

  closed(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
    this.seen.delete(uri);
    this.lastDuration.delete(uri);
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
    this.lastDuration.set(uri, performance.now() - started);
    const sent = this.connection.sendDiagnostics({
      uri,
      version,
      diagnostics: analysis.findings.map((f) => toDiagnostic(f, analysis.lines, analysis.uri)),
    });
    // After the diagnostics are on their way: starting the segmentation process takes ~40 ms.
    this.afterAnalysis(analysis);
    await sent;
  }
}
