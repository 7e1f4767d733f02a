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
  const taken: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.preferred);
    if (!fix) continue;
    const clashes = fix.edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end || (e.start === e.end && e.start === t.start)));
    if (clashes) continue;
    taken.push(...fix.edits);
    edits.push(...fix.edits);
    used.push(f);
  }
  return { edits, used };
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
    const { edits, used } = compatibleEdits(findings.filter((f) => !held.some((h) => h.rule === f.rule && h.start === f.start && h.end === f.end)));
    if (edits.length === 0) break;
    const next = applyFixes(text, edits);
    if (next === text) break;
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const nextFindings = analyzeText(next, false);
    const selfMatching = used.filter((f) => {
      const fix = f.fixes.find((x) => x.preferred) as Fix;
      return fix.edits.some((e) => {
        if (e.newText.length === 0) return false;
        const at = mapPosition(e.start, sorted, e);
        const replaced = text.slice(e.start, e.end);
        return nextFindings.some((g) => {
          if (g.rule !== f.rule || g.start >= at + e.newText.length || at >= g.end) return false;
          const again = g.fixes.find((x) => x.preferred);
          // The fix grows (what it flags comes back inside its replacement: 局 → 县农业农村局), or
          // undoes this one (甲 → 乙 → 甲). A cascade that shrinks (... → …… → deleted) goes on.
          const flagged = next.slice(g.start, g.end);
          return !!again && again.edits.some((x) => (flagged.length > 0 && x.newText.includes(flagged)) || (x.newText === replaced && x.newText.length > 0));
        });
      });
    });
    if (selfMatching.length > 0) {
      // Redo this pass without them (each redo holds back at least one more finding: bounded).
      for (const f of selfMatching) held.push({ rule: f.rule, start: f.start, end: f.end });
      continue;
    }
    held = held.flatMap((h) => {
      if (sorted.some((e) => e.start < h.end && h.start < e.end)) return [];
      return [{ rule: h.rule, start: mapPosition(h.start, sorted), end: mapPosition(h.end, sorted) }];
    });
    text = next;
    findings = nextFindings;
    for (const f of used) fixed.push(f);
    pass++;
  }
  return { text, fixed, edit: spanEdit(input.text, text) };
}

/**
 * Where a position of the text before `edits` (sorted, not overlapping) is after them: moved by
 * every edit that ends at or before it. With `own`, the position is that edit's start, and only
 * the edits sorted before it count.
 */
function mapPosition(position: number, sorted: readonly TextEdit[], own?: TextEdit): number {
  let delta = 0;
  for (const e of sorted) {
    if (e === own) break;
    if (e.end > position) break;
    delta += e.newText.length - (e.end - e.start);
  }
  return position + delta;
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
