/**
 * punct.enumeration-comma — a 顿号 between items that are already marked by 书名号 or 引号:
 * 《A》、《B》 → 《A》《B》; “A”、“B” → “A”“B”.
 *
 * GB/T 15834-2011 4.5.3.5 says such a 顿号 is 通常不用 (usually left out), and that it is used when
 * other words stand between the marked items. So this is a soft rule (information), and it only
 * speaks about a list whose every item is marked:
 * - an item with other words inside the list (“甲”活动周、“乙”、“丙”; 《A》（2024年）、《B》)
 *   or an unmarked item (“甲”、“乙”、丙; 丙和“甲”、“乙”; “甲”、“乙”和丙) makes the whole list
 *   one where the 顿号 is right: nothing is reported, so fix-all never edits a mixed list;
 * - inside a 书名号 (a title is cited as issued) nothing is reported; inside a quotation the 顿号 is
 *   reported without an automatic fix (a quotation is not rewritten).
 * The words before the first item (学习《A》) and after the last (“乙”等活动) are the sentence's; 等
 * closes a list (“甲”、“乙”等措施、办法: the last 、 joins other items).
 */
import type { OffsetRange, Rule, RuleContext, RuleFinding } from '../../types';
import { finding, isProtected, paragraphs, protectedRanges, replace } from './helpers';

const ID = 'punct.enumeration-comma';

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '(': ')', '【': '】', '〔': '〕', '［': '］', '「': '」', '『': '』' };
/** Marks that make an item a marked (quoted or titled) one. */
const MARKED = '“‘《〈「『';
/** Marks ending a clause at one level: a list never runs across them. */
const CLAUSE_END = '，,。；;：:！!？?';
/** An item's words that join another item to the list: 丙和“甲” / “乙”及丙. */
const CONJ_BEFORE = /(?:以及|或者|和|与|及|或)$/;
const CONJ_AFTER = /^(?:以及|或者|和|与|及|或)/;

const WHAT: Record<string, string> = { '》': '书名号', '〉': '书名号', '”': '引号', '’': '引号' };

/** A pair of marks with its content, found at one level of a line. */
interface Span extends OffsetRange {
  open: string;
}

/** A piece of a level: a marked or bracketed span, or plain text. */
type Piece = { span: Span } | { plain: OffsetRange };

interface Level {
  /** The opening mark of the span this level is the content of ('' for the line). */
  inside: string;
  /** True when some enclosing span is a quotation (“…” or ‘…’). */
  quoted: boolean;
  /** How many spans enclose this level. */
  depth: number;
}

/** Levels of nested marks looked into: deeper ones are read as one item. */
const MAX_DEPTH = 12;

/**
 * The pairs of marks of a line, in one pass: opening offset → offset after its closing mark. A
 * closing mark that does not close the innermost open pair is left unpaired, as is an opening mark
 * never closed.
 */
function pairsOf(text: string, start: number, end: number): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charAt(i);
    const top = stack[stack.length - 1];
    if (top !== undefined && c === PAIRS[text.charAt(top)]) {
      stack.pop();
      pairs.set(top, i + 1);
    } else if (PAIRS[c] !== undefined) {
      stack.push(i);
    }
  }
  return pairs;
}

function isMarked(p: Piece | undefined): p is { span: Span } {
  return p !== undefined && 'span' in p && MARKED.includes(p.span.open);
}

/** True for the plain words of an item that only join two marked items: 《乙》和“丙”. */
function isConjunction(text: string, p: Piece | undefined): boolean {
  if (p === undefined || !('plain' in p)) return false;
  const words = text.slice(p.plain.start, p.plain.end).trim();
  return CONJ_AFTER.test(words) && words.replace(CONJ_AFTER, '') === '';
}

/** Offsets of 、 joining two items that carry the same kind of mark, in a list of marked items only. */
function junctionsOf(text: string, items: Piece[][], commas: number[]): number[] {
  if (items.length < 2) return [];
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as Piece[];
    const first = item[0];
    const last = item[item.length - 1];
    if (k > 0 && !isMarked(first)) return [];
    if (k < items.length - 1 && !isMarked(last)) return [];
    if (k > 0 && k < items.length - 1 && item.length !== 1) return [];
    if (k === 0 && item.length > 1) {
      const before = item[item.length - 2] as Piece;
      if ('plain' in before && CONJ_BEFORE.test(text.slice(before.plain.start, before.plain.end).trim())) return [];
    }
    if (k === items.length - 1 && item.length > 1) {
      const after = item[1] as Piece;
      if ('plain' in after && CONJ_AFTER.test(text.slice(after.plain.start, after.plain.end).trim()) && !(isConjunction(text, after) && isMarked(item[2]))) return [];
    }
  }
  const out: number[] = [];
  for (let k = 0; k + 1 < items.length; k++) {
    const left = (items[k] as Piece[])[(items[k] as Piece[]).length - 1] as { span: Span };
    const right = (items[k + 1] as Piece[])[0] as { span: Span };
    if (PAIRS[left.span.open] === PAIRS[right.span.open]) out.push(commas[k] as number);
  }
  return out;
}

/** True for the words after a list's last item that close it: 等, 等等. */
function endsList(text: string, p: Piece | undefined): boolean {
  return p !== undefined && 'plain' in p && text.slice(p.plain.start, p.plain.end).trimStart().startsWith('等');
}

