/**
 * A set of texts by fingerprint: their number and two XORs of their hashes. A relation keeps, with
 * each cached line, what it found there for one set of the document's texts (the initials
 * relation's short forms, the near relation's headed names), and reads the line again only when
 * the set changed: a keystroke rarely changes it, and an unchanged set costs one XOR per text to
 * recognise instead of a walk through every line.
 */

export interface Fingerprint {
  size: number;
  x1: number;
  x2: number;
}

/**
 * Two independent hashes of a text (FNV-1a, the second also mixing in positions), 30 bits each:
 * small integers that V8 keeps in the object's field (a 32-bit one would be a heap number of its
 * own, for each of a document's tens of thousands of short forms).
 */
export function hashes(text: string): { h1: number; h2: number } {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ (c + i * 0x9e37), 0x85ebca6b);
  }
  return { h1: h1 & 0x3fffffff, h2: h2 & 0x3fffffff };
}

export function emptyFingerprint(): Fingerprint {
  return { size: 0, x1: 0, x2: 0 };
}

/** Adds one text (its hashes) to the fingerprint; each text of the set is added once. */
export function addTo(f: Fingerprint, h: { h1: number; h2: number }): void {
  f.size++;
  f.x1 ^= h.h1;
  f.x2 ^= h.h2;
}

export function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  return a.size === b.size && a.x1 === b.x1 && a.x2 === b.x2;
}
