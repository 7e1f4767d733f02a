/**
 * Relation 1: one term written with and without marks inside it — 区委区政府 / 区委、区政府,
 * 十四五规划 / “十四五”规划, 乡村 振兴 / 乡村振兴.
 *
 * Candidate keys come from the places where marks stand: two words joined by 、 or a space (not a
 * list of three or more), and a short text standing alone in quotes or title marks (not the 简称
 * being defined in 以下简称“…”). Each key is then looked up everywhere at word boundaries, and
 * its occurrences grouped by how they are written. Nested quotes ‘’ count as “”.
 */
import { makeGroup, occurrence } from './group';
import type { TermLine } from './lines';
import { balanceMarks, CLOSING, findKeys, gapBetween, isDefinitionQuote, isHanWord, OPENING, type Run } from './tokens';
import type { TermGroup } from './types';

const NUMERAL = /[一二三四五六七八九十两百千万零〇]/;

/** Another 、 (or a closing 和) close by in the same clause: the pair is part of a longer enumeration. */
function inList(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start).split(/[，。；：！？\r\n]/).pop() ?? '';
  const after = text.slice(end, end + 6).split(/[，。；：！？\r\n]/)[0] ?? '';
  // 经济、社会和文化: the pair opens a list closed by 和 / 及 / 与.
  return before.includes('、') || after.includes('、') || /^(?:和|及|与|以及)/.test(after);
}

/** Keys from two words joined by 、 or a space (not a list of three or more). */
export function junctionKeys(text: string, runs: readonly Run[], keys: Set<string>): void {
  for (const run of runs) {
    const t = run.tokens;
    for (let i = 1; i < t.length; i++) {
      const a = t[i - 1];
      const b = t[i];
      if (!a || !b) continue;
      const gap = gapBetween(text, a, b);
      if (!/^(?:、| +|\u3000+)$/.test(gap)) continue;
      if (!a.han || !b.han || a.text.length + b.text.length < 4) continue;
      // A list of three or more (省、市、县; 乡村旅游、休闲农业、农村电商) is a list, not a term.
      if (inList(text, a.start, b.end)) continue;
      keys.add(a.text + b.text);
    }
  }
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

/** The groups of relation 1, from the document's lines (keys found per line, looked up everywhere). */
export function punctuationGroups(text: string, lines: readonly TermLine[]): TermGroup[] {
  // All junction keys in text order, then all quoted keys: the order groups claim their places in.
  const keys = new Set<string>();
  for (const line of lines) for (const k of line.junctions) keys.add(k);
  for (const line of lines) for (const k of line.quoted) keys.add(k);
  const groups: TermGroup[] = [];
  const found = findKeys(lines, keys);
  for (const key of keys) {
    const occurrences = (found.get(key) ?? [])
      .map((r) => balanceMarks(text, r.start, r.end))
      .filter((r) => !isDefinitionQuote(text, r.start))
      .map((r) => occurrence(text, r.start, r.end));
    const group = makeGroup(occurrences, { relation: 'punctuation', certain: true });
    if (group) groups.push(group);
  }
  return groups;
}
