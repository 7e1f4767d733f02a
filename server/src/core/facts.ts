/**
 * Document facts (types.ts DocumentFacts): what the analyser reads from the whole text once per
 * analysis and hands to every rule context, so that rules whose findings on a line depend only on
 * the line and these facts (name.renamed, name.region: the document's year) run line by line and
 * are cached per line. The line cache holds while sameFacts says the facts did not change.
 */
import { documentYear } from './rules/name/helpers';
import type { DocumentFacts, RuleContext } from './types';

/** The facts of a document (its text and the ranges no rule reads). */
export function documentFacts(context: Pick<RuleContext, 'text' | 'ignored'>): DocumentFacts {
  return { year: documentYear(context) };
}

/** The facts a rule works with: the analyser's, or read from the context's text when a caller gave none. */
export function factsOf(context: RuleContext): DocumentFacts {
  return context.facts ?? documentFacts(context);
}

export function sameFacts(a: DocumentFacts | undefined, b: DocumentFacts | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.year === b.year);
}
