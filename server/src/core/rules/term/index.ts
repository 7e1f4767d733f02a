/** The term.* rule pack (terminology drift; needs segmentation). */
import type { Rule } from '../../types';
import { termInconsistent } from './inconsistent';
import { termNonstandard } from './nonstandard';

export const TERM_RULES: readonly Rule[] = [termInconsistent, termNonstandard];
