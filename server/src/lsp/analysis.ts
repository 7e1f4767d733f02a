/**
 * Analysis results per open document, cached by document version, so that diagnostics, code
 * actions and commands on the same version share one run of the core.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, formatOf, LineIndex, type Finding, type Settings } from '../core';

export interface DocumentAnalysis {
  uri: string;
  version: number;
  findings: Finding[];
  lines: LineIndex;
}

export class AnalysisCache {
  private readonly entries = new Map<string, { settings: Settings; result: DocumentAnalysis }>();

  get(document: TextDocument, settings: Settings): DocumentAnalysis {
    const cached = this.entries.get(document.uri);
    if (cached && cached.result.version === document.version && cached.settings === settings) return cached.result;
    const text = document.getText();
    const enabled = settings.enable && settings.languages.includes(document.languageId);
    const findings = enabled ? analyze({ text, format: formatOf(document.languageId) }, settings) : [];
    const result = { uri: document.uri, version: document.version, findings, lines: new LineIndex(text) };
    this.entries.set(document.uri, { settings, result });
    return result;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
