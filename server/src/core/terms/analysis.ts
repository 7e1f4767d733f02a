/**
 * findTermGroups: every group of forms of one term in a document, across the five relations.
 *
 * Groups are found per relation, then merged by priority — glossary, punctuation, numeral,
 * abbreviation (definitions, then initials), near — dropping a group any of whose occurrences
 * overlaps a change already claimed by a stronger group (so “十四五” is reported once, by the
 * glossary). Within the softer relations the longer names go first. Pure: no I/O.
 */
import { definitionGroups, initialsGroups } from './abbreviation';
import { glossaryGroups, mergeGlossary } from './glossary';
import { nearGroups } from './near';
import { numeralGroups } from './numerals';
import { dropsMarks, punctuationGroups } from './punctuation';
import { inProperName, markedSpans } from './layout';
import { lineBoundaries, termLines } from './lines';
import type { TermLine } from './shapes';
import { firstIndex } from '../text/search';
import type { OffsetRange, TermEntry, Words } from '../types';
import type { TermGroup } from './types';

function occurrencesOf(group: TermGroup): OffsetRange[] {
  return group.forms.flatMap((f) => f.occurrences);
}

/**
 * A term is relevant to the user glossary's canonical forms: they decide the canonical form, and
 * the user's own word makes the group certain. A quoted mention is still not unquoted.
 */
function applyPreferred(group: TermGroup, preferred: ReadonlySet<string>): TermGroup | undefined {
  const chosen = group.forms.find((f) => preferred.has(f.text));
  if (!chosen || group.basis === 'definition') return group;
  if (chosen.text === group.canonical) return { ...group, basis: 'glossary', certain: true };
  const forms = [chosen, ...group.forms.filter((f) => f !== chosen)];
  const changes = forms
    .slice(1)
    .flatMap((f) => f.occurrences.map((o) => ({ ...o, replacement: chosen.text })))
    .filter((c) => !dropsMarks(c.text, c.replacement))
    .sort((a, b) => a.start - b.start);
  if (changes.length === 0) return undefined;
  return { ...group, canonical: chosen.text, basis: 'glossary', certain: true, forms, changes };
}

/** Whether an offset is on a layout line (title, signature, date, attachment), by binary search over the lines. */
function layoutTest(lines: readonly TermLine[]): (offset: number) => boolean {
  const layout = lines.filter((l) => l.layout);
  return (offset) => {
    const l = layout[firstIndex(layout.length, (i) => (layout[i] as TermLine).base <= offset) - 1];
    return l !== undefined && offset <= l.base + l.text.length;
  };
}

/**
 * The term groups of a document.
 * @param text the document text
 * @param words its words from segmentation: all in order, covering the text (UTF-16 offsets), or per line
 * @param glossary the user's terms (`context.terms`); built-in fixed expressions are added
 * @param ignored ranges that are not prose (Markdown code, suppressed lines)
 * @returns groups in order of their first change
 */
/** No user terms: one array, so that the merged glossary made for it is made once (mergeGlossary keeps it by the array). */
const NO_TERMS: readonly TermEntry[] = [];

export function findTermGroups(text: string, words: Words, glossary: readonly TermEntry[] = NO_TERMS, ignored: readonly OffsetRange[] = []): TermGroup[] {
  const lines = termLines(text, words, ignored);
  const bounds = lineBoundaries(text, lines);
  const spans = markedSpans(lines);
  const onLayout = layoutTest(lines);
  // Names on layout lines or in quotations and titles are not the writer's to unify; a
  // definition's 《简称》 is a title of its own, so there only names nested in a longer one count.
  // So are the proper names of meetings, projects and plans in the body (全区文化旅游工作推进会).
  const named = (start: number, end: number): boolean => onLayout(start) || spans.covered(start, end) || inProperName(text, start, end);
  const nested = (start: number, end: number): boolean => onLayout(start) || spans.within(start, end) || inProperName(text, start, end);
  const bySize = (a: TermGroup, b: TermGroup): number => b.canonical.length - a.canonical.length;
  const defined: Array<{ full: string; short: string }> = [];
  const definitions = definitionGroups(text, lines, bounds, ignored, nested, defined);
  const candidates: TermGroup[][] = [
    glossaryGroups(text, mergeGlossary(glossary), ignored, lines),
    punctuationGroups(text, lines, spans),
    numeralGroups(text, ignored, (start, end) => spans.covered(start, end), onLayout, lines),
    definitions,
    initialsGroups(lines, named, defined).sort(bySize),
    nearGroups(text, lines).sort(bySize),
  ];
  const preferred = new Set(glossary.map((e) => e.canonical));
  const accepted: TermGroup[] = [];
  // Offsets covered by an accepted group's changes (spans are short: marking them is linear).
  const claimed = new Uint8Array(text.length + 1);
  const isClaimed = (o: OffsetRange): boolean => {
    for (let i = o.start; i < o.end; i++) if (claimed[i]) return true;
    return false;
  };
  for (const list of candidates) {
    for (const group of list) {
      if (occurrencesOf(group).some(isClaimed)) continue;
      const final = group.relation === 'glossary' ? group : applyPreferred(group, preferred);
      if (!final) continue;
      accepted.push(final);
      for (const c of final.changes) claimed.fill(1, c.start, c.end);
    }
  }
  return accepted.sort((a, b) => (a.changes[0]?.start ?? 0) - (b.changes[0]?.start ?? 0));
}
