/**
 * placeholder.unfilled — figures and names left unfilled in a draft: 总投资**亿元, **家港口,
 * 深入**等镇, 成功举办了**活动, ××县, XX万元, ○○, □□, 2025年×月×日, （待补）.
 *
 * `**` is also Markdown bold (in plain text too: drafts are pasted from Markdown). A pair of `**`
 * that forms CommonMark emphasis around text holding no Arabic digit and not starting with a unit,
 * measure word or 等 is bold: 附件：2.**工作台账**. Any other `**` is a placeholder when it touches
 * a figure (a digit, a unit or measure word, a date part), stands before 等 in a list of names, is
 * unpaired on its line, or is a run of four or more (see asteriskPlaceholders). Full-width ＊＊ is
 * never markup. No fix is offered: a tool must not invent a figure.
 */
import { unitAt, type QuantityKind } from '../data/units';
import { overlapsAny } from '../markdown';
import type { Rule, RuleContext, RuleFinding } from '../types';

export const PLACEHOLDER_RULE_ID = 'placeholder.unfilled';

interface Token {
  start: number;
  end: number;
}

const CJK_NUMERAL = /[〇零一二三四五六七八九十百千万○]/;
const ASCII_WORDISH = /[A-Za-z0-9_.@/\\-]/;
const DIGIT = /[0-9０-９.．]/;
/** Nouns that a name slot commonly precedes: **活动 = the activity's name is missing. */
const NAMED_NOUNS = [
  '活动', '会议', '论坛', '项目', '工程', '企业', '公司', '集团', '单位', '部门', '学校', '医院', '园区',
  '基地', '示范区', '合作社', '平台', '品牌', '行动', '专项', '计划', '方案', '文件', '通知',
];
const PLACE_SUFFIXES = /^等?(?:镇|乡|村|县|区|市|省|州|街道|社区)/;

/** What a slot at [start, end) stands for, read from the text around it. */
function describeSlot(text: string, token: Token): string {
  const after = token.end;
  if (PLACE_SUFFIXES.test(text.slice(after, after + 4))) return '地名';
  if (text.startsWith('等', after)) return '名称';
  const unit = unitAt(text, after);
  if (unit) return kindPhrase(unit.kind, unit.unit);
  const noun = NAMED_NOUNS.find((n) => text.startsWith(n, after));
  if (noun) return `${noun}名称`;
  if (token.start > 0 && DIGIT.test(text.charAt(token.start - 1))) return '数字';
  if (DIGIT.test(text.charAt(after))) return '数字';
  return '内容';
}

function kindPhrase(kind: QuantityKind, unit: string): string {
  return kind === '年份' || kind === '月份' || kind === '日期' ? kind : `${kind}（${unit}）`;
}

/** True when an ASCII `**` at [start, end) is certainly a slot, whatever the pairing. */
function touchesFigure(text: string, token: Token): boolean {
  const before = token.start > 0 ? text.charAt(token.start - 1) : '';
  const after = text.charAt(token.end);
  if (DIGIT.test(before) || DIGIT.test(after)) return true;
  if (text.startsWith('等', token.end)) return true;
  // Date parts: **月**日, 2025年**月, **年.
  if (/[年月]/.test(before) && /[年月日号]/.test(after)) return true;
  if (after === '月' && /^月[*＊×X\d]+[日号]/.test(text.slice(token.end, token.end + 6))) return true;
  if (before === '月' && (after === '日' || after === '号')) return true;
  return unitAt(text, token.end) !== undefined;
}

function isThematicBreak(line: string): boolean {
  return /^[ \t]*(?:\*[ \t]*){3,}$/.test(line);
}

/** Unicode punctuation and symbols, as CommonMark reads them for flanking (ASCII and CJK marks alike). */
const PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /\s/;

/**
 * CommonMark flanking of a delimiter run at [start, end) of a line: a left-flanking run can open
 * emphasis (not followed by space, and not followed by punctuation unless preceded by space or
 * punctuation); a right-flanking run can close it (the mirror image). The line's edges count as space.
 */
