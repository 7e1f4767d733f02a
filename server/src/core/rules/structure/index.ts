/**
 * The structure.* rule pack: the three-part pattern of speeches (认识—问题—举措), work summaries
 * (成绩—问题—打算) and research reports (情况—问题—建议), and parallel level-1 headings. All
 * information level and quiet when unsure; built on core/structure/outline.ts.
 */
import type { Rule } from '../../types';
import { structureParallel } from './parallel';
import { structureRoleMissing } from './role-missing';
import { structureRoleOrder } from './role-order';
import { structureShortPart } from './short-part';

export const STRUCTURE_RULES: readonly Rule[] = [structureRoleMissing, structureRoleOrder, structureShortPart, structureParallel];
