/**
 * Relation 4: long names that differ in one word, where one form dominates and the other is rare
 * (文旅融合创新区 ×4 / 文旅融合发展区 ×1; 稻虾共作 ×3 / 稻虾共养 ×1) — most likely a slip.
 *
 * Legitimately different names are common (生态经济先行区 / 港产城联动示范区; 一期工程 / 二期工程;
 * 县委 / 县政府; 省级 / 市级), so a pair needs all of:
 * - the differing parts carry no numeral, ordinal, level or opposite (一期 / 二期, 省级 / 市级,
 *   城东 / 城西);
 * - either the name ends in a naming head (区 园 基地 带 …), at least five characters, and one or
 *   two characters after its first two differ, the head kept (数字经济产业园 / 数字经济创业园);
 *   or two to five words of which one differs in its last character only (共作 / 共养) and is not
 *   an everyday word (建设 / 建成);
 * - the dominant form occurs at least twice, and the rare one once or at most a third as often;
 * - the rare form starts and ends at word boundaries.
 */
import { makeGroup, occurrence } from './group';
import type { RunToken, TermLine } from './shapes';
import type { OffsetRange } from '../types';
import type { TermGroup, TermOccurrence } from './types';
import { inProperName, lineSpans, type MarkedSpans } from './layout';
import { detach, pairAt } from '../text/chars';
import { addText, emptyFingerprint, sameFingerprint, type Fingerprint } from './fingerprint';
import { sharedEnds } from './tally';

const HEADS = new Set([
  '区', '园', '园区', '基地', '工程', '中心', '平台', '示范区', '先行区', '试验区', '片区', '带', '走廊', '港', '城', '新城',
  '行动', '计划', '项目', '体系', '模式', '机制', '集群', '产业园', '示范园', '小镇', '综合体', '公园', '景区', '保护区', '开发区',
]);
/** Numerals and ordinals: 一期 / 二期, 第一 / 第二. */
const NUMERAL = /[一二三四五六七八九十两百千万零〇0-9０-９第甲乙丙丁]/;
/** Levels and batches: 省级 / 市级, 首批 / 次批. */
const LEVEL = /[级期批届次号类型]$/;
/** Characters that pair as opposites or ranks: a word differing only in these names another thing. */
const CONTRASTS = ['上下', '前后', '东西南北中', '内外', '大小', '新旧', '正副', '省市县区乡镇村街', '男女', '老少', '春夏秋冬', '早晚', '年月日', '党政委府', '中外', '城乡', '高中低', '主次', '公私', '国省'];
const EVERYDAY = new Set([
  '建设', '建成', '发展', '发挥', '生产', '生活', '管理', '管控', '服务', '服从', '工作', '工程', '推进', '推动', '提升', '提高', '加强', '加快',
  '改革', '改造', '保护', '保障', '保持', '保证', '经济', '经营', '资金', '资源', '规划', '规范', '安全', '安排', '实施', '实现', '落实', '落地',
  '创新', '创业', '产业', '产品', '企业', '农业', '农村', '农民', '社会', '社区', '合作', '合理', '完成', '完善', '组织', '组成', '制度', '制定',
]);

/** Words a phrase, not a name, starts with: verbs, adverbs, pronouns and function words (做好重点 / 做好重度, 我们坚持 / 我们坚决). */
const PHRASE_LEADERS = new Set([
  '做好', '按照', '进行', '深化', '加强', '推进', '推动', '实现', '提高', '提升', '落实', '采取', '具有', '用于', '体现', '依法', '及时', '全面',
  '以及', '其他', '有关', '相关', '根据', '通过', '加快', '积极', '进一步', '不断', '持续', '切实', '坚持', '支持', '鼓励', '引导', '开展', '建立',
  '健全', '完善', '确保', '保持', '促进', '发挥', '强化', '统筹', '严格', '认真', '努力', '充分', '大力', '重点', '主要', '一些', '一批', '各类',
  '我们', '你们', '他们', '大家', '咱们', '各级', '必须', '始终', '更加', '坚持', '坚决', '一定', '已经', '正在', '继续',
]);

interface Gram {
  /** The trie nodes of its first one, two, … words (the last is the gram's own); its words are theirs. */
  path: GramNode[];
  /** Characters of the words together. */
  len: number;
  /** How many times the gram occurs in the counting `epoch` (countGrams). */
  n: number;
  epoch: number;
  /**
   * The walk of the first line it occurs in (in the counting `epoch`) and its place in that walk:
   * its order of first occurrence (OrderOf). Undefined while it does not occur.
   */
  first?: LineGrams;
  firstK: number;
  /**
   * Where it occurs: gathered (occurrencesOf) only for the few grams that may make a group, after
   * the groups are chosen, not as an object per occurrence of every gram.
   */
  occ: OffsetRange[];
  /**
   * The walks it occurs in (with how many times, a walk counted once per line it stands for),
   * while its occurrences are asked for check after check (TRIE.tracked): kept up by the counting,
   * so that typing does not read every walk again for them.
   */
  walks?: Map<LineGrams, number>;
  /** The check that asked for its walks afresh. */
  wanted: number;
  /** Its words joined, when they end in a naming head (headedGroups); null when they do not. Worked out once. */
  name?: string | null;
}

/** The gram's `k`-th word. */
function wordAt(g: Gram, k: number): string {
  return (g.path[k] as GramNode).word;
}

const NO_OCCURRENCES: OffsetRange[] = [];

/** Occurrences (with their texts) of the spans of a group. */
function withText(text: string, spans: readonly OffsetRange[]): TermOccurrence[] {
  return spans.map((r) => occurrence(text, r.start, r.end));
}

