/** The phrase.* rule pack. */
import type { Rule } from '../../types';

export const PHRASE_RULES: readonly Rule[] = [];
