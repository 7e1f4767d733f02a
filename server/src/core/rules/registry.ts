/**
 * Every rule the analyser runs, in one list. A rule is one file; each family (punct, number,
 * heading, phrase, doctype) lists its rules in its own index.ts.
 */
import { DOCTYPE_RULES } from './doctype';
import { HEADING_RULES } from './heading';
import { NAME_RULES } from './name';
import { NUMBER_RULES } from './number';
import { PHRASE_RULES } from './phrase';
import { CUSTOM_PHRASE_RULE_ID, customPhraseRule } from './phrase-custom';
import { placeholderUnfilled } from './placeholder-unfilled';
import { PUNCT_RULES } from './punct';
import { STRUCTURE_RULES } from './structure';
import { TERM_RULES } from './term';
import { TYPO_RULES } from './typo';
import type { Rule } from '../types';

export const RULES: readonly Rule[] = [placeholderUnfilled, ...PUNCT_RULES, ...NUMBER_RULES, ...HEADING_RULES, ...PHRASE_RULES, ...TYPO_RULES, ...DOCTYPE_RULES, ...TERM_RULES, ...STRUCTURE_RULES, ...NAME_RULES];

/** Every rule id a setting may name, including `phrase.custom`, which settings create. */
export const RULE_IDS: readonly string[] = [...RULES.map((r) => r.id), CUSTOM_PHRASE_RULE_ID];

const CUSTOM_PHRASE_RULE = customPhraseRule([]);

/** The rule with this id (including `phrase.custom`, for its description and docs). */
export function findRule(id: string): Rule | undefined {
  return id === CUSTOM_PHRASE_RULE_ID ? CUSTOM_PHRASE_RULE : RULES.find((r) => r.id === id);
}
