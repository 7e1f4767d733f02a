/** A stand-in segmenter for tests of the term relations: the longest of a few given words at each place, else one character. */
import * as assert from 'assert';
import { wordsFromLines } from '../../server/src/core';
import type { Words } from '../../server/src/core/types';

export function standInWords(dictionary: readonly string[]): (text: string) => Words {
  const cut = (line: string): string[] => {
    const out: string[] = [];
    for (let i = 0; i < line.length; ) {
      const w = dictionary.filter((x) => line.startsWith(x, i)).sort((a, b) => b.length - a.length)[0] ?? line.charAt(i);
      out.push(w);
      i += w.length;
    }
    return out;
  };
  return (text) => wordsFromLines(text, cut) ?? assert.fail('every line has words');
}

/**
 * One random edit of a line, as a writer makes them: `kind` 0 takes one to three characters out,
 * 1 types one of `pieces`, anything else types 好 (a character no relation reads).
 */
export function editLine(line: string, rand: (n: number) => number, pieces: readonly string[], kind: number): string {
  const at = rand(line.length + 1);
  if (kind === 0) return line.slice(0, at) + line.slice(at + 1 + rand(3));
  if (kind === 1) return line.slice(0, at) + (pieces[rand(pieces.length)] as string) + line.slice(at);
  return `${line.slice(0, at)}好${line.slice(at)}`;
}
