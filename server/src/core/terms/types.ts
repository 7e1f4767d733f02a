/**
 * The vocabulary of terminology-drift analysis: a group of forms of one concept found in a
 * document, with every occurrence (UTF-16 offsets) and the occurrences that should change.
 */

/**
 * How the forms of a group are related:
 * - `punctuation`: the same text once 、 “” ‘’ 《》 and spaces inside it are ignored (区委区政府 / 区委、区政府);
 * - `numeral`: one year written in Arabic and Chinese numerals (2025年 / 二〇二五年);
 * - `abbreviation`: a short form and its full form (文旅 / 文化旅游), or a 以下简称 definition not kept;
 * - `near`: long names that differ in one word, one form dominant (文旅融合创新区 / 文旅融合发展区);
 * - `glossary`: a variant of a glossary term (built-in fixed expressions or the user's terms).
 */
export type TermRelation = 'punctuation' | 'numeral' | 'abbreviation' | 'near' | 'glossary';

export const RELATIONS: readonly TermRelation[] = ['punctuation', 'numeral', 'abbreviation', 'near', 'glossary'];

export interface TermOccurrence {
  start: number;
  end: number;
  /** The text at [start, end). */
  text: string;
}

export interface TermForm {
  /** The form's text (‘’ written as “” so nested quotes count as the same form). */
  text: string;
  count: number;
  occurrences: TermOccurrence[];
}

/** An occurrence that should be rewritten, and its replacement. */
export interface TermChange extends TermOccurrence {
  replacement: string;
  /** Why this occurrence is flagged, when it is not plain drift (e.g. 简称 used before its definition). */
  reason?: 'before-definition' | 'after-definition';
}

export interface TermGroup {
  relation: TermRelation;
  /** The chosen form: the glossary's, else the majority form, ties to the first occurrence. */
  canonical: string;
  /** How the canonical form was chosen. */
  basis: 'glossary' | 'majority' | 'first' | 'definition' | 'arabic';
  /**
   * The drift is certain (warning): years, glossary variants, and punctuation groups that pass
   * the checks in punctuation.ts (organ pairs seen several times, dominant quotes, bare titles);
   * the rest only informs.
   */
  certain: boolean;
  /** Every form found, the canonical first (when it occurs), then by count, then by position. */
  forms: TermForm[];
  /** Occurrences to rewrite, in text order. */
  changes: TermChange[];
  /** For a 以下简称 definition: the full name, the short name and where the definition stands. */
  definition?: { full: string; short: string; start: number; end: number };
}
