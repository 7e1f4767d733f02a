/** The heading.* rule pack: 层次序数 (GB/T 9704-2012 7.3.3) and 序次语 punctuation (GB/T 15834-2011 B.3). */
import type { Rule } from '../../types';
import { headingArabicDun } from './arabic-dun';
import { headingBracket } from './bracket';
import { headingCircled } from './circled';
import { headingEndPunct } from './end-punct';
import { headingMark } from './mark';
import { headingMixedForm } from './mixed-form';
import { headingOrdinalComma } from './ordinal-comma';
import { headingRestart } from './restart';
import { headingSequence } from './sequence';
import { headingSkippedLevel } from './skipped-level';
import { headingTooDeep } from './too-deep';

export const HEADING_RULES: readonly Rule[] = [
  headingMark,
  headingArabicDun,
  headingBracket,
  headingCircled,
  headingSequence,
  headingRestart,
  headingMixedForm,
  headingSkippedLevel,
  headingTooDeep,
  headingEndPunct,
  headingOrdinalComma,
];
