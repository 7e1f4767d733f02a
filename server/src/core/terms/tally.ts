/**
 * A document-wide tally of texts carried from one check to the next and updated by line deltas:
 * how many times each text occurs over the document's lines, and a fingerprint of the set of them.
 * A keystroke changes one line, so a check removes that line's old texts and adds its new ones
 * instead of reading every text of every line (a dense 200,000-character draft has tens of
 * thousands of short-form candidates).
 *
 * The lines are a relation's per-line items (the same object for the same cached line), compared
 * by identity with the last check's: the unchanged lines before and after the edit are skipped,
 * and the rest is taken out and put in. A few tallies are kept, one per document recently
 * checked (the one sharing most lines is updated, the least recently used is rebuilt), so that
 * switching between open documents does not rebuild from nothing each time.
 */
import { addText, emptyFingerprint, removeText, type Fingerprint } from './fingerprint';

interface State<T, I> {
  items: readonly T[];
  counts: Map<string, number>;
  keys: Fingerprint;
  index: I;
  used: number;
}

/**
 * What a tally gives a check: the counts, the set's fingerprint (a copy: the tally changes its own
 * afterwards) and the relation's index of the set.
 */
export interface Tallied<I> {
  counts: ReadonlyMap<string, number>;
  keys: Fingerprint;
  index: I;
}

const ALL = new Set<{ clear(): void }>();

/** Forgets every tally (for tests: a from-scratch analysis; with the line caches). */
export function clearTallies(): void {
  for (const t of ALL) t.clear();
}

/** How many documents' tallies a relation keeps. */
const DOCUMENTS = 3;

export class LineTally<T, I = undefined> {
  private states: Array<State<T, I>> = [];
  private clock = 0;

  /**
   * `textsOf` gives an item's texts (with repeats). A relation may keep its own index of the set
   * of texts (`index` makes an empty one): `first` and `last` hear of a text whose count goes from
   * 0 to 1 and from 1 to 0.
   */
  constructor(
    private readonly textsOf: (item: T) => readonly string[],
    private readonly index: () => I = () => undefined as I,
    private readonly first: (index: I, text: string) => void = () => {},
    private readonly last: (index: I, text: string) => void = () => {},
  ) {
    ALL.add(this);
  }

  clear(): void {
    this.states = [];
  }

  /** The tally of `items` (the document's, in order). */
  update(items: readonly T[]): Tallied<I> {
    let state: State<T, I> | undefined;
    let ends = { prefix: 0, suffix: 0 };
    for (const s of this.states) {
      const shared = sharedEnds(s.items, items);
      if (!state || shared.prefix + shared.suffix > ends.prefix + ends.suffix) {
        state = s;
        ends = shared;
      }
    }
    // Fewer than half the lines shared: another document, counted from nothing.
    if (!state || 2 * (ends.prefix + ends.suffix) < Math.max(items.length, state.items.length)) {
      if (this.states.length >= DOCUMENTS) this.states.sort((a, b) => b.used - a.used).pop();
      state = { items: [], counts: new Map(), keys: emptyFingerprint(), index: this.index(), used: 0 };
      this.states.push(state);
      ends = { prefix: 0, suffix: 0 };
    }
    for (let i = ends.prefix; i < state.items.length - ends.suffix; i++) this.take(state, state.items[i] as T);
    for (let i = ends.prefix; i < items.length - ends.suffix; i++) this.put(state, items[i] as T);
    state.items = items;
    state.used = ++this.clock;
    return { counts: state.counts, keys: { ...state.keys }, index: state.index };
  }

  private put(state: State<T, I>, item: T): void {
    for (const text of this.textsOf(item)) {
      const n = state.counts.get(text);
      if (n !== undefined) {
        state.counts.set(text, n + 1);
        continue;
      }
      state.counts.set(text, 1);
      addText(state.keys, text);
      this.first(state.index, text);
    }
  }

  private take(state: State<T, I>, item: T): void {
    for (const text of this.textsOf(item)) {
      const n = state.counts.get(text) as number;
      if (n > 1) {
        state.counts.set(text, n - 1);
        continue;
      }
      state.counts.delete(text);
      removeText(state.keys, text);
      this.last(state.index, text);
    }
  }
}

/**
 * How many items the two lists share at their start and, after that, at their end (by identity):
 * a keystroke leaves all but one line of the last check's list in place.
 */
export function sharedEnds<T>(a: readonly T[], b: readonly T[]): { prefix: number; suffix: number } {
  const most = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < most && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < most - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}
