/** The typo.* rule pack (错别字): typo.word, a list of misspelt words and idioms (./data). */
import type { Rule } from '../../types';
import { typoWord } from './word';

export const TYPO_RULES: readonly Rule[] = [typoWord];
