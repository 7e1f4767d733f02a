/**
 * Every rule the analyser runs, in one list. A new rule is one file plus one line here.
 */
import { placeholderUnfilled } from './placeholder-unfilled';
import type { Rule } from '../types';

export const RULES: readonly Rule[] = [placeholderUnfilled];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
