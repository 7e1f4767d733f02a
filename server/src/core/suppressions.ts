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
 */
import type { OffsetRange } from './types';

export interface Suppression extends OffsetRange {
  /** Rule ids, or undefined for all rules. */
  rules: string[] | undefined;
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
    if (kind === 'disable-line') {
      suppressions.push({ ...lineBounds(text, m.index), rules });
    } else if (kind === 'disable-next-line') {
      const line = nextLine(text, m.index + m[0].length);
      if (line) suppressions.push({ ...line, rules });
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
  return suppressions.some((s) => start >= s.start && end <= Math.max(s.end, s.start) && (!s.rules || s.rules.includes(rule)));
}

/** The comment line an "ignore" quick fix inserts above a line to silence one rule there. */
export function disableNextLineComment(rule: string): string {
  return `<!-- gongwen-disable-next-line ${rule} -->`;
}
