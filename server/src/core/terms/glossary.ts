/**
 * Relation 5: glossary variants. Built-in canonical fixed expressions, as printed in Xinhua and
 * People's Daily copy, with their common wrong variants, plus the user's own terms
 * (`.gongwenrc.json` `terms`). A variant occurrence inside an occurrence of the canonical form
 * (四个意识 inside “四个意识”, 二十大 inside 党的二十大) is not a variant, nor is one inside a
 * quotation or a 《》 title (a document's name is cited as it was issued).
 */
import { occurrence, overlapsAnyRange } from './group';
import { groupsMoved, noteReuse, type KeptGroups } from './oneLine';
import type { OffsetRange, TermEntry } from '../types';
import type { TermChange, TermGroup, TermOccurrence } from './types';
import type { TermLine } from './shapes';

export interface GlossaryEntry extends TermEntry {
  /** A variant occurrence counts only when the text after it matches (e.g. 二十大 + 精神). */
  followedBy?: RegExp;
  /** Built in (not from the user's settings). */
  builtin?: boolean;
}

const QUOTED = (canonical: string, ...more: string[]): GlossaryEntry => ({
  canonical: `“${canonical}”`,
  variants: [canonical, ...more],
  builtin: true,
});

/** Canonical fixed expressions (primer §8), each checked against wire copy. */
export const BUILTIN_GLOSSARY: readonly GlossaryEntry[] = [
  {
    canonical: '习近平新时代中国特色社会主义思想',
    variants: ['习近平新时代中国特色社会主义理论', '习近平新时代特色社会主义思想', '习近平新时代中国社会主义思想', '习近平中国特色社会主义思想'],
    builtin: true,
  },
  {
    canonical: '以习近平同志为核心的党中央',
    variants: ['以习近平总书记为核心的党中央', '以习近平为核心的党中央', '以习近平同志为首的党中央', '以习近平同志为核心党中央'],
    builtin: true,
  },
  {
    canonical: '党的二十大',
    variants: ['党的20大', '党的第二十大', '二十大'],
    followedBy: /^(?:精神|报告|以来|提出|作出|部署|胜利召开|代表|期间|强调|指出|明确|擘画|描绘|确定|重大|召开)/,
    builtin: true,
  },
  QUOTED('四个意识'),
  QUOTED('四个自信'),
  QUOTED('两个确立'),
  QUOTED('两个维护'),
  { canonical: '“五位一体”总体布局', variants: ['五位一体总体布局', '“五位一体”战略布局', '五位一体战略布局'], builtin: true },
  { canonical: '“四个全面”战略布局', variants: ['四个全面战略布局', '“四个全面”总体布局', '四个全面总体布局'], builtin: true },
  QUOTED('五位一体'),
  QUOTED('四个全面'),
  { canonical: '共建“一带一路”倡议', variants: ['共建一带一路倡议', '共建“一带一路”战略', '共建一带一路战略'], builtin: true },
  { canonical: '“一带一路”倡议', variants: ['“一带一路”战略', '一带一路战略', '一带一路倡议'], builtin: true },
  QUOTED('一带一路'),
  QUOTED('两个一百年'),
  QUOTED('三农'),
  QUOTED('放管服'),
  QUOTED('十四五'),
  QUOTED('十五五'),
];

/** The merged glossary by the user's list (the settings' own array: the same while they hold). */
const MERGED = new WeakMap<readonly TermEntry[], GlossaryEntry[]>();

/** Built-in entries plus the user's (the user's first, so they win on overlap). */
export function mergeGlossary(user: readonly TermEntry[]): GlossaryEntry[] {
  let merged = MERGED.get(user);
  if (!merged) {
    merged = [...user.filter((e) => e.canonical && Array.isArray(e.variants)), ...BUILTIN_GLOSSARY];
    MERGED.set(user, merged);
  }
  return merged;
}

/** Every form glossaryGroups searches for (canonical, its nested quotes, variants), each once, with its index. */
interface Needles {
  list: string[];
  index: Map<string, number>;
  /** Some form has a line break (searched in the whole text, not line by line). */
  crossesLines: boolean;
}
const NEEDLES = new WeakMap<readonly GlossaryEntry[], Needles>();