/** True when two equal-length differing parts may name the same thing (no numeral, level or opposite). */
function comparable(a: string, b: string): boolean {
  if (a.length !== b.length || a === b || NUMERAL.test(a) || NUMERAL.test(b) || LEVEL.test(a) || LEVEL.test(b)) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charAt(i);
    const y = b.charAt(i);
    if (x !== y && CONTRASTS.some((set) => set.includes(x) && set.includes(y))) return false;
  }
  return true;
}

/** A node of the word trie: the gram ending here, and longer ones. */
interface GramNode {
  word: string;
  gram?: Gram;
  /**
   * The nodes one word further: a short list while they are few (most nodes have one or two: a
   * Map each made most of a cold analysis' allocation), a Map beyond SMALL_CHILDREN.
   */
  next?: GramNode[] | Map<string, GramNode>;
  /**
   * Another node under the same parent has a word of the same length differing in its last
   * character only (稻虾 → 共作, 共养): only such a word can be the differing word of a near name
   * (wordGroups). Set when a node is made, on it and on the other; kept after a pruning (a superset).
   */
  stem?: boolean;
  /** Some child is a stem: only below such a node can the grams make a bucket (wordGroups). Kept after a pruning (a superset). */
  stemParent?: boolean;
  /** Counts the nodes made below this one (a bucket kept here holds while it is unchanged). */
  version?: number;
  /** The grams below this node with given words after their differing word (wordGroups), for one `version` of what lies below. */
  buckets?: { version: number; byAfter: Map<string, GramNode[]> };
  /** How many times the words up to here occur (in runs, followed by anything or nothing), in the counting `epoch` (countGrams). */
  count: number;
  epoch: number;
}

/**
 * The word trie, kept from one analysis to the next: a node and its gram (words, path) are made
 * once per distinct sequence of words, and each line keeps the nodes it passes through
 * (LineGrams), so an analysis looks nothing up and makes no node for an unchanged line.
 *
 * Counts belong to a counting (`epoch`, the number of the check that began it): a node not
 * stamped with the current one counts 0. A counting goes on from check to check while the
 * document's walks are mostly the same ones (countGrams: the walks an edit took out are
 * subtracted, the new ones added), and a check of another document begins a new one. Pruned
 * (pruneTrie: a new generation; lines walk it again) when it holds more nodes than recent checks
 * reached, so a day of typing does not grow it.
 */
const TRIE = {
  root: new Map<string, GramNode>(),
  nodes: 0,
  generation: 0,
  /** The current counting: the check it began in. */
  epoch: 0,
  /** Checks so far (the age of a counting). */
  checks: 0,
  /** Nodes the current counting reaches (count above 0). */
  reached: 0,
  peak: 0,
  kept: 0,
  stems: [] as GramNode[],
  /** The grams of the current counting that may be a dominant headed name: five characters or more, a naming head, twice or more (headedGroups). */
  headed: new Set<Gram>(),
  /** The walks the current counting counted, in document order. */
  counted: [] as readonly LineGrams[],
  /** The grams whose walks the counting keeps (Gram.walks): those the last check asked the occurrences of. */
  tracked: new Set<Gram>(),
};

/** A node of a counting begun this many checks ago or more (of another document) is dropped when the trie is pruned. */
const KEEP_EPOCHS = 50;

/**
 * Drops the nodes the current counting does not reach and those of countings begun KEEP_EPOCHS
 * checks ago or more (a node reached is reached with every node before it on its path, so a kept
 * node's parents are kept), and starts a new generation: each line walks the trie again, finding
 * the kept nodes where they were, so the grams of the documents being edited keep their identity
 * and only what typing left behind goes.
 */
function pruneTrie(): void {
  const cutoff = TRIE.checks - KEEP_EPOCHS;
  let nodes = 0;
  const stems: GramNode[] = [];
  const kept = (node: GramNode): boolean => {
    if (node.epoch === TRIE.epoch ? node.count === 0 : node.epoch <= cutoff) return false;
    nodes++;
    if (node.stem) stems.push(node);
    // Its buckets may hold nodes pruned below it.
    delete node.buckets;
    const next = node.next;
    if (next === undefined) return true;
    if (Array.isArray(next)) {
      const left = next.filter(kept);
      if (left.length === 0) delete node.next;
      else node.next = left;
    } else {
      prune(next);
      if (next.size === 0) delete node.next;
    }
    return true;
  };
  const prune = (map: Map<string, GramNode>): void => {
    for (const [word, node] of map) if (!kept(node)) map.delete(word);
  };
  prune(TRIE.root);
  TRIE.nodes = nodes;
  TRIE.kept = nodes;
  TRIE.stems = stems;
  TRIE.generation++;
  TRIE.counted = [];
}

/** A line's walk through the trie: the nodes its grams reach, in order, and where the grams of four or more characters stand (-1: none). */
interface LineGrams {
  generation: number;
  nodes: GramNode[];
  starts: Int32Array;
  ends: Int32Array;
}

/** How many nodes the trie holds (for tests and the soak: it must not grow with typing). */
export function gramTrieNodes(): number {
  return TRIE.nodes;
}

/**
 * The current counting, for tests: its number and its grams (words joined by |, count, first
 * occurrence as the index of the walk among the lines with words and the place in it), in order of
 * first occurrence.
 */
