/**
 * punct.ellipsis — the form of 省略号: six dots in two characters, “……”. Flags ... ，。。。 ，．．．，
 * ··· , a single … or three …, in Chinese text; and “……等”, where the ellipsis and 等 say the same
 * thing twice (the ellipsis is dropped: 道路、桥梁……等 → 道路、桥梁等).
 *
 * Two or four … are correct (four mark omitted paragraphs). Dots in English text (Loading...) and
 * between digits (1...10) are left alone.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { charAt, charBefore, contextAfter, contextBefore, finding, isChineseChar, isEnglishLine, isLetter, isProtected, protectedRanges, replace } from './helpers';

const ID = 'punct.ellipsis';

const FORMS = /\.{3,}|。{3,}|．{3,}|·{3,}|・{3,}|…+/g;
/** 等 that is a verb or part of another word, not the list-closing particle. */
const NOT_PARTICLE = /^等[待候到于同级次量价号额效比差式外高身边]/;

function checkForms(context: RuleContext, prot: ReturnType<typeof protectedRanges>, out: RuleFinding[]): void {
  const { text } = context;
  const md = context.format === 'markdown';
  FORMS.lastIndex = 0;
  for (let m = FORMS.exec(text); m; m = FORMS.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const run = m[0];
    if (run.startsWith('…') && (run.length === 2 || run.length === 4)) continue;
    if (isProtected(prot, start, end)) continue;
    const chinese =
      run.startsWith('。') || isChineseChar(contextBefore(text, start, md)) || (isChineseChar(contextAfter(text, end, md)) && !isLetter(charBefore(text, start)));
    if (!chinese || (!run.startsWith('。') && isEnglishLine(text, start))) continue;
    const message = `省略号“${run}”形式不对：中文省略号应写作“……”（两个“…”，占两个字的位置）。`;
    out.push(finding(ID, start, end, message, [replace('改为“……”', start, end, '……')]));
  }
}

function checkWithDeng(context: RuleContext, prot: ReturnType<typeof protectedRanges>, out: RuleFinding[]): void {
  const { text } = context;
  const re = /……(?=等)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + 2;
    if (charBefore(text, start) === '…' || charAt(text, end - 1) !== '…') continue;
    if (NOT_PARTICLE.test(text.slice(end, end + 2)) || isProtected(prot, start, end)) continue;
    const deng = text.startsWith('等等', end) ? '等等' : '等';
    const message = `省略号“……”和“${deng}”不能同时使用，应删去省略号，只保留“${deng}”。`;
    out.push(finding(ID, start, end, message, [replace('删除省略号', start, end, '')]));
  }
}

export function checkEllipsis(context: RuleContext): RuleFinding[] {
  const prot = protectedRanges(context);
  const out: RuleFinding[] = [];
  checkForms(context, prot, out);
  checkWithDeng(context, prot, out);
  return out.sort((a, b) => a.start - b.start);
}

export const punctEllipsis: Rule = {
  id: ID,
  scope: 'line',
  description: '省略号的形式（...、。。。、… → ……）和“……等”连用',
  descriptionEn: 'Wrong form of the ellipsis (..., 。。。, … → ……) and ellipsis followed by 等',
  defaultSeverity: 'warning',
  docs: {
    summary: '省略号的形式是“……”（六个小圆点，占两个字的位置），不能用三个英文句点、三个句号或单个“…”代替；省略号和“等”“等等”表达同一意思，不能同时使用。',
    source: 'GB/T 15834-2011 4.11（省略号的形式和用法）',
    bad: '加强道路、桥梁...等基础设施建设',
    good: '加强道路、桥梁等基础设施建设',
  },
  check: checkEllipsis,
};
