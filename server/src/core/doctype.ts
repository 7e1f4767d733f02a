/**
 * Document type detection from the title (…的通知, …的请示, 在…上的讲话, 工作总结, 调研报告) or a
 * front-matter override (`doctype: 通知` / `doctype: notice`). The first non-empty line that is not
 * front matter is the title line (findTitle); a Markdown `#` is dropped. Published titles often
 * run over two to four lines (GB/T 9704-2012 7.3.1: 标题回行), and the issuing organ may stand on
 * a line of its own (国务院办公厅⏎关于……的函): when the first line names no type, the next lines
 * are joined to it, up to a line that cannot be part of a title (the 发文字号, a sentence, an
 * address line). A report to a congress (政府工作报告, 党代会报告) often has no title line at all in
 * a draft: it opens with its address 各位代表： (or 同志们：) and says it reports to the congress
 * (向大会报告 / 向大会作报告 / 请予审议).
 */
import type { DocType } from './types';

/** Chinese names of the types, for messages and the status bar. */
export const DOCTYPE_NAMES: Record<DocType, string> = {
  speech: '讲话稿',
  notice: '通知',
  request: '请示',
  report: '报告',
  letter: '函',
  reply: '批复',
  opinion: '意见',
  decision: '决定',
  bulletin: '通报',
  minutes: '纪要',
  summary: '工作总结',
  research: '调研报告',
  plan: '方案',
  'congress-report': '大会报告',
  resolution: '决议',
  unknown: '未识别',
};

/** Other names a setting or front matter may give a type by (for a settings schema: accepted like DOCTYPE_NAMES' values). */
export const DOCTYPE_ALIASES: Readonly<Record<string, DocType>> = {
  政府工作报告: 'congress-report',
  党代会报告: 'congress-report',
};

/** Title endings, most specific first. */
const TITLE_PATTERNS: ReadonlyArray<readonly [RegExp, DocType]> = [
  [/(?:上|中)的(?:讲话|致辞|发言|主持词|报告会讲话)(?:稿|提纲)?$|(?:讲话|致辞|发言)(?:稿|提纲)$|^讲话稿$/, 'speech'],
  [/请示报告$|请示$/, 'request'],
  [/调研报告$|调查报告$|考察报告$/, 'research'],
  // 政府工作报告 (to a people's congress), 在……代表大会上的报告 (to a Party congress), 常委会工作报告.
  [/政府工作报告$|代表大会(?:第[一二三四五六七八九十]+次会议)?上的(?:工作)?报告$|常务委员会工作报告$|党代会(?:上的)?报告$/, 'congress-report'],
  [/工作总结$|总结$|(?:年度|年|半年|季度)工作报告$|述职报告$/, 'summary'],
  [/(?:实施|工作|行动|建设)?方案$|工作要点$|工作计划$|规划$/, 'plan'],
  [/的报告$/, 'report'],
  [/(?:的)?复函$|(?:的)?函$/, 'letter'],
  [/的批复$/, 'reply'],
  [/(?:的|实施|指导|若干)意见$/, 'opinion'],
  [/的决议$|^决议$/, 'resolution'],
  [/的决定$/, 'decision'],
  [/的(?:通报|通告|公告|公报)$|^(?:通报|通告|公告|公报)$/, 'bulletin'],
  [/纪要$/, 'minutes'],
  [/的(?:补充|紧急)?通知$|^(?:紧急)?通知$/, 'notice'],
];

const OVERRIDES: Record<string, DocType> = {
  ...Object.fromEntries(
    (Object.entries(DOCTYPE_NAMES) as Array<[DocType, string]>).flatMap(([type, name]) => [
      [type, type],
      [name, type],
    ]),
  ),
  ...DOCTYPE_ALIASES,
};

export function parseDocType(value: unknown): DocType | undefined {
  return typeof value === 'string' ? OVERRIDES[value.trim()] : undefined;
}

/** Front matter starts the text (after a BOM) with ---; checked first, as a failing ^ regex scans the whole text. */
function mayHaveFrontMatter(text: string): boolean {
  return text.startsWith('---') || text.startsWith('\uFEFF---');
}

/** The title line's text and range, or undefined for an empty document. */
export function findTitle(text: string): { text: string; start: number; end: number } | undefined {
  let from = 0;
  const front = mayHaveFrontMatter(text) ? /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text) : null;
  if (front) from = front[0].length;
  const line = /^[ \t\u3000]*(?:#+[ \t]+)?(\S[^\r\n]*?)[ \t\u3000]*$/gm;
  line.lastIndex = from;
  const m = line.exec(text);
  if (!m || m[1] === undefined) return undefined;
  const start = m.index + m[0].indexOf(m[1]);
  return { text: m[1], start, end: start + m[1].length };
}

