/**
 * Relation 3: a short form and its full form in one document.
 *
 * (a) Initials: each character of the short form begins a word of the long one (文旅 / 文化旅游,
 *     党建 / 党的建设, with 和 与 及 的 allowed between the words, no mark between them). Ordinary
 *     words match such patterns by chance (中国 / 中央国家机关, 产出 / 产品出口, 农机 / 农业机械化),
 *     so a pair counts only when it is a known abbreviation, or when the long form is two-character
 *     words and the two forms share a neighbouring word on each side (推进配建工作 / 推进配套建设
 *     工作). A form that begins a proper name (科技部, 环保总局, 环境保护法), stands on a title line
 *     or in a quotation or title, or is part of a pair the document defines (以下简称) is left out.
 * (b) Definitions: 县发展和改革委员会（以下简称“县发改委”）. The short form used before its
 *     definition, or the full name used again after it, is flagged.
 */
import { makeGroup, occurrence, overlapsAnyRange } from './group';
import { absoluteRuns } from './lines';
import type { Boundaries, Offsets, Run, RunToken, TermLine } from './shapes';
import type { OffsetRange } from '../types';
import type { TermChange, TermGroup, TermOccurrence } from './types';

/** Known abbreviations whose pairing needs no shared neighbour. */
export const KNOWN_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['文旅', '文化旅游'],
  ['环保', '环境保护'],
  ['科技', '科学技术'],
  ['党建', '党的建设'],
  ['农技', '农业技术'],
  ['医保', '医疗保障'],
  ['安监', '安全监管'],
  ['食安', '食品安全'],
  ['双创', '创新创业'],
  ['招引', '招商引资'],
  ['规上', '规模以上'],
  ['非遗', '非物质文化遗产'],
]);

const CONNECTIVES = new Set(['和', '与', '及', '的']);

interface Match {
  start: number;
  end: number;
  /** Token indexes in the run just before and after the match. */
  before: number;
  after: number;
  /** A word of the long form is longer than two characters (农业机械化 is not 农机 spelt out). */
  wide: boolean;
}

/** Matches the long form of `short` starting at token `p`: one word per character, adjacent (no mark between). */
function matchLong(run: Run, p: number, short: string): Match | undefined {
  let i = p;
  let wide = false;
  for (let c = 0; c < short.length; c++) {
    if (c > 0 && CONNECTIVES.has(run.tokens[i]?.text ?? '') && (run.tokens[i + 1]?.text.length ?? 0) >= 2) {
      if ((run.tokens[i - 1] as RunToken).end !== (run.tokens[i] as RunToken).start) return undefined;
      i++;
    }
    const t = run.tokens[i];
    if (!t || t.text.length < 2 || !t.han || t.text.charAt(0) !== short.charAt(c)) return undefined;
    if (i > p && (run.tokens[i - 1] as RunToken).end !== t.start) return undefined;
    if (t.text.length > 2) wide = true;
    i++;
  }
  const first = run.tokens[p] as RunToken;
  const last = run.tokens[i - 1] as RunToken;
  return { start: first.start, end: last.end, before: p - 1, after: i, wide };
}

/** Words of at least two characters next to a match, before and after it. */
interface Near {
  before: Set<string>;
  after: Set<string>;
}

function addNeighbours(near: Near, run: Run, before: number, after: number): void {
  const b = run.tokens[before];
  const a = run.tokens[after];
  if (b && b.text.length >= 2) near.before.add(b.text);
  if (a && a.text.length >= 2) near.after.add(a.text);
}

/** The two forms stand between the same words somewhere: a shared word before and a shared word after. */
function shareNeighbours(x: Near, y: Near): boolean {
  let before = false;
  for (const w of x.before) if (y.before.has(w)) before = true;
  if (!before) return false;
  for (const w of x.after) if (y.after.has(w)) return true;
  return false;
}

/** Places a name is not the writer's to unify: title, signature and date lines, quotations and titles. */
export type Excluded = (start: number, end: number) => boolean;

const NAME_SUFFIX_START = new Set([...'部局厅委办署总法条院所奖']);
const NAME_SUFFIX = /^(?:部|局|厅|委|办|署|总局|法|条例|院|所|奖)/;

/** The form at [.., end) begins a proper name: an organ (科技部, 环保总局), a law (环境保护法), an award. */
function startsName(text: string, end: number): boolean {
  return NAME_SUFFIX_START.has(text.charAt(end)) && NAME_SUFFIX.test(text.slice(end, end + 2));
}

/** The full name at [.., end) is part of a body's proper name (国务院自由贸易试验区工作部际联席会议办公室). */
const BODY_NAME = /^[^\s，。；：、！？,;:!?（）()“”《》的要将和与及等在对向由把]{0,12}?(?:办公室|委员会|领导小组|联席会议|指挥部|工作组|管委会)/;

