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
import type { Boundaries, Excluded, Run, RunToken, TermLine } from './shapes';
import type { OffsetRange } from '../types';
import type { TermChange, TermGroup, TermOccurrence } from './types';
import { inProperName, lineSpans } from './layout';
import { sameFingerprint, type Fingerprint } from './fingerprint';
import { LineTally, type Tallied } from './tally';
import { pairAt, unitPair } from '../text/chars';
import { firstIndex } from '../text/search';

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

const NONE = new Int32Array(0);
const NO_SHORTS: ShortAt[] = [];

/** Words of at least two characters next to a match, before and after it. */
interface Near {
  before: Set<string>;
  after: Set<string>;
}

/** The two forms stand between the same words somewhere: a shared word before and a shared word after. */
function shareNeighbours(x: Near, y: Near): boolean {
  let before = false;
  for (const w of x.before) if (y.before.has(w)) before = true;
  if (!before) return false;
  for (const w of x.after) if (y.after.has(w)) return true;
  return false;
}


const NAME_SUFFIX_START = new Set([...'部局厅委办署总法条院所奖']);
const NAME_SUFFIX = /^(?:部|局|厅|委|办|署|总局|法|条例|院|所|奖)/;

/** The form at [.., end) begins a proper name: an organ (科技部, 环保总局), a law (环境保护法), an award. */
function startsName(text: string, end: number): boolean {
  return NAME_SUFFIX_START.has(text.charAt(end)) && NAME_SUFFIX.test(text.slice(end, end + 2));
}

/** The full name at [.., end) is part of a body's proper name (国务院自由贸易试验区工作部际联席会议办公室). */
const BODY_NAME = /^[^\s，。；：、！？,;:!?（）()“”《》的要将和与及等在对向由把]{0,12}?(?:办公室|委员会|领导小组|联席会议|指挥部|工作组|管委会)/;

/** The known abbreviations' forms as one list: number 2k is pair k's short form, 2k + 1 its long form. */
const KNOWN_FORMS: readonly string[] = [...KNOWN_ABBREVIATIONS].flatMap(([short, long]) => [short, long]);

/**
 * Where the known abbreviations' forms occur in a line from a word start, not beginning a name:
 * pairs (form number, start), in order of form, then of place. Worked out once per line and kept
 * with it (a plain search of the whole text and a table of its word starts, each check, cost more
 * than the rest of the relation on a dense draft).
 */
function knownInLine(line: TermLine): Int32Array {
  const kept = line.memo.known as Int32Array | undefined;
  if (kept) return kept;
  const text = line.memo.text;
  const ends = line.ends;
  const found: number[] = [];
  for (let f = 0; f < KNOWN_FORMS.length; f++) {
    const needle = KNOWN_FORMS[f] as string;
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      // A word starts at the line's start (when the line has words) and where one ends.
      const wordStart = i === 0 ? ends.length > 0 : ends.includes(i);
      if (wordStart && !startsName(text, i + needle.length)) found.push(f, i);
    }
  }
  const out = found.length === 0 ? NONE : Int32Array.from(found);
  line.memo.known = out;
  return out;
}

/** Known pairs, found from a word start (农技推广, 环保督察 are single words), line by line. */
function knownGroups(lines: readonly TermLine[], skip: ReadonlySet<string>, excluded: Excluded): TermGroup[] {
  // Each form's occurrences in text order, without the excluded places.
  const at: TermOccurrence[][] = KNOWN_FORMS.map(() => []);
  for (const line of lines) {
    const known = knownInLine(line);
    for (let k = 0; k < known.length; k += 2) {
      const f = known[k] as number;
      const start = line.base + (known[k + 1] as number);
      const end = start + (KNOWN_FORMS[f] as string).length;
      // The occurrence's text is the form itself (no slice of the document made for it).
      if (!excluded(start, end)) (at[f] as TermOccurrence[]).push({ start, end, text: KNOWN_FORMS[f] as string });
    }
  }
  const groups: TermGroup[] = [];
  for (let p = 0; 2 * p < KNOWN_FORMS.length; p++) {
    if (skip.has(KNOWN_FORMS[2 * p] as string)) continue;
    const longOcc = at[2 * p + 1] as TermOccurrence[];
    if (longOcc.length === 0) continue;
    // Both lists are in text order, and a form's occurrences end in the order they start: one pass.
    let l = 0;
    const shortOcc = (at[2 * p] as TermOccurrence[]).filter((o) => {
      while (l < longOcc.length && (longOcc[l] as TermOccurrence).end <= o.start) l++;
      const long = longOcc[l];
      return !(long && long.start < o.end);
    });
    if (shortOcc.length === 0) continue;
    const group = makeGroup([...shortOcc, ...longOcc], { relation: 'abbreviation', certain: false, formOf: (x) => x });
    if (group) groups.push(group);
  }
  return groups;
}

