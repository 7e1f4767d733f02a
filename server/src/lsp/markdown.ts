/**
 * Text the server sends as Markdown (hover contents): every character Markdown would read as markup
 * is escaped, so that a rule that speaks of `**` shows `**` and not bold text. And where each rule
 * is documented: codeDescription.href and the hover's link.
 */

/**
 * Where docs/rules.md is published. The package has no `repository` field, so this is the one place
 * to change when the repository moves; the product never requests it, it is a link for the user.
 */
export const RULES_DOC_URL = 'https://github.com/gongwen/gongwen/blob/main/docs/rules.md';

/** Where docs/settings.md is published (beside docs/rules.md): the link of the maxProblems note. */
export const SETTINGS_DOC_URL = RULES_DOC_URL.replace(/rules\.md$/, 'settings.md');

/** The anchor docs/rules.md gives a rule (config/ruleDocs.ts writes `<a id="…"></a>` in its row). */
export function ruleAnchor(rule: string): string {
  return rule.replace(/[^A-Za-z0-9._-]/g, '-');
}

/** The documentation of one rule. */
export function ruleDocUrl(rule: string): string {
  return `${RULES_DOC_URL}#${ruleAnchor(rule)}`;
}

/**
 * Plain text as Markdown that renders as that text: inline markup characters are escaped
 * everywhere, block markers (#, >, -, +, 1.) at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_~[\]<>|{}]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/^([ \t]*)([#+=-]|\d+[.)])/gm, (_m, space: string, mark: string) => `${space}${mark.replace(/([#+=.)-])/, '\\$1')}`);
}