/** Known pairs, found by plain search from a word start (农技推广, 环保督察 are single words). */
function knownGroups(text: string, starts: Offsets, skip: ReadonlySet<string>, excluded: Excluded): TermGroup[] {
  const groups: TermGroup[] = [];
  const find = (needle: string): TermOccurrence[] => {
    const out: TermOccurrence[] = [];
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      if (starts.has(i) && !excluded(i, i + needle.length) && !startsName(text, i + needle.length)) out.push(occurrence(text, i, i + needle.length));
    }
    return out;
  };
  for (const [short, long] of KNOWN_ABBREVIATIONS) {
    if (skip.has(short)) continue;
    const longOcc = find(long);
    const shortOcc = find(short).filter((o) => !longOcc.some((l) => o.start < l.end && l.start < o.end));
    if (longOcc.length === 0 || shortOcc.length === 0) continue;
    const group = makeGroup([...shortOcc, ...longOcc], { relation: 'abbreviation', certain: false, formOf: (x) => x });
    if (group) groups.push(group);
  }
  return groups;
}

export function initialsGroups(
  text: string,
  lines: readonly TermLine[],
  starts: Offsets,
  excluded: Excluded = () => false,
  /** Pairs the document defines (以下简称): their parts are not paired again (青山 / 青山县 in 青山县高新技术产业开发区（以下简称青山高新区）). */
  defined: ReadonlyArray<{ full: string; short: string }> = [],
): TermGroup[] {
  // Short forms: Han words of two to four characters.
  const shorts = new Map<string, { occ: TermOccurrence[]; near: Near }>();
  for (const line of lines) {
    for (const run of line.runs) {
      run.tokens.forEach((t, i) => {
        if (t.text.length < 2 || t.text.length > 4 || !t.han) return;
        if (excluded(line.base + t.start, line.base + t.end) || startsName(text, line.base + t.end)) return;
        let entry = shorts.get(t.text);
        if (!entry) {
          entry = { occ: [], near: { before: new Set(), after: new Set() } };
          shorts.set(t.text, entry);
        }
        // The token's own text (it is the occurrence's text): no slice per Han word of the document.
        entry.occ.push({ start: line.base + t.start, end: line.base + t.end, text: t.text });
        addNeighbours(entry.near, run, i - 1, i + 1);
      });
    }
  }
  // Short forms by their first code unit (a number: no one-character string per token).
  const byFirst = new Map<number, string[]>();
  for (const s of shorts.keys()) {
    const list = byFirst.get(s.charCodeAt(0));
    if (list) list.push(s);
    else byFirst.set(s.charCodeAt(0), [s]);
  }
  const longs = new Map<string, { short: string; occ: TermOccurrence[]; near: Near; wide: boolean }>();
  for (const line of lines) {
    const base = line.base;
    for (const run of line.runs) {
      run.tokens.forEach((t, p) => {
        const candidates = byFirst.get(t.text.charCodeAt(0));
        if (!candidates) return;
        for (const short of candidates) {
          const m = matchLong(run, p, short);
          if (!m) continue;
          const longText = text.slice(base + m.start, base + m.end);
          if (longText.length <= short.length || longText.includes(short)) continue;
          if (excluded(base + m.start, base + m.end) || startsName(text, base + m.end)) continue;
          const key = `${short}\u0000${longText}`;
          let entry = longs.get(key);
          if (!entry) {
            entry = { short, occ: [], near: { before: new Set(), after: new Set() }, wide: false };
            longs.set(key, entry);
          }
          if (m.wide) entry.wide = true;
          entry.occ.push(occurrence(text, base + m.start, base + m.end));
          addNeighbours(entry.near, run, m.before, m.after);
        }
      });
    }
  }
  const groups: TermGroup[] = [];
  for (const [key, long] of longs) {
    const short = shorts.get(long.short);
    if (!short) continue;
    const longText = key.split('\u0000')[1] as string;
    if (defined.some((d) => d.short.includes(long.short) && d.full.includes(longText))) continue;
    const known = KNOWN_ABBREVIATIONS.get(long.short) === longText;
    // An unknown pair needs shared neighbours on both sides and two-character words (配套建设 /
    // 配建), else it is read into ordinary words (提供高质量 / 提高, 农业机械化 / 农机, 产品出口 / 产出).
    if (!known && (long.wide || !shareNeighbours(long.near, short.near))) continue;
    const group = makeGroup([...short.occ, ...long.occ], { relation: 'abbreviation', certain: false, formOf: (x) => x });
    if (group) groups.push(group);
  }
  const done = new Set(groups.flatMap((g) => g.forms.map((f) => f.text)));
  for (const d of defined) for (const [short] of KNOWN_ABBREVIATIONS) if (d.short.includes(short)) done.add(short);
  return [...groups, ...knownGroups(text, starts, done, excluded)];
}

