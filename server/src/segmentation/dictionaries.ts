/**
 * Where the bundled 公文 user dictionary (dict/gongwen.dict.utf8) lives. The bundled CLI and server
 * live in dist/, one level below the package root; the unbundled build runs from
 * out/server/src/<dir>, four levels below it; tests compiled elsewhere run from the
 * repository root. The first existing candidate wins.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Segmenter, Token } from '../core/segmenter/segmenter';
import { DictionaryUnavailableError, JiebaSegmenter, type BaseDictionaries } from './jieba';
import { PortableSegmenter } from './portable';

export const USER_DICTIONARY_FILE = 'gongwen.dict.utf8';
/** Written by `npm run build` (scripts/dictionary/compact.mjs): nodejieba's main dictionary without rare words. */
export const COMPACT_MAIN_FILE = 'jieba.compact.dict.utf8';
/** Written by `npm run build`: a one-line IDF table (keyword extraction is never used). */
export const COMPACT_IDF_FILE = 'idf.compact.utf8';
/** Written by `npm run build`: copies of nodejieba's HMM model and small user dictionary, for the portable backend. */
export const HMM_MODEL_FILE = 'hmm_model.utf8';
export const JIEBA_USER_FILE = 'jieba.user.dict.utf8';

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
  // (The HMM model and nodejieba's user dictionary are the same files either way.)
  const idf = dictionaryCandidates(dir, COMPACT_IDF_FILE).find(isFile);
  const main = choice || dictionaryCandidates(dir, COMPACT_MAIN_FILE).find(isFile);
  const hmm = dictionaryCandidates(dir, HMM_MODEL_FILE).find(isFile);
  const jiebaUser = dictionaryCandidates(dir, JIEBA_USER_FILE).find(isFile);
  return { ...(main ? { main } : {}), ...(idf ? { idf } : {}), ...(hmm ? { hmm } : {}), ...(jiebaUser ? { jiebaUser } : {}) };
}

export type Backend = 'nodejieba' | 'portable';

/** nodejieba's full main dictionary (GONGWEN_MAIN_DICTIONARY=full), found without loading the addon. */
function nodejiebaFullDictionary(): string {
  try {
    return path.join(path.dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
  } catch {
    return 'nodejieba/submodules/cppjieba/dict/jieba.dict.utf8';
  }
}

/** The dictionaries of the portable backend: the same as nodejieba's (see baseDictionaries). */
export function portableDictionaries(userDictionaries: readonly string[], dir: string = __dirname): { main: string; hmm: string; user: string[] } {
  const find = (file: string): string => dictionaryCandidates(dir, file).find(isFile) ?? dictionaryCandidates(dir, file)[0]!;
  const choice = process.env.GONGWEN_MAIN_DICTIONARY;
  const main = choice === 'full' ? nodejiebaFullDictionary() : choice || find(COMPACT_MAIN_FILE);
  return { main, hmm: find(HMM_MODEL_FILE), user: [find(JIEBA_USER_FILE), ...userDictionaries] };
}

/**
 * The segmenter with the dictionaries Gongwen ships: nodejieba where its native addon loads, else
 * the portable backend (same dictionaries, same algorithm, no native code). GONGWEN_SEGMENTER=
 * nodejieba or portable forces one. A missing or malformed dictionary is not a reason to switch:
 * that error is reported as it is.
 */
export class SelectedSegmenter implements Segmenter {
  private chosen: JiebaSegmenter | PortableSegmenter | undefined;
  /** Which backend serves, once loaded. */
  backend: Backend | undefined;
  /** Why nodejieba was not used, when the portable backend serves in its place. */
  nodejiebaFailure: string | undefined;

  constructor(private readonly userDictionaries: readonly string[] = userDictionaryPaths()) {}

  load(): void {
    if (this.chosen) return;
    const forced = process.env.GONGWEN_SEGMENTER;
    if (forced && forced !== 'nodejieba' && forced !== 'portable') {
      throw new Error(`GONGWEN_SEGMENTER 只能是 nodejieba 或 portable，而不是“${forced}”`);
    }
    if (forced !== 'portable') {
      try {
        const jieba = new JiebaSegmenter(this.userDictionaries, baseDictionaries());
        jieba.load();
        this.chosen = jieba;
        this.backend = 'nodejieba';
        return;
      } catch (e) {
        if (forced === 'nodejieba' || e instanceof DictionaryUnavailableError) throw e;
        this.nodejiebaFailure = (e as Error).message;
      }
    }
    const portable = new PortableSegmenter(portableDictionaries(this.userDictionaries));
    portable.load();
    this.chosen = portable;
    this.backend = 'portable';
  }

  cut(text: string): Token[] {
    this.load();
    return this.chosen!.cut(text);
  }

  insertWord(word: string): void {
    this.load();
    this.chosen!.insertWord(word);
  }
}

export function createSegmenter(userDictionaries: readonly string[] = userDictionaryPaths()): SelectedSegmenter {
  return new SelectedSegmenter(userDictionaries);
}
