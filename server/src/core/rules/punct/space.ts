/**
 * punct.space — spaces next to a full-width mark: 工作 ，离不开 / 通知。 下面 → 工作，离不开 / 通知。下面.
 * A full-width mark already takes a whole character cell (GB/T 15834 5.1). Indentation at a line
 * start, spaces at a line end and runs of four or more (aligned columns) are layout, not flagged; nor are spaces next to Markdown syntax
 * (- “…”, > “…”, | “…” |). The web-copywriting habit of spaces between 汉字 and digits is not a 公文
 * rule and not checked here.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { charAt, charBefore, finding, isAlnum, isChineseChar, isCjkMark, isEnglishLine, isProtected, protectedRanges, replace, shown } from './helpers';

const ID = 'punct.space';

function isText(c: string): boolean {
  return isChineseChar(c) || isAlnum(c);
}

export function checkSpace(context: RuleContext): RuleFinding[] {
  const { text } = context;
  const prot = protectedRanges(context);
  const out: RuleFinding[] = [];
  const re = /[ \t\u3000]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const left = charBefore(text, start);
    const right = charAt(text, end);
    if (!isText(left) || !isText(right)) continue; // line start or end, Markdown syntax, other symbols
    if (m[0].length > 3) continue; // columns aligned with spaces: layout
    if (!isCjkMark(left) && !isCjkMark(right)) continue;
    if (isProtected(prot, start, end)) continue;
    if (isEnglishLine(text, start)) continue; // GB/T 9704-2012 《…》 — in English prose
    const mark = isCjkMark(left) ? left : right;
    const message = `全角标点“${mark}”${isCjkMark(left) ? '后' : '前'}不应有空格（“${shown(m[0])}”），应删除。`;
    out.push(finding(ID, start, end, message, [replace('删除空格', start, end, '')]));
  }
  return out;
}

export const punctSpace: Rule = {
  id: ID,
  scope: 'line',
  description: '全角标点前后的多余空格',
  descriptionEn: 'Extra spaces around full-width punctuation',
  defaultSeverity: 'warning',
  docs: {
    summary: '全角标点本身占一个字的位置，前后不加空格。行首缩进和行尾空白不在此列；汉字与数字之间也不加空格。',
    source: 'GB/T 15834-2011 5.1（横排文稿标点符号的位置）',
    bad: '这些工作 ，离不开各部门的配合。 下面我讲三点。',
    good: '这些工作，离不开各部门的配合。下面我讲三点。',
  },
  check: checkSpace,
};
