/**
 * punct.halfwidth — half-width , ; : ? ! . ( ) in Chinese text, as pasted from web pages:
 * 这些工作,离不开 → 这些工作，离不开. Every finding has a preferred fix, so one fix-all converts a
 * whole pasted document.
 *
 * Left alone: decimals and thousands (3.5, 1,000), times and ratios (10:30), URLs, e-mail, file
 * names (通知.pdf), English phrases (Hello, world), Markdown link targets and image marks (![),
 * heading/list markers at a line start ((一) 1) 一.) which the heading family owns, the `?` debris
 * after 。 (punct.debris), and `.` wherever 。 is not certain (only after a Han character or a
 * closing mark, before the line end or more Chinese text).
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import {
  charAt, charBefore, CLOSING, contextAfter, contextBefore, finding, isAlnum, isChineseChar, isCjkMark, isHanChar,
  isEnglishLine, isLetter, isProtected, lineMarkers, OPENING, protectedRanges, replace, skipSpaces, skipSpacesBack, type Paragraph, paragraphs,
} from './helpers';

const ID = 'punct.halfwidth';

const FULL: Record<string, readonly [string, string]> = {
  ',': ['，', '逗号'],
  ';': ['；', '分号'],
  ':': ['：', '冒号'],
  '?': ['？', '问号'],
  '!': ['！', '叹号'],
  '.': ['。', '句号'],
  '(': ['（', '括号'],
  ')': ['）', '括号'],
};

const CJK_NUMERAL = '一二三四五六七八九十';

function flag(start: number, end: number, mark: string): RuleFinding {
  const [full, name] = FULL[mark] as readonly [string, string];
  return finding(ID, start, end, `半角${name}“${mark}”应改为全角“${full}”。`, [replace(`改为“${full}”`, start, end, full)]);
}

/** Chinese on the left: a Han character or a full-width mark (other than an opening one). */
function chineseLeft(c: string): boolean {
  return isHanChar(c) || (isCjkMark(c) && !OPENING.includes(c));
}

/** Chinese on the right: a Han character or an opening full-width mark. */
function chineseRight(c: string): boolean {
  return isHanChar(c) || (c !== '' && OPENING.includes(c));
}

/** A point mark , ; : ? ! at `i`: is it in Chinese text? */
function pointMarkIsChinese(context: RuleContext, i: number, mark: string): boolean {
  const { text } = context;
  const md = context.format === 'markdown';
  const before = charBefore(text, i);
  const after = charAt(text, i + 1);
  if (isAlnum(before) && isAlnum(after)) return false; // 1,000  10:30  a;b
  if (mark === '!' && (after === '[' || after === '=')) return false; // ![image]  !=
  if (mark === '?') {
    if (/[?？\uFFFD]/.test(after + before)) return false; // punct.debris
    const prev = charBefore(text, skipSpacesBack(text, i));
    if (prev !== '' && '。？'.includes(prev)) return false;
  }
  if (isEnglishLine(text, i) && !(isHanChar(before) && isHanChar(after))) return false; // speeches (讲话稿), reports
  let left = i;
  while ((mark === '!' || mark === '?') && left > 0 && '?!'.includes(text.charAt(left - 1))) left--; // 怎么办?!
  if (chineseLeft(contextBefore(text, left, md))) return true;
  if (chineseRight(after)) return true;
  return chineseRight(contextAfter(text, i + 1, md)) && !isLetter(before);
}

/** A `.` at `i`: 。 only where certain. */
function periodIsChinese(context: RuleContext, i: number): boolean {
  const { text } = context;
  const before = charBefore(text, i);
  const after = charAt(text, i + 1);
  if (before === '.' || after === '.' || before === '．' || after === '．') return false; // ellipsis
  if (isEnglishLine(text, i)) return false;
  if (CJK_NUMERAL.includes(before) && before !== '') return false; // 第一. 三. : an ordinal, not a sentence end
  if (!isHanChar(before) && !(before !== '' && CLOSING.includes(before)) && before !== '%') return false;
  const next = contextAfter(text, i + 1, context.format === 'markdown');
  if (isHanChar(before) && isHanChar(after) && isNameDot(text, i)) return false;
  return next === '' || isHanChar(next) || (next !== '' && (OPENING + CLOSING).includes(next) && next !== '（');
}

/**
 * A `.` typed for the 间隔号 · : between short Han runs (列奥纳多.达.芬奇) or inside 《》
 * (《中国大百科全书.物理学》). Not a sentence end.
 */
function isNameDot(text: string, i: number): boolean {
  // The line before the dot, at most 199 characters back: read by code unit (a search for \r in a
  // text without one, or a regex anchored at the end, reads far more than the line).
  let lineStart = i;
  while (lineStart > 0 && lineStart > i - 199) {
    const c = text.charCodeAt(lineStart - 1);
    if (c === 10 || c === 13) break;
    lineStart--;
  }
  const head = text.slice(lineStart, i);
  if (head.lastIndexOf('《') > head.lastIndexOf('》')) return true;
  const isHanUnit = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;
  let runBefore = 0;
  while (i - runBefore - 1 >= lineStart && isHanUnit(text.charCodeAt(i - runBefore - 1))) runBefore++;
  let runAfter = 0;
  while (runAfter < 11 && i + 1 + runAfter < text.length && isHanUnit(text.charCodeAt(i + 1 + runAfter))) runAfter++;
  const chained = (runBefore <= 4 && '.·'.includes(text.charAt(i - runBefore - 1) || 'x')) || (runAfter <= 4 && '.·'.includes(text.charAt(i + 1 + runAfter) || 'x'));
  return chained || (runBefore <= 4 && runAfter <= 4);
}