export function countedGrams(): { epoch: number; grams: Array<{ words: string; n: number; line: number; k: number }> } {
  const { where } = placesOfWalks(TRIE.counted);
  const seen = new Set<Gram>();
  for (const walk of TRIE.counted) for (const node of walk.nodes) if (node.gram && node.gram.epoch === TRIE.epoch && node.gram.n > 0) seen.add(node.gram);
  const grams = [...seen].map((g) => ({ words: g.path.map((x) => x.word).join('|'), n: g.n, line: where.get(g.first as LineGrams) ?? -1, k: g.firstK }));
  return { epoch: TRIE.epoch, grams: grams.sort((a, b) => a.line - b.line || a.k - b.k) };
}

/** Forgets the trie (with the cached lines: a from-scratch analysis with nothing cached). */
export function clearGramTrie(): void {
  TRIE.root = new Map();
  TRIE.stems = [];
  TRIE.nodes = 0;
  TRIE.generation++;
  TRIE.peak = 0;
  TRIE.kept = 0;
  TRIE.headed.clear();
  TRIE.counted = [];
  TRIE.tracked.clear();
  BUCKETS.byPrefix.clear();
  BUCKETS.byWord.clear();
}

/** How many children a node keeps in a list before a Map. */
const SMALL_CHILDREN = 8;

function newNode(word: string): GramNode {
  TRIE.nodes++;
  // Words outlive the analysis: a long word sliced from a document would keep it alive.
  return { word: word.length >= 13 ? detach(word) : word, count: 0, epoch: 0 };
}

/** The node for `word` under `parent` (under the root when there is none), made if new. */
function nodeIn(parent: GramNode | undefined, word: string): GramNode {
  if (parent === undefined) {
    let node = TRIE.root.get(word);
    if (!node) {
      node = newNode(word);
      TRIE.root.set(node.word, node);
    }
    return node;
  }
  const next = parent.next;
  if (next === undefined) {
    const node = newNode(word);
    parent.next = [node];
    return node;
  }
  if (Array.isArray(next)) {
    for (let i = 0; i < next.length; i++) if ((next[i] as GramNode).word === word) return next[i] as GramNode;
    const node = newNode(word);
    markStems(parent, next, node);
    if (next.length < SMALL_CHILDREN) next.push(node);
    else parent.next = new Map([...next, node].map((n) => [n.word, n]));
    return node;
  }
  let node = next.get(word);
  if (!node) {
    node = newNode(word);
    markStems(parent, next.values(), node);
    next.set(node.word, node);
  }
  return node;
}

/** Marks a new child and its siblings whose words differ from its word in the last character only (GramNode.stem), and their parent. */
function markStems(parent: GramNode, siblings: Iterable<GramNode>, node: GramNode): void {
  const w = node.word;
  if (w.length < 2) return;
  for (const s of siblings) {
    const v = s.word;
    if (v.length === w.length && v.charCodeAt(w.length - 1) !== w.charCodeAt(w.length - 1) && v.startsWith(w.slice(0, -1))) {
      parent.stemParent = true;
      for (const x of [s, node]) {
        if (x.stem) continue;
        x.stem = true;
        TRIE.stems.push(x);
      }
    }
  }
}

/** The child of `node` for `word`, if there is one (nothing is made). */
function childFor(node: GramNode, word: string): GramNode | undefined {
  const next = node.next;
  if (next === undefined) return undefined;
  if (!Array.isArray(next)) return next.get(word);
  for (let i = 0; i < next.length; i++) if ((next[i] as GramNode).word === word) return next[i] as GramNode;
  return undefined;
}

/**
 * A word of a line with quotation or title marks (`spans`, lineSpans) that stands in one of them or
 * opens a proper name there: no gram or rare form starts with it. A line without marks has none.
 */
function startsInMarks(text: string, spans: MarkedSpans | undefined, start: number, end: number): boolean {
  return spans !== undefined && (spans.covered(start, end) || inProperName(text, start, end));
}

/**
 * The line's grams: one to five adjacent Han words, four to sixteen characters, none starting in
 * a quotation or title or a proper name (the line's own: layout lines have no runs).
 */
