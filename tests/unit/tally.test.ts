import * as assert from 'assert';
import { LineTally, clearTallies } from '../../server/src/core/terms/tally';
import { addText, emptyFingerprint, sameFingerprint } from '../../server/src/core/terms/fingerprint';

/** A line's items, as a relation keeps them: one object per line, its texts with repeats. */
interface Item {
  texts: string[];
}

/** What a tally should hold for these items, counted from nothing. */
function expected(items: readonly Item[]): { counts: Map<string, number>; pairs: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const item of items) for (const t of item.texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  const pairs = new Map<string, number>();
  for (const t of counts.keys()) pairs.set(t.charAt(0), (pairs.get(t.charAt(0)) ?? 0) + 1);
  return { counts, pairs };
}

function fingerprintOf(texts: Iterable<string>): ReturnType<typeof emptyFingerprint> {
  const f = emptyFingerprint();
  for (const t of texts) addText(f, t);
  return f;
}

/** A tally whose index counts the distinct texts by first character (as the initials relation counts code-unit pairs). */
function tally(): LineTally<Item, Map<string, number>> {
  return new LineTally<Item, Map<string, number>>(
    (item) => item.texts,
    () => new Map(),
    (index, text) => index.set(text.charAt(0), (index.get(text.charAt(0)) ?? 0) + 1),
    (index, text) => {
      const n = index.get(text.charAt(0)) as number;
      if (n > 1) index.set(text.charAt(0), n - 1);
      else index.delete(text.charAt(0));
    },
  );
}

function assertTally(t: ReturnType<LineTally<Item, Map<string, number>>['update']>, items: readonly Item[]): void {
  const want = expected(items);
  assert.deepStrictEqual(new Map([...t.counts].sort()), new Map([...want.counts].sort()));
  assert.deepStrictEqual(new Map([...t.index].sort()), new Map([...want.pairs].sort()));
  assert.ok(sameFingerprint(t.keys, fingerprintOf(want.counts.keys())), 'the fingerprint is the set’s');
}

/** A small deterministic random source. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

// Many texts over few lines, so that texts come and go (counts reach 0) as lines change.
const WORDS = [...'文科党农推旅'].flatMap((a) => [...'旅化技学建设广游'].map((b) => a + b));

function item(r: () => number): Item {
  const n = Math.floor(r() * 5);
  return { texts: Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)] as string) };
}

describe('LineTally (document-wide counts updated by line deltas)', () => {
  it('after each of many edits (a line replaced, inserted, removed, a block pasted) equals a count from nothing', () => {
    const r = random(11);
    const t = tally();
    let items: Item[] = Array.from({ length: 40 }, () => item(r));
    assertTally(t.update(items), items);
    for (let step = 0; step < 300; step++) {
      const at = Math.floor(r() * (items.length + 1));
      const roll = r();
      items = [...items];
      if (roll < 0.4 && at < items.length) items[at] = item(r);
      else if (roll < 0.6) items.splice(at, 0, item(r));
      else if (roll < 0.8 && items.length > 0) items.splice(at, 1);
      else items.splice(at, 0, ...Array.from({ length: 1 + Math.floor(r() * 8) }, () => item(r)));
      // The same line twice in a document is the same object twice (a cached line).
      if (step % 17 === 0 && items.length > 2) items[1] = items[0] as Item;
      assertTally(t.update(items), items);
    }
  });

  it('counts a repeated line right when one of its copies goes or comes (shared start and end overlap)', () => {
    const t = tally();
    const x = { texts: ['文旅'] };
    const y = { texts: ['科技'] };
    for (const items of [[x, x, y], [x, y], [x, x, y], [x, x, x, y], [x, y]]) assertTally(t.update(items), items);
  });

  it('keeps one tally per document recently checked, and is right when switching between them', () => {
    const r = random(5);
    const t = tally();
    const docs: Item[][] = [0, 1, 2, 3].map(() => Array.from({ length: 30 }, () => item(r)));
    for (let step = 0; step < 60; step++) {
      const d = step % 4; // four documents: one more than the tally keeps, so one is always rebuilt
      const doc = [...(docs[d] as Item[])];
      doc[Math.floor(r() * doc.length)] = item(r);
      docs[d] = doc;
      assertTally(t.update(doc), doc);
    }
  });

  it('hands out a fingerprint that later updates do not change', () => {
    const t = tally();
    const a = { texts: ['文旅'] };
    const first = t.update([a]).keys;
    const kept = { ...first };
    t.update([a, { texts: ['科技'] }]);
    assert.deepStrictEqual(first, kept);
  });

  it('forgets everything on clearTallies (a from-scratch analysis)', () => {
    const t = tally();
    const a = { texts: ['文旅', '文旅'] };
    t.update([a, a]);
    clearTallies();
    const b = { texts: ['科技'] };
    assertTally(t.update([b]), [b]);
  });
});
