/** The doctype.* rule pack. */
import type { Rule } from '../../types';

export const DOCTYPE_RULES: readonly Rule[] = [];
