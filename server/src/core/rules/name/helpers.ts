/**
 * Shared reading for the name.* rules: the document's date (成文日期) and own unit, years in a
 * sentence, place names recognised by their suffix (县、区、市、镇、乡、街道、旗) so that fictional
 * and village-level names work, and the clause around an offset.
 */
import { readElements } from '../doctype/elements';
import type { OffsetRange, RuleContext } from '../../types';

const CN_DIGIT: Readonly<Record<string, number>> = { '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };

/** A year written 2026 or 二〇二六 (two-digit and placeholder years are not read). */
export function parseYear(text: string): number | undefined {
  if (/^\d{4}$/.test(text)) return Number(text);
  if (text.length === 4 && [...text].every((c) => CN_DIGIT[c] !== undefined)) return Number([...text].map((c) => CN_DIGIT[c]).join(''));
  return undefined;
}

export const YEAR = /(\d{4}|[〇○零一二三四五六七八九]{4})年/g;

/** Every year named in the text (2017年, 二〇一七年). */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    // Not part of a longer number (12017年) and a plausible year.
    if (m.index > 0 && /\d/.test(text.charAt(m.index - 1))) continue;
    const year = parseYear(m[1] ?? '');
    if (year !== undefined && year >= 1949 && year <= 2100) out.push(year);
  }
  return out;
}

/**
 * The year of the document: its 成文日期, else the date of its 印发 line, else the earliest year its
 * title names (关于做好2026年春耕工作的通知: written in 2026 or the year before; 2016—2020年规划: 2016);
 * undefined when none (or a placeholder date).
 */
export function documentYear(context: Pick<RuleContext, 'text' | 'ignored'>): number | undefined {
  const elements = readElements(context);
  if (!elements) return undefined;
  for (const line of [elements.date, elements.imprint]) {
    if (!line) continue;
    const years = yearsIn(line.text);
    if (years.length > 0) return years[years.length - 1];
  }
  // 2026年, and the first year of a span: 2016—2020年.
  const inTitle = [...elements.title.text.matchAll(/(?<!\d)(\d{4})(?=年|\s*[—–\-－~～至到]\s*\d{4}年)/g)].map((m) => Number(m[1])).filter((y) => y >= 1949 && y <= 2100);
  return inTitle.length > 0 ? Math.min(...inTitle) : undefined;
}

/** Characters that end a sentence for the name.* rules (a line break too). */
const SENTENCE_END = new Uint8Array(0x10000);
for (const c of '。！？!?；;\r\n') SENTENCE_END[c.charCodeAt(0)] = 1;
/** A sentence is read at most this far either way from a name: a long run without punctuation is read in part. */
const SENTENCE_REACH = 300;

export type Sentences = (start: number, end: number) => OffsetRange & { text: string };

/**
 * The sentences of a text, found by binary search in its sentence ends (one pass over the text):
 * the sentence around [start, end), from after the previous 。！？； or line break to the next.
 */
export function sentenceFinder(text: string): Sentences {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) if (SENTENCE_END[text.charCodeAt(i)] === 1) ends.push(i);
  /** Index of the first end at or after offset. */
  const firstAtOrAfter = (offset: number): number => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (start, end) => {
    const k = firstAtOrAfter(start);
    const s = Math.max(k > 0 ? (ends[k - 1] as number) + 1 : 0, start - SENTENCE_REACH);
    const next = firstAtOrAfter(end);
    const e = Math.min(next < ends.length ? (ends[next] as number) : text.length, end + SENTENCE_REACH);
    return { start: s, end: e, text: text.slice(s, e) };
  };
}

/** The marks that end a clause for clauseBefore, one byte per code unit (all in the BMP). */
const CLAUSE_MARK = new Uint8Array(0x10000);
for (const c of '，,、。！？!?；;：:（）()“”\r\n') CLAUSE_MARK[c.charCodeAt(0)] = 1;

/** The clause before an offset: from after the previous punctuation mark (，、。；：etc.), at most 60 characters. */
export function clauseBefore(text: string, offset: number): string {
  let s = offset;
  const first = Math.max(0, offset - 60);
  while (s > first && CLAUSE_MARK[text.charCodeAt(s - 1)] === 0) s--;
  return text.slice(s, offset);
}

