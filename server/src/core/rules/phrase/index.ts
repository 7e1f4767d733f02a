/** The phrase.* rule pack. The phrase lists are data in ./data; ./helpers turns them into rules. */
import type { Rule } from '../../types';
import { phraseAdvisory } from './advisory';
import { phraseCliche } from './cliche';
import { phraseColloquial } from './colloquial';
import { phraseConfusable } from './confusable';
import { phraseOrganName } from './organ-name';
import { phrasePressBanned } from './press-banned';
import { phraseRedundant } from './redundant';

export const PHRASE_RULES: readonly Rule[] = [
  phraseRedundant,
  phraseConfusable,
  phraseColloquial,
  phrasePressBanned,
  phraseOrganName,
  phraseAdvisory,
  phraseCliche,
];
