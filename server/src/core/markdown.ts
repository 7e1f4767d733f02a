/**
 * Ranges of a Markdown document that are not prose and that prose rules must skip:
 * YAML front matter, fenced and indented-free code blocks (``` and ~~~), inline code spans,
 * and HTML comments. Kept deliberately small; it is a mask, not a Markdown parser.
 */
import type { OffsetRange } from './types';

export function markdownIgnoredRanges(text: string): OffsetRange[] {
  const ranges: OffsetRange[] = [];

  // Front matter: a first line of --- up to the next line of --- or ...
  const front = text.startsWith('---') || text.startsWith('\uFEFF---') ? /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text) : null;
  let from = 0;
  if (front) {
    ranges.push({ start: 0, end: front[0].length });
    from = front[0].length;
  }

  // Fenced code blocks, then inline code and comments in the rest.
  const fence = /^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm;
  fence.lastIndex = from;
  const blocks: OffsetRange[] = [];
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    blocks.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) fence.lastIndex++;
  }

  const inline = /(`+)(?!`)[^\n]*?(?<!`)\1(?!`)|<!--[\s\S]*?-->/g;
  let cursor = from;
  const scanGap = (start: number, end: number): void => {
    inline.lastIndex = start;
    for (let m = inline.exec(text); m && m.index < end; m = inline.exec(text)) {
      ranges.push({ start: m.index, end: Math.min(end, m.index + m[0].length) });
    }
  };
  for (const block of blocks) {
    scanGap(cursor, block.start);
    ranges.push(block);
    cursor = block.end;
  }
  scanGap(cursor, text.length);
  return ranges.sort((a, b) => a.start - b.start);
}

/** The union of ranges, sorted, with overlapping and touching ones joined. */
export function mergeRanges(...lists: ReadonlyArray<readonly OffsetRange[]>): OffsetRange[] {
  const all = lists.flat().sort((x, y) => x.start - y.start);
  const merged: OffsetRange[] = [];
  for (const r of all) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** True when [start, end) overlaps any of the sorted ranges. */
export function overlapsAny(ranges: readonly OffsetRange[], start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const r = ranges[mid] as OffsetRange;
    if (r.end <= start) low = mid + 1;
    else if (r.start >= end) high = mid - 1;
    else return true;
  }
  return false;
}
