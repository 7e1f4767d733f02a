/** The typo.* rule pack (错别字): typo.word, a list of misspelt words and idioms (./data); typo.repeated, a word typed twice. */
import type { Rule } from '../../types';
import { typoRepeated } from './repeated';
import { typoWord } from './word';

export const TYPO_RULES: readonly Rule[] = [typoWord, typoRepeated];
