/**
 * Applying fixes: one fix to a text, and "fix all" — every preferred (certain) fix in a document,
 * repeated until nothing changes, so that running it twice changes nothing the second time.
 */
import { analyze } from './analyze';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { AnalysisInput, Finding, TextEdit, Word } from './types';

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

/**
 * `wordsFor` gives segmentation for the text of each pass (rules that need words are skipped in a
 * pass where it returns undefined); without it only the input's own words are used, on the input.
 */
export function fixAll(
  input: AnalysisInput,
  settings: Settings = DEFAULT_SETTINGS,
  include: (finding: Finding) => boolean = () => true,
  wordsFor?: (text: string) => readonly Word[] | undefined,
): FixAllResult {
  let text = input.text;
  const fixed: Finding[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const words = wordsFor ? wordsFor(text) : pass === 0 ? input.words : undefined;
    const passInput: AnalysisInput = { text, format: input.format, ...(input.docType ? { docType: input.docType } : {}), ...(words ? { words } : {}) };
    const findings = analyze(passInput, settings).filter(include);
    const { edits, used } = compatibleEdits(findings);
    if (edits.length === 0) break;
    const next = applyFixes(text, edits);
    if (next === text) break;
    text = next;
    for (const f of used) fixed.push(f);
  }
  return { text, fixed, edit: spanEdit(input.text, text) };
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
