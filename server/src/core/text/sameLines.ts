/**
 * The lines an edit left alone. A check that keeps its text's lines (where each starts and ends)
 * and its masked ranges lets the next check find, without slicing or hashing them, the lines
 * before and after the edit: the analyser gives them their line findings again, the drift lines
 * their cached entries.
 */
import type { OffsetRange } from '../types';

/** What a check keeps of its text to find the lines the next edit leaves alone. */
export interface LinesOfText {
  text: string;
  /** The masked ranges (sorted, merged) the check read the text with. */
  ignored: readonly OffsetRange[];
  /** Each line's start and end (before its line break). */
  starts: readonly number[];
  ends: readonly number[];
}

/** The last check's lines an edit left alone, and how many code units the two texts share at their ends. */
export interface SameLines {
  shared: number;
  /** The last check's number of the new text's line `index` starting at `start` (asked in text order), or -1 for a line to look up. */
  oldLine(index: number, start: number): number;
}

/**
 * The last check's lines an edit left as they were: those wholly inside the text both versions
 * begin with (line break included), and those wholly inside the text they end with (the line
 * break before them included). Undefined when the masked ranges changed where lines were left alone.
 */
export function sameLines(last: LinesOfText, text: string, ignored: readonly OffsetRange[]): SameLines | undefined {
  const before = last.text;
  const most = Math.min(before.length, text.length);
  const prefix = sharedStart(before, text, most);
  const suffix = sharedEnd(before, text, most - prefix);
  const delta = text.length - before.length;
  // The old text's [suffixFrom, end) is the new text's [suffixFrom + delta, end).
  const suffixFrom = before.length - suffix;
  if (!sameMask(last.ignored, ignored, prefix, suffixFrom, delta)) return undefined;
  // The same text: its last line (no break after it) is the same too.
  const whole = prefix === before.length && prefix === text.length ? 1 : 0;
  let k = 0; // the first old line of the suffix not passed yet
  return {
    shared: prefix + suffix,
    oldLine(index, start) {
      // A line of the shared beginning: the same number and place, its break shared too.
      if (index < last.starts.length && last.starts[index] === start && (last.ends[index] as number) < prefix + whole) return index;
      // A line of the shared end: the break before it shared (so it starts a line in both).
      const was = start - delta;
      if (was - 1 < suffixFrom) return -1;
      while (k < last.starts.length && (last.starts[k] as number) < was) k++;
      return last.starts[k] === was ? k : -1;
    },
  };
}

/**
 * Whether the masked ranges of the last check are this check's for the lines an edit left alone:
 * the same list, those before the edit (ending by `prefix`) where they were, those after it
 * (starting from `suffixFrom` in the old text) moved by `delta`. A range that came, went or
 * reaches into the edit (a fence opened, a suppression comment typed, typing in code) sends every
 * line to the lookup.
 */
export function sameMask(before: readonly OffsetRange[], after: readonly OffsetRange[], prefix: number, suffixFrom: number, delta: number): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) {
    const a = before[i] as OffsetRange;
    const b = after[i] as OffsetRange;
    const by = a.end <= prefix ? 0 : a.start >= suffixFrom ? delta : undefined;
    if (by === undefined || b.start !== a.start + by || b.end !== a.end + by) return false;
  }
  return true;
}

/**
 * Blocks compared at once, then single code units: string equality compares a block at memory
 * speed, where a loop of charCodeAt over a 200,000-character text took a millisecond or more.
 */
const BLOCKS = [4096, 256, 16, 1];

/** How many code units `a` and `b` share at their start (at most `most`). */
function sharedStart(a: string, b: string, most: number): number {
  let at = 0;
  for (const size of BLOCKS) while (at + size <= most && a.slice(at, at + size) === b.slice(at, at + size)) at += size;
  return at;
}

/** How many code units `a` and `b` share at their end (at most `most`). */
function sharedEnd(a: string, b: string, most: number): number {
  let n = 0;
  for (const size of BLOCKS) while (n + size <= most && a.slice(a.length - n - size, a.length - n) === b.slice(b.length - n - size, b.length - n)) n += size;
  return n;
}
