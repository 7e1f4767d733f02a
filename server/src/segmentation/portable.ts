/**
 * The portable segmenter: jieba's mixed segmentation (dictionary DAG with the most probable route,
 * then an HMM over runs of single characters) in TypeScript, following cppjieba's MixSegment, the
 * code nodejieba runs (cppjieba is MIT-licensed), step by step so that both give the same words:
 * the same dictionaries (the compact main dictionary, nodejieba's small user dictionary, the 公文
 * user dictionary), the same weights (log of frequency over the main dictionary's total; user words
 * without a frequency get the median weight), the same HMM model (cppjieba's hmm_model.utf8), the
 * same separators (space, tab, newline, ，and 。), the same rules for ASCII letters and numbers, and
 * the same tie-breaking. No native code: it loads wherever Node (or a browser) runs, and serves
 * when nodejieba cannot load (no prebuilt binary and no compiler on Windows, macOS, ARM Linux).
 */
import * as fs from 'fs';
import { tokensWithOffsets, type Segmenter, type Token } from '../core/segmenter/segmenter';
import { checkDictionary, DictionaryUnavailableError } from './jieba';

/** cppjieba's stand-in for minus infinity. */
const MIN_DOUBLE = -3.14e100;
/** cppjieba's default separators: the pre-filter cuts there before anything else. */
const SEPARATORS = new Set([0x20, 0x09, 0x0a, 0xff0c, 0x3002]);
const E = 1;
const S = 3;

export interface PortableDictionaries {
  /** The main dictionary: lines `word freq tag`. */
  main: string;
  /** cppjieba's HMM model (hmm_model.utf8). */
  hmm: string;
  /** User dictionaries, in order: lines `word [freq] [tag]`. */
  user: readonly string[];
}

/**
 * The same dictionaries given as their texts instead of paths (the web worker server bundles them):
 * nothing is read from the file system, and the words are the same as from the files.
 */
export interface PortableDictionaryTexts {
  mainText: string;
  hmmText: string;
  userTexts: readonly string[];
}

/** A dictionary's text with the name its errors give (its path, or what it is). */
interface Named {
  text: string;
  name: string;
}

/** Checks and reads the dictionary files; a missing or empty one is a DictionaryUnavailableError. */
function readDictionaries(files: PortableDictionaries): { main: Named; hmm: Named; user: Named[] } {
  const all = [files.main, files.hmm, ...files.user];
  const problems = all.map(checkDictionary).filter((p): p is string => p !== undefined);
  if (problems.length > 0) throw new DictionaryUnavailableError(`分词词典不可用：${problems.join('；')}`);
  const read = (file: string): Named => ({ text: fs.readFileSync(file, 'utf8'), name: file });
  return { main: read(files.main), hmm: read(files.hmm), user: files.user.map(read) };
}

function givenDictionaries(texts: PortableDictionaryTexts): { main: Named; hmm: Named; user: Named[] } {
  const main = { text: texts.mainText, name: '主词典' };
  const hmm = { text: texts.hmmText, name: 'HMM 模型' };
  const user = texts.userTexts.map((text, i) => ({ text, name: `第 ${i + 1} 个用户词典` }));
  const empty = [main, hmm, ...user].filter((d) => d.text.length === 0).map((d) => `词典为空：${d.name}`);
  if (empty.length > 0) throw new DictionaryUnavailableError(`分词词典不可用：${empty.join('；')}`);
  return { main, hmm, user };
}

interface HmmModel {
  start: number[];
  trans: number[][];
  emit: Array<Map<number, number>>;
}

