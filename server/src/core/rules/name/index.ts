/** The name.* rule pack (名称): organisations renamed by the reforms, province–city chains, leftovers of a copied document, leaders' titles. */
import type { Rule } from '../../types';
import { nameLeftover } from './leftover';
import { nameRegion } from './region';
import { nameRenamed } from './renamed';
import { nameTitle } from './title';

export const NAME_RULES: readonly Rule[] = [nameRenamed, nameRegion, nameLeftover, nameTitle];
