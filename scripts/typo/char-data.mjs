// The data of typo.char (server/src/core/rules/typo/data/chars.ts), generated from two packages
// the project depends on: nodejieba's main dictionary (jieba.dict.utf8, MIT; word frequencies) and
// pinyin-pro (MIT; the toneless readings of each character). Run `node scripts/typo/char-data.mjs`
// to write it; `npm run check:generated` (scripts/generated.mjs) checks that it regenerates
// identically. No public typo (CSC) data goes into it.
//
// What it holds, all as compact strings:
//   - HOMOPHONES: each toneless syllable and the characters read so (every single character of the
//     dictionary, a polyphone under each of its readings);
//   - CHAR_BANDS: each character's frequency as a single-character word, as a band (round(2 ln f));
//   - WORD_BANDS: the words a typo may be meant for (two to four characters, frequency at least
//     TARGET_MIN), with the 公文 user dictionary's words (dict/gongwen.dict.utf8, written for this
//     project), each with its band;
//   - KNOWN_BANDS: the rarer dictionary words one same-sound character away from them, so that a
//     rare but real word is known as a word.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { nodejiebaDictDir } from '../dictionary/compact.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHAR_DATA_FILE = 'server/src/core/rules/typo/data/chars.ts';

/** Words that a typo may be meant for: at least this frequent in nodejieba's dictionary. */
export const TARGET_MIN = 300;
/** Rarer dictionary words kept (as known words) when one same-sound character from a target: all of them (a word jieba records at all is not a typo of its neighbour). */
export const KNOWN_MIN = 1;

const HAN = /^\p{Script=Han}+$/u;
const band = (f) => Math.round(2 * Math.log(f));

function readDictionary(file) {
  const out = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [word, freq] = line.split(' ');
    if (word && HAN.test(word)) out.push([word, Number(freq)]);
  }
  return out;
}

/** The text of data/chars.ts. */
export function charDataText() {
  const { pinyin } = require('pinyin-pro');
  // nodejieba's dictionary file, found without loading the addon (an optional dependency whose binary may not load).
  const dir = nodejiebaDictDir();
  if (!dir || !fs.existsSync(path.join(dir, 'jieba.dict.utf8'))) throw new Error(`${CHAR_DATA_FILE} is made from nodejieba's dictionary, and nodejieba is not installed`);
  const jieba = readDictionary(path.join(dir, 'jieba.dict.utf8'));
  const gongwen = readDictionary(path.join(ROOT, 'dict', 'gongwen.dict.utf8'));
  let total = 0;
  for (const [, f] of jieba) total += f;

  const charFreq = new Map();
  const wordFreq = new Map();
  for (const [w, f] of jieba) {
    const n = [...w].length;
    if (n === 1) charFreq.set(w, Math.max(f, charFreq.get(w) ?? 0));
    else if (n <= 4) wordFreq.set(w, Math.max(f, wordFreq.get(w) ?? 0));
  }
  const chars = [...charFreq.keys()].sort();
  const readings = new Map();
  const bySyllable = new Map();
  for (const c of chars) {
    const rs = [...new Set(pinyin(c, { toneType: 'none', multiple: true, type: 'array' }))].filter((r) => /^[a-zü]+$/.test(r)).sort();
    readings.set(c, rs);
    for (const r of rs) {
      if (!bySyllable.has(r)) bySyllable.set(r, []);
      bySyllable.get(r).push(c);
    }
  }
  const homophones = (c) => {
    const out = new Set();
    for (const r of readings.get(c) ?? []) for (const d of bySyllable.get(r) ?? []) if (d !== c) out.add(d);
    return out;
  };

  const keep = new Map();
  for (const [w, f] of wordFreq) if (f >= TARGET_MIN) keep.set(w, f);
  for (const [w, f] of gongwen) if ([...w].length >= 2 && [...w].length <= 4) keep.set(w, Math.max(f, keep.get(w) ?? 0));
  const targets = new Set(keep.keys());
  for (const [w, f] of wordFreq) {
    if (f < KNOWN_MIN || targets.has(w)) continue;
    const cs = [...w];
    let near = false;
    for (let k = 0; k < cs.length && !near; k++) {
      const head = cs.slice(0, k).join('');
      const tail = cs.slice(k + 1).join('');
      for (const d of homophones(cs[k])) {
        if (targets.has(head + d + tail)) {
          near = true;
          break;
        }
      }
    }
    if (near) keep.set(w, f);
  }

  const syllables = [...bySyllable.keys()].sort().map((r) => `${r}:${bySyllable.get(r).join('')}`);
  const charBands = new Map();
  for (const c of chars) {
    const b = band(charFreq.get(c));
    if (!charBands.has(b)) charBands.set(b, []);
    charBands.get(b).push(c);
  }
  const wordBands = new Map();
  const knownBands = new Map();
  for (const [w, f] of [...keep].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const key = `${band(f)}:${[...w].length}`;
    const bands = targets.has(w) ? wordBands : knownBands;
    if (!bands.has(key)) bands.set(key, []);
    bands.get(key).push(w);
  }
  const sortKeys = (m) => [...m.keys()].sort((a, b) => String(a).localeCompare(String(b), 'en', { numeric: true }));
  const lines = [
    '// Generated by scripts/typo/char-data.mjs from nodejieba\'s dictionary (jieba.dict.utf8, MIT) and',
    '// pinyin-pro (MIT), with the words of dict/gongwen.dict.utf8. Do not edit: run `node scripts/typo/char-data.mjs`.',
    '// A band is round(2 ln f) of a frequency f in the dictionary.',
    '',
    `/** ln of the dictionary's total frequency. */`,
    `export const LOG_TOTAL = ${Math.log(total).toFixed(4)};`,
    '',
    '/** Toneless syllable, colon, the characters read so; entries joined by |. */',
    `export const HOMOPHONES = '${syllables.join('|')}';`,
    '',
    '/** Single characters by band: band, colon, the characters. */',
    'export const CHAR_BANDS: readonly string[] = [',
    ...sortKeys(charBands).map((b) => `  '${b}:${charBands.get(b).join('')}',`),
    '];',
    '',
    `/** Words a typo may be meant for (frequency ${TARGET_MIN} or more) by band and length: band, colon, length, colon, the words one after another. */`,
    'export const WORD_BANDS: readonly string[] = [',
    ...sortKeys(wordBands).map((k) => `  '${k}:${wordBands.get(k).join('')}',`),
    '];',
    '',
    `/** Rarer dictionary words (frequency ${KNOWN_MIN} to ${TARGET_MIN - 1}) one same-sound character from a word above, in the same form: known as words, never a typo themselves. */`,
    'export const KNOWN_BANDS: readonly string[] = [',
    ...sortKeys(knownBands).map((k) => `  '${k}:${knownBands.get(k).join('')}',`),
    '];',
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = path.join(ROOT, CHAR_DATA_FILE);
  fs.writeFileSync(file, charDataText());
  console.log(`wrote ${CHAR_DATA_FILE} (${fs.statSync(file).size} bytes)`);
}
