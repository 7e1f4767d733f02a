/** The term.* rule pack (terminology drift; needs segmentation). */
import type { Rule } from '../../types';

export const TERM_RULES: readonly Rule[] = [];
