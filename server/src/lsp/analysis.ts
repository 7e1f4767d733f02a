/**
 * Analysis results per open document, cached by document version and settings, so that
 * diagnostics, hovers, code actions and commands on the same version share one run of the core.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docTypeFor, formatOf, IncrementalAnalyzer, LineIndex, needsWords, type DocType, type Finding, type LineWords, type Settings } from '../core';
import { canonicalLanguageId, isCheckedLanguage } from './languages';

export interface DocumentAnalysis {
  uri: string;
  version: number;
  text: string;
  format: ReturnType<typeof formatOf>;
  settings: Settings;
  /** Valid until the document's next check (core AnalysisResult.findings): read them at once, or copy them (copyFindings) before an await. */
  findings: Finding[];
  docType: DocType;
  lines: LineIndex;
  /** Rules that need segmentation were skipped: words for this text are not ready yet. */
  pendingWords: boolean;
}

/** Where segmented words come from. */
export interface WordSource {
  /** Every line of the text is segmented already. */
  hasWords(text: string): boolean;
  /** Each line's words, from the per-line cache (read when hasWords says every line is there). */
  readonly lineWords: LineWords;
}

export interface EffectiveSettings {
  settings: Settings;
  /** Matched by a config file's ignore globs: no findings. */
  ignored: boolean;
}

export class AnalysisCache {
  private readonly entries = new Map<string, DocumentAnalysis>();
  /** One incremental analyser per document: only changed lines are re-checked by line-scoped rules. */
  private readonly analyzers = new Map<string, IncrementalAnalyzer>();

  constructor(private readonly words: WordSource) {}

  get(document: TextDocument, effective: EffectiveSettings): DocumentAnalysis {
    const { settings } = effective;
    const cached = this.entries.get(document.uri);
    const fresh = cached && cached.version === document.version && cached.settings === settings;
    if (fresh && !cached.pendingWords) return cached;
    const text = fresh ? cached.text : document.getText();
    // Neovim's `text`, eglot's `gfm`…: the format of the id they stand for.
    const format = formatOf(canonicalLanguageId(document.languageId));
    const { checked, docType, wanted } = this.wordsWanted(document, effective, text);
    // Each line's words straight from the segmentation cache: no document-wide word list is built.
    const words = wanted && this.words.hasWords(text) ? this.words.lineWords : undefined;
    if (fresh && !words) return cached;
    let analyzer = this.analyzers.get(document.uri);
    if (!analyzer) {
      analyzer = new IncrementalAnalyzer();
      this.analyzers.set(document.uri, analyzer);
    }
    const result = checked
      ? analyzer.analyze({ text, format, docType, ...(words ? { words } : {}) }, settings)
      : { findings: [], docType, pendingWords: false };
    const analysis: DocumentAnalysis = {
      uri: document.uri,
      version: document.version,
      text,
      format,
      settings,
      findings: result.findings,
      docType: result.docType,
      lines: fresh ? cached.lines : new LineIndex(text),
      pendingWords: result.pendingWords,
    };
    this.entries.set(document.uri, analysis);
    return analysis;
  }

  /**
   * True when an analysis of this version would skip rules for want of words: some enabled rule
   * needs them and not every line is segmented yet.
   */
  wantsWords(document: TextDocument, effective: EffectiveSettings): boolean {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && cached.settings === effective.settings) return cached.pendingWords;
    const text = document.getText();
    return this.wordsWanted(document, effective, text).wanted && !this.words.hasWords(text);
  }

  /** Whether the document is checked at all, its type, and whether some enabled rule needs words. */
  private wordsWanted(document: TextDocument, effective: EffectiveSettings, text: string): { checked: boolean; docType: DocType; wanted: boolean } {
    const { settings } = effective;
    const checked = settings.enable && !effective.ignored && isCheckedLanguage(document.languageId, settings.languages);
    const docType = docTypeFor(text, settings);
    return { checked, docType, wanted: checked && needsWords(settings, docType) };
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.analyzers.delete(uri);
  }
}
