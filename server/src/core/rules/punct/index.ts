/** The punct.* rule pack. */
import type { Rule } from '../../types';

export const PUNCT_RULES: readonly Rule[] = [];