function needlesOf(glossary: readonly GlossaryEntry[]): Needles {
  let n = NEEDLES.get(glossary);
  if (!n) {
    const index = new Map<string, number>();
    let crossesLines = false;
    for (const e of glossary) {
      const forms = [e.canonical, e.canonical.replace(/“/g, '‘').replace(/”/g, '’'), ...e.variants];
      // A form with a line break is searched in the whole text (it is no line's).
      for (const f of forms) {
        if (f && /[\r\n]/.test(f)) crossesLines = true;
        else if (f && !index.has(f)) index.set(f, index.size);
      }
    }
    n = { list: [...index.keys()], index, crossesLines };
    NEEDLES.set(glossary, n);
  }
  return n;
}

/** A line's occurrences of the needles: (needle index, offset in the line) pairs, in needle order. */
export interface LineGlossary {
  needles: readonly string[];
  hits: Int32Array;
}

function lineHits(line: TermLine, needles: readonly string[]): Int32Array {
  const text = line.memo.text;
  const out: number[] = [];
  needles.forEach((needle, k) => {
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(k, i);
  });
  return Int32Array.from(out);
}

/** The line's occurrences of the needles, kept with the cached line (TermLine.memo) for that list of them. */
function hitsOf(line: TermLine, needles: Needles): Int32Array {
  let kept = line.memo.glossary as LineGlossary | undefined;
  if (!kept || kept.needles !== needles.list) kept = line.memo.glossary = { needles: needles.list, hits: lineHits(line, needles.list) };
  return kept.hits;
}

/**
 * Where each needle occurs in the text, from the lines' own occurrences (kept with each cached
 * line, TermLine.memo): the same offsets as searching the whole text, since no needle spans a line.
 */
function placesFrom(lines: readonly TermLine[], needles: Needles): (needle: string) => number[] {
  const at: number[][] = needles.list.map(() => []);
  for (const line of lines) {
    const hits = hitsOf(line, needles);
    for (let k = 0; k < hits.length; k += 2) (at[hits[k] as number] as number[]).push(line.base + (hits[k + 1] as number));
  }
  return (needle) => {
    const k = needles.index.get(needle);
    return k === undefined ? [] : (at[k] as number[]);
  };
}