function lineGrams(line: TermLine): LineGrams {
  const text = line.memo.text;
  const spans = lineSpans(line.spans);
  const nodes: GramNode[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const path: GramNode[] = [];
  for (const run of line.runs) {
    const t = run.tokens;
    for (let i = 0; i < t.length; i++) {
      const first = t[i] as RunToken;
      // A gram never crosses a mark: one starting inside a quotation or title stays inside it.
      if (startsInMarks(text, spans, first.start, first.end)) continue;
      let len = 0;
      let parent: GramNode | undefined;
      path.length = 0;
      for (let n = 1; n <= 5 && i + n <= t.length; n++) {
        const last = t[i + n - 1] as RunToken;
        if (!last.han) break;
        // Only adjacent words: a mark between them ends the name.
        if (n > 1 && (t[i + n - 2] as RunToken).end !== last.start) break;
        len += last.text.length;
        if (len > 16) break;
        const before = TRIE.nodes;
        const node = nodeIn(parent, last.text);
        // A node made: what lies below each node before it changed (GramNode.buckets).
        if (TRIE.nodes !== before) for (const up of path) up.version = (up.version ?? 0) + 1;
        parent = node;
        path.push(node);
        nodes.push(node);
        if (len < 4) {
          starts.push(-1);
          ends.push(-1);
          continue;
        }
        node.gram ??= { path: path.slice(), len, n: 0, epoch: 0, firstK: 0, occ: NO_OCCURRENCES, wanted: 0 };
        starts.push(first.start);
        ends.push(last.end);
      }
    }
  }
  return { generation: TRIE.generation, nodes, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

function gramsOfLine(line: TermLine): LineGrams {
  const kept = line.memo.grams as LineGrams | undefined;
  if (kept && kept.generation === TRIE.generation) return kept;
  return ((line.memo.grams as LineGrams) = lineGrams(line));
}

/** How many times a node's words occur in the current analysis. */
function countOf(node: GramNode | undefined): number {
  return node !== undefined && node.epoch === TRIE.epoch ? node.count : 0;
}

/**
 * Each walk's first place among the walks (a line's walk is shared by its copies: the first copy is
 * where a gram in it first occurs), and every place of a walk with copies.
 */
function placesOfWalks(walks: readonly LineGrams[]): { where: Map<LineGrams, number>; copies: Map<LineGrams, number[]> } {
  const where = new Map<LineGrams, number>();
  const copies = new Map<LineGrams, number[]>();
  for (let i = 0; i < walks.length; i++) {
    const walk = walks[i] as LineGrams;
    const first = where.get(walk);
    if (first === undefined) {
      where.set(walk, i);
      continue;
    }
    const places = copies.get(walk);
    if (places) places.push(i);
    else copies.set(walk, [first, i]);
  }
  return { where, copies };
}

/** Orders grams by their first occurrence (negative: `a` first). */
type OrderOf = (a: Gram, b: Gram) => number;

/** A check's counting: the order of first occurrence, and the lines with words with their walks (same index). */
interface Counted {
  orderOf: OrderOf;
  walks: readonly LineGrams[];
  lines: readonly TermLine[];
  /** The indexes a walk stands at (a line's copies share one walk). */
  placesOf(walk: LineGrams): readonly number[];
  /** The walks counted out and in when the counting went on from the last check; undefined when it began. */
  changed: readonly LineGrams[] | undefined;
}

/** Its words joined when they end in a naming head, else null: worked out once in the gram's life. */
function nameOf(g: Gram): string | null {
  if (g.name === undefined) {
    let joined = '';
    for (const node of g.path) joined += node.word;
    g.name = headOf(joined) ? joined : null;
  }
  return g.name;
}

/** Counts a walk in (a line of the document, at index `at` of the walks); `where` places the walk a gram first occurs in, when the counting goes on from the last check. */
function countIn(walk: LineGrams, at: number, where: Map<LineGrams, number> | undefined): void {
  const epoch = TRIE.epoch;
  const { nodes, starts } = walk;
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k] as GramNode;
    if (node.epoch !== epoch) {
      node.epoch = epoch;
      node.count = 0;
    }
    if (node.count++ === 0) TRIE.reached++;
    if ((starts[k] as number) < 0) continue;
    const g = node.gram as Gram;
    if (g.epoch !== epoch) {
      g.epoch = epoch;
      g.n = 0;
      g.first = undefined;
      g.walks = undefined;
    }
    if (++g.n === 2 && g.len >= 5 && nameOf(g) !== null) TRIE.headed.add(g);
    if (g.walks !== undefined) g.walks.set(walk, (g.walks.get(walk) ?? 0) + 1);
    if (g.first === undefined || (where !== undefined && (where.get(g.first) as number) > at)) {
      g.first = walk;
      g.firstK = k;
    }
  }
}

/**
 * Counts a walk out (a line the edit took out of the document). A gram whose first occurrence was
 * there and is not at an unchanged line before the edit (`before`: the first changed index) is
 * put in `lost`: where it first occurs now is found after the new walks are counted in.
 */
function countOut(walk: LineGrams, where: Map<LineGrams, number>, before: number, lost: Gram[]): void {
  const { nodes, starts } = walk;
  // A copy of the line before the edit: the grams first occurring in the walk still do there.
  const at = where.get(walk);
  const stays = at !== undefined && at < before;
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k] as GramNode;
    if (--node.count === 0) TRIE.reached--;
    if ((starts[k] as number) < 0) continue;
    const g = node.gram as Gram;
    if (--g.n === 1) TRIE.headed.delete(g);
    if (g.walks !== undefined) {
      const times = g.walks.get(walk) as number;
      if (times > 1) g.walks.set(walk, times - 1);
      else g.walks.delete(walk);
    }
    if (g.first === walk && !stays) {
      g.first = undefined;
      lost.push(g);
    }
  }
}

/**
 * Counts the document's word n-grams (one to five adjacent Han words, four to sixteen
 * characters; every trie node on the way): by the lines an edit changed when the last check
 * counted mostly the same walks (a keystroke changes one line of thousands: counting every line's
 * walk was most of the relation on 259,000 characters of published documents), else from
 * nothing. Gives the order of first occurrence.
 */
