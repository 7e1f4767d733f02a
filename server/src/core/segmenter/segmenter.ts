/**
 * Chinese word segmentation behind a small interface, so rules never touch nodejieba directly
 * and tests can substitute a segmenter. Tokens carry UTF-16 offsets into the input.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Segmenter {
  /** Splits text into words covering it exactly, in order. */
  cut(text: string): Token[];
  /** Adds a word (e.g. a glossary term) so that it comes out whole. */
  insertWord(word: string): void;
}

/** Turns the strings a segmenter returns into tokens with offsets by summing UTF-16 lengths. */
export function tokensWithOffsets(text: string, words: readonly string[]): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  for (const word of words) {
    tokens.push({ text: word, start: offset, end: offset + word.length });
    offset += word.length;
  }
  if (offset !== text.length) {
    throw new Error(`segmenter output covers ${offset} UTF-16 units of ${text.length}`);
  }
  return tokens;
}
