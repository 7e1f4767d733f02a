/** Building a group from occurrences: forms, counts, the canonical form and the changes. */
import { formKey } from './tokens';
import type { TermChange, TermForm, TermGroup, TermOccurrence, TermRelation } from './types';

export interface GroupOptions {
  relation: TermRelation;
  certain: boolean;
  /** Forms a glossary names as canonical; the first one found among the forms wins. */
  preferred?: ReadonlySet<string>;
  /** Tie-breaker before first occurrence (e.g. Arabic years). */
  tieBreak?: (form: string) => boolean;
  /** Maps an occurrence's text to its form (default: ‘’ read as “”). */
  formOf?: (text: string) => string;
}

/** Groups occurrences by form; undefined unless there are at least two forms. */
export function makeGroup(occurrences: readonly TermOccurrence[], options: GroupOptions): TermGroup | undefined {
  const formOf = options.formOf ?? formKey;
  const byForm = new Map<string, TermForm>();
  const sorted = [...occurrences].sort((a, b) => a.start - b.start);
  for (const o of sorted) {
    const key = formOf(o.text);
    const form = byForm.get(key) ?? { text: key, count: 0, occurrences: [] };
    form.count += 1;
    form.occurrences.push(o);
    byForm.set(key, form);
  }
  if (byForm.size < 2) return undefined;
  const forms = [...byForm.values()];
  const firstAt = (f: TermForm): number => f.occurrences[0]?.start ?? 0;
  let canonical: TermForm | undefined = forms.find((f) => options.preferred?.has(f.text));
  let basis: TermGroup['basis'] = 'glossary';
  if (!canonical) {
    const max = Math.max(...forms.map((f) => f.count));
    const top = forms.filter((f) => f.count === max);
    if (top.length === 1) {
      canonical = top[0];
      basis = 'majority';
    } else {
      const tie = options.tieBreak ? top.filter((f) => options.tieBreak?.(f.text)) : [];
      if (tie.length === 1) {
        canonical = tie[0];
        basis = 'arabic';
      } else {
        canonical = [...top].sort((a, b) => firstAt(a) - firstAt(b))[0];
        basis = 'first';
      }
    }
  }
  const chosen = canonical as TermForm;
  const ordered = [chosen, ...forms.filter((f) => f !== chosen).sort((a, b) => b.count - a.count || firstAt(a) - firstAt(b))];
  const changes: TermChange[] = ordered
    .slice(1)
    // Field by field, one shape (a spread copy of each occurrence is V8's slow path).
    .flatMap((f) => f.occurrences.map((o): TermChange => ({ start: o.start, end: o.end, text: o.text, replacement: chosen.text })))
    .sort((a, b) => a.start - b.start);
  return { relation: options.relation, canonical: chosen.text, basis, certain: options.certain, forms: ordered, changes };
}

export function occurrence(text: string, start: number, end: number): TermOccurrence {
  return { start, end, text: text.slice(start, end) };
}

export function overlapsAnyRange(ranges: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return ranges.some((r) => start < r.end && r.start < end);
}
