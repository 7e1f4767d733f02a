/**
 * Applying fixes: one fix to a text, and "fix all" — every preferred (certain) fix in a document,
 * repeated until nothing changes, so that running it twice changes nothing the second time.
 */
import { analyze } from './analyze';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { AnalysisInput, Finding, Fix, TextEdit, Word } from './types';

/** Applies non-overlapping edits (any order) to a text. Throws on overlap: that is a rule bug. */
export function applyFixes(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const e of sorted) {
    if (e.start < cursor) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(cursor, e.start) + e.newText;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/** The preferred fixes of these findings whose edits do not overlap, first come first served. */
export function compatibleEdits(findings: readonly Finding[]): { edits: TextEdit[]; used: Finding[] } {
  const edits: TextEdit[] = [];
  const used: Finding[] = [];
  // The edits taken so far, sorted by start then end: a new edit is checked against its neighbours
  // (a dense draft's thousands of fixes, not every fix against every other).
  const taken: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.preferred);
    if (!fix) continue;
    if (fix.edits.some((e) => clashesWithTaken(e, taken))) continue;
    for (const e of fix.edits) taken.splice(firstAtOrAfter(taken, e.start, e.end), 0, e);
    edits.push(...fix.edits);
    used.push(f);
  }
  return { edits, used };
}

