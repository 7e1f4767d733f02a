/**
 * punct.dash — the form of 破折号: two em dashes “——”. Flags, in Chinese text:
 * - runs of two or three hyphens, full-width hyphens, en dashes or box-drawing lines (-- －－ ── ———);
 * - a single — that cannot be a 连接号: next to a full-width mark, at a line end, or with spaces
 *   around it (北京—上海, 2021—2025年 and 青山（白河）—东盟, a name ending in a closing mark joined
 *   to the next, are 连接号 and left alone);
 * - 一一 typed for —— (the character 一 looks like a dash), only where it cannot be the word 一一
 *   (一一对应, 一一落实): followed by a point mark, a closing mark or the line end.
 * Long rules (----) , Markdown thematic breaks and table rules, HTML comments and CLI flags (--help)
 * are not dashes.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import {
  atLineEnd, atLineStart, charAt, isAlnum, charBefore, CLOSING, contextAfter, contextBefore, finding, isChineseChar, isCjkMark, isEnglishLine, isHanChar,
  isLetter, isProtected, protectedRanges, replace, skipSpaces, skipSpacesBack,
} from './helpers';

const ID = 'punct.dash';

const TITLE = '改为破折号“——”';
const POINT = '，。、；：？！';

function message(found: string): string {
  return `破折号“${found.trim()}”形式不对：中文破折号应写作“——”（两个连续的“—”，占两个字的位置）。`;
}

function hyphenRuns(context: RuleContext, prot: ReturnType<typeof protectedRanges>, out: RuleFinding[]): void {
  const { text } = context;
  const md = context.format === 'markdown';
  const re = /[-－–─]+|—+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const run = m[0];
    const start = m.index;
    const end = start + run.length;
    if (isProtected(prot, start, end)) continue;
    const before = contextBefore(text, start, md);
    const after = contextAfter(text, end, md);
    if (run.startsWith('—')) {
      if (run.length === 3 && (isChineseChar(before) || isChineseChar(after))) {
        out.push(finding(ID, start, end, message(run), [replace(TITLE, start, end, '——')]));
      } else if (run.length === 1) singleDash(context, start, out);
      continue;
    }
    if (run.length < 2 || run.length > 3) continue;
    if (charBefore(text, start) === '!' || charAt(text, end) === '>') continue; // <!-- -->
    const left = isChineseChar(before) && !isLetter(after);
    const right = isChineseChar(after) && !isLetter(before) && before !== '';
    if (!left && !right) continue;
    const from = isChineseChar(before) ? skipSpacesBack(text, start) : start;
    const to = isChineseChar(after) ? skipSpaces(text, end) : end;
    out.push(finding(ID, from, to, message(run), [replace(TITLE, from, to, '——')]));
  }
}

/** A single — at `start`. */
function singleDash(context: RuleContext, start: number, out: RuleFinding[]): void {
  const { text } = context;
  const before = charBefore(text, start);
  const after = charAt(text, start + 1);
  // 青山（白河）—东盟, 《甲》—乙: a name ending in a closing mark joined to the next name is a 连接号.
  const nameJoin = CLOSING.includes(before) && (isHanChar(after) || isAlnum(after));
  const markNext = (isCjkMark(before) && before !== '—' && !nameJoin) || (isCjkMark(after) && after !== '—') || atLineEnd(text, start + 1);
  const spaced = /[ \t\u3000]/.test(before) || /[ \t\u3000]/.test(after);
  if (atLineStart(text, start)) return; // a list bullet
  const left = contextBefore(text, start, false);
  const right = contextAfter(text, start + 1, false);
  if (!isChineseChar(left) && !isChineseChar(right)) return;
  if (!markNext && !spaced) return; // 北京—上海, 2021—2025年: 连接号
  if (isEnglishLine(text, start)) return; // an English em dash
  const from = skipSpacesBack(text, start);
  const to = skipSpaces(text, start + 1);
  if (!markNext && isHanChar(left) && isHanChar(right)) {
    // 北京 — 上海: a dash or a connector written with spaces; the writer decides.
    const msg = `“—”两侧不应有空格：作破折号时写作“——”，作连接号时写作“—”且不加空格。`;
    out.push(finding(ID, from, to, msg, [replace(TITLE, from, to, '——', false), replace('改为连接号“—”', from, to, '—', false)]));
    return;
  }
  out.push(finding(ID, from, to, message('—'), [replace(TITLE, from, to, '——')]));
}

function yiyi(context: RuleContext, prot: ReturnType<typeof protectedRanges>, out: RuleFinding[]): void {
  const { text } = context;
  const re = /一一/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + 2;
    const before = charBefore(text, start);
    const after = charAt(text, end);
    if (before === '一' || after === '一' || isProtected(prot, start, end)) continue;
    if (!isHanChar(before) && !(before !== '' && CLOSING.includes(before))) continue;
    if ('十百千万零〇两二三四五六七八九第'.includes(before)) continue; // 第十一一 numerals, not a dash
    const dashLike = atLineEnd(text, end) || (after !== '' && (POINT + CLOSING).includes(after));
    if (!dashLike) continue;
    const msg = `“一一”疑为误输入的破折号，应写作“——”（如确为“逐一”之意，请改写句子）。`;
    out.push(finding(ID, start, end, msg, [replace(TITLE, start, end, '——')]));
  }
}

export function checkDash(context: RuleContext): RuleFinding[] {
  const prot = protectedRanges(context);
  const out: RuleFinding[] = [];
  hyphenRuns(context, prot, out);
  yiyi(context, prot, out);
  return out.sort((a, b) => a.start - b.start);
}

export const punctDash: Rule = {
  id: ID,
  scope: 'line',
  description: '破折号的形式（--、一一、单个— → ——）',
  descriptionEn: 'Wrong form of the dash (--, 一一, a single — → ——)',
  defaultSeverity: 'warning',
  docs: {
    summary: '破折号的形式是“——”（占两个字的位置），不能用两个连字符“--”、两个汉字“一一”或单个“—”代替。连接号（2021—2025年、北京—上海、青山（白河）—东盟）不受影响。',
    source: 'GB/T 15834-2011 4.10（破折号）、4.13（连接号）',
    bad: '关键在于一个字--干。',
    good: '关键在于一个字——干。',
  },
  check: checkDash,
};