/** A short-form candidate of a line, made only for the short forms some long form spells (offsets relative to the line). */
interface ShortAt {
  text: string;
  start: number;
  end: number;
  /** The words of at least two characters just before and after it. */
  before: string | undefined;
  after: string | undefined;
}

/**
 * A long form of a line that spells one of the document's short forms: the words from the line's
 * token number `token` whose first characters spell `short`, usable (not a proper name's, not in a
 * quotation or title, longer than the short form without containing it). Made for the few chains
 * whose initials the document's short forms begin with (initialsGroups), and kept with the line
 * for that set of short forms (LineLongs).
 */
interface LongAt {
  token: number;
  short: string;
  start: number;
  end: number;
  before: string | undefined;
  after: string | undefined;
  wide: boolean;
  text: string;
}

/**
 * A line's share of the initials relation (TermLine.memo): its short forms, worked out from the
 * line alone, and its long forms for the set of short forms of the last document it was read in.
 * A chain of words is walked only as far as its initials begin some short form of the document:
 * kept for every chain, the candidates made most of the drift memo's memory.
 */
export interface LineInitials {
  /**
   * The line's short-form candidates: their texts (the tokens' own), and where they stand as
   * pairs of numbers, a run's index and a token's index in it. A dense draft has tens of
   * thousands, kept with their lines, so they are not objects.
   */
  texts: string[];
  shorts: Int32Array;
  /** The line's places a name is not the writer's to unify (a proper name after it, a quotation or title around it). */
  named: (start: number, end: number) => boolean;
  /** The line's long forms, for the set of short forms they were found with. */
  longs?: LineLongs;
  /** The line's candidates that are short forms some long form spells (`wanted`: their texts joined), in order. */
  picked?: { wanted: string; items: ShortAt[] };
}

/** A line's long forms (LongAt) and the set of the document's short forms they were found for. */
interface LineLongs {
  keys: Fingerprint;
  items: LongAt[];
}

const neighbour = (run: Run, i: number): string | undefined => {
  const t = run.tokens[i];
  return t && t.text.length >= 2 ? t.text : undefined;
};

/**
 * The short forms of one line. What excludes a form is the line's own (a proper name after it, a
 * quotation or title around it: layout lines have no runs), so the result is kept with the cached
 * line.
 */
function lineInitials(line: TermLine): LineInitials {
  const text = line.memo.text;
  const spans = lineSpans(line.spans);
  const named = (start: number, end: number): boolean => (spans !== undefined && spans.covered(start, end)) || inProperName(text, start, end);
  const texts: string[] = [];
  const shorts: number[] = [];
  for (let r = 0; r < line.runs.length; r++) {
    const tokens = (line.runs[r] as Run).tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as RunToken;
      if (t.text.length < 2 || t.text.length > 4 || !t.han) continue;
      if (named(t.start, t.end) || startsName(text, t.end)) continue;
      texts.push(t.text);
      shorts.push(r, i);
    }
  }
  return { texts, shorts: Int32Array.from(shorts), named };
}

/** The token of a line's short-form candidate number `k` (LineInitials.shorts). */
function shortToken(line: TermLine, shorts: Int32Array, k: number): { run: Run; i: number; token: RunToken } {
  const run = line.runs[shorts[2 * k] as number] as Run;
  const i = shorts[2 * k + 1] as number;
  return { run, i, token: run.tokens[i] as RunToken };
}

function initialsOf(line: TermLine): LineInitials {
  return ((line.memo.initials as LineInitials | undefined) ??= lineInitials(line));
}

/**
 * The long forms of a line whose initials spell a short form of the document (`isShort`). A long
 * form is a chain of words from a token (one connective 和 与 及 的 may stand between two of
 * them), two to four words, each of at least two Han characters, with no mark between them; the
 * chain stops as soon as its first two initials begin no short form (`pairs`). In the order of
 * their tokens, a token's candidates in the order their chains grow.
 */