/**
 * The document type an analysis assumes: the configured profile, or the one detected from the text
 * when the profile is 'auto'. The one place that decides it (analysis, the server's and the CLI's
 * "does any enabled rule need words" check).
 */
export function docTypeFor(text: string, settings: { readonly profile: DocType | 'auto' }): DocType {
  return settings.profile !== 'auto' ? settings.profile : detectDocType(text);
}

export function detectDocType(text: string): DocType {
  const front = mayHaveFrontMatter(text) ? /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)/.exec(text) : null;
  const override = front ? /^(?:doctype|文种)\s*:\s*(.+)$/m.exec(front[1] ?? '') : null;
  const fromFront = parseDocType(override?.[1]);
  if (fromFront) return fromFront;
  const first = findTitle(text);
  if (!first) return 'unknown';
  const lines = titleLines(text, first.start);
  // The title as its first one to four lines (回行); the subtitle (——在……上的报告) may name the type.
  for (let n = 1; n <= lines.length; n++) {
    const type = typeOf(lines.slice(0, n).join(''));
    if (type) return type;
  }
  for (const line of subtitles(text, first.start)) {
    const type = typeOf(line);
    if (type === 'speech' || type === 'congress-report') return type;
  }
  return reportsToCongress(text, first.start) ? 'congress-report' : 'unknown';
}

/** The type a title names, read at its end (a closing 。 and a bracketed note such as （草案） dropped). */
function typeOf(title: string): DocType | undefined {
  const core = title.replace(/[。.]$/, '').replace(/[（(](?:草案|征求意见稿|送审稿|讨论稿|修订稿|代拟稿|初稿|试行|暂行)[）)]$/, '');
  for (const [pattern, type] of TITLE_PATTERNS) if (pattern.test(core)) return type;
  return undefined;
}

/**
 * A line that is no part of a title: the 发文字号, a sentence or an address line, a date, a dash
 * subtitle, a bracketed note, a numbered heading.
 */
const NOT_TITLE =
  /[。！？；：:;!?]$|〔\d{4}〕|\[\d{4}\]|【\d{4}】|第?\d+号$|^[（(].*[）)]$|^(?:——|—|--)|\d{4}年\d{1,2}月\d{1,2}日$|^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.．、])/;

/**
 * The title line and the lines that may continue it: up to three more non-empty lines, with no
 * blank line between, each short (at most 40 characters) and no line that ends a title
 * (NOT_TITLE). Spaces are dropped (标题 may be letter-spaced).
 */
function titleLines(text: string, from: number): string[] {
  const out: string[] = [];
  const line = /^[ \t\u3000]*(?:#+[ \t]+)?(\S[^\r\n]*?)[ \t\u3000]*$/gm;
  let lineStart = from;
  while (lineStart > 0 && text.charAt(lineStart - 1) !== '\n' && text.charAt(lineStart - 1) !== '\r') lineStart--;
  line.lastIndex = lineStart;
  let end = lineStart;
  for (let m = line.exec(text); m && out.length < 4; m = line.exec(text)) {
    const t = (m[1] ?? '').replace(/[ \t\u3000]+/g, '');
    const gap = text.slice(end, m.index);
    if (out.length > 0 && (t.length > 40 || NOT_TITLE.test(t) || /\n[ \t\u3000]*\r?\n|\r[ \t\u3000]*\r/.test(gap))) break;
    out.push(t);
    if (NOT_TITLE.test(t)) break;
    end = m.index + m[0].length;
  }
  return out;
}

/** Dash subtitles among the first four lines: ——在青山县第十五次党代会上的报告. */
function subtitles(text: string, from: number): string[] {
  const head = text.slice(from, from + 400).split(/\r?\n|\r/).slice(0, 4);
  return head.map((l) => l.trim()).filter((l) => /^(?:——|—|--)/.test(l)).map((l) => l.replace(/^(?:——|—|--)\s*/, ''));
}

/** 各位代表： or 同志们： among the first lines, and the speaker reporting to the congress near the start. */
function reportsToCongress(text: string, from: number): boolean {
  const head = text.slice(from, from + 600);
  return /^[ \t\u3000]*(?:各位代表|同志们)[：:][ \t\u3000]*$/m.test(head) && /向大会(?:报告|作报告|作工作报告)|请予审议/.test(head);
}
