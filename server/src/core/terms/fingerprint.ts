/**
 * A set of texts by fingerprint: their number and two XORs of their hashes. A relation keeps, with
 * each cached line, what it found there for one set of the document's texts (the initials
 * relation's short forms, the near relation's headed names), and reads the line again only when
 * the set changed: a keystroke rarely changes it, and an unchanged set costs a hash of each of its
 * texts to recognise instead of a walk through every line.
 */

export interface Fingerprint {
  size: number;
  x1: number;
  x2: number;
}

export function emptyFingerprint(): Fingerprint {
  return { size: 0, x1: 0, x2: 0 };
}

/**
 * Adds one text to the fingerprint (each text of the set once): two independent hashes of it
 * (FNV-1a, the second also mixing in positions), worked out here rather than kept with the text,
 * since only the set's distinct texts are added, a few thousand at most per check.
 */
export function addText(f: Fingerprint, text: string): void {
  toggle(f, text);
  f.size++;
}

/** Takes a text of the set out again (a tally's text no longer in the document: tally.ts). */
export function removeText(f: Fingerprint, text: string): void {
  toggle(f, text);
  f.size--;
}

/** XORs a text's two hashes into the fingerprint (adding and removing are the same operation). */
function toggle(f: Fingerprint, text: string): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ (c + i * 0x9e37), 0x85ebca6b);
  }
  f.x1 ^= h1;
  f.x2 ^= h2;
}

export function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  return a.size === b.size && a.x1 === b.x1 && a.x2 === b.x2;
}
