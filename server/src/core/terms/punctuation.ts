/**
 * Relation 1: one term written with and without marks inside it — 区委区政府 / 区委、区政府,
 * 十四五规划 / “十四五”规划, 乡村 振兴 / 乡村振兴.
 *
 * Candidate keys come from the places where marks stand: two words joined by 、 or a space (not a
 * list of three or more), and a short text standing alone in quotes or title marks (not the 简称
 * being defined in 以下简称“…”). Each key is then looked up everywhere at word boundaries, and
 * its occurrences grouped by how they are written. Nested quotes ‘’ count as “”.
 *
 * A 、 joins whole list items, not the last word of one phrase to the first of the next (抽查检查、
 * 结果集中公示; 发展质量稳步提升、社会大局稳定; 生产、生活性服务业), so a junction counts only
 * where its two words are the items: the first one opens its phrase (nothing, a mark or a
 * function word before it: 。区委、区政府; 按照区委、区政府), neither is a function word (向国务院、
 * 有关部门) and no suffix binds the second to what follows (生活性); or both are organs (党委、
 * 政府). A split form is counted only where it is split at such a junction.
 *
 * A term is quoted where it is named (容不得半点“差不多”, an indicator's name in quotes): a quoted
 * occurrence is never unquoted by a fix, and a bare one is quoted only when the quoted form
 * clearly dominates. A name inside a longer quotation or title (个人所得税法 in 《…个人所得税法实施
 * 条例》), a bare title extended into a longer name (…考核指标体系) and a term naming a body
 * (县委县政府督查室) are not occurrences.
 *
 * Certain (warning): an organ pair (区委、区政府) whose chosen form occurs at least twice; a term
 * quoted at least three times and more often than not; a title cited bare where it is in 《》 at
 * least as often elsewhere (GB/T 15834-2011 4.15). The rest (转移、倾倒 / 转移倾倒: both correct;
 * “菜篮子” twice, 菜篮子 once) is information.
 */
import { makeGroup } from './group';
import { detach } from '../text/chars';
import { lineSpans, markedSpans, type MarkedSpans } from './layout';
import type { Run, RunToken, TermLine } from './shapes';
import { CLOSING, formKey, gapBetween, isDefinitionQuote, isHanWord, keySetOf, keysOf, OPENING, readKeys, variedKeys, type KeySet, type LineKeys } from './tokens';
import { sameFingerprint } from './fingerprint';
import { changedLine, noteReuse } from './oneLine';
import type { TermChange, TermGroup, TermOccurrence } from './types';

const NUMERAL = /[一二三四五六七八九十两百千万零〇]/;

/** Another 、 (or a closing 和) close by in the same clause: the pair is part of a longer enumeration. */
function inList(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start).split(/[，。；：！？\r\n]/).pop() ?? '';
  const after = text.slice(end, end + 6).split(/[，。；：！？\r\n]/)[0] ?? '';
  // 经济、社会和文化: the pair opens a list closed by 和 / 及 / 与.
  return before.includes('、') || after.includes('、') || /^(?:和|及|与|以及)/.test(after);
}

/** Function words: particles, conjunctions, prepositions and determiners. Never one side of a pair; before the first item they open its phrase. */
const FUNCTION_WORDS = new Set([
  '的', '地', '得', '之', '了', '着', '过', '和', '与', '及', '或', '并', '而', '等', '以及', '或者', '并且', '同', '跟',
  '对', '向', '在', '从', '由', '把', '被', '将', '为', '以', '于', '给', '让', '使', '经', '按', '按照', '根据', '依据', '依照', '通过', '经过', '关于', '对于', '围绕', '会同',
  '有关', '相关', '其', '该', '此', '各', '每', '本', '其他', '其它', '所', '是', '即', '请', '报', '由于', '若', '如',
]);
/** A one-character suffix binding the second word to what follows: 生产、生活性服务业. */
const BOUND_SUFFIX = new Set(['性', '化', '型', '式', '率', '者', '类']);
/** Names of organs: 区委 县政府 党工委 办事处 人大 政协 国务院 财政部 …局 …厅. */
const ORGAN = /(?:委|政府|党组|办事处|人大|政协|委员会|院|部|局|厅|署|办|支部|机关)$/;

