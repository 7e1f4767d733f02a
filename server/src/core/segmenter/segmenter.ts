/**
 * Chinese word segmentation behind a small interface, so rules never touch nodejieba directly
 * and tests can substitute a segmenter. Tokens carry UTF-16 offsets into the input.
 */

import { lines } from '../text/chars';
import type { LineWords, Word, Words } from '../types';

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

/** A line of text and where it starts; lines are what segmentation results are cached by. */
export interface TextLine {
  start: number;
  text: string;
  /** The line break after it ('' for the last line). */
  eol: string;
}

export function splitLines(text: string): TextLine[] {
  // The core's one line splitter, plus the break that follows each line.
  return [...lines(text)].map((l) => {
    const breakLength = text.charCodeAt(l.end) === 0x0d && text.charCodeAt(l.end + 1) === 0x0a ? 2 : l.end < text.length ? 1 : 0;
    return { start: l.start, text: l.text, eol: text.slice(l.end, l.end + breakLength) };
  });
}

/**
 * Words covering the whole text, from each line's words (in order, covering the line) plus the
 * line breaks as words of their own. Returns undefined if any line has no words yet.
 */
export function wordsFromLines(text: string, wordsOfLine: (line: string) => readonly string[] | undefined): Token[] | undefined {
  const words: Token[] = [];
  for (const line of splitLines(text)) {
    if (line.text.length > 0) {
      const strings = wordsOfLine(line.text);
      if (!strings) return undefined;
      for (const t of tokensWithOffsets(line.text, strings)) words.push({ text: t.text, start: line.start + t.start, end: line.start + t.end });
    }
    if (line.eol) words.push({ text: line.eol, start: line.start + line.text.length, end: line.start + line.text.length + line.eol.length });
  }
  return words;
}

/** The words are given line by line (a per-line cache), not with offsets into the whole text. */
export function isLineWords(words: Words): words is LineWords {
  return typeof (words as LineWords).wordsOfLine === 'function';
}

/**
 * Every word of `text` with offsets into it, whichever way the analyser holds them; undefined when
 * there are none, or when a line's words are not known yet.
 */
export function wordsOfText(text: string, words: Words | undefined): readonly Word[] | undefined {
  if (!words) return undefined;
  return isLineWords(words) ? wordsFromLines(text, (line) => words.wordsOfLine(line)) : words;
}
