/**
 * punct.unpaired — an opening “ ‘ （ 《 〈 【 〔 ［ 「 『 without its closing mark in the same
 * paragraph, or a closing mark without its opener. Each kind is matched on its own stack, so
 * nesting across kinds does not matter.
 *
 * A paragraph ends at a line that ends with a sentence or closing mark, a blank line or a Markdown
 * heading; lines ending mid-sentence (hard-wrapped text) continue the paragraph. A quotation over
 * several paragraphs opens each paragraph with “ and closes only the last one (GB/T 15834 4.8.3):
 * an unclosed “ followed by a paragraph opening with “ is correct. An apostrophe (China’s) and the
 * ） of a list marker at a line start (1） a）) are not brackets. No fix: where the missing mark
 * belongs is the writer's call.
 */
import type { OffsetRange, Rule, RuleContext, RuleFinding } from '../../types';
import { charAt, charBefore, CLOSING, finding, isLetter, isProtected, lineMarkers, OPENING, paragraphs, protectedRanges } from './helpers';

const ID = 'punct.unpaired';

const NAMES: Record<string, string> = {
  '“': '引号', '‘': '单引号', '（': '括号', '《': '书名号', '〈': '单书名号', '【': '方头括号',
  '〔': '六角括号', '［': '方括号', '「': '直角引号', '『': '直角引号', '｛': '花括号',
};

/** 1 for the code units of the marks in OPENING and CLOSING (all in the BMP), 0 for the rest. */
const IS_MARK = new Uint8Array(0x10000);
for (const c of OPENING + CLOSING) IS_MARK[c.charCodeAt(0)] = 1;

/** A blank line between two lines: the line breaks from one's end to the other's start enclose an empty line. */
function blankBetween(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  if (to - from === 2) {
    const a = text.charCodeAt(from);
    return a === text.charCodeAt(from + 1) && (a === 10 || a === 13); // \n\n or \r\r, not \r\n
  }
  return /\n[ \t\u3000]*\r?\n|\r[ \t\u3000]*\r/.test(text.slice(from, to));
}

/** JavaScript's white space and line terminators (what trim removes and \s matches). */
function isSpaceCode(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether text[start, end) has a character that is not white space (/\S/). */
function hasNonSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The paragraphs: their lines in text order (`lines`), paragraph b being lines[starts[b],
 * starts[b + 1]) — two lists, not one per paragraph (a long draft has thousands). Lines are read
 * as they stand: no trimmed copy per line.
 */
interface Blocks {
  lines: OffsetRange[];
  /** Where each paragraph's lines begin, then lines.length. */
  starts: number[];
}

function blocks(context: RuleContext): Blocks {
  const { text } = context;
  const lines: OffsetRange[] = [];
  const starts: number[] = [];
  let open = 0; // where the current paragraph's lines begin
  const close = (): void => {
    if (lines.length === open) return;
    starts.push(open);
    open = lines.length;
  };
  let prevEnd = -1;
  for (const line of paragraphs(text)) {
    const blankBefore = prevEnd >= 0 && blankBetween(text, prevEnd, line.start);
    // The line read in place (a slice of each line of a long draft, each check, was most of what this rule allocated).
    let first = line.start;
    while (first < line.end && (isSpaceCode(text.charCodeAt(first)) || text.charCodeAt(first) === 0x3e)) first++; // [>\s]*
    if (lines.length > open && (blankBefore || endsParagraph(text, lines[lines.length - 1] as OffsetRange) || (first < line.end && text.charCodeAt(first) === 0x201c))) close();
    if (hasNonSpace(text, line.start, line.end)) lines.push(line);
    if (context.format === 'markdown' && /^\s*#{1,6}\s+\S/.test(text.slice(line.start, line.end))) close();
    prevEnd = line.end;
  }
  close();
  starts.push(lines.length);
  return { lines, starts };
}

/** The paragraph's last line ends it: a closing mark, or a character that does not run on into the next line. */
function endsParagraph(text: string, last: OffsetRange): boolean {
  let k = last.end;
  while (k > last.start && isSpaceCode(text.charCodeAt(k - 1))) k--;
  const end = k > last.start ? text.charAt(k - 1) : '';
  return end === '' || '。？！；：…—'.includes(end) || CLOSING.includes(end) || !/[\u3400-\u9fff，、]/.test(end);
}

function nextBlockOpensWith(text: string, first: OffsetRange | undefined, mark: string): boolean {
  return first !== undefined && text.slice(first.start, first.end).replace(/^[ \t\u3000>]*/, '').startsWith(mark);
}

export function checkUnpaired(context: RuleContext): RuleFinding[] {
  const { text } = context;
  const prot = protectedRanges(context);
  const markers = lineMarkers(text);
  const out: RuleFinding[] = [];
  const { lines, starts } = blocks(context);
  // One stack per kind of mark and one list of strays, emptied for each paragraph (a dense draft has thousands).
  const stacks = new Map<string, number[]>();
  const stray: number[] = [];
  for (let b = 0; b + 1 < starts.length; b++) {
    for (const stack of stacks.values()) stack.length = 0;
    stray.length = 0;
    for (let j = starts[b] as number; j < (starts[b + 1] as number); j++) {
      const line = lines[j] as OffsetRange;
      for (let i = line.start; i < line.end; i++) {
        if (IS_MARK[text.charCodeAt(i)] === 0) continue; // not a pair mark: skip fast
        const c = text.charAt(i);
        const open = OPENING.indexOf(c);
        const close = CLOSING.indexOf(c);
        if ((open < 0 && close < 0) || isProtected(prot, i) || isProtected(markers, i)) continue;
        if ((c === '’' || c === '‘') && isLetter(charBefore(text, i)) && isLetter(charAt(text, i + 1))) continue; // apostrophe
        const kind = OPENING.charAt(open >= 0 ? open : close);
        let stack = stacks.get(kind);
        if (!stack) stacks.set(kind, (stack = []));
        if (open >= 0) stack.push(i);
        else if (stack.length > 0) stack.pop();
        else stray.push(i);
      }
    }
    for (const i of stray) {
      const c = text.charAt(i);
      const opener = OPENING.charAt(CLOSING.indexOf(c));
      out.push(finding(ID, i, i + 1, `${NAMES[opener] ?? '标号'}不成对：“${c}”前面没有对应的“${opener}”，请补上或删去。`));
    }
    for (const [kind, stack] of stacks) {
      if (stack.length === 0) continue;
      if (kind === '“' && nextBlockOpensWith(text, b + 2 < starts.length ? lines[starts[b + 1] as number] : undefined, '“')) stack.shift(); // multi-paragraph quotation
      for (const i of stack) {
        const closer = CLOSING.charAt(OPENING.indexOf(kind));
        out.push(finding(ID, i, i + 1, `${NAMES[kind] ?? '标号'}不成对：“${kind}”后面没有对应的“${closer}”，请补上或删去。`));
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export const punctUnpaired: Rule = {
  id: ID,
  description: '引号、括号、书名号不成对',
  descriptionEn: 'Unpaired quotation marks, brackets or book-title marks',
  defaultSeverity: 'warning',
  docs: {
    summary: '引号、括号、书名号等标号必须成对使用：有前半必有后半。引文跨段时，每段开头用前引号，只在最后一段末尾用后引号。',
    source: 'GB/T 15834-2011 4.8（引号）、4.9（括号）、4.15（书名号）',
    bad: '根据《关于下达2026年建设任务的通知要求',
    good: '根据《关于下达2026年建设任务的通知》要求',
  },
  check: checkUnpaired,
};
