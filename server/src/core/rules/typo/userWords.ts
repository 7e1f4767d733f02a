/**
 * The user's words (`words` in settings and .gongwenrc.json, added by the quick fix 加入词典): a
 * place name, a personal name or a proper noun that looks like a typo is accepted once and for
 * all. Every typo.* rule is listed in TYPO_RULES through acceptingUserWords, which drops each of
 * its findings whose flagged text lies inside an occurrence of a user word. It is done here, for
 * the family, rather than in each rule (a rule to come cannot forget it) or in the analyser (which
 * knows no family): the analyser only hands the words to every rule (RuleContext.userWords).
 *
 * A word never spans a line break (the settings refuse one), so a finding's words are on its own
 * line and a line-scoped rule stays line-local.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';

/** True when text[start, end) lies inside an occurrence of one of `words` in `text`. */
export function insideUserWord(text: string, start: number, end: number, words: readonly string[]): boolean {
  for (const word of words) {
    const n = word.length;
    if (n === 0 || n < end - start) continue;
    // An occurrence covering [start, end) begins in [end - n, start].
    for (let at = Math.max(0, end - n); at <= start; at++) if (text.startsWith(word, at)) return true;
  }
  return false;
}

/** The findings of a rule that do not lie inside a user word. */
export function withoutUserWords(context: Pick<RuleContext, 'text' | 'userWords'>, findings: RuleFinding[]): RuleFinding[] {
  const words = context.userWords;
  if (!words || words.length === 0 || findings.length === 0) return findings;
  return findings.filter((f) => !insideUserWord(context.text, f.start, f.end, words));
}

/** The rule, with its findings inside the user's words dropped. */
export function acceptingUserWords(rule: Rule): Rule {
  return { ...rule, check: (context) => withoutUserWords(context, rule.check(context)) };
}
