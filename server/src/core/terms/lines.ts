/**
 * The document as the term relations read it: line by line, each line's runs and candidate keys
 * worked out once per line text and cached, so that after an edit the drift analysis is
 * recomputed from the cached lines (only the edited line is tokenized again) and the relations
 * combine them across the document.
 *
 * Offsets inside a TermLine are relative to its start (`base`): cached lines are shared by every
 * version of the document they occur in, wherever the line stands.
 */
import { detach, lines } from '../text/chars';
import { LineCache } from '../text/lineCache';
import type { OffsetRange, Word } from '../types';
import { junctionKeys, quotedKeys } from './punctuation';
import { buildRuns, type Run, type RunToken } from './tokens';

export interface TermLine {
  /** Where the line starts in the document. */
  base: number;
  /** The line's text. */
  text: string;
  /** The line's runs; token offsets relative to `base`. */
  runs: readonly Run[];
  /** Relation 1 (punctuation) keys from marks between two words on this line (区委、区政府). */
  junctions: readonly string[];
  /** Relation 1 keys from short texts in quotation or title marks on this line (“十四五”). */
  quoted: readonly string[];
}

interface Entry {
  runs: Run[];
  junctions: string[];
  quoted: string[];
  /** The words the entry was made from, as a checksum of their ends: a changed dictionary cuts a line differently. */
  cut: number;
}

/**
 * Lines by text, bounded like the other per-line caches (600,000 characters, 15,000 lines, raised
 * to twice the largest document) so that a day of typing does not grow memory.
 */
const CACHE = new LineCache<Entry>(600_000, 15_000);

/** Forgets every cached line (for tests: a from-scratch analysis with nothing cached). */
export function clearTermLines(): void {
  CACHE.clear();
}

/** A checksum of a line's words (their ends relative to the line start). */
function cutOf(words: readonly Word[], from: number, to: number, base: number): number {
  let h = to - from;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + ((words[i] as Word).end - base)) | 0;
  return h;
}

function entryFor(line: string, words: readonly Word[], ignored: readonly OffsetRange[]): Omit<Entry, 'cut'> {
  const runs = buildRuns(words, ignored);
  const junctions = new Set<string>();
  junctionKeys(line, runs, junctions);
  const quoted = new Set<string>();
  quotedKeys(line, quoted);
  return { runs, junctions: [...junctions], quoted: [...quoted] };
}

/**
 * The lines of the text with their runs and keys. `words` cover the text in order (line breaks
 * are words of their own); `ignored` ranges are sorted and merged. Lines that an ignored range
 * touches are worked out afresh, not cached (their runs depend on the ranges).
 */
export function termLines(text: string, words: readonly Word[], ignored: readonly OffsetRange[]): TermLine[] {
  const out: TermLine[] = [];
  let w = 0; // the first word not yet given to a line
  let r = 0; // the first ignored range that may reach the current line
  let lineCount = 0;
  for (const line of lines(text)) {
    lineCount++;
    const base = line.start;
    while (w < words.length && (words[w] as Word).start < base) w++;
    const from = w;
    while (w < words.length && (words[w] as Word).start < line.end) w++;
    if (line.text.length === 0) continue;
    while (r < ignored.length && (ignored[r] as OffsetRange).end <= base) r++;
    const relative = (x: Word): Word => ({ text: x.text, start: x.start - base, end: x.end - base });
    if (r < ignored.length && (ignored[r] as OffsetRange).start < line.end) {
      const ranges: OffsetRange[] = [];
      for (let q = r; q < ignored.length && (ignored[q] as OffsetRange).start < line.end; q++) {
        const g = ignored[q] as OffsetRange;
        ranges.push({ start: Math.max(g.start, base) - base, end: Math.min(g.end, line.end) - base });
      }
      out.push({ base, text: line.text, ...entryFor(line.text, words.slice(from, w).map(relative), ranges) });
      continue;
    }
    const cut = cutOf(words, from, w, base);
    let entry = CACHE.get(line.text);
    if (!entry || entry.cut !== cut) {
      const own = detach(line.text);
      // Word texts as pieces of the detached line: they must not keep a document alive either.
      const ownWords = words.slice(from, w).map((x) => ({ text: own.slice(x.start - base, x.end - base), start: x.start - base, end: x.end - base }));
      entry = { ...entryFor(own, ownWords, []), cut };
      CACHE.set(own, entry);
    }
    out.push({ base, text: line.text, runs: entry.runs, junctions: entry.junctions, quoted: entry.quoted });
  }
  CACHE.fit(text.length, lineCount);
  return out;
}

/** The runs of the lines with document offsets (built on demand: few callers need them). */
export function absoluteRuns(termLines: readonly TermLine[]): Run[] {
  const runs: Run[] = [];
  for (const l of termLines) {
    for (const run of l.runs) runs.push({ tokens: run.tokens.map((t): RunToken => ({ text: t.text, start: t.start + l.base, end: t.end + l.base, han: t.han })) });
  }
  return runs;
}