function countGrams(lines: readonly TermLine[]): Counted {
  TRIE.checks++;
  // A quarter more nodes than recent checks reached (the peak decays by a twentieth a check, so
  // the documents open keep theirs) or than the last pruning kept, and 5,000 more: prune what
  // typing left behind. Typing adds a few dozen nodes an edit, so a long session's trie stays
  // within a quarter of its size plus 5,000 nodes (the soak's per-minute minimum was still rising
  // 0.5 MiB a minute over 30 minutes with a full reset only past half its size and 20,000 nodes).
  if (TRIE.nodes > 1.25 * Math.max(TRIE.peak, TRIE.kept) + 5_000) pruneTrie();
  const walks: LineGrams[] = [];
  const walked: TermLine[] = [];
  for (const line of lines) {
    if (line.runs.length === 0) continue;
    walks.push(gramsOfLine(line));
    walked.push(line);
  }
  const { where, copies } = placesOfWalks(walks);
  const was = TRIE.counted;
  const { prefix, suffix } = sharedEnds(was, walks);
  let changed: LineGrams[] | undefined;
  if (was.length > 0 && 2 * (prefix + suffix) >= Math.max(was.length, walks.length)) {
    changed = [...was.slice(prefix, was.length - suffix), ...walks.slice(prefix, walks.length - suffix)];
    const lost: Gram[] = [];
    for (let i = prefix; i < was.length - suffix; i++) countOut(was[i] as LineGrams, where, prefix, lost);
    const end = walks.length - suffix;
    for (let i = prefix; i < end; i++) countIn(walks[i] as LineGrams, i, where);
    // A gram that first occurred in a line taken out, still in the document but not in the new
    // lines, first occurs after them: in the unchanged lines, read only as far as they are all found.
    let left = 0;
    for (const g of lost) if (g.first === undefined && g.n > 0) left++;
    for (let i = end; i < walks.length && left > 0; i++) {
      const walk = walks[i] as LineGrams;
      const { nodes, starts } = walk;
      for (let k = 0; k < nodes.length; k++) {
        if ((starts[k] as number) < 0) continue;
        const g = (nodes[k] as GramNode).gram as Gram;
        if (g.first !== undefined || g.epoch !== TRIE.epoch || g.n === 0) continue;
        g.first = walk;
        g.firstK = k;
        left--;
      }
    }
  } else {
    TRIE.epoch = TRIE.checks;
    TRIE.reached = 0;
    TRIE.headed.clear();
    for (let i = 0; i < walks.length; i++) countIn(walks[i] as LineGrams, i, undefined);
  }
  TRIE.counted = walks;
  TRIE.peak = Math.max(TRIE.reached, Math.floor(TRIE.peak * 0.95));
  return {
    orderOf: (a, b) => (where.get(a.first as LineGrams) as number) - (where.get(b.first as LineGrams) as number) || a.firstK - b.firstK,
    walks,
    lines: walked,
    placesOf: (walk) => copies.get(walk) ?? [where.get(walk) as number],
    changed,
  };
}

/**
 * Fills in the occurrences of the given grams (in text order) from the walks each occurs in
 * (Gram.walks), found by one pass over the walks for the grams not asked for in the last check;
 * the counting keeps them up while they are asked for.
 */
function occurrencesOf(counted: Counted, grams: readonly Gram[]): void {
  const wanted = new Set(grams);
  for (const g of TRIE.tracked) {
    if (wanted.has(g)) continue;
    g.walks = undefined;
    TRIE.tracked.delete(g);
  }
  if (wanted.size === 0) return;
  // The check, not the counting: a counting lasts many checks.
  const check = TRIE.checks;
  let fresh = 0;
  for (const g of wanted) {
    if (g.walks !== undefined) continue;
    g.walks = new Map();
    g.wanted = check;
    TRIE.tracked.add(g);
    fresh++;
  }
  if (fresh > 0) {
    for (const walk of counted.walks) {
      const { nodes, starts } = walk;
      for (let k = 0; k < nodes.length; k++) {
        if ((starts[k] as number) < 0) continue;
        const g = (nodes[k] as GramNode).gram as Gram;
        if (g.wanted === check && g.walks !== undefined) g.walks.set(walk, (g.walks.get(walk) ?? 0) + 1);
      }
    }
  }
  for (const g of wanted) {
    const node = g.path[g.path.length - 1] as GramNode;
    const occ: OffsetRange[] = [];
    for (const walk of (g.walks as Map<LineGrams, number>).keys()) {
      const { nodes, starts, ends } = walk;
      for (const at of counted.placesOf(walk)) {
        const base = (counted.lines[at] as TermLine).base;
        for (let k = 0; k < nodes.length; k++) if (nodes[k] === node && (starts[k] as number) >= 0) occ.push({ start: base + (starts[k] as number), end: base + (ends[k] as number) });
      }
    }
    g.occ = occ.sort((a, b) => a.start - b.start);
  }
}

/** A near group before its occurrences are gathered: the grams whose occurrences it takes, and occurrences found otherwise. */
interface Pending {
  grams: Gram[];
  more: TermOccurrence[];
}

/** Characters a headed name and its variant share before the differing part. */
const MIN_PREFIX = 3;
/**
 * Share of the occurrences of the shared words that go on with one of the two forms: 稻虾 is
 * followed by 共作 or 共养 (a name), 实现 / 随机 / 依法 by anything (a phrase, not a name).
 */
const COHESION = 0.75;

function isRare(rare: number, major: number): boolean {
  return major >= 2 && (rare === 1 || rare * 3 <= major);
}

/** The naming head a name ends in (the shortest), if any. */
function headOf(name: string): string | undefined {
  for (let n = 1; n <= 3 && n < name.length; n++) if (HEADS.has(name.slice(-n))) return name.slice(-n);
  return undefined;
}

/**
 * True when `other` (same length) is `name` with one or two adjacent characters D replaced, D
 * standing after at least two characters and before the head: P + D′ + Q of P + D + Q.
 */
function headedVariant(name: string, other: string, head: string): boolean {
  // P of at least MIN_PREFIX characters: 重大科技项目 / 重大外资项目 share only 重大.
  let first = -1;
  let last = -1;
  for (let k = 0; k < name.length; k++) {
    if (name.charCodeAt(k) === other.charCodeAt(k)) continue;
    if (first < 0) first = k;
    last = k;
  }
  if (first < 0) return false;
  for (let dLen = 1; dLen <= 2; dLen++) {
    for (let i = MIN_PREFIX; i + dLen <= name.length - head.length; i++) {
      if (first < i || last >= i + dLen) continue;
      if (comparable(name.slice(i, i + dLen), other.slice(i, i + dLen))) return true;
    }
  }
  return false;
}

