/**
 * typo.char — a single character typed for another of the same sound (协条 → 协调, 规划纲腰 →
 * 纲要, 持旭 → 持续), found from the segmentation. A typo breaks a word: jieba leaves its
 * characters as single-character words, or glues them into a word its dictionary does not know.
 * Each stretch of two to four characters made of whole words, at least one of them such a broken
 * piece, is tried with each of its characters replaced by a character of the same toneless
 * pinyin; a replacement that makes a frequent dictionary word is a candidate, scored as a noisy
 * channel with the dictionary's frequencies (./data/chars.ts, generated from nodejieba's
 * dictionary and pinyin-pro): the log-probability of the word minus that of the text as written
 * (its words, or the characters of a word the dictionary lacks).
 *
 * Information by default (a statistical guess); set to warning, the confident ones are warnings and
 * the middling ones information (soft); nothing below. The fix
 * (the same-sound character) is offered, never preferred: fix-all does not apply a statistical
 * guess (on published documents every warning left was a rare right word: 室间质量评价, 制播分离). Left alone: text in quotation marks and book-title marks, numbers and stretches that
 * start with a numeral (information at most), Latin text and URLs (not Han characters), place
 * names (a stretch ending in, or followed by, 县市区镇乡村街路省州), names next to a title (王建
 * 同志, 书记李明) or standing alone in a list (委员：郭卫民　李明: two or three characters between
 * separators, the first a common surname), the 公文 words of ./data/known.ts, the words the user allows (option `allow`, and
 * the `words` setting for the whole family), and what typo.word's list already reports (部暑).
 */
import { overlapsAny } from '../../markdown';
import { detach } from '../../text/chars';
import { LineCache } from '../../text/lineCache';
import { defineOptions, optionsOf } from '../../ruleOptions';
import { wordsOfText, type Token } from '../../segmenter/segmenter';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { CHAR_BANDS, HOMOPHONES, KNOWN_BANDS, LOG_TOTAL, WORD_BANDS } from './data/chars';
import { KNOWN_CHAR_WORDS } from './data/known';
import { matchTypos } from './word';

const ID = 'typo.char';

const OPTIONS = defineOptions({
  allow: {
    type: 'strings',
    zh: '不当作错别字的词语（专名、新词）：含有这些词的地方不报。',
    en: 'Words never read as a typo (proper nouns, new words): no finding touches them.',
    default: [],
    maxItems: 1000,
  },
});

/** The kind of stretch a candidate was found in: how much its score can be trusted. */
type Kind = 'unknown' | 'rare' | 'singles' | 'mixed' | 'numeral';

/**
 * Scores (natural log of the probability ratio) from which a candidate is a warning, by kind; from
 * SOFT it is information. Chosen so that real published documents (npm run precision) get at most
 * 0.3 warnings per 10,000 characters and the correct sentences of ECSpell's 公文 train split none:
 * the unigram model cannot tell a typo from a new 公文 compound (带量采购, 纠治, 配建) at lower
 * scores. A rare dictionary word and a stretch starting with a numeral are never more than information.
 */
const LOUD: Readonly<Record<Kind, number>> = { unknown: 9.5, mixed: 7.5, singles: 11, rare: Infinity, numeral: Infinity };
const SOFT = 7;

const HAN = /^\p{Script=Han}+$/u;
const NUMERAL_START = /^[一二三四五六七八九十百千万亿两几第零〇]/u;
/** A place name ends with one of these (青山县, 白河镇), or is followed by it. */
const PLACE_END = /[县市区镇乡村街路省州旗盟]$/u;
const PLACE_NEXT = /^[县市区镇乡村街路省州旗盟]/u;
/** Words next to which two or three characters are likely a person's name. */
const TITLES = new Set([
  '同志', '先生', '女士', '书记', '副书记', '主任', '副主任', '局长', '副局长', '县长', '副县长', '市长', '副市长', '省长', '副省长', '镇长', '乡长', '村长', '区长', '主席', '副主席',
  '部长', '厅长', '处长', '科长', '所长', '院长', '校长', '董事长', '总经理', '经理', '委员', '代表', '组长', '队长', '教授', '老师', '医生', '记者', '等', '说', '指出', '强调', '表示',
]);
/** Common surnames: two or three Han characters standing alone (between spaces, 、, ： …) and starting with one are a name (郭卫民). */
const SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'
  ),
);
/** A maximal run of Han characters. */
const HAN_RUN = /\p{Script=Han}+/gu;

/** Quotation and book-title marks: text between them is left alone. */
const QUOTES: ReadonlyArray<readonly [string, string]> = [['“', '”'], ['‘', '’'], ['《', '》'], ['「', '」'], ['『', '』'], ['"', '"']];

