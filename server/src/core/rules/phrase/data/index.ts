/** Every phrase entry, by category. Entries are data: pattern, replacement or reason, source, examples. */
import type { PhraseEntry } from '../helpers';
import { ADVISORY } from './advisory';
import { CLICHE } from './cliche';
import { COLLOQUIAL } from './colloquial';
import { CONFUSABLE } from './confusable';
import { ORGAN_NAME } from './organ-name';
import { PRESS_BANNED } from './press-banned';
import { REDUNDANT } from './redundant';

export { ADVISORY, CLICHE, COLLOQUIAL, CONFUSABLE, ORGAN_NAME, PRESS_BANNED, REDUNDANT };

export const PHRASES: readonly PhraseEntry[] = [
  ...REDUNDANT,
  ...CONFUSABLE,
  ...COLLOQUIAL,
  ...PRESS_BANNED,
  ...ORGAN_NAME,
  ...ADVISORY,
  ...CLICHE,
];