function indexes(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * Spans of quotations “…” / ‘…’ and titles 《…》 on one line: a variant inside one is cited as its
 * source wrote it (a document's title, someone's words) and is left alone.
 */
function quotationSpans(text: string): OffsetRange[] {
  const spans: OffsetRange[] = [];
  const re = /“[^“”\r\n]*”|‘[^‘’\r\n]*’|《[^《》\r\n]*》/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** Occurrences of a variant that stand inside a quotation are written as the user meant them. */
const NUMERAL_BEFORE = /[一二三四五六七八九十百千万零〇第0-9]$/;

/** How far after a variant its entry's `followedBy` reads. */
const FOLLOWED_BY_REACH = 8;

/**
 * The last check with lines, and its groups: a check whose lines are the same but one, where no
 * form occurs before or after the edit and whose text no variant's `followedBy` reads, gets the same
 * groups, moved with the text after that line (oneLine.ts).
 */
let last: (KeptGroups & { glossary: readonly GlossaryEntry[] }) | undefined;

/** Forgets the last check (a from-scratch analysis; with the line caches). */
export function clearGlossaryCheck(): void {
  last = undefined;
}

function groupsAgain(glossary: readonly GlossaryEntry[], needles: Needles, lines: readonly TermLine[], ignored: readonly OffsetRange[]): TermGroup[] | undefined {
  if (!last || last.glossary !== glossary || needles.crossesLines) return undefined;
  return groupsMoved(last, lines, ignored, (before, now, index) => {
    if (hitsOf(before, needles).length > 0 || hitsOf(now, needles).length > 0) return false;
    // No variant on the lines before may read into this one (followedBy reads a few code units on).
    for (let j = index - 1; j >= 0; j--) {
      const line = lines[j] as TermLine;
      if (line.base + line.text.length + FOLLOWED_BY_REACH <= now.base) break;
      const hits = hitsOf(line, needles);
      for (let k = 0; k < hits.length; k += 2) if (line.base + (hits[k + 1] as number) + (needles.list[hits[k] as number] as string).length + FOLLOWED_BY_REACH > now.base) return false;
    }
    return true;
  });
}

/**
 * The glossary's groups. With `lines` (the document's, all of it), the forms are found from each
 * line's own occurrences, kept with the cached line; without, by searching the text.
 */
export function glossaryGroups(text: string, glossary: readonly GlossaryEntry[], ignored: readonly OffsetRange[], lines?: readonly TermLine[]): TermGroup[] {
  let placed: ((needle: string) => number[]) | undefined;
  if (lines) {
    const needles = needlesOf(glossary);
    const again = groupsAgain(glossary, needles, lines, ignored);
    noteReuse('glossary', again !== undefined);
    if (again) {
      last = { glossary, lines, ignored, groups: again };
      return again;
    }
    placed = placesFrom(lines, needles);
  }
  const groups = glossaryGroupsOf(text, glossary, ignored, placed);
  // The groups are read, never changed, by those they are given to: kept as they are.
  last = lines ? { glossary, lines, ignored, groups } : undefined;
  return groups;
}

function glossaryGroupsOf(text: string, glossary: readonly GlossaryEntry[], ignored: readonly OffsetRange[], placed: ((needle: string) => number[]) | undefined): TermGroup[] {
  const groups: TermGroup[] = [];
  const indexesOf = (needle: string): number[] => (placed && needle && !/[\r\n]/.test(needle) ? placed(needle) : indexes(text, needle));
  const quotes = quotationSpans(text);
  const claimed: OffsetRange[] = [];
  for (const entry of glossary) {
    const canonical = entry.canonical;
    const nested = canonical.replace(/“/g, '‘').replace(/”/g, '’');
    const masks: OffsetRange[] = [];
    const canonicalOcc: TermOccurrence[] = [];
    for (const form of new Set([canonical, nested])) {
      for (const i of indexesOf(form)) {
        masks.push({ start: i, end: i + form.length });
        if (!overlapsAnyRange(ignored, i, i + form.length)) canonicalOcc.push(occurrence(text, i, i + form.length));
      }
    }
    const variants = [...new Set(entry.variants.filter((v) => v && v !== canonical))].sort((a, b) => b.length - a.length);
    const found: TermOccurrence[] = [];
    for (const variant of variants) {
      for (const i of indexesOf(variant)) {
        const end = i + variant.length;
        if (overlapsAnyRange(masks, i, end) || overlapsAnyRange(ignored, i, end) || overlapsAnyRange(claimed, i, end)) continue;
        if (entry.followedBy && !entry.followedBy.test(text.slice(end, end + FOLLOWED_BY_REACH))) continue;
        if (entry.builtin && NUMERAL_BEFORE.test(text.slice(Math.max(0, i - 1), i)) && /^[一二三四五六七八九十两]/.test(variant)) continue;
        if (quotes.some((q) => q.start < i && end < q.end)) continue;
        masks.push({ start: i, end });
        found.push(occurrence(text, i, end));
      }
    }
    if (found.length === 0) continue;
    claimed.push(...found, ...canonicalOcc);
    const byForm = new Map<string, TermOccurrence[]>();
    for (const o of [...canonicalOcc, ...found].sort((a, b) => a.start - b.start)) {
      const list = byForm.get(o.text);
      if (list) list.push(o);
      else byForm.set(o.text, [o]);
    }
    const forms = [...byForm.entries()].map(([t, occ]) => ({ text: t, count: occ.length, occurrences: occ }));
    forms.sort((a, b) => Number(b.text === canonical) - Number(a.text === canonical) || b.count - a.count);
    groups.push({
      relation: 'glossary',
      canonical,
      basis: 'glossary',
      certain: true,
      forms,
      changes: found.sort((a, b) => a.start - b.start).map((o): TermChange => ({ start: o.start, end: o.end, text: o.text, replacement: canonical })),
    });
  }
  return groups;
}
