/**
 * `gongwen/check`: the 送审前检查 of an open document, for the editor's command of that name: the
 * same report as `gongwen check` (report/check.ts), with the page it prints (report/checkHtml.ts).
 * Every finding counts, ignored ones (忽略此处) included, as for the Word export: an ignored
 * placeholder is still unfilled.
 */
import { fileURLToPath } from 'url';
import type { CheckResult } from '../protocol';
export { CHECK_REQUEST, type CheckParams } from '../protocol';
import { checkText } from '../report/check';
import { checkHtml } from '../report/checkHtml';
import type { DocumentAnalysis } from './analysis';

/** The name the report shows: the file's path, or the URI of an untitled document. */
function shownName(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}

export function checkResult(analysis: DocumentAnalysis, segmenter?: string): CheckResult {
  // The report decides plain text or Markdown by the name; an untitled Markdown draft keeps its format.
  const name = shownName(analysis.uri);
  const named = analysis.format === 'markdown' && !/\.(md|markdown)$/i.test(name) ? `${name}.md` : name;
  const report = checkText(named, analysis.text, analysis.findings, analysis.docType);
  report.file = name;
  return { verdict: report.verdict, reasons: report.reasons, pendingWords: analysis.pendingWords, ...(segmenter ? { segmenter } : {}), html: checkHtml([report]) };
}

/** How long the check waits for the segmentation of the draft (drift and typo rules need words). */
export const CHECK_WORDS_WAIT_MS = 15_000;

export interface CheckDeps {
  /** The open document's text, if it is open. */
  text(uri: string): string | undefined;
  /** Segments the text, waiting at most `ms` (SegmentationClient.ensureWithin). */
  words(text: string, ms: number): Promise<void>;
  analysisOf(uri: string): Promise<DocumentAnalysis | undefined>;
  /** The segmentation backend serving (nodejieba or portable), once it is ready. */
  segmenter(): string | undefined;
}

/**
 * The check of an open document, or null when it is not open. Asked for once, before the draft is
 * sent on: it waits (at most CHECK_WORDS_WAIT_MS) for the words, so that drift and typos count.
 */
export async function checkRequest(uri: string, deps: CheckDeps): Promise<CheckResult | null> {
  const text = deps.text(uri);
  if (text === undefined) return null;
  await deps.words(text, CHECK_WORDS_WAIT_MS);
  const analysis = await deps.analysisOf(uri);
  return analysis ? checkResult(analysis, deps.segmenter()) : null;
}
