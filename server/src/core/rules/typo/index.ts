/**
 * The typo.* rule pack (错别字): typo.word, a list of misspelt words and idioms (./data); typo.repeated, a word typed twice;
 * typo.de, 的/地/得 where the structure is certain; typo.char, a character typed for another of the same sound. Every rule listed here accepts the user's words (./userWords.ts).
 */
import type { Rule } from '../../types';
import { typoChar } from './char';
import { typoDe } from './de';
import { typoRepeated } from './repeated';
import { acceptingUserWords } from './userWords';
import { typoWord } from './word';

export const TYPO_RULES: readonly Rule[] = [typoWord, typoRepeated, typoDe, typoChar].map(acceptingUserWords);