/** A dominant headed name: its text, its head, its gram. */
interface HeadedName {
  name: string;
  head: string;
  gram: Gram;
}

/** The dominant names by bucket: length, first two characters and last character as one number (length ≤ 16, three code units: < 2^53). */
const bucketOf = (len: number, first: number, second: number, last: number): number => ((len * 0x10000 + first) * 0x10000 + second) * 0x10000 + last;

/** A rare form of a dominant name in a line (offsets relative to the line). */
interface HeadedHit {
  name: string;
  other: string;
  start: number;
  end: number;
}

/** A line's rare forms (HeadedHit) and the set of the document's dominant names they were found for. */
interface LineHeaded {
  names: Fingerprint;
  hits: HeadedHit[];
}

/** The dominant names, bucketed, with the first two characters of each and the longest length. */
interface HeadedNames {
  buckets: Map<number, HeadedName[]>;
  prefixes: Set<number>;
  longest: number;
}

/**
 * The rare forms of the dominant names in one line: stretches of adjacent Han words (word
 * boundaries at both ends) as long as some dominant name, sharing its first two and last
 * characters, and its variant. Not in a quotation or title, not opening a proper name (the
 * line's own, as the grams).
 */
function lineHeaded(line: TermLine, names: HeadedNames): HeadedHit[] {
  const text = line.memo.text;
  const spans = lineSpans(line.spans);
  const hits: HeadedHit[] = [];
  for (const run of line.runs) {
    const t = run.tokens;
    for (let i = 0; i < t.length; i++) {
      const first = t[i] as RunToken;
      const from = first.start;
      if (!first.han || !names.prefixes.has(pairAt(text, from))) continue;
      if (startsInMarks(text, spans, from, first.end)) continue;
      for (let j = i; j < t.length; j++) {
        const last = t[j] as RunToken;
        if (j > i && ((t[j - 1] as RunToken).end !== last.start || !last.han)) break;
        const to = last.end;
        const len = to - from;
        if (len > names.longest) break;
        const bucket = names.buckets.get(bucketOf(len, text.charCodeAt(from), text.charCodeAt(from + 1), text.charCodeAt(to - 1)));
        if (!bucket) continue;
        const other = text.slice(from, to);
        for (const { name, head } of bucket) {
          if (other === name || !other.endsWith(head) || !headedVariant(name, other, head)) continue;
          hits.push({ name, other, start: from, end: to });
        }
      }
    }
  }
  return hits;
}

/**
 * Names with a naming head (…创新区, …产业园, …示范基地): the dominant name M = P + D + Q, a rare
 * one P + D′ + Q, with P at least two characters, D one or two characters and Q ending in the head.
 *
 * The rare forms are looked up in one pass over the runs, not by searching the text once per
 * split of every name (lineHeaded). Linear in the words, so long documents keep this relation;
 * a line read for the same set of dominant names before (most lines, most keystrokes) is not
 * read again.
 */
function headedGroups(text: string, lines: readonly TermLine[], orderOf: OrderOf): Pending[] {
  // The grams that may be dominant names (kept by the counting: TRIE.headed), in order of first
  // occurrence; of grams with the same text (cut otherwise), the most frequent, the first of equals.
  const byText = new Map<string, Gram>();
  for (const g of [...TRIE.headed].sort(orderOf)) {
    const t = g.name as string;
    if (!byText.has(t) || (byText.get(t)?.n ?? 0) < g.n) byText.set(t, g);
  }
  // Dominant candidates, bucketed by length, first two characters and last character.
  const names: HeadedNames = { buckets: new Map(), prefixes: new Set(), longest: 0 };
  const fingerprint = emptyFingerprint();
  for (const [name, gram] of byText) {
    if (gram.n < 2 || name.length < 5) continue;
    const head = headOf(name);
    if (!head) continue;
    const key = bucketOf(name.length, name.charCodeAt(0), name.charCodeAt(1), name.charCodeAt(name.length - 1));
    const list = names.buckets.get(key) ?? [];
    list.push({ name, head, gram });
    names.buckets.set(key, list);
    names.prefixes.add(pairAt(name, 0));
    names.longest = Math.max(names.longest, name.length);
    addText(fingerprint, name);
  }
  if (names.buckets.size === 0) return [];
  // Rare forms, by name and text, in text order.
  const rare = new Map<string, Map<string, TermOccurrence[]>>();
  for (const line of lines) {
    if (line.runs.length === 0) continue;
    let kept = line.memo.headed as LineHeaded | undefined;
    if (!kept || !sameFingerprint(kept.names, fingerprint)) {
      kept = { names: fingerprint, hits: lineHeaded(line, names) };
      line.memo.headed = kept;
    }
    for (const hit of kept.hits) {
      const forName = rare.get(hit.name) ?? new Map<string, TermOccurrence[]>();
      const list = forName.get(hit.other) ?? [];
      list.push(occurrence(text, line.base + hit.start, line.base + hit.end));
      forName.set(hit.other, list);
      rare.set(hit.name, forName);
    }
  }
  const pending: Pending[] = [];
  for (const list of names.buckets.values()) {
    for (const { name, gram } of list) {
      const found = rare.get(name);
      if (!found) continue;
      const picked = [...found.entries()].filter(([, o]) => isRare(o.length, gram.n)).flatMap(([, o]) => o);
      if (picked.length === 0) continue;
      pending.push({ grams: [gram], more: picked });
    }
  }
  return pending;
}

