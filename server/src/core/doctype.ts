/**
 * Document type detection from the title line (…的通知, …的请示, 在…上的讲话, 工作总结, 调研报告)
 * or a front-matter override (`doctype: 通知` / `doctype: notice`). The first non-empty line that
 * is not front matter is the title; a Markdown `#` is dropped.
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
  unknown: '未识别',
};

/** Title endings, most specific first. */
const TITLE_PATTERNS: ReadonlyArray<readonly [RegExp, DocType]> = [
  [/(?:上|中)的(?:讲话|致辞|发言|主持词|报告会讲话)(?:稿|提纲)?$|(?:讲话|致辞|发言)(?:稿|提纲)$|^讲话稿$/, 'speech'],
  [/请示报告$|请示$/, 'request'],
  [/调研报告$|调查报告$|考察报告$/, 'research'],
  [/工作总结$|总结$|(?:年度|年|半年|季度)工作报告$|述职报告$|政府工作报告$/, 'summary'],
  [/(?:实施|工作|行动|建设)?方案$|工作要点$|工作计划$|规划$/, 'plan'],
  [/的报告$/, 'report'],
  [/(?:的)?复函$|(?:的)?函$/, 'letter'],
  [/的批复$/, 'reply'],
  [/(?:的|实施|指导)意见$/, 'opinion'],
  [/的(?:决定|决议)$/, 'decision'],
  [/的(?:通报|通告|公告|公报)$|^(?:通报|通告|公告|公报)$/, 'bulletin'],
  [/纪要$/, 'minutes'],
  [/的(?:补充|紧急)?通知$|^(?:紧急)?通知$/, 'notice'],
];

const OVERRIDES: Record<string, DocType> = Object.fromEntries(
  (Object.entries(DOCTYPE_NAMES) as Array<[DocType, string]>).flatMap(([type, name]) => [
    [type, type],
    [name, type],
  ]),
);

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

export function detectDocType(text: string): DocType {
  const front = mayHaveFrontMatter(text) ? /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)/.exec(text) : null;
  const override = front ? /^(?:doctype|文种)\s*:\s*(.+)$/m.exec(front[1] ?? '') : null;
  const fromFront = parseDocType(override?.[1]);
  if (fromFront) return fromFront;
  const title = findTitle(text)?.text.replace(/[。.]$/, '');
  if (!title) return 'unknown';
  for (const [pattern, type] of TITLE_PATTERNS) if (pattern.test(title)) return type;
  return 'unknown';
}