interface Tables {
  /** ln frequency of each single character. */
  char: Map<string, number>;
  /** ln frequency of each word a typo may be meant for. */
  target: Map<string, number>;
  /** ln frequency of rarer dictionary words near a target. */
  rare: Map<string, number>;
  /** Toneless readings of each character. */
  readings: Map<string, string[]>;
  /**
   * The targets with one character left out, keyed by the rest around a gap (协_ for 协调): each
   * entry is the left-out characters, one per target (a target's frequency is in `target`), so
   * that a stretch is tried against the targets it could be one character away from, not against
   * every same-sound character. Strings, not a list of objects: a third of the tables' memory was
   * those objects.
   */
  gapped: Map<string, string>;
}

let tables: Tables | undefined;

function bandsOf(entries: readonly string[], into: Map<string, number>, words: boolean): void {
  for (const entry of entries) {
    const first = entry.indexOf(':');
    const logFreq = Number(entry.slice(0, first)) / 2;
    let rest = entry.slice(first + 1);
    let length = 1;
    if (words) {
      const second = rest.indexOf(':');
      length = Number(rest.slice(0, second));
      rest = rest.slice(second + 1);
    }
    const chars = Array.from(rest);
    for (let i = 0; i + length <= chars.length; i += length) into.set(chars.slice(i, i + length).join(''), logFreq);
  }
}

/** The frequency tables, built on first use (a few milliseconds). */
function load(): Tables {
  if (tables) return tables;
  const t: Tables = { char: new Map(), target: new Map(), rare: new Map(), readings: new Map(), gapped: new Map() };
  bandsOf(CHAR_BANDS, t.char, false);
  bandsOf(WORD_BANDS, t.target, true);
  bandsOf(KNOWN_BANDS, t.rare, true);
  for (const entry of HOMOPHONES.split('|')) {
    const colon = entry.indexOf(':');
    const syllable = entry.slice(0, colon);
    const chars = Array.from(entry.slice(colon + 1));
    for (const c of chars) {
      const list = t.readings.get(c);
      if (list) list.push(syllable);
      else t.readings.set(c, [syllable]);
    }
  }
  for (const word of t.target.keys()) {
    const chars = Array.from(word);
    for (let k = 0; k < chars.length; k++) {
      const key = gapKey(chars, k);
      t.gapped.set(key, (t.gapped.get(key) ?? '') + (chars[k] as string));
    }
  }
  tables = t;
  return t;
}

/** The characters with the k-th one replaced by a gap mark (U+FFFD, never in a word). */
function gapKey(chars: readonly string[], k: number): string {
  let key = '';
  for (let i = 0; i < chars.length; i++) key += i === k ? '\ufffd' : chars[i];
  return key;
}

/** True when two characters share a toneless reading. */
function sameSound(t: Tables, a: string, b: string): boolean {
  const ra = t.readings.get(a);
  const rb = t.readings.get(b);
  if (!ra || !rb) return false;
  for (const r of ra) if (rb.includes(r)) return true;
  return false;
}

/** log P of a single character as a word (a character the dictionary lacks counts once). */
function charLog(t: Tables, c: string): number {
  return (t.char.get(c) ?? 0) - LOG_TOTAL;
}

/** log P of the text as segmented: its words, or the characters of a word the dictionary lacks. */
function partLog(t: Tables, part: string): number {
  const chars = Array.from(part);
  if (chars.length === 1) return charLog(t, part);
  const known = t.target.get(part) ?? t.rare.get(part);
  if (known !== undefined) return known - LOG_TOTAL;
  let sum = 0;
  for (const c of chars) sum += charLog(t, c);
  return sum;
}

interface Candidate {
  /** The stretch tried: offsets into the text. */
  start: number;
  end: number;
  /** The replaced character. */
  charStart: number;
  charEnd: number;
  written: string;
  meant: string;
  replacement: string;
  score: number;
  kind: Kind;
}


/** How many characters (code points) a string has, without an array of them. */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A low surrogate after a high one ends a pair already counted (as Array.from reads them).
    if (c < 0xdc00 || c > 0xdfff || i === 0 || s.charCodeAt(i - 1) < 0xd800 || s.charCodeAt(i - 1) > 0xdbff) n++;
  }
  return n;
}

/** Ranges between paired quotation or book-title marks in text[from, to). */
function quotedRanges(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const [open, close] of QUOTES) {
    let i = text.indexOf(open, from);
    while (i >= 0 && i < to) {
      const j = text.indexOf(close, i + 1);
      if (j < 0 || j >= to) break;
      out.push({ start: i, end: j + 1 });
      i = text.indexOf(open, j + 1);
    }
  }
  return out;
}