/** True when every item of a split form names an organ: 区委、区政府, 街道党工委、办事处. */
export function isOrganPair(form: string): boolean {
  const parts = form.replace(/[“”‘’《》]/g, '').split(/[、 \u3000]+/);
  return parts.length >= 2 && parts.every((p) => p.length >= 2 && ORGAN.test(p));
}

/**
 * Keys from two words joined by 、 or a space where they are whole items (see above), not a list
 * of three or more; `sites` gets where each accepted junction's mark starts.
 */
export function junctionKeys(text: string, runs: readonly Run[], keys: Set<string>, sites: number[] = []): void {
  for (const run of runs) {
    const t = run.tokens;
    for (let i = 1; i < t.length; i++) {
      const a = t[i - 1];
      const b = t[i];
      // Most words touch: no mark between them, no junction (and no slice or regex run to see it).
      if (!a || !b || a.end === b.start) continue;
      const gap = gapBetween(text, a, b);
      if (!/^(?:、| +|\u3000+)$/.test(gap)) continue;
      if (!a.han || !b.han || a.text.length + b.text.length < 4) continue;
      // A list of three or more (省、市、县; 乡村旅游、休闲农业、农村电商) is a list, not a term.
      if (inList(text, a.start, b.end)) continue;
      if (FUNCTION_WORDS.has(a.text) || FUNCTION_WORDS.has(b.text)) continue;
      const next = t[i + 1];
      if (next && next.start === b.end && BOUND_SUFFIX.has(next.text)) continue;
      if (!(ORGAN.test(a.text) && ORGAN.test(b.text)) && !opensPhrase(text, t, i - 1)) continue;
      keys.add(a.text + b.text);
      sites.push(a.end);
    }
  }
}

/** The token at `i` opens its phrase: the run starts there, a mark stands before it, or a function word. */
function opensPhrase(text: string, t: readonly RunToken[], i: number): boolean {
  const prev = t[i - 1];
  const tok = t[i] as RunToken;
  if (!prev) return true;
  if (gapBetween(text, prev, tok) !== '') return true;
  return FUNCTION_WORDS.has(prev.text);
}

/** Keys from short Han texts standing alone in quotation or title marks (not a 简称 being defined). */
export function quotedKeys(text: string, keys: Set<string>): void {
  const re = /([“‘《])([^“”‘’《》\r\n]{2,14})([”’》])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const open = m[1] as string;
    const close = m[3] as string;
    if (OPENING.indexOf(open) !== CLOSING.indexOf(close)) continue;
    const inner = (m[2] as string).replace(/[、 \u3000]/g, '');
    if (!isHanWord(inner)) continue;
    if (isDefinitionQuote(text, m.index)) continue;
    const min = open === '《' ? 5 : NUMERAL.test(inner) ? 2 : 3;
    if (inner.length < min) continue;
    keys.add(inner);
  }
}

/** Marks a form carries (nested quotes as “”): a change must not drop any. */
function marksOf(form: string): string {
  return form.replace(/‘/g, '“').replace(/’/g, '”').replace(/[^“”《》]/g, '');
}

/** Rewriting `text` as `replacement` would drop or change quotation or title marks. */
export function dropsMarks(text: string, replacement: string): boolean {
  return dropsMarksOf(marksOf(text), marksOf(replacement));
}

/** dropsMarks from the marks of the two writings. */
function dropsMarksOf(from: string, to: string): boolean {
  return from.length > to.length || (from !== to && from.length === to.length);
}

const SPLIT = /[、 \u3000]/;
/** SPLIT's characters by code unit: 、, space, ideographic space. */
const isSplitUnit = (c: number): boolean => c === 0x3001 || c === 0x20 || c === 0x3000;
/** A body named after the term: 县委县政府督查室, 市委市政府信访联席会议办公室 are proper names, never rewritten. */
const BODY_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:督查室|办公室|研究室|信访局|督查组|督导组|工作组|调查组|领导小组|委员会|接待室|值班室)/;
/** What may follow a bare title and still cite it: 的 和 等 规定 … (not 体系, 实施条例: a longer name). */
const AFTER_BARE_TITLE = /^(?:的|和|与|及|或|等|中|第|之|以及|规定|要求|精神|有关|相关|条)/;
/** …的通知, …的意见: the bare title is part of another document's title (关于印发X的通知). */
const OTHER_TITLE = /^的(?:通知|意见|决定|批复|报告|复函|函|请示|公告|通告|通报)/;

