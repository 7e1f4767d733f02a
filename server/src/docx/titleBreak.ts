/**
 * Where a long title breaks (GB/T 9704-2012 7.3.1: 标题……回行时，要做到词意完整，排列对称，长短
 * 适宜，间距恰当): lines no longer than the line holds, breaks only between words, the lines as
 * even as possible, and a break before 关于 or after 的 preferred (they part the 发文机关, the 事由
 * and the 文种). Word boundaries come from the segmentation when the caller has it; without it,
 * only the boundaries that need no dictionary are safe (before 关于, after 的, around punctuation
 * and between a number and a 汉字), and any other break is a last resort. Word never wraps a line
 * this chooses: each line is at most `perLine` characters wide.
 */
import type { OffsetRange } from '../core';
import { widthInChars } from './layout';

/**
 * Characters of 2号 (22 pt) type a title line is given. 156 mm holds 20 at 22 pt, but the document
 * grid (28 characters of 3号 a line) spaces larger type out in some readers: LibreOffice 7.4 wraps a
 * 20-character title after 18 (measured). 18 keeps every line chosen here from wrapping again.
 */
export const TITLE_CHARS_PER_LINE = 18;

const PUNCT = /[、，,：:；;“”‘’《》（）()—…·]/;

/** Cost of breaking before offset i: lower is better; Infinity never. */
function breakCost(title: string, i: number, boundaries: ReadonlySet<number> | undefined): number {
  const before = title.charAt(i - 1);
  const after = title.charAt(i);
  // Never inside a surrogate pair, a number (2026), or before a closing mark.
  if (/[\udc00-\udfff]/.test(after) || (/[0-9A-Za-z.]/.test(before) && /[0-9A-Za-z.%]/.test(after)) || /[、，,。：:；;”’》）)]/.test(after)) return Infinity;
  if (/[“‘《（(]/.test(before)) return Infinity;
  let cost: number;
  if (boundaries && !boundaries.has(i) && !PUNCT.test(before) && !PUNCT.test(after)) cost = 1000;
  else if (title.startsWith('关于', i)) cost = -6;
  else if (before === '的') cost = -3;
  else if (PUNCT.test(before) || PUNCT.test(after)) cost = -1;
  else if (boundaries) cost = 0;
  else if (/[0-9]/.test(before) !== /[0-9]/.test(after)) cost = 0;
  // Without words: next to a conjunction or a date (年 月 日) or after 省 is likelier a boundary than not.
  else cost = /[和与及并年月日省]/.test(before) || /[和与及并]/.test(after) ? 200 : 1000;
  // Inside a cited title (《……》) only when nothing else fits.
  const open = title.slice(0, i);
  if (open.lastIndexOf('《') > open.lastIndexOf('》')) cost += 15;
  return cost;
}

/**
 * The title's lines. `words`, when given, are the title's words (offsets into `title`): a break
 * falls only between them (or at a punctuation mark).
 */
export function titleLines(title: string, words?: readonly OffsetRange[], perLine: number = TITLE_CHARS_PER_LINE): string[] {
  const total = widthInChars(title);
  if (total <= perLine || title.length < 4) return [title];
  const boundaries = words && words.length > 0 ? new Set(words.flatMap((w) => [w.start, w.end])) : undefined;
  const n = title.length;
  const width = (a: number, b: number) => widthInChars(title.slice(a, b));
  const minLines = Math.ceil(total / perLine);
  let best: { cost: number; cuts: number[] } | undefined;
  for (let lines = minLines; lines <= minLines + 1; lines++) {
    const target = total / lines;
    // cost[k][i]: best cost of k lines covering title[0, i).
    const cost: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(Infinity));
    const from: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(-1));
    cost[0]![0] = 0;
    for (let k = 1; k <= lines; k++) {
      for (let i = 1; i <= n; i++) {
        const here = i === n ? 0 : breakCost(title, i, boundaries);
        if (here === Infinity) continue;
        for (let j = k - 1; j < i; j++) {
          const prev = cost[k - 1]![j]!;
          if (prev === Infinity) continue;
          const w = width(j, i);
          if (w > perLine) continue;
          const c = prev + here + (w - target) ** 2;
          if (c < cost[k]![i]!) {
            cost[k]![i] = c;
            from[k]![i] = j;
          }
        }
      }
    }
    // One more line than needed only when it is much better (an unbreakable stretch, say).
    const total_ = cost[lines]![n]! + (lines > minLines ? 40 : 0);
    if (total_ < (best?.cost ?? Infinity)) {
      const cuts: number[] = [];
      for (let k = lines, i = n; k > 0; i = from[k]![i]!, k--) cuts.unshift(i);
      best = { cost: total_, cuts };
    }
  }
  if (!best) return [title];
  const out: string[] = [];
  let start = 0;
  for (const cut of best.cuts) {
    out.push(title.slice(start, cut));
    start = cut;
  }
  return out;
}
