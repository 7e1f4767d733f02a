/**
 * punct.straight-quote — straight quotes " ' in Chinese text: "三个到位" → “三个到位”.
 *
 * Quotes are paired within a line, left to right, together with the full-width quotes already
 * there: a " opens unless a straight quote is open (then it closes), or a full-width “ is open
 * that nothing later on the line closes (then it closes that one: “三个到位" → “三个到位”).
 * A straight pair inside “…” becomes ‘…’ (GB/T 15834 4.8.3: the inner quotes are single).
 * A pair is Chinese when it encloses a Han character or full-width mark or touches one outside.
 * The fix edits both quotes of a pair, so the finding covers the whole quotation. A straight
 * quote left without a partner is flagged without a preferred fix. Apostrophes (don't, China's),
 * feet and inches (5'30") and quotes in URLs, code and HTML tags are left alone.
 */
import type { Fix, Rule, RuleContext, RuleFinding } from '../../types';
import { charAt, charBefore, finding, isChineseChar, isDigit, isEnglishLine, isLetter, isProtected, paragraphs, protectedRanges } from './helpers';

const ID = 'punct.straight-quote';

interface Open {
  at: number;
  ascii: boolean;
}

interface Pair {
  open: Open;
  close: { at: number; ascii: boolean };
  nested: boolean;
}

interface Kind {
  ascii: string;
  open: string;
  close: string;
}

const DOUBLE: Kind = { ascii: '"', open: '“', close: '”' };
const SINGLE: Kind = { ascii: "'", open: '‘', close: '’' };

function isApostrophe(text: string, i: number): boolean {
  const before = charBefore(text, i);
  const after = charAt(text, i + 1);
  return (isLetter(before) && isLetter(after)) || isDigit(before) || (isLetter(before) && after === 's');
}

/** Pairs the quotes of one kind on a line. */
function pairLine(text: string, from: number, to: number, kind: Kind, skip: (i: number) => boolean, loose: number[]): Pair[] {
  // No straight quote of this kind on the line: nothing to report (most lines).
  const first = text.indexOf(kind.ascii, from);
  if (first < 0 || first >= to) return [];
  const positions: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charAt(i);
    if ((c === kind.ascii || c === kind.open || c === kind.close) && !skip(i)) {
      if (c === "'" && isApostrophe(text, i)) continue;
      if (c === '"' && isDigit(charBefore(text, i))) continue; // 30" (inches, seconds)
      positions.push(i);
    }
  }
  const pairs: Pair[] = [];
  const stack: Open[] = [];
  positions.forEach((i, n) => {
    const c = text.charAt(i);
    const top = stack[stack.length - 1];
    if (c === kind.open) stack.push({ at: i, ascii: false });
    else if (c === kind.close) {
      if (top) pairs.push({ open: stack.pop() as Open, close: { at: i, ascii: false }, nested: stack.length > 0 });
    } else if (top?.ascii) {
      pairs.push({ open: stack.pop() as Open, close: { at: i, ascii: true }, nested: stack.length > 0 });
    } else if (top && closesFull(text, positions.slice(n + 1), kind, stack)) {
      pairs.push({ open: stack.pop() as Open, close: { at: i, ascii: true }, nested: stack.length > 0 });
    } else stack.push({ at: i, ascii: true });
  });
  for (const o of stack) if (o.ascii) loose.push(o.at);
  return pairs.filter((p) => p.open.ascii || p.close.ascii);
}

/** A " after an open “: it closes the “ when nothing later closes it and the later " pair up. */
function closesFull(text: string, later: number[], kind: Kind, stack: Open[]): boolean {
  const fullOpen = stack.filter((o) => !o.ascii).length;
  const fullCloses = later.filter((i) => text.charAt(i) === kind.close).length;
  const asciiLater = later.filter((i) => text.charAt(i) === kind.ascii).length;
  return fullCloses < fullOpen && asciiLater % 2 === 0;
}

function chinesePair(text: string, p: Pair): boolean {
  const outside = isChineseChar(charBefore(text, p.open.at)) || isChineseChar(charAt(text, p.close.at + 1));
  if (isEnglishLine(text, p.open.at)) return outside && !(p.open.ascii && p.close.ascii); // "咱们" in English prose
  const inner = text.slice(p.open.at + 1, p.close.at);
  return [...inner].some(isChineseChar) || isChineseChar(charBefore(text, p.open.at)) || isChineseChar(charAt(text, p.close.at + 1));
}

function pairFinding(p: Pair, kind: Kind): RuleFinding {
  const inner = kind === DOUBLE && p.nested;
  const [open, close] = inner ? ['‘', '’'] : [kind.open, kind.close];
  const edits = [];
  if (p.open.ascii) edits.push({ start: p.open.at, end: p.open.at + 1, newText: open });
  if (p.close.ascii) edits.push({ start: p.close.at, end: p.close.at + 1, newText: close });
  const fix: Fix = { title: `改为“${open}${close}”`, edits, preferred: true };
  const message = inner
    ? `引号里面的引号应使用单引号：直引号“"”应改为“‘”“’”。`
    : `直引号“${kind.ascii}”用在中文中，应改为“${open}”“${close}”。`;
  return finding(ID, p.open.at, p.close.at + 1, message, [fix]);
}

export function checkStraightQuotes(context: RuleContext): RuleFinding[] {
  const { text } = context;
  const prot = protectedRanges(context);
  const skip = (i: number): boolean => isProtected(prot, i);
  const out: RuleFinding[] = [];
  for (const line of paragraphs(text)) {
    if (!/[\u3400-\u9fff\uf900-\ufaff\ud840-\ud87f]/.test(text.slice(line.start, line.end))) continue;
    for (const kind of [DOUBLE, SINGLE]) {
      const loose: number[] = [];
      for (const p of pairLine(text, line.start, line.end, kind, skip, loose)) {
        if (chinesePair(text, p)) out.push(pairFinding(p, kind));
      }
      for (const i of loose) {
        if (!isChineseChar(charBefore(text, i)) && !isChineseChar(charAt(text, i + 1))) continue;
        const message = `直引号“${kind.ascii}”用在中文中，应改为中文引号“${kind.open}”或“${kind.close}”，且前后引号应成对。`;
        const fixes = [kind.open, kind.close].map((q): Fix => ({ title: `改为“${q}”`, edits: [{ start: i, end: i + 1, newText: q }] }));
        out.push(finding(ID, i, i + 1, message, fixes));
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export const punctStraightQuote: Rule = {
  id: ID,
  scope: 'line',
  description: '中文中的直引号（" \'）',
  descriptionEn: 'Straight quotes in Chinese text (" \')',
  defaultSeverity: 'warning',
  docs: {
    summary: '中文行文使用弯引号“”和‘’，不使用英文直引号 " 和 \'。引号里面还要用引号时，外层用双引号，里层用单引号。',
    source: 'GB/T 15834-2011 4.8（引号的形式和用法）',
    bad: '实行"月调度、季通报"。',
    good: '实行“月调度、季通报”。',
  },
  check: checkStraightQuotes,
};