/** A bare title ending at `end` runs on into a longer name (…指标体系) or another document's title. */
function isBareTitleOfOther(text: string, end: number): boolean {
  const after = text.slice(end, end + 4);
  if (OTHER_TITLE.test(after)) return true;
  return isHanWord(text.charAt(end)) && !AFTER_BARE_TITLE.test(after);
}

/**
 * What a line's key occurrences are, worked out from the line alone and kept with it for the
 * occurrences they were made for (LineKeys, one per key set): every test an occurrence must pass
 * reads only its own line (marks, spans and junction sites do not cross lines; the text before a
 * definition quote and after a name ends at the line break), and a keystroke would otherwise
 * slice and match thousands of occurrences of a dense draft's keys again.
 */
interface LineFacts {
  keys: LineKeys;
  /** Each occurrence's text (a piece of the cached line). */
  texts: string[];
  /** Each occurrence's form (formKey). */
  forms: string[];
  /** Each occurrence's facts: COUNTS, EXACT_TITLE, BARE_OTHER, MARKED. */
  flags: Uint8Array;
}

/** Not a definition's quote, not inside a longer quotation or title, split only at junctions, not a body's name. */
const COUNTS = 1;
/** Exactly a 《》 title span. */
const EXACT_TITLE = 2;
/** Without 《》 and running on into a longer name or another document's title (left out where the key is also a title). */
const BARE_OTHER = 4;
/** Exactly a quotation or title span. */
const MARKED = 8;

function lineFacts(line: TermLine, keys: LineKeys): LineFacts {
  const text = line.memo.text;
  const spans = lineSpans(line.spans) ?? NO_MARKED_SPANS;
  /** Every 、 or space run inside [start, end) starts at one of the line's accepted junctions. */
  const splitAtJunctions = (start: number, end: number): boolean => {
    for (let p = start; p < end; p++) {
      if (!isSplitUnit(text.charCodeAt(p)) || (p > start && isSplitUnit(text.charCodeAt(p - 1)))) continue;
      if (!line.sites.includes(p)) return false;
    }
    return true;
  };
  const n = keys.found.length;
  const texts = new Array<string>(n);
  const forms = new Array<string>(n);
  const flags = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const start = keys.spans[2 * k] as number;
    const end = keys.spans[2 * k + 1] as number;
    const own = text.slice(start, end);
    texts[k] = own;
    forms[k] = formKey(own);
    let f = 0;
    if (!isDefinitionQuote(text, start) && !spans.within(start, end) && splitAtJunctions(start, end) && !BODY_AFTER.test(text.slice(end, end + 10))) f |= COUNTS;
    if (spans.exact(start, end)) f |= own.charAt(0) === '《' ? MARKED | EXACT_TITLE : MARKED;
    if (!/[《》]/.test(own) && isBareTitleOfOther(text, end)) f |= BARE_OTHER;
    flags[k] = f;
  }
  return { keys, texts, forms, flags };
}

const NO_MARKED_SPANS: MarkedSpans = { exact: () => false, within: () => false, covered: () => false };

function factsOf(line: TermLine): LineFacts {
  const keys = keysOf(line);
  const kept = line.memo.punctuation as LineFacts | undefined;
  if (kept?.keys === keys) return kept;
  return ((line.memo.punctuation as LineFacts) = lineFacts(line, keys));
}

/**
 * Keys whose occurrences made no group at the last check, with what decided it (signatureOf): the
 * same again makes no group again, and is not built. A dense draft has keys written several ways
 * of which no change survives (a quoted mention, a title), each with hundreds of occurrences.
 */
const NO_GROUP = new Map<string, string>();

/**
 * What decides whether a key's occurrences make a group with a change: its forms in order of
 * first occurrence with their counts, and how many occurrences are quoted, titles or bare (makeGroup
 * and guardMarks read nothing else when no change is left).
 */
function signatureOf(forms: ReadonlyMap<string, number>, quoted: number, titles: number, bare: number): string {
  let s = `${quoted},${titles},${bare}`;
  for (const [form, count] of forms) s += `\u0000${form}\u0001${count}`;
  return s;
}

/**
 * The last check's groups, with where each group's occurrences stood (line number, occurrence
 * number in the line's keys): a check whose lines differ from that check's in one line only, in
 * what this relation does not read (the same keys found there, with the same texts and facts, as
 * when a word is typed in a sentence), makes the same groups from the same occurrences where they
 * now stand, instead of reading every line again.
 */