/** limonp::Split: fields between separators, empty ones kept, no trailing empty field. */
function split(line: string, separator: string): string[] {
  const parts = line.split(separator);
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

function parseHmm(text: string, file: string): HmmModel {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
  const numbers = (l: string | undefined): number[] => split(l ?? '', ' ').map(Number);
  const start = numbers(lines[0]);
  const trans = [1, 2, 3, 4].map((i) => numbers(lines[i]));
  const emit = [5, 6, 7, 8].map((i) => {
    const map = new Map<number, number>();
    for (const pair of split(lines[i] ?? '', ',')) {
      const [ch, p] = split(pair, ':');
      const cp = ch?.codePointAt(0);
      if (cp === undefined || p === undefined) throw new DictionaryUnavailableError(`HMM 模型格式错误：${file}`);
      map.set(cp, parseFloat(p));
    }
    return map;
  });
  if (start.length !== 4 || trans.some((t) => t.length !== 4) || emit.some((m) => m.size === 0) || [...start, ...trans.flat()].some(Number.isNaN)) {
    throw new DictionaryUnavailableError(`HMM 模型格式错误：${file}`);
  }
  return { start, trans, emit };
}

export class PortableSegmenter implements Segmenter {
  /**
   * The dictionary as a trie of code points: node ids, node 0 the root; an edge is the key
   * parent × 0x110000 + code point. A node's weight is NaN when it ends no word (a prefix only).
   */
  private edges = new Map<number, number>();
  private weights: number[] = [NaN];
  private minWeight = 0;
  private medianWeight = 0;
  private freqSum = 0;
  private userSingles = new Set<number>();
  private hmm: HmmModel | undefined;

  /** The dictionaries' files, or their texts. */
  constructor(private readonly dictionaries: PortableDictionaries | PortableDictionaryTexts) {}

  /** Reads the dictionaries now (otherwise on the first cut). Throws DictionaryUnavailableError. */
  load(): void {
    if (this.hmm) return;
    const given = this.dictionaries;
    const { main, hmm, user } = 'mainText' in given ? givenDictionaries(given) : readDictionaries(given);

    // The main dictionary: every line `word freq tag`; weights are log(freq / total).
    const mainWords: string[] = [];
    const mainFreqs: number[] = [];
    for (const line of main.text.split('\n')) {
      if (line.length === 0) continue;
      const fields = split(line, ' ');
      if (fields.length !== 3) throw new DictionaryUnavailableError(`主词典格式错误（${main.name}）：${line}`);
      mainWords.push(fields[0]!);
      mainFreqs.push(parseFloat(fields[1]!));
    }
    let sum = 0;
    for (const f of mainFreqs) sum += f;
    this.freqSum = sum;
    const weights = mainFreqs.map((f) => Math.log(f / sum));
    const sorted = [...weights].sort((a, b) => a - b);
    this.minWeight = sorted[0] ?? 0;
    this.medianWeight = sorted[sorted.length >> 1] ?? 0;
    mainWords.forEach((w, i) => this.add(w, weights[i]!));

    // User dictionaries: `word`, `word tag` (median weight) or `word freq tag`.
    for (const file of user) {
      for (const raw of file.text.split('\n')) {
        if (raw.length === 0) continue;
        const fields = split(raw, ' ');
        let weight: number;
        if (fields.length === 1 || fields.length === 2) weight = this.medianWeight;
        else if (fields.length === 3) weight = Math.log(atoi(fields[1]!) / this.freqSum);
        else continue;
        const word = fields[0]!;
        if (word.length === 0) continue;
        this.add(word, weight);
        const cps = [...word];
        if (cps.length === 1) this.userSingles.add(cps[0]!.codePointAt(0)!);
      }
    }
    this.hmm = parseHmm(hmm.text, hmm.name);
  }

  cut(text: string): Token[] {
    this.load();
    return tokensWithOffsets(text, this.cutStrings(text));
  }

  /** Like nodejieba's insertWord: the word gets the median weight. */
  insertWord(word: string): void {
    this.load();
    if (word.length > 0) this.add(word, this.medianWeight);
  }

  /** The words of `text` as strings covering it (cppjieba's MixSegment with HMM on). */
  cutStrings(text: string): string[] {
    this.load();
    // Code points with their UTF-16 offsets; a lone surrogate is a code point of its own.
    const cps: number[] = [];
    const offsets: number[] = [];
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      cps.push(cp);
      offsets.push(i);
      i += cp > 0xffff ? 2 : 1;
    }
    offsets.push(text.length);
    const out: string[] = [];
    const emit = (from: number, to: number): void => {
      out.push(text.slice(offsets[from]!, offsets[to]!));
    };
    let start = 0;
    for (let i = 0; i <= cps.length; i++) {
      if (i === cps.length || SEPARATORS.has(cps[i]!)) {
        if (i > start) this.mix(cps, start, i, emit);
        if (i < cps.length) emit(i, i + 1);
        start = i + 1;
      }
    }
    return out;
  }

  private add(word: string, weight: number): void {
    let node = 0;
    for (const ch of word) {
      const key = node * 0x110000 + ch.codePointAt(0)!;
      let next = this.edges.get(key);
      if (next === undefined) {
        next = this.weights.length;
        this.weights.push(NaN);
        this.edges.set(key, next);
      }
      node = next;
    }
    this.weights[node] = weight;
  }

  /** MixSegment over code points [from, to): the dictionary route, then HMM over single characters. */
  private mix(cps: number[], from: number, to: number, emit: (a: number, b: number) => void): void {
    const n = to - from;
    const dp = new Float64Array(n + 1);
    const choice = new Int32Array(n);
    const edges = this.edges;
    const weights = this.weights;
    for (let i = n - 1; i >= 0; i--) {
      let node = edges.get(cps[from + i]!);
      const single = node === undefined ? NaN : weights[node]!;
      let best = (i + 1 < n ? dp[i + 1]! : 0) + (Number.isNaN(single) ? this.minWeight : single);
      let bestLength = 1;
      for (let j = i + 1; j < n && node !== undefined; j++) {
        node = edges.get(node * 0x110000 + cps[from + j]!);
        if (node === undefined) break;
        const w = weights[node]!;
        if (Number.isNaN(w)) continue;
        const val = (j + 1 < n ? dp[j + 1]! : 0) + w;
        if (val > best) {
          best = val;
          bestLength = j - i + 1;
        }
      }
      dp[i] = best;
      choice[i] = bestLength;
    }
    for (let i = 0; i < n; ) {
      const length = choice[i]!;
      if (length > 1 || this.userSingles.has(cps[from + i]!)) {
        emit(from + i, from + i + length);
        i += length;
        continue;
      }
      let j = i;
      while (j < n && choice[j] === 1 && !this.userSingles.has(cps[from + j]!)) j++;
      this.hmmCut(cps, from + i, from + j, emit);
      i = j;
    }
  }

  /** HMMSegment::Cut: ASCII by the letter and number rules, the rest by Viterbi. */
  private hmmCut(cps: number[], from: number, to: number, emit: (a: number, b: number) => void): void {
    let left = from;
    let right = from;
    while (right < to) {
      if (cps[right]! < 0x80) {
        if (left !== right) this.viterbiCut(cps, left, right, emit);
        left = right;
        const x = cps[left]!;
        if (isLetter(x)) {
          right = left + 1;
          while (right < to && (isLetter(cps[right]!) || isDigit(cps[right]!))) right++;
        } else if (isDigit(x)) {
          right = left + 1;
          while (right < to && (isDigit(cps[right]!) || cps[right] === 0x2e)) right++;
        } else {
          right = left + 1;
        }
        emit(left, right);
        left = right;
      } else {
        right++;
      }
    }
    if (left !== right) this.viterbiCut(cps, left, right, emit);
  }

  private viterbiCut(cps: number[], from: number, to: number, emit: (a: number, b: number) => void): void {
    const model = this.hmm!;
    const X = to - from;
    const Y = 4;
    const weight = new Float64Array(X * Y);
    const path = new Int8Array(X * Y);
    const emitProb = (y: number, x: number): number => model.emit[y]!.get(cps[from + x]!) ?? MIN_DOUBLE;
    for (let y = 0; y < Y; y++) {
      weight[y * X] = model.start[y]! + emitProb(y, 0);
      path[y * X] = -1;
    }
    for (let x = 1; x < X; x++) {
      for (let y = 0; y < Y; y++) {
        const now = x + y * X;
        weight[now] = MIN_DOUBLE;
        path[now] = E;
        const ep = emitProb(y, x);
        for (let preY = 0; preY < Y; preY++) {
          const tmp = weight[x - 1 + preY * X]! + model.trans[preY]![y]! + ep;
          if (tmp > weight[now]!) {
            weight[now] = tmp;
            path[now] = preY;
          }
        }
      }
    }
    let stat = weight[X - 1 + E * X]! >= weight[X - 1 + S * X]! ? E : S;
    const status = new Int8Array(X);
    for (let x = X - 1; x >= 0; x--) {
      status[x] = stat;
      stat = path[x + stat * X]!;
    }
    let left = 0;
    for (let i = 0; i < X; i++) {
      if (status[i]! % 2) {
        emit(from + left, from + i + 1);
        left = i + 1;
      }
    }
  }
}

function isLetter(x: number): boolean {
  return (x >= 0x61 && x <= 0x7a) || (x >= 0x41 && x <= 0x5a);
}

function isDigit(x: number): boolean {
  return x >= 0x30 && x <= 0x39;
}

/** C's atoi: leading digits (with an optional sign), 0 if none. */
function atoi(s: string): number {
  const m = /^\s*[+-]?\d+/.exec(s);
  return m ? parseInt(m[0], 10) : 0;
}