function lineLongs(line: TermLine, isShort: ReadonlyMap<string, number>, pairs: ReadonlyMap<number, number>): LongAt[] {
  const text = line.memo.text;
  const initials = initialsOf(line);
  const items: LongAt[] = [];
  let token = 0;
  for (const run of line.runs) {
    const tokens = run.tokens;
    for (let p = 0; p < tokens.length; p++, token++) {
      const first = tokens[p] as RunToken;
      if (first.text.length < 2 || !first.han) continue;
      let spelt = '';
      let i = p;
      let wide = false;
      for (let c = 0; c < 4; c++) {
        // A connective is one character: longer tokens are not looked up.
        if (c > 0 && tokens[i]?.text.length === 1 && CONNECTIVES.has((tokens[i] as RunToken).text) && (tokens[i + 1]?.text.length ?? 0) >= 2) {
          if ((tokens[i - 1] as RunToken).end !== (tokens[i] as RunToken).start) break;
          i++;
        }
        const t = tokens[i];
        if (!t || t.text.length < 2 || !t.han) break;
        if (i > p && (tokens[i - 1] as RunToken).end !== t.start) break;
        if (c === 1 && !pairs.has(unitPair(first.text.charCodeAt(0), t.text.charCodeAt(0)))) break;
        if (t.text.length > 2) wide = true;
        spelt += t.text.charAt(0);
        i++;
        if (c === 0 || !isShort.has(spelt)) continue;
        const end = (tokens[i - 1] as RunToken).end;
        const long = text.slice(first.start, end);
        if (long.length <= spelt.length || long.includes(spelt) || initials.named(first.start, end) || startsName(text, end)) continue;
        items.push({ token, short: spelt, start: first.start, end, before: neighbour(run, p - 1), after: neighbour(run, i), wide, text: long });
      }
    }
  }
  return items;
}

/** The document's short forms: each text's count over the lines and the set's fingerprint, with the code-unit pairs they begin with (counted). */
type ShortForms = Tallied<Map<number, number>>;

/**
 * A line's long forms for the document's short forms, walked only when the line has not been
 * walked for that set of short forms before; given to `out` token by token, a token's candidates
 * in the order of their short forms' first occurrence in the document (`rank`).
 */
function longsOf(line: TermLine, shorts: ShortForms, rank: (short: string) => number, out: (it: LongAt) => void): void {
  const initials = initialsOf(line);
  let kept = initials.longs;
  if (!kept || !sameFingerprint(kept.keys, shorts.keys)) {
    kept = { keys: shorts.keys, items: lineLongs(line, shorts.counts, shorts.index) };
    initials.longs = kept;
  }
  const items = kept.items;
  for (let k = 0; k < items.length; ) {
    const it = items[k] as LongAt;
    let next = k + 1;
    while (next < items.length && (items[next] as LongAt).token === it.token) next++;
    if (next - k === 1) out(it);
    else for (const x of items.slice(k, next).sort((a, b) => rank(a.short) - rank(b.short))) out(x);
    k = next;
  }
}

/**
 * The document's short forms, counted line by line and updated by the lines a check changed
 * (tally.ts): a keystroke reads one line's candidates, not the tens of thousands of a dense draft.
 */
const SHORT_FORMS = new LineTally<LineInitials, Map<number, number>>(
  (initials) => initials.texts,
  () => new Map(),
  (pairs, short) => {
    const pair = pairAt(short, 0);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  },
  (pairs, short) => {
    const pair = pairAt(short, 0);
    const n = pairs.get(pair) as number;
    if (n > 1) pairs.set(pair, n - 1);
    else pairs.delete(pair);
  },
);

/**
 * The order in which the short forms first occur in the lines, read only as far as asked: only a
 * token with several long forms asks.
 */
function firstOccurrence(items: readonly LineInitials[]): (short: string) => number {
  const rank = new Map<string, number>();
  let next = 0;
  return (short) => {
    let r = rank.get(short);
    while (r === undefined && next < items.length) {
      for (const t of (items[next++] as LineInitials).texts) if (!rank.has(t)) rank.set(t, rank.size);
      r = rank.get(short);
    }
    return r ?? rank.size;
  };
}

function nearOf(items: ReadonlyArray<{ before: string | undefined; after: string | undefined }>): Near {
  const near: Near = { before: new Set(), after: new Set() };
  for (const it of items) {
    if (it.before !== undefined) near.before.add(it.before);
    if (it.after !== undefined) near.after.add(it.after);
  }
  return near;
}

/** Occurrences (document offsets) of a line's items, from parallel lists of lines and items. */
function placedOf(lines: readonly TermLine[], items: ReadonlyArray<{ start: number; end: number; text?: string }>): TermOccurrence[] {
  return items.map((it, k) => {
    const base = (lines[k] as TermLine).base;
    return { start: base + it.start, end: base + it.end, text: it.text as string };
  });
}

/**
 * Pairs of a short form and its spelt-out long form. `lines` are the document's (TermLine.memo
 * keeps each line's candidates); the places a name is not the writer's to unify (layout lines,
 * quotations and titles, proper names) are read per line. `excluded` applies to the known pairs,
 * found line by line from word starts.
 */
