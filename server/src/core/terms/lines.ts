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
import { sameLines, type LinesOfText, type SameLines } from '../text/sameLines';
import { isLineWords } from '../segmenter/segmenter';
import type { LineWords, OffsetRange, Word, Words } from '../types';
import { isLayoutLine, markSpans } from './layout';
import { clearPunctuationCheck, junctionKeys, quotedKeys } from './punctuation';
import { newLineMemo, type Boundaries, type LineMemo, type Run, type RunToken, type TermLine } from './shapes';
import { buildRuns } from './tokens';
import { clearGramTrie } from './near';
import { clearGlossaryCheck } from './glossary';
import { clearNumeralCheck } from './numerals';
import { clearTallies } from './tally';

interface Entry {
  runs: Run[];
  junctions: string[];
  quoted: string[];
  ends: Int32Array;
  layout: boolean;
  spans: Int32Array;
  sites: Int32Array;
  /** The words the entry was made from, as a checksum of their ends: a changed dictionary cuts a line differently. */
  cut: number;
  /** The line's words as the segmentation cache gave them (LineWords): the same array again means the same cut, without the checksum. */
  words: readonly string[] | undefined;
  memo: LineMemo;
  /** The TermLine last made of this entry: given again while the line stands at the same place (`base`). */
  placed: TermLine | undefined;
}

/**
 * Lines by text, bounded so that a day of typing does not grow memory: 150,000 characters of lines
 * and 4,000 lines, raised to twice the largest document. An entry costs about 50 bytes per
 * character of its line (its tokens), so the bound is lower than the other per-line caches'
 * (600,000 characters would hold ~30 MiB; measured).
 */
const CACHE = new LineCache<Entry>(150_000, 4_000);

/**
 * The lines of the documents checked last (text, masked ranges, words, where each line stands)
 * with the entry each line was given when it was made from its words (RecentLines.entries).
 */
interface RecentLines extends LinesOfText {
  words: LineWords;
  starts: number[];
  ends: number[];
  entries: Array<Entry | undefined>;
}

/** How many documents' lines are kept (one per document checked recently: switching between open documents keeps each one's). */
const RECENT_DOCUMENTS = 3;
const RECENT: RecentLines[] = [];

/** Forgets every cached line (for tests: a from-scratch analysis with nothing cached). */
export function clearTermLines(): void {
  CACHE.clear();
  RECENT.length = 0;
  clearGramTrie();
  clearTallies();
  clearPunctuationCheck();
  clearGlossaryCheck();
  clearNumeralCheck();
}

/**
 * A checksum of a line's word ends (relative to the line start), read without building an array:
 * a cached line costs no allocation. From the line's word strings (LineWords)…
 */
function cutOfStrings(strings: readonly string[]): number {
  let h = strings.length;
  let at = 0;
  for (const w of strings) h = (Math.imul(h, 31) + (at += w.length)) | 0;
  return h;
}

/** …or from all the text's words, index `from` up to `to`, the line starting at `base`. */
function cutOfWords(words: readonly Word[], base: number, from: number, to: number): number {
  let h = to - from;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + ((words[i] as Word).end - base)) | 0;
  return h;
}

const NONE = new Int32Array(0);

/**
 * A line's entry, from its words' ends (relative to the line) and their checksum. Token texts are
 * slices of `line`: pass the detached copy for a line that is cached. Every entry is made here with
 * all its fields, in one order: thousands of them are read each check, through one hidden class.
 */
function entryFor(line: string, ends: Int32Array, ignored: readonly OffsetRange[], cut: number): Entry {
  const spans = markSpans(line);
  const memo = newLineMemo(line);
  if (isLayoutLine(line)) return { runs: [], junctions: [], quoted: [], ends, layout: true, spans, sites: NONE, cut, words: undefined, memo, placed: undefined };
  const runs = buildRuns(line, ends, ignored);
  const junctions = new Set<string>();
  const sites: number[] = [];
  junctionKeys(line, runs, junctions, sites);
  const quoted = new Set<string>();
  quotedKeys(line, quoted);
  return { runs, junctions: [...junctions], quoted: [...quoted], ends, layout: false, spans, sites: Int32Array.from(sites), cut, words: undefined, memo, placed: undefined };
}

/** Relative word ends of a line, from all the text's words (from index `from`, up to `to`) or from the line's word strings. */
function lineEnds(words: Words, line: string, base: number, from: number, to: number): Int32Array {
  if (isLineWords(words)) {
    const strings = words.wordsOfLine(line) ?? [];
    const ends = new Int32Array(strings.length);
    let at = 0;
    strings.forEach((w, i) => (ends[i] = at += w.length));
    return ends;
  }
  const ends = new Int32Array(to - from);
  for (let i = from; i < to; i++) ends[i - from] = (words[i] as Word).end - base;
  return ends;
}


/**
 * The lines of the text with their runs and keys. `words` cover the text in order (line breaks
 * are words of their own), or give each line's words; `ignored` ranges are sorted and merged.
 * Lines that an ignored range touches are worked out afresh, not cached (their runs depend on the
 * ranges).
 */