/**
 * The lists of a clause: its items, split where an item is two marked items joined by a
 * conjunction (《甲》、《乙》和“丙”、“丁”: two lists) or after 等, each with the 、 between its items.
 */
function listsOf(text: string, items: Piece[][], commas: number[]): Array<{ items: Piece[][]; commas: number[] }> {
  const lists: Array<{ items: Piece[][]; commas: number[] }> = [];
  let current: { items: Piece[][]; commas: number[] } = { items: [], commas: [] };
  items.forEach((item, k) => {
    if (k > 0 && k < items.length - 1 && item.length === 3 && isMarked(item[0]) && isConjunction(text, item[1]) && isMarked(item[2])) {
      current.items.push([item[0] as Piece]);
      lists.push(current);
      current = { items: [[item[2] as Piece]], commas: [] };
    } else if (k > 0 && k < items.length - 1 && isMarked(item[0]) && endsList(text, item[1])) {
      // “甲”、“乙”等措施、办法: 等 closes the list; the next 、 belongs to another one.
      current.items.push(item);
      lists.push(current);
      current = { items: [], commas: [] };
      return;
    } else {
      current.items.push(item);
    }
    if (k < commas.length) current.commas.push(commas[k] as number);
  });
  lists.push(current);
  return lists;
}

function scanLevel(text: string, start: number, end: number, level: Level, pairs: Map<number, number>, prot: readonly OffsetRange[], out: RuleFinding[]): void {
  let items: Piece[][] = [[]];
  let commas: number[] = [];
  const flush = (): void => {
    const current = items[items.length - 1] as Piece[];
    if (current.length === 0 && items.length > 1) {
      // 、 with nothing after it before the clause ends: not a list of marked items.
      items = [[]];
      commas = [];
      return;
    }
    if (level.inside !== '《' && level.inside !== '〈') {
      for (const at of listsOf(text, items, commas).flatMap((l) => junctionsOf(text, l.items, l.commas))) {
        if (isProtected(prot, at)) continue;
        const mark = text.charAt(at - 1);
        const what = WHAT[mark] ?? '标号';
        const next = text.charAt(at + 1);
        const message = level.quoted
          ? `标有${what}的并列成分之间通常不用顿号（此处在引文中，请核对原文）：${mark}、${next} 可写作 ${mark}${next}。`
          : `标有${what}的并列成分之间通常不用顿号：${mark}、${next} 可写作 ${mark}${next}。`;
        const f = finding(ID, at, at + 1, message, [replace('删除顿号', at, at + 1, '', !level.quoted)]);
        out.push({ ...f, soft: true });
      }
    }
    items = [[]];
    commas = [];
  };
  let plainFrom = -1;
  const endPlain = (at: number): void => {
    if (plainFrom >= 0 && text.slice(plainFrom, at).trim().length > 0) (items[items.length - 1] as Piece[]).push({ plain: { start: plainFrom, end: at } });
    plainFrom = -1;
  };
  for (let i = start; i < end; ) {
    const c = text.charAt(i);
    const close = pairs.get(i);
    if (close !== undefined) {
      endPlain(i);
      (items[items.length - 1] as Piece[]).push({ span: { start: i, end: close, open: c } });
      const quoted = level.quoted || c === '“' || c === '‘' || c === '「' || c === '『';
      if (level.depth < MAX_DEPTH) scanLevel(text, i + 1, close - 1, { inside: c, quoted, depth: level.depth + 1 }, pairs, prot, out);
      i = close;
      continue;
    }
    if (c === '、') {
      endPlain(i);
      commas.push(i);
      items.push([]);
    } else if (CLAUSE_END.includes(c)) {
      endPlain(i);
      flush();
    } else if (plainFrom < 0) {
      plainFrom = i;
    }
    i++;
  }
  endPlain(end);
  flush();
}

export function checkEnumerationComma(context: RuleContext): RuleFinding[] {
  const { text } = context;
  if (!text.includes('、')) return [];
  const prot = protectedRanges(context);
  const out: RuleFinding[] = [];
  for (const p of paragraphs(text)) {
    const line = text.slice(p.start, p.end);
    if (!/[》〉”’」』]、/.test(line)) continue;
    scanLevel(text, p.start, p.end, { inside: '', quoted: false, depth: 0 }, pairsOf(text, p.start, p.end), prot, out);
  }
  return out.sort((a, b) => a.start - b.start);
}

export const punctEnumerationComma: Rule = {
  id: ID,
  scope: 'line',
  description: '并列的书名号、引号之间的顿号（通常不用，提示级）',
  descriptionEn: 'Enumeration comma between adjacent book-title marks or quotations (usually omitted; a hint)',
  defaultSeverity: 'information',
  docs: {
    summary:
      '标有书名号或引号的并列成分之间通常不用顿号（“通常”：不算错误，提示级）。若并列成分中有的带其他词语（“甲”活动周、“乙”）、有括注或有不带标号的成分（“甲”、“乙”、丙），顿号是对的，不提示；书名号内的文字不提示，引文中的只提示、不自动修改。',
    source: 'GB/T 15834-2011 4.5.3.5',
    bad: '认真学习《条例》、《规定》和“三个到位”、“四个不放过”要求',
    good: '认真学习《条例》《规定》和“三个到位”“四个不放过”要求',
  },
  check: checkEnumerationComma,
};
