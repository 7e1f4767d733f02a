/**
 * The nodejieba segmenter: the native addon is required and its dictionaries loaded once, on
 * first use (about 1.5 s and 240 MB), with HMM on so that unknown words such as 稻虾共作 and
 * numbers like 6.5 stay whole. Dictionary paths are checked before they reach nodejieba, because
 * a missing or empty dictionary makes it abort the whole process.
 */
import * as fs from 'fs';
import { tokensWithOffsets, type Segmenter, type Token } from '../core/segmenter/segmenter';

interface NodeJieba {
  load(options?: { dict?: string; hmmDict?: string; userDict?: string; idfDict?: string; stopWordDict?: string }): unknown;
  cut(text: string, hmm?: boolean): string[];
  insertWord(word: string, tag?: string): boolean;
  DEFAULT_DICT: string;
  DEFAULT_HMM_DICT: string;
  DEFAULT_USER_DICT: string;
  DEFAULT_IDF_DICT: string;
  DEFAULT_STOP_WORD_DICT: string;
}

/** A dictionary is missing, empty or malformed: using another backend would not help. */
export class DictionaryUnavailableError extends Error {}

/** A dictionary file nodejieba can load without aborting: a regular, non-empty, UTF-8 text file. */
export function checkDictionary(path: string): string | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch {
    return `词典文件不存在：${path}`;
  }
  if (!stat.isFile()) return `词典路径不是文件：${path}`;
  if (stat.size === 0) return `词典文件为空：${path}`;
  return undefined;
}

/**
 * nodejieba holds one segmenter per process, and every load() replaces it. The dictionaries it
 * was last loaded with, so that an instance with other dictionaries reloads before cutting
 * instead of silently using someone else's.
 */
let loadedWith: string | undefined;

/** Replacements for nodejieba's own dictionaries (paths); unset ones stay nodejieba's. */
export interface BaseDictionaries {
  /** The main dictionary (e.g. the compact one without rare words). */
  main?: string;
  /** The IDF table, which only keyword extraction reads (a one-line file saves ~20 MB). */
  idf?: string;
  /** The HMM model (the build's copy in dict/, which the portable backend reads too). */
  hmm?: string;
  /** nodejieba's small default user dictionary (the build's copy in dict/). */
  jiebaUser?: string;
}

export class JiebaSegmenter implements Segmenter {
  private jieba: NodeJieba | undefined;
  private key = '';

  constructor(
    private readonly userDictionaries: readonly string[] = [],
    private readonly base: BaseDictionaries = {},
  ) {}

  /**
   * Loads the addon and dictionaries now (otherwise on the first cut). Throws a clear error.
   * Words added with insertWord are lost when another instance loads other dictionaries.
   */
  load(): void {
    if (this.jieba && loadedWith === this.key) return;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jieba = require('nodejieba') as NodeJieba;
    const dict = this.base.main ?? jieba.DEFAULT_DICT;
    const idfDict = this.base.idf ?? jieba.DEFAULT_IDF_DICT;
    const hmmDict = this.base.hmm ?? jieba.DEFAULT_HMM_DICT;
    const jiebaUser = this.base.jiebaUser ?? jieba.DEFAULT_USER_DICT;
    const files = [dict, hmmDict, jiebaUser, idfDict, jieba.DEFAULT_STOP_WORD_DICT, ...this.userDictionaries];
    const problems = files.map(checkDictionary).filter((p): p is string => p !== undefined);
    if (problems.length > 0) throw new DictionaryUnavailableError(`分词词典不可用：${problems.join('；')}`);
    const userDict = [jiebaUser, ...this.userDictionaries].join('|');
    jieba.load({ dict, hmmDict, idfDict, userDict });
    this.key = `${dict}|${hmmDict}|${idfDict}|${userDict}`;
    loadedWith = this.key;
    this.jieba = jieba;
  }

  cut(text: string): Token[] {
    this.load();
    return tokensWithOffsets(text, (this.jieba as NodeJieba).cut(text, true));
  }

  insertWord(word: string): void {
    this.load();
    (this.jieba as NodeJieba).insertWord(word);
  }
}
