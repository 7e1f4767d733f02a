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
/** Copies for the portable segmenter (server/src/segmentation/portable.ts), which reads nodejieba's files without nodejieba. */
export const HMM_MODEL = 'hmm_model.utf8';
export const JIEBA_USER = 'jieba.user.dict.utf8';

/**
 * nodejieba's own dictionary folder, found without loading the addon (its package may be installed
 * with a binary that does not load); undefined when nodejieba is not installed at all.
 */
export function nodejiebaDictDir() {
  try {
    return path.join(path.dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict');
  } catch {
    return undefined;
  }
}

/** The lines of the main dictionary kept at a threshold (`word freq tag`). */
export function compactLines(fullText, minFrequency = MIN_FREQUENCY) {
  return fullText.split('\n').filter((line) => {
    const [word, freq] = line.split(' ');
    if (!word) return false;
    return [...word].length === 1 || Number(freq) >= minFrequency;
  });
}

/**
 * Writes the compact dictionaries and the portable segmenter's copies into `outDir`. They are
 * committed (dict/), so that a checkout builds and segments where nodejieba is not installed: it is
 * an optional dependency, and npm drops it when its native build fails (no compiler on Windows or
 * macOS). Where it is installed they are rewritten from it, identically unless nodejieba's own
 * dictionaries changed; where it is not, the committed files are used as they are.
 */
export function writeCompactDictionaries(outDir, minFrequency = MIN_FREQUENCY) {
  const dir = nodejiebaDictDir();
  const main = path.join(outDir, COMPACT_MAIN);
  const idf = path.join(outDir, COMPACT_IDF);
  const hmm = path.join(outDir, HMM_MODEL);
  const user = path.join(outDir, JIEBA_USER);
  fs.mkdirSync(outDir, { recursive: true });
  if (!dir || !fs.existsSync(path.join(dir, 'jieba.dict.utf8'))) {
    const missing = [main, idf, hmm, user].filter((f) => !fs.existsSync(f));
    if (missing.length > 0) throw new Error(`nodejieba is not installed, and the dictionaries made from it are missing: ${missing.join(', ')}`);
    return { main, idf, hmm, user };
  }
  fs.writeFileSync(main, `${compactLines(fs.readFileSync(path.join(dir, 'jieba.dict.utf8'), 'utf8'), minFrequency).join('\n')}\n`);
  fs.writeFileSync(idf, '的 1.0\n');
  fs.copyFileSync(path.join(dir, 'hmm_model.utf8'), hmm);
  fs.copyFileSync(path.join(dir, 'user.dict.utf8'), user);
  return { main, idf, hmm, user };
}