/** How far back a cited title 《…》 is looked for. */
const TITLE_REACH = 200;

/** True when offset lies between a 《 and its 》 on the same line (a cited title), looking back at most TITLE_REACH characters. */
export function insideBookTitle(text: string, offset: number): boolean {
  const first = Math.max(0, offset - TITLE_REACH);
  for (let i = offset - 1; i >= first; i--) {
    const c = text.charAt(i);
    if (c === '《') return true;
    if (c === '》' || c === '\n' || c === '\r') return false;
  }
  return false;
}

export function isHanChar(c: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(c);
}

/** Characters that end a place name of each administrative level (街道 is two). */
export type PlaceLevel = '省' | '市' | '县' | '区' | '旗' | '州' | '盟' | '镇' | '乡' | '街道';

export interface Place extends OffsetRange {
  /** The place as written: 青山县. */
  name: string;
  level: PlaceLevel;
}

/** Characters that cannot be part of a place name (function words, quantifiers, 全/本/我/该 etc.). */
const NOT_IN_NAME = /[的了在和与及或是对为把被向从到由要各全本我该其等此每个两三几外邻这那所之于以将并也都就还又、，。；：“”‘’（）()《》\s\d]/;
/** Names that end like a place but are not one (全县, 本县, 我县, 县市区…). */
const GENERIC = /^(?:[全本我该各外邻两省市县区乡镇州盟旗]|市辖|城|郊|矿|新|老|县城|城区|市区|郊区|矿区|开发|高新|园|景|社|小|大|山|地|辖)[县区市镇乡州旗盟]$|^.?(?:地区|社区|园区|片区|景区|城区|校区|小区|山区|辖区|林区|牧区|新区|街道办)$/;

/**
 * Words that end right before 县委、县各部门 and the like, where 县 is the county itself, not the
 * end of a name (落实县委、督促县各部门、服从县委).
 */
const VERB_STEM = /^(?:落实|贯彻|按照|根据|依照|遵照|服从|督促|要求|指导|协助|配合|报请|报送|提请|请示|领导|认真|全面|坚决|切实|严格|及时|积极|主动|党的|经过|通过|接受|执行|传达|学习|围绕|紧扣|对照|参加|出席|召开|组织|成立|设立|代表|会同|牵头|负责|承担|统筹|推动|推进|加强|支持|协调|关于|有关|相关|省委|市委|省政|市政|上级|各级|全体|广大|原来|目前|当前|今年|去年|明年|同时|并且|而且|以及|其中|还有|特别|尤其)$/;

/**
 * The place name ending at `end` (exclusive) whose suffix is `level`: a name of `known` (three to
 * six characters, 乌鲁木齐县), else the two characters before the suffix (青山县) when they start a
 * clause (after punctuation, a space or the line start: inside a run of text the characters
 * before 县 may be a verb, 落实县委). Undefined when those characters cannot be a name (全县, 我县,
 * 各乡镇, 城区).
 */
export function placeEndingAt(text: string, end: number, level: PlaceLevel, known?: Pick<ReadonlySet<string>, 'has'>): Place | undefined {
  const suffixStart = end - level.length;
  if (text.slice(suffixStart, end) !== level) return undefined;
  if (known) {
    for (let n = 5; n >= 2; n--) {
      const start = suffixStart - n;
      if (start < 0) continue;
      const name = text.slice(start, end);
      if (known.has(name) && !GENERIC.test(name)) return { start, end, name, level };
    }
  }
  const start = suffixStart - 2;
  if (start < 0) return undefined;
  const stem = text.slice(start, suffixStart);
  if (![...stem].every(isHanChar) || NOT_IN_NAME.test(stem) || VERB_STEM.test(stem)) return undefined;
  if (start > 0 && isHanChar(text.charAt(start - 1))) return undefined;
  const name = text.slice(start, end);
  if (GENERIC.test(name) || GENERIC.test(stem.slice(1) + level)) return undefined;
  return { start, end, name, level };
}
