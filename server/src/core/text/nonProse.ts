/**
 * Stretches of a line that are not prose: URLs, e-mail addresses, HTML entities, file paths
 * (C:\…, \\server\share\…, /usr/local/…, ./a/b), and in Markdown link targets, reference
 * definitions and HTML tags. No rule reports inside them and no fix edits them: a comma in a
 * path or a date in a link is not the writer's punctuation or date. Every pattern stays within
 * one line, so the ranges of a line alone are the ranges of that line in the document.
 */
import { mergeRanges } from '../markdown';
import type { OffsetRange, TextFormat } from '../types';

const URL = /(?:\b(?:https?|ftp|file):\/\/|\bwww\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g;
const ENTITY = /&(?:[A-Za-z]{2,8}|#\d{1,6}|#x[0-9A-Fa-f]{1,6});/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** A Windows path (C:\…) or a UNC path (\\server\…): up to white space or a Chinese mark. */
const WINDOWS_PATH = /(?<![A-Za-z0-9])(?:[A-Za-z]:\\|\\\\[A-Za-z0-9._$-]+\\)[^\s"'<>|*?，。；：！？、“”‘’（）《》【】]*/g;
/**
 * A POSIX path of two or more parts whose first part is ASCII (/usr/local, ~/文档/a.txt, ./a/b):
 * never 2026/3/5 nor 是/否.
 */
const POSIX_PATH = /(?<![\w./~])(?:~|\.{1,2})?\/[A-Za-z0-9._-]+\/(?:[^\s/"'<>|，。；：！？、“”‘’（）《》【】]+\/)*[^\s/"'<>|，。；：！？、“”‘’（）《》【】]*/g;
const MD_LINK_TARGET = /\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:[^\S\r\n]+"[^"\n]*")?\)/g;
const MD_REFERENCE = /^[ \t]{0,3}\[(?:\^[^\]\n]+\]:|[^\]\n]+\]:[ \t]*\S+)/gm;
const HTML_TAG = /<\/?[A-Za-z][^<>\n]*>|<(?:https?|mailto):[^<>\s]+>/g;

/** Pushes the range of each match of a global regex (trimmed of closing punctuation with `trim`). */
export function addMatches(re: RegExp, text: string, out: OffsetRange[], trim = false): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let end = m.index + m[0].length;
    if (trim) while (end > m.index && /[.,;:!?'")\]]/.test(text.charAt(end - 1))) end--;
    if (end > m.index) out.push({ start: m.index, end });
    if (m[0].length === 0) re.lastIndex++;
  }
}

let last: { text: string; format: TextFormat; ranges: OffsetRange[] } | undefined;

/** The non-prose ranges of a text, sorted and merged (the last text's are cached: many rules ask). */
export function nonProseRanges(text: string, format: TextFormat): OffsetRange[] {
  if (last && last.text === text && last.format === format) return last.ranges;
  const all: OffsetRange[] = [];
  // Each pattern needs a character that most 公文 lines lack: test for it before scanning.
  if (text.includes('://') || text.includes('www.')) addMatches(URL, text, all, true);
  if (text.includes('@')) addMatches(EMAIL, text, all);
  if (text.includes('&')) addMatches(ENTITY, text, all);
  if (text.includes('\\')) addMatches(WINDOWS_PATH, text, all, true);
  if (text.includes('/')) addMatches(POSIX_PATH, text, all, true);
  if (format === 'markdown') {
    if (text.includes('](')) addMatches(MD_LINK_TARGET, text, all);
    if (text.includes(']:')) addMatches(MD_REFERENCE, text, all);
    if (text.includes('<')) addMatches(HTML_TAG, text, all);
  }
  const ranges = all.length === 0 ? all : mergeRanges(all);
  last = { text, format, ranges };
  return ranges;
}
