/**
 * typo.word — 错别字词表：部暑 → 部署，迫不急待 → 迫不及待，美仑美奂 → 美轮美奂…… The list is data
 * (./data/words.ts); an entry is fenced where the wrong string is also the seam of two right
 * words (全部暑假, 预防犯罪). Matching is per line, longest entry first, outside ignored ranges.
 */
import { overlapsAny } from '../../markdown';
import { lines, pairAt } from '../../text/chars';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { TYPO_WORDS, type TypoEntry } from './data/words';

const ID = 'typo.word';

/** Entries by their first two UTF-16 units (every wrong form has two characters or more), longest first; and which units begin one. */
interface EntryIndex {
  byPair: Map<number, TypoEntry[]>;
  /** 1 where a UTF-16 unit begins some entry: most characters begin none and are passed at once. */
  first: Uint8Array;
}

function indexEntries(entries: readonly TypoEntry[]): EntryIndex {
  const byPair = new Map<number, TypoEntry[]>();
  const first = new Uint8Array(0x10000);
  for (const e of entries) {
    const key = pairAt(e.wrong, 0);
    const list = byPair.get(key) ?? [];
    list.push(e);
    byPair.set(key, list);
    first[e.wrong.charCodeAt(0)] = 1;
  }
  for (const list of byPair.values()) list.sort((a, b) => b.wrong.length - a.wrong.length);
  return { byPair, first };
}

function fenced(e: TypoEntry, line: string, start: number): boolean {
  const end = start + e.wrong.length;
  return e.notBefore.some((f) => start >= f.length && line.startsWith(f, start - f.length)) || e.notAfter.some((f) => line.startsWith(f, end));
}

export interface TypoMatch {
  entry: TypoEntry;
  start: number;
  end: number;
}

/** Every unfenced entry in the text, line by line, the longest at each place, never overlapping. */
export function matchTypos(context: Pick<RuleContext, 'text' | 'ignored'>, entries: readonly TypoEntry[] = TYPO_WORDS): TypoMatch[] {
  const { byPair, first } = entries === TYPO_WORDS ? INDEX : indexEntries(entries);
  const found: TypoMatch[] = [];
  for (const line of lines(context.text)) {
    const text = line.text;
    for (let i = 0; i + 1 < text.length; i++) {
      if (first[text.charCodeAt(i)] === 0) continue;
      const candidates = byPair.get(pairAt(text, i));
      if (!candidates) continue;
      // A loop, not find(): a closure per position whose two characters begin an entry was most of the rule's allocation.
      let hit: TypoEntry | undefined;
      for (const e of candidates) {
        if (text.startsWith(e.wrong, i) && !fenced(e, text, i)) {
          hit = e;
          break;
        }
      }
      if (!hit) continue;
      const start = line.start + i;
      const end = start + hit.wrong.length;
      if (overlapsAny(context.ignored, start, end)) continue;
      found.push({ entry: hit, start, end });
      i += hit.wrong.length - 1;
    }
  }
  return found;
}

const INDEX = indexEntries(TYPO_WORDS);

export const typoWord: Rule = {
  id: ID,
  description: '错别字（部暑、迫不急待、美仑美奂、再接再励等）',
  descriptionEn: 'Misspelled words (部暑, 迫不急待, 美仑美奂, 再接再励 etc.)',
  defaultSeverity: 'warning',
  scope: 'line',
  docs: {
    summary:
      '常见错别字词表：写错的词和成语（“部暑”应为“部署”，“迫不急待”应为“迫不及待”，“美仑美奂”应为“美轮美奂”），以及《第一批异形词整理表》中的非推荐词形（“宏扬”应为“弘扬”）。词表只收任何语境都不对的写法；一个写法恰是两个正确词语相接处时（全部暑假、预防犯罪）不报。快速修复改为正确写法。',
    source: '《现代汉语词典》第7版；《第一批异形词整理表》（GF 1001-2001）；本工具公文常见误写词表',
    bad: '会议对全年工作作了部暑，要求大家再接再励、迫不急待地抓好落实。',
    good: '会议对全年工作作了部署，要求大家再接再厉、迫不及待地抓好落实。',
  },
  check(context: RuleContext): RuleFinding[] {
    return matchTypos(context).map(({ entry, start, end }) => ({
      rule: ID,
      start,
      end,
      message: `“${entry.wrong}”应为“${entry.right}”。`,
      fixes: [{ title: `改为“${entry.right}”`, edits: [{ start, end, newText: entry.right }], preferred: true }],
    }));
  },
};
