/** The punct.* rule pack: punctuation forms and uses (GB/T 15834-2011). */
import type { Rule } from '../../types';
import { punctApproximateComma } from './approximate-comma';
import { punctDash } from './dash';
import { punctDebris } from './debris';
import { punctDoubled } from './doubled';
import { punctEllipsis } from './ellipsis';
import { punctEnumerationComma } from './enumeration-comma';
import { punctHalfwidth } from './halfwidth';
import { punctSpace } from './space';
import { punctStraightQuote } from './straight-quote';
import { punctUnpaired } from './unpaired';

export const PUNCT_RULES: readonly Rule[] = [
  punctHalfwidth,
  punctDebris,
  punctEllipsis,
  punctDash,
  punctUnpaired,
  punctStraightQuote,
  punctDoubled,
  punctEnumerationComma,
  punctApproximateComma,
  punctSpace,
];
