/**
 * Inline suppressions, in Markdown and plain text alike, written as HTML comments (or, in plain
 * text, a line starting with `//`):
 *
 *   <!-- gongwen-disable-next-line punct.halfwidth -->   the next line
 *   正文……<!-- gongwen-disable-line -->                  this line (all rules)
 *   <!-- gongwen-disable phrase.colloquial -->           from here on (to gongwen-enable or the end)
 *   <!-- gongwen-enable phrase.colloquial -->
 *
 * Rule lists are separated by spaces or commas; no list means every rule.
 *
 * One finding only (what the editor's 忽略此处 writes in Markdown): one rule, the finding's text as a
 * JSON string and which occurrence of that text on the line it is (counting overlapping ones):
 *
 *   <!-- gongwen-disable-next-line punct.halfwidth "," #2 -->   the second “,” of the next line only
 *
 * If the line no longer holds that occurrence, nothing is suppressed.
 */
import type { OffsetRange } from './types';

export interface Suppression extends OffsetRange {
  /** Rule ids, or undefined for all rules. */
  rules: string[] | undefined;
  /** Only a finding of exactly this range (a directive naming one finding). */
  exact?: true;
}

/** A directive's arguments naming one finding: rule "text" #n. */
const SCOPED = /^\s*([A-Za-z0-9_.-]+)\s+("(?:[^"\\\r\n]|\\.)*")\s*#(\d{1,6})\s*$/;

/**
 * The n-th (1-based) occurrence of `needle` in `text` from `from` to `to`, overlapping occurrences
 * counted; undefined when there are fewer.
 */
export function nthOccurrence(text: string, needle: string, n: number, from: number, to: number): number | undefined {
  let count = 0;
  for (let at = text.indexOf(needle, from); at >= 0 && at + needle.length <= to; at = text.indexOf(needle, at + 1)) {
    if (++count === n) return at;
  }
  return undefined;
}

/** Which occurrence (1-based, overlapping ones counted) of `needle` starts at `at` in the line starting at `lineStart`. */
export function occurrenceAt(text: string, needle: string, at: number, lineStart: number): number {
  let count = 1;
  for (let i = text.indexOf(needle, lineStart); i >= 0 && i < at; i = text.indexOf(needle, i + 1)) count++;
  return count;
}

function scoped(text: string, raw: string | undefined, line: OffsetRange | undefined): Suppression | undefined {
  const m = SCOPED.exec(raw ?? '');
  if (!m || !line) return undefined;
  let needle: unknown;
  try {
    needle = JSON.parse(m[2]!);
  } catch {
    return undefined;
  }
  if (typeof needle !== 'string' || needle === '') return undefined;
  const at = nthOccurrence(text, needle, Number(m[3]), line.start, line.end);
  return at === undefined ? undefined : { start: at, end: at + needle.length, rules: [m[1]!], exact: true };
}

export interface SuppressionScan {
  /** Where findings are suppressed. */
  suppressions: Suppression[];
  /** The directive comments themselves, which no rule should check. */
  directives: OffsetRange[];
}

const DIRECTIVE = /<!--\s*gongwen-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->|^[ \t]*\/\/[ \t]*gongwen-(disable-next-line|disable-line|disable|enable)\b([^\r\n]*)/gm;

function lineBounds(text: string, offset: number): OffsetRange {
  const before = text.lastIndexOf('\n', offset - 1) + 1;
  const cr = text.lastIndexOf('\r', offset - 1) + 1;
  const start = Math.max(before, cr);
  const nl = /\r\n|\r|\n/g;
  nl.lastIndex = offset;
  const m = nl.exec(text);
  return { start, end: m ? m.index : text.length };
}

function nextLine(text: string, offset: number): OffsetRange | undefined {
  const nl = /\r\n|\r|\n/g;
  nl.lastIndex = offset;
  const m = nl.exec(text);
  if (!m) return undefined;
  return lineBounds(text, m.index + m[0].length);
}

function parseRules(raw: string | undefined): string[] | undefined {
  const ids = (raw ?? '').split(/[\s,，]+/).filter((s) => s.length > 0);
  return ids.length > 0 ? ids : undefined;
}

export function scanSuppressions(text: string): SuppressionScan {
  const suppressions: Suppression[] = [];
  const directives: OffsetRange[] = [];
  const open = new Map<string, number>(); // rule key ('*' for all) → start offset
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const kind = m[1] ?? m[3];
    const rules = parseRules(m[2] ?? m[4]);
    directives.push({ start: m.index, end: m.index + m[0].length });
    if (kind === 'disable-line' || kind === 'disable-next-line') {
      const line = kind === 'disable-line' ? lineBounds(text, m.index) : nextLine(text, m.index + m[0].length);
      if (SCOPED.test(m[2] ?? m[4] ?? '')) {
        const one = scoped(text, m[2] ?? m[4], line);
        if (one) suppressions.push(one);
      } else if (line) {
        suppressions.push({ ...line, rules });
      }
    } else if (kind === 'disable') {
      for (const key of rules ?? ['*']) if (!open.has(key)) open.set(key, m.index);
    } else {
      for (const key of rules ?? [...open.keys()]) {
        const start = open.get(key);
        if (start === undefined) continue;
        suppressions.push({ start, end: m.index, rules: key === '*' ? undefined : [key] });
        open.delete(key);
      }
    }
  }
  for (const [key, start] of open) suppressions.push({ start, end: text.length, rules: key === '*' ? undefined : [key] });
  return { suppressions, directives };
}

export function isSuppressed(suppressions: readonly Suppression[], rule: string, start: number, end: number): boolean {
  return suppressions.some(
    (s) => (s.exact ? start === s.start && end === s.end : start >= s.start && end <= Math.max(s.end, s.start)) && (!s.rules || s.rules.includes(rule)),
  );
}

/** The comment line that silences one rule on the next line. */
export function disableNextLineComment(rule: string): string {
  return `<!-- gongwen-disable-next-line ${rule} -->`;
}

/**
 * The comment line an "ignore here" quick fix inserts above a Markdown line to silence one finding:
 * its rule, its text and which occurrence of that text on the line it is. `>` is written as \u003e
 * so that the text never closes the comment.
 */
export function disableOneComment(rule: string, findingText: string, occurrence: number): string {
  const quoted = JSON.stringify(findingText).replace(/>/g, '\\u003e').replace(/--/g, '-\\u002d');
  return `<!-- gongwen-disable-next-line ${rule} ${quoted} #${occurrence} -->`;
}
