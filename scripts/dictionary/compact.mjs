// The compact segmentation dictionaries: nodejieba's main dictionary without its rare words, and a
// one-line IDF table (Gongwen never extracts keywords, and nodejieba loads the 6 MB table anyway).
// Loading the full main dictionary costs about 220 MB in the segmentation process; see
// `npm run measure:dictionary` for what each threshold costs in memory and segmentation quality.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Words of nodejieba's dictionary kept: frequency at least this, and every single character. */
export const MIN_FREQUENCY = 10;
export const COMPACT_MAIN = 'jieba.compact.dict.utf8';
export const COMPACT_IDF = 'idf.compact.utf8';

/** nodejieba's own dictionary folder. */
export function nodejiebaDictDir() {
  return path.dirname(require('nodejieba').DEFAULT_DICT);
}

/** The lines of the main dictionary kept at a threshold (`word freq tag`). */
export function compactLines(fullText, minFrequency = MIN_FREQUENCY) {
  return fullText.split('\n').filter((line) => {
    const [word, freq] = line.split(' ');
    if (!word) return false;
    return [...word].length === 1 || Number(freq) >= minFrequency;
  });
}

/** Writes the compact dictionaries into `outDir` unless they are already newer than the source. */
export function writeCompactDictionaries(outDir, minFrequency = MIN_FREQUENCY) {
  const source = path.join(nodejiebaDictDir(), 'jieba.dict.utf8');
  const main = path.join(outDir, COMPACT_MAIN);
  const idf = path.join(outDir, COMPACT_IDF);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(main, `${compactLines(fs.readFileSync(source, 'utf8'), minFrequency).join('\n')}\n`);
  fs.writeFileSync(idf, '的 1.0\n');
  return { main, idf };
}