/** Runs of two or three Han characters standing alone and starting with a common surname: names in a list (委员：郭卫民　李明). */
function standingNames(line: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of line.matchAll(HAN_RUN)) {
    const chars = Array.from(m[0]);
    if (chars.length >= 2 && chars.length <= 3 && SURNAMES.has(chars[0] as string)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** True when a word of `words` (two to six characters) covers part of [start, end) of `line`. */
function touchesWord(line: string, start: number, end: number, words: ReadonlySet<string>): boolean {
  if (words.size === 0) return false;
  for (let a = Math.max(0, start - 5); a < end; a++) {
    for (let b = Math.max(a + 2, start + 1); b <= Math.min(line.length, a + 6); b++) if (words.has(line.slice(a, b))) return true;
  }
  return false;
}

/** The best candidate of each stretch of one line's words, scored SOFT or more (offsets into the line). */
function candidatesOfLine(t: Tables, line: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  let quoted: Array<{ start: number; end: number }> | undefined;
  let names: Array<{ start: number; end: number }> | undefined;
  // The stretch's tokens i..j, one list refilled per i (bestOf reads it, keeps nothing of it).
  const parts: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let written = '';
    let chars = 0;
    parts.length = 0;
    for (let j = i; j < tokens.length && j < i + 4; j++) {
      const token = tokens[j] as Token;
      if (!HAN.test(token.text)) break;
      written += token.text;
      parts.push(token);
      chars += codePoints(token.text);
      if (chars > 4) break;
      if (chars < 2) continue;
      const candidate = bestOf(t, written, parts);
      if (!candidate || candidate.score < SOFT) continue;
      const start = (tokens[i] as Token).start;
      const end = token.end;
      const before = tokens[i - 1]?.text ?? '';
      const after = tokens[j + 1]?.text ?? '';
      if (PLACE_END.test(written) || PLACE_NEXT.test(after)) continue;
      if (TITLES.has(before) || TITLES.has(after)) continue;
      quoted ??= quotedRanges(line, 0, line.length);
      if (quoted.some((q) => q.start < end && start < q.end)) continue;
      names ??= standingNames(line);
      if (names.some((q) => q.start < end && start < q.end)) continue;
      if (touchesWord(line, start, end, KNOWN_CHAR_WORDS)) continue;
      out.push({ ...candidate, start, end, charStart: start + candidate.charStart, charEnd: start + candidate.charEnd });
    }
  }
  return out;
}

/**
 * Each line's candidates by its text and its words (the same line cut otherwise, after a change
 * of dictionary, is another entry): analysing a document again after an edit tries only the
 * edited lines. Bounded like the other per-line caches.
 */
const CACHE = new LineCache<Candidate[]>(150_000, 4_000);

/** The candidates of one line (its words with offsets into the text), offsets into the text. */
function lineCandidates(t: Tables, text: string, tokens: readonly Token[]): Candidate[] {
  if (tokens.length === 0) return [];
  const lineStart = (tokens[0] as Token).start;
  const line = text.slice(lineStart, (tokens[tokens.length - 1] as Token).end);
  let key = line + '\u0000';
  for (const token of tokens) key += token.text + '\u0001';
  let found = CACHE.get(key);
  if (!found) {
    const relative = tokens.map((x) => ({ text: x.text, start: x.start - lineStart, end: x.end - lineStart }));
    found = candidatesOfLine(t, line, relative);
    CACHE.set(detach(key), found);
  }
  return found.map((c) => ({ ...c, start: c.start + lineStart, end: c.end + lineStart, charStart: c.charStart + lineStart, charEnd: c.charEnd + lineStart }));
}

/** The best same-sound replacement in a stretch of words, offsets relative to the stretch. */
function bestOf(t: Tables, written: string, parts: readonly Token[]): Candidate | undefined {
  let kind: Kind;
  if (parts.length === 1) {
    if (t.target.has(written) || KNOWN_CHAR_WORDS.has(written)) return undefined; // a frequent word
    kind = t.rare.has(written) ? 'rare' : 'unknown';
  } else {
    if (parts.some((p) => KNOWN_CHAR_WORDS.has(p.text))) return undefined;
    // Frequent words side by side (加强/协调) are read as written: a typo leaves a weak piece.
    if (parts.every((p) => p.text.length > 1 && t.target.has(p.text))) return undefined;
    kind = parts.every((p) => p.text.length === 1) ? 'singles' : 'mixed';
  }
  if (NUMERAL_START.test(written)) kind = 'numeral';
  let asWritten = 0;
  for (const p of parts) asWritten += partLog(t, p.text);
  const chars = Array.from(written);
  let best: Candidate | undefined;
  let offset = 0;
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k] as string;
    const key = gapKey(chars, k);
    for (const d of t.gapped.get(key) ?? '') {
      if (d === c || !sameSound(t, c, d)) continue;
      const meant = key.replace('\ufffd', d);
      const score = (t.target.get(meant) as number) - LOG_TOTAL - asWritten;
      if (!best || score > best.score) best = { start: 0, end: written.length, charStart: offset, charEnd: offset + c.length, written, meant, replacement: d, score, kind };
    }
    offset += c.length;
  }
  return best;
}

