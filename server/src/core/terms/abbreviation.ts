/**
 * Relation 3: a short form and its full form in one document.
 *
 * (a) Initials: each character of the short form begins a word of the long one (文旅 / 文化旅游,
 *     党建 / 党的建设, with 和 与 及 的 allowed between the words). Ordinary words match such
 *     patterns by chance (中国 / 中央国家机关), so a pair counts only when the two forms share a
 *     neighbouring word somewhere (文旅融合 / 文化旅游融合) or the pair is a known abbreviation.
 * (b) Definitions: 县发展和改革委员会（以下简称“县发改委”）. The short form used before its
 *     definition, or the full name used again after it, is flagged.
 */
import { makeGroup, occurrence, overlapsAnyRange } from './group';
import { absoluteRuns, type TermLine } from './lines';
import { type Boundaries, type Offsets, type Run, type RunToken } from './tokens';
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
}

/** Matches the long form of `short` starting at token `p`: one word per character. */
function matchLong(run: Run, p: number, short: string): Match | undefined {
  let i = p;
  for (let c = 0; c < short.length; c++) {
    if (c > 0 && CONNECTIVES.has(run.tokens[i]?.text ?? '') && (run.tokens[i + 1]?.text.length ?? 0) >= 2) i++;
    const t = run.tokens[i];
    if (!t || t.text.length < 2 || !t.han || t.text.charAt(0) !== short.charAt(c)) return undefined;
    i++;
  }
  const first = run.tokens[p] as RunToken;
  const last = run.tokens[i - 1] as RunToken;
  return { start: first.start, end: last.end, before: p - 1, after: i };
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

function shareNeighbour(x: Near, y: Near): boolean {
  for (const w of x.before) if (y.before.has(w)) return true;
  for (const w of x.after) if (y.after.has(w)) return true;
  return false;
}

/** Known pairs, found by plain search from a word start (农技推广, 环保督察 are single words). */
function knownGroups(text: string, starts: Offsets, skip: ReadonlySet<string>): TermGroup[] {
  const groups: TermGroup[] = [];
  const find = (needle: string): TermOccurrence[] => {
    const out: TermOccurrence[] = [];
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) if (starts.has(i)) out.push(occurrence(text, i, i + needle.length));
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

export function initialsGroups(text: string, lines: readonly TermLine[], starts: Offsets): TermGroup[] {
  // Short forms: Han words of two to four characters.
  const shorts = new Map<string, { occ: TermOccurrence[]; near: Near }>();
  for (const line of lines) {
    for (const run of line.runs) {
      run.tokens.forEach((t, i) => {
        if (t.text.length < 2 || t.text.length > 4 || !t.han) return;
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
  const longs = new Map<string, { short: string; occ: TermOccurrence[]; near: Near }>();
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
          const key = `${short}\u0000${longText}`;
          let entry = longs.get(key);
          if (!entry) {
            entry = { short, occ: [], near: { before: new Set(), after: new Set() } };
            longs.set(key, entry);
          }
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
    const known = KNOWN_ABBREVIATIONS.get(long.short) === longText;
    const shared = shareNeighbour(long.near, short.near);
    if (!known && !shared) continue;
    const group = makeGroup([...short.occ, ...long.occ], { relation: 'abbreviation', certain: false, formOf: (x) => x });
    if (group) groups.push(group);
  }
  const done = new Set(groups.flatMap((g) => g.forms.map((f) => f.text)));
  return [...groups, ...knownGroups(text, starts, done)];
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
    const usable = (i: number, len: number): boolean => !overlapsAnyRange(ignored, i, i + len) && aligned(i, len);
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
        if (overlapsAnyRange(ignored, i, i + full.length)) continue;
        const o = occurrence(text, i, i + full.length);
        fullOcc.push(o);
        changes.push({ ...o, replacement: short, reason: 'after-definition' });
      }
    }
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
