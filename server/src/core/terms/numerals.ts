/**
 * Relation 2: one year written in Arabic and Chinese numerals — 2025年 / 二〇二五年 / 二零二五年.
 * Years are grouped by value; on a tie the Arabic form wins (GB/T 15835-2011 favours it).
 */
import { makeGroup, occurrence, overlapsAnyRange } from './group';
import type { OffsetRange } from '../types';
import type { TermGroup } from './types';

const DIGITS: Record<string, string> = { 〇: '0', 零: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

export function yearValue(form: string): string {
  return [...form.replace(/年$/, '')].map((c) => DIGITS[c] ?? c).join('');
}

export function numeralGroups(text: string, ignored: readonly OffsetRange[]): TermGroup[] {
  const byYear = new Map<string, OffsetRange[]>();
  const re = /(?<![0-9０-９.．])[12][0-9]{3}年|(?<![〇零○一二三四五六七八九十])[一二][〇零○一二三四五六七八九]{3}年/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const range = { start: m.index, end: m.index + m[0].length };
    if (overlapsAnyRange(ignored, range.start, range.end)) continue;
    const value = yearValue(m[0]);
    byYear.set(value, [...(byYear.get(value) ?? []), range]);
  }
  const groups: TermGroup[] = [];
  for (const ranges of byYear.values()) {
    const group = makeGroup(
      ranges.map((r) => occurrence(text, r.start, r.end)),
      { relation: 'numeral', certain: true, formOf: (t) => t, tieBreak: (f) => /^[0-9]/.test(f) },
    );
    if (group) groups.push(group);
  }
  return groups;
}