/**
 * The nodes of the grams below `prefix` with the words of `g` after its word number `pos`
 * (`after`: those words joined), whatever their word at `pos`: walked down from each child of the
 * prefix once, and kept with the prefix until a node is made below it (a prefix such as 加强 has
 * hundreds of children, and a keystroke leaves them as they were).
 */
function siblingsOf(prefix: GramNode, after: string, g: Gram, pos: number): GramNode[] {
  const version = prefix.version ?? 0;
  let kept = prefix.buckets;
  if (kept?.version !== version) prefix.buckets = kept = { version, byAfter: new Map() };
  let list = kept.byAfter.get(after);
  if (list) return list;
  list = [];
  const n = g.path.length;
  const next = prefix.next as GramNode[] | Map<string, GramNode>;
  for (const child of Array.isArray(next) ? next : next.values()) {
    let node: GramNode | undefined = child;
    for (let k = pos + 1; k < n && node; k++) node = childFor(node, wordAt(g, k));
    if (node?.gram) list.push(node);
  }
  kept.byAfter.set(after, list);
  return list;
}

/**
 * A bucket of wordGroups: the grams below `prefix` (the trie node of their first `pos` words)
 * with the same words after their word number `pos` (`after`), whatever that word.
 */
interface Bucket {
  prefix: GramNode;
  pos: number;
  after: string;
  /** The grams of the bucket the counting reaches, in order of first occurrence. */
  members: Gram[];
  /** The near group it makes (evaluate), or null. */
  pending: Pending | null;
}

/**
 * The buckets with two members or more, one of them through a stem at `pos` (GramNode.stem), of
 * the counting `epoch` and trie `generation`: by prefix (and `after`), and by each member's word
 * at `pos` (whose count as a word of its own the evaluation reads). Kept from check to check while
 * the counting goes on: only the buckets of the grams an edit counted in or out are made again,
 * and those whose prefix or words changed count evaluated again.
 */
const BUCKETS = {
  epoch: -1,
  generation: -1,
  byPrefix: new Map<GramNode, Map<string, Bucket>>(),
  byWord: new Map<string, Set<Bucket>>(),
};

/** The words after word number `pos`, joined (a bucket's key under its prefix). */
function afterOf(g: Gram, pos: number): string {
  let after = '';
  for (let k = pos + 1; k < g.path.length; k++) after += `\u0000${wordAt(g, k)}`;
  return after;
}

/** Whether a gram may be a member of a bucket at all: its differing word follows a shared word (稻虾共作 / 稻虾共养, not 共作面积 / 共生面积) that does not lead a phrase. */
function mayPair(g: Gram): boolean {
  return g.path.length > 1 && wordAt(g, 0).length >= 2 && !PHRASE_LEADERS.has(wordAt(g, 0));
}

/** The reached grams of bucket (prefix, after) at `pos`, in order of first occurrence, if they make a bucket (two or more, one through a stem). */
function membersOf(prefix: GramNode, after: string, probe: Gram, pos: number, orderOf: OrderOf): Gram[] | undefined {
  const epoch = TRIE.epoch;
  const members: Gram[] = [];
  let stem = false;
  for (const node of siblingsOf(prefix, after, probe, pos)) {
    const m = node.gram as Gram;
    if (m.epoch !== epoch || m.n === 0) continue;
    members.push(m);
    if ((m.path[pos] as GramNode).stem) stem = true;
  }
  if (members.length < 2 || !stem) return undefined;
  return members.sort(orderOf);
}

/** The near group a bucket makes: a dominant gram and the rare ones whose differing word differs from its in the last character. */
function evaluate(pos: number, members: readonly Gram[]): Pending | null {
  const prefix = (members[0] as Gram).path[pos - 1] as GramNode;
  const together = members.reduce((n, g) => n + g.n, 0);
  if (together < COHESION * countOf(prefix)) return null;
  const major = [...members].sort((x, y) => y.n - x.n)[0] as Gram;
  const a = wordAt(major, pos);
  const rare = members.filter((g) => {
    const b = wordAt(g, pos);
    if (g === major || !isRare(g.n, major.n) || !comparable(a, b) || a.length < 2 || oneCharDiff(a, b) !== a.length - 1) return false;
    if (EVERYDAY.has(a) || EVERYDAY.has(b)) return false;
    // A slip's odd word occurs only in the slip (共养 in 稻虾共养); a word the document uses
    // elsewhere (医务, 政策, 国家) is a word of its own, put there on purpose.
    return countOf(TRIE.root.get(b)) <= g.n;
  });
  return rare.length === 0 ? null : { grams: [major, ...rare], more: [] };
}

/** Takes a bucket out of BUCKETS. */
function dropBucket(b: Bucket): void {
  const under = BUCKETS.byPrefix.get(b.prefix);
  under?.delete(b.after);
  if (under?.size === 0) BUCKETS.byPrefix.delete(b.prefix);
  for (const m of b.members) {
    const word = wordAt(m, b.pos);
    const set = BUCKETS.byWord.get(word);
    set?.delete(b);
    if (set?.size === 0) BUCKETS.byWord.delete(word);
  }
}

