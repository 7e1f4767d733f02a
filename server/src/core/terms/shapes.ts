/**
 * The shapes the term relations share: runs of tokens, the document's lines as the relations read
 * them, and word boundaries. Types only, in a module of their own, so that the modules that build
 * them (tokens.ts, lines.ts) and those that read them (punctuation.ts, abbreviation.ts, near.ts)
 * need not import one another for a type.
 */
import type { Word } from '../types';

export interface RunToken extends Word {
  /** The token is Han characters only (〇 counts). */
  han: boolean;
}

export interface Run {
  tokens: RunToken[];
}

/** A set of offsets, asked only whether it holds one. */
export interface Offsets {
  has(offset: number): boolean;
}

export interface Boundaries {
  starts: Offsets;
  ends: Offsets;
}

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
  /** Where each word of the line ends, relative to `base`. */
  ends: Int32Array;
  /** A title, signature, date or attachment line (layout.ts): no runs, no keys; its names are not drift. */
  layout: boolean;
  /** Quotation and title spans of the line, [start, end) pairs relative to `base`. */
  spans: Int32Array;
  /** Where an accepted junction's mark (、 or spaces) starts, relative to `base`: the only places a split form may be split. */
  sites: Int32Array;
  /**
   * What the relations work out from this line alone, computed on first use and kept with the
   * cached line (shared by every place the line stands), so that a re-analysis reads each
   * unchanged line's share instead of working it out again. Offsets relative to `base`.
   */
  memo: LineMemo;
}

/** A line's own share of the relations (see TermLine.memo); `text` is the line as cached (detached). */
export interface LineMemo {
  readonly text: string;
  // Every field below is present from the start (newLineMemo): a memo that gained them one by one,
  // in the order the relations happened to ask, took one of many hidden classes, and every
  // relation's read of a line's memo went through a megamorphic lookup.
  /** Relation 3 (initials): the line's short-form candidates, and its long forms for one set of short forms (abbreviation.ts). */
  initials: unknown;
  /** Relation 3 (known abbreviations): where their forms start a word of the line (abbreviation.ts). */
  known: unknown;
  /** Relation 4 (near): the line's word n-grams (near.ts). */
  grams: unknown;
  /** Relation 4 (near): the line's rare forms of the document's dominant headed names, for one set of names (near.ts). */
  headed: unknown;
  /** Relation 5 (glossary): where the glossary's forms occur in the line (glossary.ts). */
  glossary: unknown;
  /** Relation 1 (punctuation): where the document's keys occur in the line, for one key set (tokens.ts variedKeys). */
  keys: unknown;
  /** Relation 1 (punctuation): what those occurrences are, from the line alone (punctuation.ts). */
  punctuation: unknown;
}

/** A line's memo with nothing worked out yet: every field there, so that every memo has one shape. */
export function newLineMemo(text: string): LineMemo {
  return { text, initials: undefined, known: undefined, grams: undefined, headed: undefined, glossary: undefined, keys: undefined, punctuation: undefined };
}

/** Places a name is not the writer's to unify: title, signature and date lines, quotations and titles. */
export type Excluded = (start: number, end: number) => boolean;
