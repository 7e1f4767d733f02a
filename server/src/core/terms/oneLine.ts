/**
 * The one line a check changed since the last check of a relation, for the relations that make
 * the last check's groups again when a keystroke changed a single line in nothing they read
 * (punctuation, glossary, numerals): the groups are the same, their occurrences after that line
 * moved by the change in its length. Lines are compared by their memo: the same cached line,
 * wherever it stands, has the same memo (lines.ts).
 */
import type { OffsetRange } from '../types';
import { sameMask } from '../text/sameLines';
import type { TermLine } from './shapes';
import type { TermGroup } from './types';

/** The line that changed, and how many code units longer it is now (negative: shorter). */
export interface LineChange {
  /** Its number, or -1 when no line changed. */
  index: number;
  delta: number;
}

/**
 * The line whose memo is not the last check's, when the two lists have the same length, only one
 * line differs (or none) and the others stand where they stood (moved by the change, after it);
 * undefined otherwise (lines added or removed, several changed, a line break rewritten).
 */
export function changedLine(was: readonly TermLine[], now: readonly TermLine[]): LineChange | undefined {
  if (was.length !== now.length) return undefined;
  let index = -1;
  for (let i = 0; i < now.length; i++) {
    if ((now[i] as TermLine).memo === (was[i] as TermLine).memo) continue;
    if (index >= 0) return undefined;
    index = i;
  }
  const delta = index < 0 ? 0 : (now[index] as TermLine).text.length - (was[index] as TermLine).text.length;
  // Every other line where it was, or moved by the change (a line break rewritten, \n for \r\n,
  // leaves every line's text and memo as they were and moves the lines after it).
  for (let i = 0; i < now.length; i++) if (i !== index && (now[i] as TermLine).base !== (was[i] as TermLine).base + (index >= 0 && i > index ? delta : 0)) return undefined;
  return { index, delta };
}

/**
 * Whether the masked ranges are the last check's around the changed line: those before it where
 * they were, those after it moved with it, none reaching into it.
 */
function sameMaskAround(was: readonly TermLine[], change: LineChange, before: readonly OffsetRange[], after: readonly OffsetRange[]): boolean {
  if (change.index < 0) return sameMask(before, after, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 0);
  const line = was[change.index] as TermLine;
  return sameMask(before, after, line.base, line.base + line.text.length, change.delta);
}

/** What a relation keeps of its last check with lines: those lines, the masked ranges and the groups. */
export interface KeptGroups {
  lines: readonly TermLine[];
  ignored: readonly OffsetRange[];
  groups: TermGroup[];
}

/**
 * The kept groups for `lines`, moved with the text after the changed line: when one line at most
 * changed, the masked ranges are the same around it and `untouched` says the relation reads nothing
 * in it (the line as it was and as it is, and its number); undefined otherwise.
 */
export function groupsMoved(
  was: KeptGroups,
  lines: readonly TermLine[],
  ignored: readonly OffsetRange[],
  untouched: (before: TermLine, now: TermLine, index: number) => boolean,
): TermGroup[] | undefined {
  const change = changedLine(was.lines, lines);
  if (!change || !sameMaskAround(was.lines, change, was.ignored, ignored)) return undefined;
  if (change.index < 0) return was.groups.map((g) => movedGroup(g, 0, 0));
  const before = was.lines[change.index] as TermLine;
  if (!untouched(before, lines[change.index] as TermLine, change.index)) return undefined;
  return was.groups.map((g) => movedGroup(g, before.base + before.text.length, change.delta));
}

/** A group with its occurrences and changes from `from` on moved by `by` (new objects throughout, the same shape). */
function movedGroup(group: TermGroup, from: number, by: number): TermGroup {
  const move = <T extends OffsetRange>(o: T, copy: (start: number, end: number) => T): T => (o.start >= from ? copy(o.start + by, o.end + by) : copy(o.start, o.end));
  return {
    ...group,
    forms: group.forms.map((f) => ({ text: f.text, count: f.count, occurrences: f.occurrences.map((o) => move(o, (start, end) => ({ start, end, text: o.text }))) })),
    changes: group.changes.map((c) => move(c, (start, end) => ({ ...c, start, end }))),
  };
}

/** Whether each relation's last check made the last check's groups again (a test's hook). */
const REUSED = new Map<string, boolean>();

export function noteReuse(relation: 'punctuation' | 'glossary' | 'numeral', reused: boolean): void {
  REUSED.set(relation, reused);
}

export function lastReused(relation: 'punctuation' | 'glossary' | 'numeral'): boolean | undefined {
  return REUSED.get(relation);
}