/** Candidates of the text worth reporting, best first, no two stretches overlapping. */
export function typoCandidates(context: RuleContext, allowed: ReadonlySet<string> = new Set()): Candidate[] {
  const tokens = wordsOfText(context.text, context.words);
  if (!tokens) return [];
  const t = load();
  const all: Candidate[] = [];
  let lineTokens: Token[] = [];
  const flush = (): void => {
    all.push(...lineCandidates(t, context.text, lineTokens));
    lineTokens = [];
  };
  for (const token of tokens) {
    if (token.text.includes('\n') || token.text.includes('\r')) flush();
    else lineTokens.push(token);
  }
  flush();
  if (all.length === 0) return [];
  // typo.word's list speaks first: 部暑 is its finding, not a second one here.
  const listed = matchTypos(context);
  const chosen: Candidate[] = [];
  for (const c of all.sort((a, b) => b.score - a.score || a.start - b.start)) {
    if (chosen.some((x) => x.start < c.end && c.start < x.end)) continue;
    if (overlapsAny(context.ignored, c.start, c.end)) continue;
    if (listed.some((m) => m.start < c.end && c.start < m.end)) continue;
    if (allowed.size > 0 && touchesWord(context.text, c.start, c.end, allowed)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

export const typoChar: Rule = {
  id: ID,
  description: '同音错字（协条→协调、规划纲腰→纲要）',
  descriptionEn: 'Homophone character typos (协条→协调, 规划纲腰→纲要)',
  // A statistical guess, so information by default (on the 65 published documents every warning it
  // gave was a rare right word); `"typo.char": "warning"` makes the confident ones warnings.
  defaultSeverity: 'information',
  needsWords: true,
  // Its findings on a line depend on that line and its words only: cached per line (core/incremental.ts).
  scope: 'line',
  options: OPTIONS,
  docs: {
    summary:
      '一个字误打成同音字，使词语不成词（“协条”应为“协调”，“纲腰”应为“纲要”）。依据分词和词频判断：把一处不成词的字串中的一个字换成同音字后成为常用词，且可能性足够高时报告。这是统计判断，默认为提示；在 rules 中设为 warning 时，把握大的为警告，把握一般的仍为提示。快速修复给出同音的正确字，但不自动批量修改（统计判断可能误把少见的正确词当作错字）。引号、书名号中的文字，数字，人名、地名，英文和网址不报；专名、新词可在选项 allow 中加入。',
    source: '《党政机关公文处理工作条例》第十九条（文字准确）；词频取自 jieba 分词词典，读音取自 pinyin-pro',
    bad: '要加强部门协条，抓紧编制规划纲腰。',
    good: '要加强部门协调，抓紧编制规划纲要。',
  },
  examples: {
    invalid: [
      { text: '各部门要加强协⟦条⟧配合，形成工作合力。' },
      { text: '进一步健全管理制⟦渡⟧，推动经⟦挤⟧发展。' },
      { text: '提高服⟦雾⟧水平，做好防汛准⟦背⟧工作，坚持依法行⟦证⟧。' },
      // Less sure: information.
      { text: '青山县抓紧编制国土空间规划纲⟦腰⟧，加强综⟦和⟧协调。' },
    ],
    valid: [
      '用户登录系统后，在申报截止日期前提交材料。',
      '精简机构，厉行法治，确保工程竣工验收。',
      '青山县白河镇人民政府收悉来函，现函复如下。',
      '王建同志任青山县副县长。',
      '会议学习了《关于加强协条工作的通知》，“纲腰”二字见原文。',
      '2024年共完成投资3.5亿元，增长12%，详见https://example.cn/xietiao。',
      { text: '青山县协条办负责此事。', options: { allow: ['协条办'] } },
    ],
  },
  check(context: RuleContext): RuleFinding[] {
    const allowed = new Set(optionsOf(context, OPTIONS).allow);
    return typoCandidates(context, allowed).map((c) => {
      const loud = c.score >= LOUD[c.kind];
      return {
        rule: ID,
        start: c.charStart,
        end: c.charEnd,
        message: `“${c.written}”疑有错字：“${context.text.slice(c.charStart, c.charEnd)}”可能应为“${c.replacement}”（${c.meant}）。`,
        // Never preferred: the guess is statistical, and fix-all must not rewrite a rare right word (室间质量评价).
        fixes: [{ title: `改为“${c.replacement}”`, edits: [{ start: c.charStart, end: c.charEnd, newText: c.replacement }] }],
        ...(loud ? {} : { soft: true }),
      };
    });
  },
};