/** The index of the first edit of `sorted` (by start, then end) at or after (start, end). */
function firstAtOrAfter(sorted: readonly TextEdit[], start: number, end: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = sorted[mid] as TextEdit;
    if (m.start < start || (m.start === start && m.end < end)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * True when `e` overlaps an edit of `taken` (sorted by start, then end; not overlapping one
 * another), or is an insertion where one of them starts. Only the edits starting before e's end
 * (at e's place for an insertion) can clash, and of those, walking back, only until one ends at or
 * before e's start: the ones before it end earlier still.
 */
function clashesWithTaken(e: TextEdit, taken: readonly TextEdit[]): boolean {
  const insertion = e.start === e.end;
  let i = firstAtOrAfter(taken, insertion ? e.start + 1 : e.end, -Infinity) - 1;
  for (; i >= 0; i--) {
    const t = taken[i] as TextEdit;
    if ((e.start < t.end && t.start < e.end) || (insertion && t.start === e.start)) return true;
    if (t.end <= e.start && t.start < e.start) return false;
  }
  return false;
}
/**
 * Whether fixing a whole document (the CLI's --fix, `source.fixAll.gongwen`) applies a finding's
 * certain fix: a finding at error or warning breaks a standard, while one at information is a
 * suggestion where the standard allows the text as written (通常, 宜: “一网通办”、“一窗受理”), a house
 * style or a guess. Those are fixed one by one (the quick fix, or fixing all of that one rule),
 * never behind the writer's back. A rule the writer raises to warning is fixed with the rest,
 * except where its finding is soft (the analyser keeps a soft finding at information).
 */
export function fixedByFixAll(finding: Finding): boolean {
  return finding.severity === 'error' || finding.severity === 'warning';
}

export interface FixAllResult {
  text: string;
  /** Findings fixed, over all passes. */
  fixed: Finding[];
  /** One edit that turns the input into `text` (the smallest span that changed), or none. */
  edit: TextEdit | undefined;
}

const MAX_PASSES = 10;

/** A finding whose fix is not applied again in this fix-all: where it is, in the current text. */
interface Held {
  rule: string;
  start: number;
  end: number;
}

/**
 * `wordsFor` gives segmentation for the text of each pass (rules that need words are skipped in a
 * pass where it returns undefined); without it only the input's own words are used, on the input.
 *
 * A fix that would match its own rule again (a custom phrase 局 → 县农业农村局, a glossary form that
 * holds a variant) is not applied: after each pass, a finding of the same rule inside the text a
 * fix inserted undoes that fix, the pass is redone without it, and it stays held back (its place
 * carried through later passes). So fix-all converges, and running it again changes nothing, for
 * any configuration.
 */
export function fixAll(
  input: AnalysisInput,
  settings: Settings = DEFAULT_SETTINGS,
  include: (finding: Finding) => boolean = () => true,
  wordsFor?: (text: string) => readonly Word[] | undefined,
): FixAllResult {
  const analyzeText = (text: string, first: boolean): Finding[] => {
    const words = wordsFor ? wordsFor(text) : first ? input.words : undefined;
    const passInput: AnalysisInput = { text, format: input.format, ...(input.docType ? { docType: input.docType } : {}), ...(words ? { words } : {}) };
    return analyze(passInput, settings).filter(include);
  };
  let text = input.text;
  let findings = analyzeText(text, true);
  let held: Held[] = [];
  const fixed: Finding[] = [];
  for (let pass = 0; pass < MAX_PASSES; ) {
    const heldKeys = new Set(held.map(heldKey));
    const { edits, used } = compatibleEdits(heldKeys.size === 0 ? findings : findings.filter((f) => !heldKeys.has(heldKey(f))));
    if (edits.length === 0) break;
    const next = applyFixes(text, edits);
    if (next === text) break;
    const moved = new EditMap(edits);
    const nextFindings = new FindingsByRule(analyzeText(next, false));
    const selfMatching = used.filter((f) => {
      const fix = f.fixes.find((x) => x.preferred) as Fix;
      return fix.edits.some((e) => {
        if (e.newText.length === 0) return false;
        const at = moved.startOf(e);
        const replaced = text.slice(e.start, e.end);
        return nextFindings.overlapping(f.rule, at, at + e.newText.length).some((g) => {
          const preferred = g.fixes.find((x) => x.preferred);
          // The fix grows (what it flags comes back inside its replacement: 局 → 县农业农村局), or
          // undoes this one (甲 → 乙 → 甲). A cascade that shrinks (... → …… → deleted) goes on.
          const flagged = next.slice(g.start, g.end);
          return !!preferred && preferred.edits.some((x) => (flagged.length > 0 && x.newText.includes(flagged)) || (x.newText === replaced && x.newText.length > 0));
        });
      });
    });
    if (selfMatching.length > 0) {
      // Redo this pass without them (each redo holds back at least one more finding: bounded).
      for (const f of selfMatching) held.push({ rule: f.rule, start: f.start, end: f.end });
      continue;
    }
    held = held.flatMap((h) => (moved.overlaps(h.start, h.end) ? [] : [{ rule: h.rule, start: moved.position(h.start), end: moved.position(h.end) }]));
    text = next;
    findings = nextFindings.all;
    for (const f of used) fixed.push(f);
    pass++;
  }
  return { text, fixed, edit: spanEdit(input.text, text) };
}

function heldKey(h: Held): string {
  return `${h.rule}\u0000${h.start}\u0000${h.end}`;
}

/**
 * Where positions of the text before a set of edits (not overlapping) are after them, each in
 * logarithmic time: the edits sorted by start then end (their ends then never decrease) and the
 * sum of their length changes up to each.
 */
class EditMap {
  private readonly sorted: TextEdit[];
  /** shift[i]: how much the edits before sorted[i] moved the text after them. */
  private readonly shift: number[];
  private readonly index = new Map<TextEdit, number>();

  constructor(edits: readonly TextEdit[]) {
    this.sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    this.shift = [0];
    this.sorted.forEach((e, i) => {
      this.index.set(e, i);
      this.shift.push((this.shift[i] as number) + e.newText.length - (e.end - e.start));
    });
  }

  /** A position, moved by every edit that ends at or before it. */
  position(position: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.sorted[mid] as TextEdit).end <= position) lo = mid + 1;
      else hi = mid;
    }
    return position + (this.shift[lo] as number);
  }

  /** Where one of the edits starts after them all: moved by the edits sorted before it. */
  startOf(edit: TextEdit): number {
    return edit.start + (this.shift[this.index.get(edit) ?? 0] as number);
  }

  /** True when an edit overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    let i = firstAtOrAfter(this.sorted, end, -Infinity) - 1;
    for (; i >= 0; i--) {
      const e = this.sorted[i] as TextEdit;
      if (e.start < end && start < e.end) return true;
      if (e.end <= start) return false;
    }
    return false;
  }
}

/** A pass's findings grouped by rule, each group in text order, to find a rule's findings overlapping a range. */
class FindingsByRule {
  private readonly groups = new Map<string, { findings: Finding[]; longest: number }>();

  constructor(readonly all: Finding[]) {
    for (const f of all) {
      const group = this.groups.get(f.rule);
      if (group) group.findings.push(f);
      else this.groups.set(f.rule, { findings: [f], longest: 0 });
    }
    for (const group of this.groups.values()) {
      group.findings.sort((x, y) => x.start - y.start);
      for (const f of group.findings) group.longest = Math.max(group.longest, f.end - f.start);
    }
  }

  /** The findings of `rule` overlapping [start, end): those starting before `end`, back to the rule's longest finding before `start`. */
  overlapping(rule: string, start: number, end: number): Finding[] {
    const group = this.groups.get(rule);
    if (!group) return [];
    const { findings, longest } = group;
    let lo = 0;
    let hi = findings.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((findings[mid] as Finding).start < end) lo = mid + 1;
      else hi = mid;
    }
    const hits: Finding[] = [];
    for (let i = lo - 1; i >= 0; i--) {
      const g = findings[i] as Finding;
      if (g.start < start - longest) break;
      if (g.start < end && start < g.end) hits.push(g);
    }
    return hits;
  }
}

/** The single edit replacing the changed middle of `before` to give `after`. */
export function spanEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  // Never split a surrogate pair.
  if (start > 0 && isHigh(before.charCodeAt(start - 1))) start--;
  if (endBefore < before.length && isLow(before.charCodeAt(endBefore))) {
    endBefore++;
    endAfter++;
  }
  return { start, end: endBefore, newText: after.slice(start, endAfter) };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
