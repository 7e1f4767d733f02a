/**
 * Terminology drift analysis (pure): which terms a document writes in more than one way.
 * Entry point: `findTermGroups(text, words, glossary, ignored)`; formatters for the CLI in
 * `format.ts`; the bundled user dictionary's path is found outside the core,
 * in server/src/segmentation/dictionaries.ts.
 */
export { findTermGroups } from './analysis';
export { BUILTIN_GLOSSARY, mergeGlossary, type GlossaryEntry } from './glossary';
export { KNOWN_ABBREVIATIONS } from './abbreviation';
export { formatGroupsText, groupsToJson, quoteForm, RELATION_NAMES, type TermGroupJson } from './format';
export * from './types';
