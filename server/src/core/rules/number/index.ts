/** The number.* rule pack. */
import type { Rule } from '../../types';

export const NUMBER_RULES: readonly Rule[] = [];
