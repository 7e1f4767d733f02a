/**
 * Shared by the term.* rules: running the drift analysis once per context, and turning a group's
 * changes into findings with counts, related places and a "统一为…" fix.
 */
import { overlapsAny } from '../../markdown';
import { findTermGroups } from '../../terms/analysis';
import { quoteForm } from '../../terms/format';
import { firstIndex } from '../../text/search';
import type { TermChange, TermForm, TermGroup, TermOccurrence } from '../../terms/types';
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

interface Placed {
  start: number;
  end: number;
  form: string;
}

/** Every occurrence of the group, in text order, with its form. */
function placesOf(group: TermGroup): Placed[] {
  return group.forms.flatMap((f) => f.occurrences.map((o) => ({ start: o.start, end: o.end, form: f.text }))).sort((a, b) => a.start - b.start);
}

/** A group with at most this many other places lists them all; a bigger one, the nearest of each form. */
const MAX_RELATED = 8;

/** What a related place of each form says: the chosen form, or another writing (made once per group, not per place). */
function placeLabels(group: TermGroup): Map<string, string> {
  const labels = new Map<string, string>();
  for (const f of group.forms) labels.set(f.text, f.text === group.canonical ? `${quoteForm(f.text)}（建议的写法）` : `${quoteForm(f.text)}（同一术语的另一写法）`);
  return labels;
}

/** Puts a short list in text order, in place (insertion sort: a finding's few nearest places, without the allocation of Array.prototype.sort). */
function sortByStart(list: RelatedPlace[]): void {
  for (let i = 1; i < list.length; i++) {
    const x = list[i] as RelatedPlace;
    let j = i - 1;
    for (; j >= 0 && (list[j] as RelatedPlace).start > x.start; j--) list[j + 1] = list[j] as RelatedPlace;
    list[j + 1] = x;
  }
}

/**
 * A group's related places, one object per occurrence, shared by the findings that list it (read
 * only): a big group's thousand findings list a few neighbours each, the same ones many times.
 * Kept by form and occurrence number (arrays, not a map by offset).
 */
class GroupPlaces {
  private readonly made: Array<Array<RelatedPlace | undefined> | undefined> = [];
  constructor(
    private readonly group: TermGroup,
    private readonly labels: ReadonlyMap<string, string>,
  ) {}

  /** The place of occurrence `i` of form `f`. */
  at(f: number, i: number): RelatedPlace {
    const form = this.group.forms[f] as TermForm;
    const made = (this.made[f] ??= new Array<RelatedPlace | undefined>(form.occurrences.length));
    let place = made[i];
    if (!place) {
      const o = form.occurrences[i] as TermOccurrence;
      made[i] = place = { start: o.start, end: o.end, message: this.labels.get(form.text) as string };
    }
    return place;
  }
}

/**
 * The other places of the group for LSP relatedInformation: all of them in a small group; in a
 * big one, each form's occurrences nearest before and after this one (at most MAX_RELATED, in
 * text order), found by binary search. Every finding listing the same first twenty places made a
 * 100k draft's publication 2.7 MB, and the places far from the finding were of no use.
 */
function relatedPlaces(group: TermGroup, labels: ReadonlyMap<string, string>, shared: GroupPlaces, places: readonly Placed[], self: TermChange): RelatedPlace[] {
  const isSelf = (o: { start: number; end: number }): boolean => o.start === self.start && o.end === self.end;
  if (places.length <= MAX_RELATED + 1) {
    const all: RelatedPlace[] = [];
    for (const o of places) if (!isSelf(o)) all.push({ start: o.start, end: o.end, message: labels.get(o.form) as string });
    return all;
  }
  const near: RelatedPlace[] = [];
  for (let f = 0; f < group.forms.length; f++) {
    const occ = (group.forms[f] as TermForm).occurrences;
    // The first occurrence starting at or after this one.
    const low = firstIndex(occ.length, (i) => (occ[i] as TermOccurrence).start < self.start);
    let after = low;
    if (after < occ.length && isSelf(occ[after] as TermOccurrence)) after++;
    if (low > 0) near.push(shared.at(f, low - 1));
    if (after < occ.length) near.push(shared.at(f, after));
  }
  if (near.length > MAX_RELATED) {
    near.sort((a, b) => Math.abs(a.start - self.start) - Math.abs(b.start - self.start));
    near.length = MAX_RELATED;
  }
  sortByStart(near);
  return near;
}

/** One fix rewriting every occurrence in the document that should become `replacement`. */
function unifyFix(group: TermGroup, replacement: string, preferred: boolean, skip: (c: TermChange) => boolean): Fix {
  const edits = group.changes
    .filter((c) => c.replacement === replacement && !skip(c))
    .map((c) => ({ start: c.start, end: c.end, newText: replacement }));
  return { title: `统一为${quoteForm(replacement)}`, edits, ...(preferred ? { preferred: true } : {}) };
}

/** context.ignored is sorted and merged: a binary search. */
function isIgnored(context: RuleContext, start: number, end: number): boolean {
  return overlapsAny(context.ignored, start, end);
}

/** Findings for the changes of the groups, one per change, with the given message. */
export function findingsFor(
  context: RuleContext,
  rule: string,
  groups: readonly TermGroup[],
  /** The finding's message; must depend only on the group and the change's text, replacement and reason. */
  message: (group: TermGroup, change: TermChange) => string,
  preferred: boolean,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const skip = (c: TermChange): boolean => isIgnored(context, c.start, c.end);
  for (const group of groups) {
    // A group's fix and places are built once and shared by its findings (read-only), so that
    // the work stays linear in the number of occurrences (a 200k draft has a thousand changes).
    const places = placesOf(group);
    const labels = placeLabels(group);
    const shared = new GroupPlaces(group, labels);
    const fixes = new Map<string, Fix[]>();
    // A message depends on the group and the change's text, replacement and reason: built once per
    // distinct change, not once per occurrence (a group can have hundreds).
    const messages = new Map<string, string>();
    const messageOf = (change: TermChange): string => {
      const key = `${change.reason ?? ''}\u0000${change.text}\u0000${change.replacement}`;
      let m = messages.get(key);
      if (m === undefined) {
        m = message(group, change);
        messages.set(key, m);
      }
      return m;
    };
    for (const change of group.changes) {
      if (skip(change)) continue;
      let fix = fixes.get(change.replacement);
      if (!fix) {
        fix = [unifyFix(group, change.replacement, preferred, skip)];
        fixes.set(change.replacement, fix);
      }
      findings.push({
        rule,
        start: change.start,
        end: change.end,
        message: messageOf(change),
        fixes: fix,
        related: relatedPlaces(group, labels, shared, places, change),
        ...(group.certain ? {} : { soft: true }),
      });
    }
  }
  return findings;
}