/** The range a point-mark finding covers: the mark and the spaces around it in Chinese text. */
function spanOf(text: string, i: number): [number, number] {
  let start = i;
  let end = i + 1;
  const left = skipSpacesBack(text, i);
  if (left < i && isChineseChar(charBefore(text, left))) start = left;
  const right = skipSpaces(text, i + 1);
  if (right > i + 1 && isChineseChar(charAt(text, right))) end = right;
  return [start, end];
}

/** Both parentheses half-width: Chinese next to Chinese text, or Chinese inside and nothing Latin outside. */
function halfPairIsChinese(context: RuleContext, open: number, close: number): boolean {
  const { text } = context;
  const md = context.format === 'markdown';
  const before = contextBefore(text, open, md);
  const after = contextAfter(text, close + 1, md);
  if (isAlnum(charBefore(text, open)) && !/[\u3400-\u9fff]/.test(text.slice(open + 1, close))) return false; // f(x)
  if (chineseLeft(before) || isChineseChar(after)) return true;
  const ascii = (c: string): boolean => c !== '' && c.charCodeAt(0) < 0x80;
  return [...text.slice(open + 1, close)].some(isChineseChar) && !ascii(before) && !ascii(after) && !isEnglishLine(text, open);
}

/** Half-width parentheses of a line: pairs converted together, mixed pairs fixed on the half side. */
function parens(context: RuleContext, line: Paragraph, skip: (i: number) => boolean, out: RuleFinding[]): void {
  const { text } = context;
  const stack: number[] = [];
  const pairs: Array<[number | undefined, number | undefined]> = [];
  for (let i = line.start; i < line.end; i++) {
    const c = text.charAt(i);
    if (c !== '(' && c !== ')' && c !== '（' && c !== '）') continue;
    if (skip(i)) continue;
    if (c === '(' || c === '（') stack.push(i);
    else pairs.push([stack.pop(), i]);
  }
  for (const open of stack) pairs.push([open, undefined]);
  for (const [open, close] of pairs) {
    const halfOpen = open !== undefined && text.charAt(open) === '(';
    const halfClose = close !== undefined && text.charAt(close) === ')';
    if (!halfOpen && !halfClose) continue;
    let chinese: boolean;
    if (open !== undefined && close !== undefined) {
      chinese = !halfOpen || !halfClose || halfPairIsChinese(context, open, close);
    } else {
      const at = (open ?? close) as number;
      // A line break after the mark counts as the end of the text: the rule reads one line (it is
      // line-scoped), and a line checked alone ends there too.
      const next = charAt(text, at + 1);
      chinese = chineseLeft(charBefore(text, at)) && (isChineseChar(next) || next === '' || next === '\n' || next === '\r');
    }
    if (!chinese) continue;
    if (halfOpen) out.push(flag(open, open + 1, '('));
    if (halfClose) out.push(flag(close, close + 1, ')'));
  }
}

export function checkHalfwidth(context: RuleContext): RuleFinding[] {
  const { text } = context;
  const prot = protectedRanges(context);
  const markers = lineMarkers(text);
  const skip = (i: number): boolean => isProtected(prot, i) || isProtected(markers, i);
  const out: RuleFinding[] = [];
  for (const line of paragraphs(text)) {
    if (!/[\u3400-\u9fff\uf900-\ufaff\ud840-\ud87f]/.test(text.slice(line.start, line.end))) continue;
    for (let i = line.start; i < line.end; i++) {
      // , ; : ? ! . by code unit: no one-character string per character of the text.
      const u = text.charCodeAt(i);
      if (!(u === 0x2c || u === 0x3b || u === 0x3a || u === 0x3f || u === 0x21 || u === 0x2e) || skip(i)) continue;
      const c = text.charAt(i);
      if (c === '.' ? !periodIsChinese(context, i) : !pointMarkIsChinese(context, i, c)) continue;
      const [start, end] = spanOf(text, i);
      out.push(flag(start, end, c));
    }
    parens(context, line, skip, out);
  }
  return out.sort((a, b) => a.start - b.start);
}

export const punctHalfwidth: Rule = {
  id: ID,
  scope: 'line',
  description: '中文语境中的半角标点（, ; : ? ! . ( )）',
  descriptionEn: 'Half-width punctuation in Chinese text (, ; : ? ! . ( ))',
  defaultSeverity: 'warning',
  docs: {
    summary: '中文行文应使用全角标点。半角逗号、分号、冒号、问号、叹号、句号、括号夹在汉字之间时应改为全角；小数、时间、网址、英文语句中的半角符号不变。',
    source: 'GB/T 15834-2011 第4章（各标点符号的形式）、5.1（横排文稿标点占一个字位置）',
    bad: '这些工作,离不开各部门的密切配合(详见附件).',
    good: '这些工作，离不开各部门的密切配合（详见附件）。',
  },
  check: checkHalfwidth,
};