export function initialsGroups(
  lines: readonly TermLine[],
  excluded: Excluded = () => false,
  /** Pairs the document defines (以下简称): their parts are not paired again (青山 / 青山县 in 青山县高新技术产业开发区（以下简称青山高新区）). */
  defined: ReadonlyArray<{ full: string; short: string }> = [],
): TermGroup[] {
  // Short forms: Han words of two to four characters, counted over the lines. Only their texts
  // here: a document has tens of thousands, and few are spelt by a long form, so their
  // occurrences are gathered afterwards for those few (below), not for every one.
  const items: LineInitials[] = [];
  for (const line of lines) if (line.runs.length > 0) items.push(initialsOf(line));
  const forms = SHORT_FORMS.update(items);
  const rank = firstOccurrence(items);
  // Long forms of the document's short forms (lines walked for this set before are not walked again).
  const longs = new Map<string, { short: string; long: string; lines: TermLine[]; items: LongAt[]; wide: boolean }>();
  for (const line of lines) {
    if (line.runs.length === 0) continue;
    longsOf(line, forms, rank, (it) => {
      const key = `${it.short}\u0000${it.text}`;
      let entry = longs.get(key);
      if (!entry) {
        entry = { short: it.short, long: it.text, lines: [], items: [], wide: false };
        longs.set(key, entry);
      }
      if (it.wide) entry.wide = true;
      entry.lines.push(line);
      entry.items.push(it);
    });
  }
  // The occurrences of the short forms some long form spells, in text order (the walk stops once
  // it has them all: the tally counts them).
  const shorts = new Map<string, { lines: TermLine[]; items: ShortAt[]; near?: Near }>();
  let wanted = 0;
  for (const long of longs.values()) {
    if (shorts.has(long.short)) continue;
    shorts.set(long.short, { lines: [], items: [] });
    wanted += forms.counts.get(long.short) ?? 0;
  }
  // Which candidates of a line are those short forms is kept with the line for that set of them
  // (a keystroke rarely changes it): an unchanged line costs a comparison, not a lookup per candidate.
  const signature = [...shorts.keys()].join('\u0000');
  for (let l = 0; l < lines.length && wanted > 0; l++) {
    const line = lines[l] as TermLine;
    if (line.runs.length === 0) continue;
    const initials = initialsOf(line);
    let picked = initials.picked;
    if (picked?.wanted !== signature) {
      const items: ShortAt[] = [];
      for (let k = 0; k < initials.texts.length; k++) {
        if (!shorts.has(initials.texts[k] as string)) continue;
        const { run, i, token } = shortToken(line, initials.shorts, k);
        items.push({ text: token.text, start: token.start, end: token.end, before: neighbour(run, i - 1), after: neighbour(run, i + 1) });
      }
      picked = { wanted: signature, items: items.length === 0 ? NO_SHORTS : items };
      initials.picked = picked;
    }
    for (const it of picked.items) {
      const entry = shorts.get(it.text) as { lines: TermLine[]; items: ShortAt[] };
      entry.lines.push(line);
      entry.items.push(it);
      wanted--;
    }
  }
  const groups: TermGroup[] = [];
  for (const long of longs.values()) {
    const short = shorts.get(long.short);
    if (!short) continue;
    const longText = long.long;
    if (defined.some((d) => d.short.includes(long.short) && d.full.includes(longText))) continue;
    const known = KNOWN_ABBREVIATIONS.get(long.short) === longText;
    // An unknown pair needs shared neighbours on both sides and two-character words (配套建设 /
    // 配建), else it is read into ordinary words (提供高质量 / 提高, 农业机械化 / 农机, 产品出口 / 产出).
    // A short form's neighbours are gathered once, however many long forms it has.
    if (!known && (long.wide || !shareNeighbours(nearOf(long.items), (short.near ??= nearOf(short.items))))) continue;
    const group = makeGroup([...placedOf(short.lines, short.items), ...placedOf(long.lines, long.items)], { relation: 'abbreviation', certain: false, formOf: (x) => x });
    if (group) groups.push(group);
  }
  const done = new Set(groups.flatMap((g) => g.forms.map((f) => f.text)));
  for (const d of defined) for (const [short] of KNOWN_ABBREVIATIONS) if (d.short.includes(short)) done.add(short);
  return [...groups, ...knownGroups(lines, done, excluded)];
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
  DEFINITION.lastIndex = 0;
  for (let m = DEFINITION.exec(text); m; m = DEFINITION.exec(text)) {
    // The runs of the definition's own line, with document offsets (tokens do not cross lines; the
    // whole document's were a fifth of a keystroke on a long text with a definition).
    const defStart = m.index;
    const own = lines[firstIndex(lines.length, (i) => (lines[i] as TermLine).base <= defStart) - 1];
    const runs = own ? absoluteRuns([own]) : [];
    const titled = m[1] === '《';
    const short = titled ? `《${m[2]}》` : (m[2] as string);
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
