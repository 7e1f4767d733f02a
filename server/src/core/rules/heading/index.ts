/** The heading.* rule pack. */
import type { Rule } from '../../types';

export const HEADING_RULES: readonly Rule[] = [];
