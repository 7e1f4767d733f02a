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
import { punctuationGroups } from './punctuation';
import { lineBoundaries, termLines } from './lines';
import type { OffsetRange, TermEntry, Words } from '../types';
import type { TermGroup } from './types';

function occurrencesOf(group: TermGroup): OffsetRange[] {
  return group.forms.flatMap((f) => f.occurrences);
}

/** A term is relevant to the user glossary's canonical forms: they decide the canonical form. */
function applyPreferred(group: TermGroup, preferred: ReadonlySet<string>): TermGroup {
  const chosen = group.forms.find((f) => preferred.has(f.text));
  if (!chosen || chosen.text === group.canonical || group.basis === 'definition') return group;
  const forms = [chosen, ...group.forms.filter((f) => f !== chosen)];
  const changes = forms
    .slice(1)
    .flatMap((f) => f.occurrences.map((o) => ({ ...o, replacement: chosen.text })))
    .sort((a, b) => a.start - b.start);
  return { ...group, canonical: chosen.text, basis: 'glossary', forms, changes };
}

/**
 * The term groups of a document.
 * @param text the document text
 * @param words its words from segmentation: all in order, covering the text (UTF-16 offsets), or per line
 * @param glossary the user's terms (`context.terms`); built-in fixed expressions are added
 * @param ignored ranges that are not prose (Markdown code, suppressed lines)
 * @returns groups in order of their first change
 */
export function findTermGroups(text: string, words: Words, glossary: readonly TermEntry[] = [], ignored: readonly OffsetRange[] = []): TermGroup[] {
  const lines = termLines(text, words, ignored);
  const bounds = lineBoundaries(text, lines);
  const bySize = (a: TermGroup, b: TermGroup): number => b.canonical.length - a.canonical.length;
  const candidates: TermGroup[][] = [
    glossaryGroups(text, mergeGlossary(glossary), ignored),
    punctuationGroups(text, lines),
    numeralGroups(text, ignored),
    definitionGroups(text, lines, bounds, ignored),
    initialsGroups(text, lines, bounds.starts).sort(bySize),
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
      accepted.push(final);
      for (const c of final.changes) claimed.fill(1, c.start, c.end);
    }
  }
  return accepted.sort((a, b) => (a.changes[0]?.start ?? 0) - (b.changes[0]?.start ?? 0));
}
