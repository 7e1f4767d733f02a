/**
 * Shared reading of a document's parts for the doctype.* rules: the title (and its 文种 word),
 * the body after it, sentences, the closing lines and the 成文日期.
 */
import { findTitle } from '../../doctype';
import { overlapsAny } from '../../markdown';
import { lines } from '../../text/chars';
import type { OffsetRange, RuleContext } from '../../types';

/** 《党政机关公文处理工作条例》第八条: the 15 legal types (命令 and 令 count as one). */
export const LEGAL_TYPES = ['决议', '决定', '命令', '令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要'];

/**
 * Endings of titles that are not legal 文种 but are recognised documents: 事务文书 (讲话、总结、
 * 方案、要点), regulations issued by a 通知 (办法、规定、细则), 人大建议/政协提案 and their 答复, and
 * the titles of research articles (思考、探讨、研究), which also use “关于……的……”.
 */
export const AFFAIR_ENDINGS = [
  '讲话', '讲话稿', '讲话提纲', '致辞', '发言', '主持词', '总结', '方案', '要点', '计划', '规划', '纲要', '汇报材料', '材料', '说明',
  '办法', '规定', '细则', '条例', '章程', '制度', '规则', '准则', '守则', '预案', '指南', '指引', '标准', '规范', '措施', '举措',
  '建议', '提案', '答复', '声明', '倡议书', '倡议', '公约', '简报', '清单', '名单', '目录', '议程', '协议', '备忘录', '合同', '书',
  '证明', '贺信', '贺电', '感谢信', '慰问信', '公开信', '综述', '述评', '体会', '思考', '探讨', '研究', '分析', '浅析', '启示',
  '对策', '路径', '实践', '探索', '调查', '调研', '观察', '认识', '设想', '构想', '报告会', '解读', '问答', '通讯', '讲义', '提纲',
  '公示', '提示', '须知', '简介', '介绍', '回复', '解释', '事迹', '纪实',
];

export interface Title extends OffsetRange {
  text: string;
  /** The title without a trailing 。 or a trailing bracketed note such as （征求意见稿）. */
  core: string;
}

const HEADER_LINE = /文件$|〔\d{4}〕|\[\d{4}\]|【\d{4}】|\d+号$|^(?:特急|加急|平急|特提|机密|秘密|绝密)/;

/** The title: the first line, or, when that is the 版头 (××文件, 发文字号), the next 关于 line. */
export function documentTitle(text: string): Title | undefined {
  let title = findTitle(text);
  if (!title) return undefined;
  if (HEADER_LINE.test(title.text)) {
    let seen = 0;
    for (const line of lines(text)) {
      if (line.start <= title.start || line.text.trim() === '') continue;
      if (++seen > 6 || /[：:]\s*$/.test(line.text)) break;
      const m = /^[ \t\u3000#]*(\S.*?)[ \t\u3000]*$/.exec(line.text);
      if (m?.[1] && /关于/.test(m[1])) {
        const start = line.start + line.text.indexOf(m[1]);
        title = { text: m[1], start, end: start + m[1].length };
        break;
      }
    }
  }
  const core = title.text.replace(/[。.]$/, '').replace(/[（(][^（）()]{1,12}[）)]$/, '');
  return { ...title, core };
}

/** Offset just after the title line (start of the body), or 0. */
export function bodyStart(text: string, title: Title | undefined): number {
  if (!title) return 0;
  const nl = text.indexOf('\n', title.end);
  return nl < 0 ? text.length : nl + 1;
}

export interface Sentence extends OffsetRange {
  text: string;
}

/**
 * Sentences of the body: runs ending at 。！？ (kept out of the range) or a line end, leading
 * spaces trimmed. Sentences overlapping ignored ranges are skipped.
 */
export function sentences(context: Pick<RuleContext, 'text' | 'ignored'>, from: number): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？!?\r\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(context.text); m; m = re.exec(context.text)) {
    const lead = /^[\s\u3000]*/.exec(m[0])?.[0].length ?? 0;
    const body = m[0].slice(lead).trimEnd(); // as /[\s\u3000]+$/ (\s is trim's WhiteSpace and LineTerminator)
    if (body.length === 0) continue;
    const start = m.index + lead;
    const end = start + body.length;
    if (overlapsAny(context.ignored, start, end)) continue;
    out.push({ start, end, text: body });
  }
  return out;
}

/** A line that is a 成文日期 alone: 2026年2月3日, 二〇二六年二月三日. */
export const DATE_LINE = /^[\s\u3000]*(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日[\s\u3000]*$/;

/** True when offset lies between a 《 and its 》 on the same line (a cited title). */
export function insideBookTitle(text: string, offset: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  const before = text.slice(lineStart, offset);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

/** Closing formulas that stand alone on their line, e.g. 特此通知。 */
export interface ClosingLine extends OffsetRange {
  /** The formula without end punctuation. */
  formula: string;
}

const LEAD = /[\s\u3000>]/;
const SPACE = /[\s\u3000]/;
const END_MARK = '。！.!';

export function standaloneLines(context: Pick<RuleContext, 'text' | 'ignored'>, from: number, formula: RegExp): ClosingLine[] {
  const out: ClosingLine[] = [];
  for (const line of lines(context.text)) {
    if (line.start < from) continue;
    // The line without leading spaces and >, trailing spaces and one end mark before them: what
    // /^([\s\u3000>]*)(.*?)[。！.!]?[\s\u3000]*$/ would capture, without running it on every line.
    const t = line.text;
    let lead = 0;
    while (lead < t.length && LEAD.test(t.charAt(lead))) lead++;
    let end = t.length;
    while (end > lead && SPACE.test(t.charAt(end - 1))) end--;
    if (end > lead && END_MARK.includes(t.charAt(end - 1))) end--;
    const body = t.slice(lead, end);
    if (!formula.test(body)) continue;
    const start = line.start + lead;
    if (overlapsAny(context.ignored, start, start + body.length)) continue;
    out.push({ start, end: start + body.length, formula: body });
  }
  return out;
}
