/**
 * Where the bundled 公文 user dictionary (dict/gongwen.dict.utf8) lives. The bundled CLI and server
 * live in dist/, one level below the package root; the unbundled build runs from
 * out/server/src/<dir>, four levels below it; tests compiled elsewhere run from the
 * repository root. The first existing candidate wins.
 */
import * as fs from 'fs';
import * as path from 'path';
import { JiebaSegmenter, type BaseDictionaries } from './jieba';

export const USER_DICTIONARY_FILE = 'gongwen.dict.utf8';
/** Written by `npm run build` (scripts/dictionary/compact.mjs): nodejieba's main dictionary without rare words. */
export const COMPACT_MAIN_FILE = 'jieba.compact.dict.utf8';
/** Written by `npm run build`: a one-line IDF table (keyword extraction is never used). */
export const COMPACT_IDF_FILE = 'idf.compact.utf8';

/** Candidate locations of a file of dict/ for a module directory (exported for tests). */
export function dictionaryCandidates(dir: string, file: string = USER_DICTIONARY_FILE): string[] {
  return [
    path.join(dir, '..', 'dict', file), // dist/cli.js, dist/server.js
    path.join(dir, '..', '..', '..', '..', 'dict', file), // out/server/src/cli, out/server/src/lsp
    path.join(process.cwd(), 'dict', file), // tests compiled elsewhere, run from the repository
  ];
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * The path of the user dictionary, or undefined when none is found. Pass it to JiebaSegmenter
 * (which still checks it before nodejieba sees it).
 */
export function userDictionaryPath(dir: string = __dirname): string | undefined {
  return dictionaryCandidates(dir).find(isFile);
}

/**
 * The user dictionaries to load: GONGWEN_USER_DICTIONARY if set (a path; checked before nodejieba
 * sees it), else the bundled one, if found.
 */
export function userDictionaryPaths(): string[] {
  const override = process.env.GONGWEN_USER_DICTIONARY;
  if (override) return [override];
  const found = userDictionaryPath();
  return found ? [found] : [];
}

/**
 * The base dictionaries replacing nodejieba's own: the compact main dictionary and IDF table when
 * the build wrote them. The compact dictionary keeps words of frequency 10 or more (108k of 349k):
 * the segmentation process needs about 145 MB instead of 310 MB and loads in about a second
 * instead of three, with drift detection unchanged on the labelled set (`npm run
 * measure:dictionary`). GONGWEN_MAIN_DICTIONARY=full uses nodejieba's full dictionaries; another
 * value is the path of a main dictionary to use.
 */
export function baseDictionaries(dir: string = __dirname): BaseDictionaries {
  const choice = process.env.GONGWEN_MAIN_DICTIONARY;
  if (choice === 'full') return {};
  const idf = dictionaryCandidates(dir, COMPACT_IDF_FILE).find(isFile);
  const main = choice || dictionaryCandidates(dir, COMPACT_MAIN_FILE).find(isFile);
  return { ...(main ? { main } : {}), ...(idf ? { idf } : {}) };
}

/** The segmenter with the dictionaries Gongwen ships: base, then the user dictionaries. */
export function createSegmenter(userDictionaries: readonly string[] = userDictionaryPaths()): JiebaSegmenter {
  return new JiebaSegmenter(userDictionaries, baseDictionaries());
}