interface LastCheck {
  lines: readonly TermLine[];
  set: KeySet;
  groups: Array<{ lines: number[]; at: number[] }>;
}
let last: LastCheck | undefined;

/** Forgets the last check (a from-scratch analysis; with the line caches). */
export function clearPunctuationCheck(): void {
  last = undefined;
}

const GROUP_OPTIONS = { relation: 'punctuation', certain: true, tieBreak: (f: string) => f.startsWith('《') } as const;

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether the lines are the last check's but for one line whose keys, their texts and facts are the same. */
function sameAsLast(was: LastCheck, lines: readonly TermLine[]): boolean {
  const change = changedLine(was.lines, lines);
  if (!change) return false;
  if (change.index < 0) return true;
  const before = was.lines[change.index] as TermLine;
  const now = lines[change.index] as TermLine;
  // The same junction and quoted keys: the document's key set is the last check's.
  if (!sameStrings(before.junctions, now.junctions) || !sameStrings(before.quoted, now.quoted)) return false;
  const beforeKeys = before.memo.keys as LineKeys | undefined;
  if (!beforeKeys || !sameFingerprint(beforeKeys.keys, was.set.fingerprint)) return false;
  const nowKeys = readKeys(now, was.set);
  if (!sameStrings(beforeKeys.found, nowKeys.found)) return false;
  if (nowKeys.found.length === 0) return true;
  const a = factsOf(before);
  const b = factsOf(now);
  if (!sameStrings(a.texts, b.texts)) return false;
  for (let k = 0; k < a.flags.length; k++) if (a.flags[k] !== b.flags[k]) return false;
  return true;
}

/** A group made and guarded from its occurrences; undefined when no change is left. */
function groupOf(occurrences: TermOccurrence[], spans: MarkedSpans): TermGroup | undefined {
  const group = makeGroup(occurrences, GROUP_OPTIONS);
  return group && guardMarks(group, (o) => spans.exact(o.start, o.end));
}

/** The last check's groups from where their occurrences stand in `lines` (sameAsLast); undefined if one makes no group. */
function groupsAgain(was: LastCheck, lines: readonly TermLine[], spans: MarkedSpans): TermGroup[] | undefined {
  const groups: TermGroup[] = [];
  for (const g of was.groups) {
    const occurrences = new Array<TermOccurrence>(g.lines.length);
    for (let j = 0; j < g.lines.length; j++) {
      const line = lines[g.lines[j] as number] as TermLine;
      const keys = readKeys(line, was.set);
      const k = g.at[j] as number;
      occurrences[j] = { start: line.base + (keys.spans[2 * k] as number), end: line.base + (keys.spans[2 * k + 1] as number), text: factsOf(line).texts[k] as string };
    }
    const group = groupOf(occurrences, spans);
    if (!group) return undefined;
    groups.push(group);
  }
  return groups;
}