function flanking(line: string, start: number, end: number): { open: boolean; close: boolean } {
  const before = start > 0 ? line.charAt(start - 1) : ' ';
  const after = end < line.length ? line.charAt(end) : ' ';
  const open = !SPACE.test(after) && (!PUNCT.test(after) || SPACE.test(before) || PUNCT.test(before));
  const close = !SPACE.test(before) && (!PUNCT.test(before) || SPACE.test(after) || PUNCT.test(after));
  return { open, close };
}

/**
 * Whether a CommonMark emphasis pair is bold rather than two slots: the text it holds has no
 * Arabic digit and does not start with a unit, a measure word or 等 (**亿元，完成**), and neither
 * end touches a figure from outside (a digit before the opener, a unit or digit after the closer).
 */
function isBold(text: string, open: Token, close: Token): boolean {
  const inner = text.slice(open.end, close.start);
  if (inner.trim() === '' || /[0-9０-９]/.test(inner)) return false;
  if (text.startsWith('等', open.end) || unitAt(text, open.end) !== undefined) return false;
  if (/[0-9０-９]/.test(text.charAt(open.start - 1)) || DIGIT.test(text.charAt(close.end)) || unitAt(text, close.end) !== undefined) return false;
  return true;
}

/**
 * ASCII asterisk runs of a line that are placeholders. In this order:
 *   1. a run of four or more is a slot (****元), a line of only asterisks a thematic break;
 *   2. runs that pair as CommonMark emphasis (an opener that can open, the nearest later run that
 *      can close) around bold text (isBold) are markup: 附件：2.**工作台账**, **重点工作**完成;
 *   3. of the rest, a run touching a figure (a digit, a unit or measure word, a date part, 等
 *      after it) is a slot: 总投资**亿元, **月**日, 深入**等镇;
 *   4. the remaining runs pair left to right as markup; a run left over, or a pair around nothing
 *      or with space inside its edges, is a slot.
 */
function asteriskPlaceholders(text: string, lineStart: number, line: string): Token[] {
  if (isThematicBreak(line)) return [];
  const found: Token[] = [];
  const runs: Token[] = [];
  const run = /\*{2,}/g;
  for (let m = run.exec(line); m; m = run.exec(line)) {
    const token = { start: lineStart + m.index, end: lineStart + m.index + m[0].length };
    if (m[0].length >= 4) found.push(token);
    else runs.push(token);
  }
  // Emphasis pairs: each closer takes the nearest opener still waiting.
  const bold = new Set<Token>();
  const openers: Token[] = [];
  for (const t of runs) {
    const f = flanking(line, t.start - lineStart, t.end - lineStart);
    const opener = f.close ? openers[openers.length - 1] : undefined;
    if (opener && isBold(text, opener, t)) {
      openers.pop();
      bold.add(opener);
      bold.add(t);
    } else if (f.open) openers.push(t);
  }
  const pairable: Token[] = [];
  for (const t of runs) {
    if (bold.has(t)) continue;
    if (touchesFigure(text, t)) found.push(t);
    else pairable.push(t);
  }
  // Pair the rest left to right as bold (or bold italic) markup; one left over is a slot.
  for (let i = 0; i < pairable.length; i += 2) {
    const open = pairable[i] as Token;
    const close = pairable[i + 1];
    const inner = close ? text.slice(open.end, close.start) : '';
    if (!close || inner.trim() === '' || /^\s|\s$/.test(inner)) {
      found.push(open);
      i -= 1; // the next token may still open a pair
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Runs that are placeholders wherever they stand. */
const ALWAYS = [
  /[*＊]*＊[*＊]*/g, // full-width asterisks, possibly mixed with ASCII ones (one alone is not a run)
  /×{2,}/g,
  /□{2,}/g,
];

function xRuns(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /[Xx]{2,}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (ASCII_WORDISH.test(text.charAt(start - 1)) || ASCII_WORDISH.test(text.charAt(end))) continue;
    if (text.startsWith('世纪', end)) continue; // XX世纪: a Roman numeral
    if (/^[Xx]{2,}$/.test(m[0]) && m[0] !== m[0].toUpperCase() && m[0] !== m[0].toLowerCase()) continue;
    tokens.push({ start, end });
  }
  return tokens;
}

function circleRuns(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /○{2,}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // 二○○八年 uses ○ for 〇: a numeral written with the wrong character, not a slot.
    if (CJK_NUMERAL.test(text.charAt(start - 1)) || CJK_NUMERAL.test(text.charAt(end))) continue;
    tokens.push({ start, end });
  }
  return tokens;
}

/** One-character date slots: 2025年×月×日, X月X日. */
function singleDateSlots(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /(?<![×Xx＊○□*A-Za-z0-9])[×X＊○□](?![×Xx＊○□*])(?=[年月日号])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    if (m[0] === '○' && CJK_NUMERAL.test(text.charAt(start - 1))) continue;
    if (m[0] === '○' && text.charAt(start + 1) === '年') continue;
    tokens.push({ start, end: start + 1 });
  }
  return tokens;
}