/** Works out the bucket of `g` at `pos` afresh: kept (and evaluated) if it is one, dropped if it no longer is. `done`: the buckets already worked out in this check, by prefix and after. */
function refreshBucket(g: Gram, pos: number, orderOf: OrderOf, done: Map<GramNode, Set<string>>): void {
  const prefix = g.path[pos - 1] as GramNode;
  const after = afterOf(g, pos);
  let seen = done.get(prefix);
  if (!seen) done.set(prefix, (seen = new Set()));
  if (seen.has(after)) return;
  seen.add(after);
  const old = BUCKETS.byPrefix.get(prefix)?.get(after);
  if (old) dropBucket(old);
  const members = membersOf(prefix, after, g, pos, orderOf);
  if (!members) return;
  const b: Bucket = { prefix, pos, after, members, pending: evaluate(pos, members) };
  let under = BUCKETS.byPrefix.get(prefix);
  if (!under) BUCKETS.byPrefix.set(prefix, (under = new Map()));
  under.set(after, b);
  for (const m of members) {
    const word = wordAt(m, pos);
    let set = BUCKETS.byWord.get(word);
    if (!set) BUCKETS.byWord.set(word, (set = new Set()));
    set.add(b);
  }
}

/** The reached grams through a stem (the stem's own and those below it), each with the stem's place in its words. */
function throughStem(stem: GramNode, visit: (g: Gram, pos: number) => void): void {
  const epoch = TRIE.epoch;
  const walk = (node: GramNode): void => {
    if (node.epoch !== epoch || node.count === 0) return; // nothing below a node the counting does not reach is reached
    const g = node.gram;
    if (g !== undefined && g.epoch === epoch && g.n > 0) visit(g, g.path.indexOf(stem));
    const next = node.next;
    if (next !== undefined) for (const child of Array.isArray(next) ? next : next.values()) walk(child);
  };
  walk(stem);
}

/**
 * Two- to five-word names whose differing word differs in its last character only (稻虾共作 /
 * 稻虾共养), not an everyday word (建设 / 建成).
 */
function wordGroups(counted: Counted): Pending[] {
  // Grams alike but for the word at `pos`: the same words before it (one trie node, the prefix)
  // and after it. Only a word with a sibling differing in its last character (GramNode.stem) can
  // be the differing word of a pair, so buckets are gathered from the grams through such a node
  // (TRIE.stems) that the counting reaches: every reached gram under one of the prefix's children
  // with the same words after (siblingsOf). A bucket for every gram and position, made afresh each
  // check, cost 600 ms a keystroke on 259,000 characters of published documents; gathering them
  // from every stem each check, still ~20 ms: they are kept while the counting goes on (BUCKETS).
  const { orderOf, changed } = counted;
  const done = new Map<GramNode, Set<string>>();
  const refresh = (g: Gram, pos: number): void => {
    if (pos >= 1 && mayPair(g)) refreshBucket(g, pos, orderOf, done);
  };
  if (changed === undefined || BUCKETS.epoch !== TRIE.epoch || BUCKETS.generation !== TRIE.generation) {
    BUCKETS.byPrefix.clear();
    BUCKETS.byWord.clear();
    for (const stem of TRIE.stems) throughStem(stem, refresh);
  } else {
    // The grams an edit counted in or out: every bucket they are (or were) in; the prefixes and
    // words whose counts changed: their buckets evaluated again.
    const touched = new Set<GramNode>();
    for (const walk of changed) for (const node of walk.nodes) touched.add(node);
    const again = new Set<Bucket>();
    for (const node of touched) {
      const g = node.gram;
      // Only below a node with a stem child can a bucket be (most of an edited line's grams have none).
      if (g !== undefined && mayPair(g)) for (let pos = 1; pos < g.path.length; pos++) if ((g.path[pos - 1] as GramNode).stemParent) refreshBucket(g, pos, orderOf, done);
      const under = BUCKETS.byPrefix.get(node);
      if (under) for (const b of under.values()) again.add(b);
      // A word's count of its own is its root node's.
      const words = TRIE.root.get(node.word) === node ? BUCKETS.byWord.get(node.word) : undefined;
      if (words) for (const b of words) again.add(b);
    }
    // A node marked a stem since (a sibling differing in its last character was made) may make
    // a bucket of grams no edit touched, but never a group: a rare form differs from the dominant
    // one in the last character of the differing word, so both were stems when the second was
    // made, and the new sibling's grams are counted in (touched).
    for (const b of again) {
      // Made again above, or dropped: the current one is the one kept.
      if (BUCKETS.byPrefix.get(b.prefix)?.get(b.after) !== b || done.get(b.prefix)?.has(b.after)) continue;
      b.pending = evaluate(b.pos, b.members);
    }
  }
  BUCKETS.epoch = TRIE.epoch;
  BUCKETS.generation = TRIE.generation;
  // The groups in the order of first occurrence (of their bucket's first gram, then position).
  const made: Bucket[] = [];
  for (const under of BUCKETS.byPrefix.values()) for (const b of under.values()) if (b.pending) made.push(b);
  made.sort((x, y) => orderOf(x.members[0] as Gram, y.members[0] as Gram) || x.pos - y.pos);
  return made.map((b) => b.pending as Pending);
}

/** The index of the one character at which two equal-length words differ, or -1. */
function oneCharDiff(a: string, b: string): number {
  if (a.length !== b.length) return -1;
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a.charAt(i) === b.charAt(i)) continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at;
}

export function nearGroups(text: string, lines: readonly TermLine[]): TermGroup[] {
  const counted = countGrams(lines);
  const pending = [...headedGroups(text, lines, counted.orderOf), ...wordGroups(counted)];
  const wanted = pending.flatMap((p) => p.grams);
  occurrencesOf(counted, wanted);
  const groups: TermGroup[] = [];
  for (const p of pending) {
    const group = makeGroup([...withText(text, p.grams.flatMap((g) => g.occ)), ...p.more], { relation: 'near', certain: false, formOf: (x) => x });
    if (group) groups.push(group);
  }
  // The trie outlives the analysis; the occurrences need not.
  for (const g of wanted) g.occ = NO_OCCURRENCES;
  return groups;
}
