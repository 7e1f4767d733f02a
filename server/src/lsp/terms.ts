/**
 * `gongwen/terms`: every terminology-drift group of a document, for the "术语一致性报告" command.
 * Uses the segmentation cache; when words are not ready yet it says so (and they are requested).
 */
import { markdownIgnoredRanges } from '../core';
import { findTermGroups, RELATION_NAMES } from '../core';
import type { Word } from '../core';
import type { TermsReport } from '../protocol';
import type { DocumentAnalysis } from './analysis';

export { TERMS_REQUEST } from '../protocol';
export type { TermsParams, TermsReport } from '../protocol';

export function termsReport(analysis: DocumentAnalysis, words: readonly Word[] | undefined): TermsReport {
  if (!words) return { ready: false, groups: [] };
  const ignored = analysis.format === 'markdown' ? markdownIgnoredRanges(analysis.text) : [];
  const groups = findTermGroups(analysis.text, words, analysis.settings.terms, ignored);
  return {
    ready: true,
    groups: groups.map((g) => ({
      canonical: g.canonical,
      relation: g.relation,
      relationName: RELATION_NAMES[g.relation],
      certain: g.certain,
      forms: g.forms.map((f) => ({ text: f.text, count: f.count, ranges: f.occurrences.map((o) => analysis.lines.rangeAt(o.start, o.end)) })),
    })),
  };
}