/** The groups of relation 1, from the document's lines (keys found per line, looked up everywhere). */
export function punctuationGroups(text: string, lines: readonly TermLine[], spans: MarkedSpans = markedSpans(lines)): TermGroup[] {
  if (last && sameAsLast(last, lines)) {
    const again = groupsAgain(last, lines, spans);
    if (again) {
      last.lines = lines;
      noteReuse('punctuation', true);
      return again;
    }
  }
  noteReuse('punctuation', false);
  // All junction keys in text order, then all quoted keys: the order groups claim their places in.
  const keys = new Set<string>();
  for (const line of lines) for (const k of line.junctions) keys.add(k);
  for (const line of lines) for (const k of line.quoted) keys.add(k);
  const groups: TermGroup[] = [];
  const set = keySetOf(keys);
  const check: LastCheck = { lines, set, groups: [] };
  last = check;
  const varied = variedKeys(text, lines, set);
  if (varied.size === 0) return groups;
  // Each varied key's occurrences, in text order: a line's number, its facts and the occurrence's number in it.
  const places = new Map<string, { lines: number[]; facts: LineFacts[]; at: number[] }>();
  for (const key of keys) if (varied.has(key)) places.set(key, { lines: [], facts: [], at: [] });
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l] as TermLine;
    const found = keysOf(line).found;
    let facts: LineFacts | undefined;
    for (let k = 0; k < found.length; k++) {
      const p = places.get(found[k] as string);
      if (!p) continue;
      p.lines.push(l);
      p.facts.push((facts ??= factsOf(line)));
      p.at.push(k);
    }
  }
  if (NO_GROUP.size > 1000) NO_GROUP.clear();
  for (const [key, p] of places) {
    let hasTitle = false;
    for (let i = 0; i < p.lines.length; i++) if (((p.facts[i] as LineFacts).flags[p.at[i] as number] as number) & EXACT_TITLE) hasTitle = true;
    // The occurrences that count, and what decides whether they make a group.
    const kept: number[] = [];
    const forms = new Map<string, number>();
    let quoted = 0;
    let titles = 0;
    let bare = 0;
    for (let i = 0; i < p.lines.length; i++) {
      const facts = p.facts[i] as LineFacts;
      const k = p.at[i] as number;
      const f = facts.flags[k] as number;
      // A bare title running on into a longer name (…考核指标体系) is that other name.
      if (!(f & COUNTS) || (hasTitle && f & BARE_OTHER)) continue;
      kept.push(i);
      const form = facts.forms[k] as string;
      forms.set(form, (forms.get(form) ?? 0) + 1);
      if (!(f & MARKED)) bare++;
      else if (f & EXACT_TITLE) titles++;
      else quoted++;
    }
    if (forms.size < 2) continue;
    const signature = signatureOf(forms, quoted, titles, bare);
    if (NO_GROUP.get(key) === signature) continue;
    const occurrences: TermOccurrence[] = [];
    for (const i of kept) {
      const base = (lines[p.lines[i] as number] as TermLine).base;
      const facts = p.facts[i] as LineFacts;
      const k = p.at[i] as number;
      const keySpans = facts.keys.spans;
      occurrences.push({ start: base + (keySpans[2 * k] as number), end: base + (keySpans[2 * k + 1] as number), text: facts.texts[k] as string });
    }
    const guarded = groupOf(occurrences, spans);
    if (guarded) {
      NO_GROUP.delete(key);
      groups.push(guarded);
      check.groups.push({ lines: kept.map((i) => p.lines[i] as number), at: kept.map((i) => p.at[i] as number) });
    } else if (NO_GROUP.has(key)) NO_GROUP.set(key, detach(signature));
    // Copies: the map outlives the document, and a key or form of a line not cached is a slice of it.
    else NO_GROUP.set(detach(key), detach(signature));
  }
  return groups;
}

/**
 * The group's changes that unify wording without touching quotation or title marks wrongly:
 * never one that drops marks (a quoted mention stays quoted); one that adds them only when the
 * marked form dominates. Sets `certain` (see the file's comment); undefined when no change is left.
 */
function guardMarks(group: TermGroup, isMarked: (o: TermOccurrence) => boolean): TermGroup | undefined {
  let quoted = 0;
  let titles = 0;
  let bare = 0;
  for (const f of group.forms) {
    for (const o of f.occurrences) {
      if (!isMarked(o)) bare++;
      else if (o.text.startsWith('《')) titles++;
      else quoted++;
    }
  }
  const canonicalCount = group.forms[0]?.count ?? 0;
  let certain = true;
  const changes: TermChange[] = [];
  // The marks of each writing, read once (a group has hundreds of changes of a few writings).
  const marks = new Map<string, string>();
  const marksIn = (form: string): string => {
    let m = marks.get(form);
    if (m === undefined) marks.set(form, (m = marksOf(form)));
    return m;
  };
  for (const c of group.changes) {
    if (dropsMarksOf(marksIn(c.text), marksIn(c.replacement))) continue;
    if (marksIn(c.replacement).length > marksIn(c.text).length) {
      const title = c.replacement.startsWith('《');
      const marked = title ? titles : quoted;
      // A title takes its 书名号 when it has them at least as often as not (GB/T 15834-2011 4.15);
      // a quoted term only when quoted at least twice and more often than not.
      if (title ? marked < bare : marked < 2 || marked <= bare) continue;
      if (!title && marked < 3) certain = false;
    }
    if (SPLIT.test(c.text) || SPLIT.test(c.replacement)) {
      const split = SPLIT.test(c.text) ? c.text : c.replacement;
      if (!isOrganPair(split) || canonicalCount < 2) certain = false;
    }
    changes.push(c);
  }
  if (changes.length === 0) return undefined;
  return { ...group, certain, changes };
}