/** 待补 / 待定 standing where a figure or name belongs. */
function pendingMarks(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /待[补定]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + 2;
    const before = text.charAt(start - 1);
    const after = text.charAt(end);
    const bracketed = /[（(【[〔]/.test(before) && /[）)】\]〕]/.test(after);
    const beforeUnit = unitAt(text, end) !== undefined;
    // 待补 ends a phrase: 金额待补。 (待补充, 待补齐 are ordinary words).
    const standsAlone = m[0] === '待补' && (after === '' || /[\s，。；：、,.;:）)】\]]/.test(after));
    if (bracketed || beforeUnit || standsAlone) tokens.push({ start, end });
  }
  return tokens;
}

function collect(context: RuleContext): Token[] {
  const { text } = context;
  const tokens: Token[] = [];
  // Lines by indexOf (no regex over a possibly megabyte-long line), and no spread of big arrays.
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 0x0a && text.charCodeAt(lineEnd) !== 0x0d) lineEnd++;
    const line = text.slice(lineStart, lineEnd);
    if (line.includes('**')) for (const t of asteriskPlaceholders(text, lineStart, line)) tokens.push(t);
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1);
  }
  for (const re of ALWAYS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length >= 2) tokens.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  for (const found of [xRuns(text), circleRuns(text), singleDateSlots(text), pendingMarks(text)]) for (const t of found) tokens.push(t);
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop tokens inside an earlier one (a ＊＊ run found by two patterns) and masked ones.
  const result: Token[] = [];
  let lastEnd = -1;
  for (const t of tokens) {
    if (t.start < lastEnd) continue;
    if (overlapsAny(context.ignored, t.start, t.end)) continue;
    result.push(t);
    lastEnd = t.end;
  }
  return result;
}

export const placeholderUnfilled: Rule = {
  id: PLACEHOLDER_RULE_ID,
  scope: 'line',
  description: '未填写的占位符（**、××、XX、○○、□□、待补等）',
  descriptionEn: 'Unfilled placeholders (**, ××, XX, ○○, □□, 待补 etc.)',
  defaultSeverity: 'warning',
  docs: {
    summary: '草稿中用 **、××、XX、○○、□□、待补 等标出的数字或名称尚未填写，定稿前必须补全。Markdown 粗体（**重点**）不算。',
    source: '《党政机关公文处理工作条例》第十九条（公文内容准确）；本工具约定',
    bad: '总投资**亿元',
    good: '总投资3.5亿元',
  },
  check(context: RuleContext): RuleFinding[] {
    return collect(context).map((token) => {
      const mark = context.text.slice(token.start, token.end);
      const what = describeSlot(context.text, token);
      const message =
        what === '内容'
          ? `未填写的占位符“${mark}”：定稿前请填入实际内容。`
          : `未填写的占位符“${mark}”：此处缺少${what}，定稿前请填入实际${what.replace(/（.*$/, '')}。`;
      return { rule: PLACEHOLDER_RULE_ID, start: token.start, end: token.end, message, fixes: [] };
    });
  },
};
