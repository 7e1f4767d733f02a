/**
 * Analysis results per open document, cached by document version and settings, so that
 * diagnostics, hovers, code actions and commands on the same version share one run of the core.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, formatOf, LineIndex, type DocType, type Finding, type Settings } from '../core';

export interface DocumentAnalysis {
  uri: string;
  version: number;
  text: string;
  format: ReturnType<typeof formatOf>;
  settings: Settings;
  findings: Finding[];
  docType: DocType;
  lines: LineIndex;
}

export interface EffectiveSettings {
  settings: Settings;
  /** Matched by a config file's ignore globs: no findings. */
  ignored: boolean;
}

export class AnalysisCache {
  private readonly entries = new Map<string, DocumentAnalysis>();

  get(document: TextDocument, effective: EffectiveSettings): DocumentAnalysis {
    const { settings } = effective;
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && cached.settings === settings) return cached;
    const text = document.getText();
    const format = formatOf(document.languageId);
    const checked = settings.enable && !effective.ignored && settings.languages.includes(document.languageId);
    const result = checked ? analyzeDocument({ text, format }, settings) : { findings: [], docType: analyzeDocument({ text, format }, { ...settings, enable: false }).docType };
    const analysis: DocumentAnalysis = {
      uri: document.uri,
      version: document.version,
      text,
      format,
      settings,
      findings: result.findings,
      docType: result.docType,
      lines: new LineIndex(text),
    };
    this.entries.set(document.uri, analysis);
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
