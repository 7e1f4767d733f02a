/**
 * Shared by the term.* rules: running the drift analysis once per context, and turning a group's
 * changes into findings with counts, related places and a "统一为…" fix.
 */
import { findTermGroups } from '../../terms/analysis';
import { quoteForm } from '../../terms/format';
import type { TermChange, TermGroup } from '../../terms/types';
import type { Fix, RelatedPlace, RuleContext, RuleFinding } from '../../types';

const cache = new WeakMap<RuleContext, TermGroup[]>();

/** The context's term groups (computed once for both rules of one analysis). */
export function groupsOf(context: RuleContext): TermGroup[] {
  let groups = cache.get(context);
  if (!groups) {
    groups = context.words ? findTermGroups(context.text, context.words, context.terms, context.ignored) : [];
    cache.set(context, groups);
  }
  return groups;
}

/** “A”出现 1 次，“B”出现 3 次 — this occurrence's form first, then the others. */
export function countsPhrase(group: TermGroup, first: string): string {
  const forms = [...group.forms].sort((a, b) => Number(b.text === first) - Number(a.text === first));
  return forms.map((f) => `${quoteForm(f.text)}出现 ${f.count} 次`).join('，');
}

/** The other occurrences of the group, for LSP relatedInformation (at most 20). */
export function relatedPlaces(group: TermGroup, self: TermChange): RelatedPlace[] {
  const all = group.forms.flatMap((f) => f.occurrences.map((o) => ({ ...o, form: f.text })));
  return all
    .filter((o) => o.start !== self.start || o.end !== self.end)
    .sort((a, b) => a.start - b.start)
    .slice(0, 20)
    .map((o) => ({
      start: o.start,
      end: o.end,
      message: o.form === group.canonical ? `${quoteForm(o.form)}（建议的写法）` : `${quoteForm(o.form)}（同一术语的另一写法）`,
    }));
}

/** One fix rewriting every occurrence in the document that should become `replacement`. */
export function unifyFix(group: TermGroup, replacement: string, preferred: boolean, skip: (c: TermChange) => boolean): Fix {
  const edits = group.changes
    .filter((c) => c.replacement === replacement && !skip(c))
    .map((c) => ({ start: c.start, end: c.end, newText: replacement }));
  return { title: `统一为${quoteForm(replacement)}`, edits, ...(preferred ? { preferred: true } : {}) };
}

export function isIgnored(context: RuleContext, start: number, end: number): boolean {
  return context.ignored.some((r) => start < r.end && r.start < end);
}

/** Findings for the changes of the groups, one per change, with the given message. */
export function findingsFor(
  context: RuleContext,
  rule: string,
  groups: readonly TermGroup[],
  message: (group: TermGroup, change: TermChange) => string,
  preferred: boolean,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const skip = (c: TermChange): boolean => isIgnored(context, c.start, c.end);
  for (const group of groups) {
    for (const change of group.changes) {
      if (skip(change)) continue;
      findings.push({
        rule,
        start: change.start,
        end: change.end,
        message: message(group, change),
        fixes: [unifyFix(group, change.replacement, preferred, skip)],
        related: relatedPlaces(group, change),
        ...(group.certain ? {} : { soft: true }),
      });
    }
  }
  return findings;
}