export function termLines(text: string, words: Words, ignored: readonly OffsetRange[]): TermLine[] {
  const out: TermLine[] = [];
  const all = isLineWords(words) ? undefined : words;
  // The lines an edit left alone since a recent check of this document keep that check's entries
  // (no slicing, hashing or cutting): the recent check sharing most of the text, if half of it.
  let same: SameLines | undefined;
  let last: RecentLines | undefined;
  if (!all) {
    for (const recent of RECENT) {
      if (recent.words !== words) continue;
      const found = sameLines(recent, text, ignored);
      if (found && 2 * found.shared >= text.length && (!same || found.shared > same.shared)) {
        same = found;
        last = recent;
      }
    }
  }
  const next: RecentLines | undefined = all ? undefined : { text, ignored, words: words as LineWords, starts: [], ends: [], entries: [] };
  let w = 0; // the first word not yet given to a line
  let r = 0; // the first ignored range that may reach the current line
  const textLines = lines(text);
  // Room for the whole document before it is read: a first check of a long one would otherwise
  // evict its own first lines, and the next check make them (and all that hangs on them) again.
  CACHE.fit(text.length, textLines.length);
  for (const line of textLines) {
    const base = line.start;
    let from = 0;
    if (all) {
      while (w < all.length && (all[w] as Word).start < base) w++;
      from = w;
      while (w < all.length && (all[w] as Word).start < line.end) w++;
    }
    next?.starts.push(base);
    next?.ends.push(line.end);
    next?.entries.push(undefined);
    if (line.text.length === 0) continue;
    while (r < ignored.length && (ignored[r] as OffsetRange).end <= base) r++;
    if (r < ignored.length && (ignored[r] as OffsetRange).start < line.end) {
      const ranges: OffsetRange[] = [];
      for (let q = r; q < ignored.length && (ignored[q] as OffsetRange).start < line.end; q++) {
        const g = ignored[q] as OffsetRange;
        ranges.push({ start: Math.max(g.start, base) - base, end: Math.min(g.end, line.end) - base });
      }
      out.push(termLine(entryFor(line.text, lineEnds(words, line.text, base, from, w), ranges, 0), base));
      continue;
    }
    const old = same ? same.oldLine(line.index, base) : -1;
    let entry = old >= 0 ? last?.entries[old] : undefined;
    if (entry) {
      (next as RecentLines).entries[line.index] = entry;
      out.push(placedAt(entry, base));
      continue;
    }
    entry = CACHE.get(line.text);
    const strings = all ? undefined : (words as LineWords).wordsOfLine(line.text);
    if (!entry || strings === undefined || entry.words !== strings) {
      // The line's words, read once: wordsOfLine is a cache lookup by the line's text.
      const cut = all ? cutOfWords(all, base, from, w) : cutOfStrings(strings ?? []);
      if (!entry || entry.cut !== cut) {
        // A detached copy, and word texts as pieces of it: the cache must not keep a document alive.
        const own = detach(line.text);
        entry = entryFor(own, lineEnds(words, line.text, base, from, w), [], cut);
        CACHE.set(own, entry);
      }
      if (strings !== undefined) entry.words = strings;
    }
    // Made from the line's words: the next check may give it again while the line stands.
    if (next && strings !== undefined) next.entries[line.index] = entry;
    out.push(placedAt(entry, base));
  }
  if (next) {
    const at = last ? RECENT.indexOf(last) : -1;
    if (at >= 0) RECENT.splice(at, 1);
    else if (RECENT.length >= RECENT_DOCUMENTS) RECENT.shift();
    RECENT.push(next);
  }
  return out;
}

/** The entry's TermLine at `base`: a keystroke moves only the lines after it, the others are given the TermLine of the last check. */
function placedAt(entry: Entry, base: number): TermLine {
  let placed = entry.placed;
  if (placed?.base !== base) {
    placed = termLine(entry, base);
    entry.placed = placed;
  }
  return placed;
}

/** The entry as a TermLine at `base`. Its text is the entry's own (for a cached line, a copy: the entry must not keep a version of the document alive). */
function termLine(entry: Entry, base: number): TermLine {
  return { base, text: entry.memo.text, runs: entry.runs, junctions: entry.junctions, quoted: entry.quoted, ends: entry.ends, layout: entry.layout, spans: entry.spans, sites: entry.sites, memo: entry.memo };
}

/**
 * Word boundaries of the text (every word's start and end, line breaks included), for checking
 * that a string match is a whole-word match: one byte per offset (bit 1 a word starts there, bit 2
 * one ends there), from the lines' word ends, built on first use: only a definition (以下简称) or
 * a known abbreviation asks.
 */
export function lineBoundaries(text: string, termLines: readonly TermLine[]): Boundaries {
  let flags: Uint8Array | undefined;
  const build = (): Uint8Array => {
    const f = new Uint8Array(text.length + 1);
    const mark = (start: number, end: number): void => {
      f[start] = (f[start] ?? 0) | 1;
      f[end] = (f[end] ?? 0) | 2;
    };
    for (const l of termLines) {
      let start = l.base;
      for (const end of l.ends) {
        mark(start, l.base + end);
        start = l.base + end;
      }
    }
    // Line breaks are words too: from each line's end to the next line's start.
    for (const line of lines(text)) {
      if (line.end >= text.length) continue;
      const width = text.charCodeAt(line.end) === 13 && text.charCodeAt(line.end + 1) === 10 ? 2 : 1;
      mark(line.end, line.end + width);
    }
    return f;
  };
  const has = (bit: number) => (offset: number): boolean => (((flags ??= build())[offset] ?? 0) & bit) !== 0;
  return { starts: { has: has(1) }, ends: { has: has(2) } };
}

/** The runs of the lines with document offsets (built on demand: few callers need them). */
export function absoluteRuns(termLines: readonly TermLine[]): Run[] {
  const runs: Run[] = [];
  for (const l of termLines) {
    for (const run of l.runs) runs.push({ tokens: run.tokens.map((t): RunToken => ({ text: t.text, start: t.start + l.base, end: t.end + l.base, han: t.han })) });
  }
  return runs;
}