const DEFINITION = /[（(]\s*(?:以下|下文|下)?简称(?:为)?\s*([“‘《]?)([^“”‘’《》（）()\s，。、]{1,16})([”’》]?)\s*[）)]/g;

/** The full name before a definition at `at`: a title, a quotation, or the shortest word-aligned
 * stretch of the run that starts with the short form's first character and contains its
 * characters in order. */
function fullNameBefore(text: string, runs: readonly Run[], at: number, short: string): OffsetRange | undefined {
  const last = text.charAt(at - 1);
  if (last === '》' || last === '”') {
    const open = text.lastIndexOf(last === '》' ? '《' : '“', at - 1);
    if (open >= 0 && at - open <= 60) return { start: open, end: at };
    return undefined;
  }
  const run = runs.find((r) => r.tokens.some((t) => t.end === at));
  if (!run) return undefined;
  const endIndex = run.tokens.findIndex((t) => t.end === at);
  const bare = short.replace(/[《》“”]/g, '');
  for (let i = endIndex; i >= Math.max(0, endIndex - 12); i--) {
    const start = (run.tokens[i] as RunToken).start;
    const candidate = text.slice(start, at);
    if (candidate.charAt(0) === bare.charAt(0) && isSubsequence(bare, candidate) && candidate !== bare) return { start, end: at };
  }
  return undefined;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short.charAt(i)) i++;
  return i >= short.length;
}

function allIndexes(text: string, needle: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

export function definitionGroups(
  text: string,
  lines: readonly TermLine[],
  bounds: Boundaries,
  ignored: readonly OffsetRange[],
  /** Layout lines, and names inside a longer quotation or title. */
  excluded: Excluded = () => false,
  /** Gets every definition's full and short name, kept or not. */
  defined: Array<{ full: string; short: string }> = [],
): TermGroup[] {
  const groups: TermGroup[] = [];
  let runs: Run[] | undefined; // with document offsets, built for the first definition only
  DEFINITION.lastIndex = 0;
  for (let m = DEFINITION.exec(text); m; m = DEFINITION.exec(text)) {
    runs ??= absoluteRuns(lines);
    const titled = m[1] === '《';
    const short = titled ? `《${m[2]}》` : (m[2] as string);
    const defStart = m.index;
    const defEnd = m.index + m[0].length;
    const fullRange = fullNameBefore(text, runs, defStart, short);
    const full = fullRange ? text.slice(fullRange.start, fullRange.end) : undefined;
    const aligned = (i: number, len: number): boolean => titled || (bounds.starts.has(i) && bounds.ends.has(i + len));
    const usable = (i: number, len: number): boolean => !overlapsAnyRange(ignored, i, i + len) && !excluded(i, i + len) && aligned(i, len);
    const changes: TermChange[] = [];
    const shortOcc: TermOccurrence[] = [];
    const fullOcc: TermOccurrence[] = fullRange ? [occurrence(text, fullRange.start, fullRange.end)] : [];
    const scanFrom = fullRange ? fullRange.start : defStart;
    for (const i of allIndexes(text, short, 0, scanFrom)) {
      if (!usable(i, short.length)) continue;
      const o = occurrence(text, i, i + short.length);
      shortOcc.push(o);
      if (full) changes.push({ ...o, replacement: full, reason: 'before-definition' });
    }
    for (const i of allIndexes(text, short, defEnd, text.length)) if (usable(i, short.length)) shortOcc.push(occurrence(text, i, i + short.length));
    if (full) {
      for (const i of allIndexes(text, full, defEnd, text.length)) {
        if (!usable(i, full.length) && !full.startsWith('《')) continue;
        if (overlapsAnyRange(ignored, i, i + full.length) || excluded(i, i + full.length)) continue;
        if (!full.startsWith('《') && BODY_NAME.test(text.slice(i + full.length, i + full.length + 20))) continue;
        const o = occurrence(text, i, i + full.length);
        fullOcc.push(o);
        changes.push({ ...o, replacement: short, reason: 'after-definition' });
      }
    }
    if (full) defined.push({ full, short: short.replace(/[《》]/g, '') });
    if (changes.length === 0 || !full) continue;
    const forms = [
      { text: short, count: shortOcc.length, occurrences: shortOcc },
      { text: full, count: fullOcc.length, occurrences: fullOcc },
    ];
    groups.push({
      relation: 'abbreviation',
      canonical: short,
      basis: 'definition',
      certain: false,
      forms,
      changes: changes.sort((a, b) => a.start - b.start),
      definition: { full, short, start: defStart, end: defEnd },
    });
  }
  return groups;
}
