/**
 * The phrase.* engine: phrase entries are data (data/*.ts); this file compiles them and turns
 * matches into findings. Matching is line by line (a phrase never spans a line break), skips the
 * masked ranges, and keeps the first and longest of overlapping matches of one rule.
 */
import { overlapsAny } from '../../markdown';
import { lines } from '../../text/chars';
import type { DocType, Fix, Rule, RuleContext, RuleDocs, RuleFinding, SeveritySetting } from '../../types';

export type PhraseCategory = 'redundant' | 'confusable' | 'colloquial' | 'press-banned' | 'organ-name' | 'advisory' | 'cliche';

export interface PhraseEntry {
  /** Literal text, or a JavaScript regular expression source when `regex` is true. */
  pattern: string;
  regex?: boolean;
  /** What to write instead; `$1`… name groups of a regex pattern. Absent: no single replacement. */
  replacement?: string;
  /** False when the replacement is only a suggestion (not applied by fix-all). Default true. */
  certain?: boolean;
  /**
   * True when the entry is house style, a press guide's rule or a usage the writer may keep: its
   * findings are shown at information level (never warning or error) and its replacement is only
   * a suggestion. An entry that is not soft cites a national standard, 《现代汉语词典》 or
   * 《第一批异形词整理表》 that settles the form.
   */
  soft?: boolean;
  /** Why the phrase is wrong or what to do, when there is no single replacement or to explain. */
  reason?: string;
  category: PhraseCategory;
  /** The authority: a dictionary, a standard, 新华社 rules, or 本工具约定. */
  source: string;
  /** Realistic sentences: each bad one is flagged, each good one is clean for every phrase rule. */
  examples: { bad: string[]; good: string[] };
}

export interface CompiledEntry {
  entry: PhraseEntry;
  re: RegExp;
}

export interface PhraseMatch {
  entry: PhraseEntry;
  start: number;
  end: number;
  /** The replacement with `$n` expanded, or undefined. */
  newText: string | undefined;
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compile(entries: readonly PhraseEntry[]): CompiledEntry[] {
  return entries.map((entry) => ({ entry, re: new RegExp(entry.regex ? entry.pattern : escape(entry.pattern), 'gu') }));
}

function expand(replacement: string, m: RegExpExecArray): string {
  return replacement.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '');
}

/** Every match of the entries in the text, outside ignored ranges, overlaps resolved. */
export function matchEntries(context: Pick<RuleContext, 'text' | 'ignored'>, compiled: readonly CompiledEntry[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const line of lines(context.text)) {
    if (line.text.length === 0) continue;
    for (const { entry, re } of compiled) {
      re.lastIndex = 0;
      for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const start = line.start + m.index;
        const end = start + m[0].length;
        if (overlapsAny(context.ignored, start, end)) continue;
        found.push({ entry, start, end, newText: entry.replacement === undefined ? undefined : expand(entry.replacement, m) });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: PhraseMatch[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    result.push(f);
    lastEnd = f.end;
  }
  return result;
}

const WHAT: Record<PhraseCategory, string> = {
  redundant: '语义重复',
  confusable: '用字或用词有误',
  colloquial: '是口语化或含义模糊的说法，公文中不宜使用',
  'press-banned': '属于规范禁用或慎用的说法',
  'organ-name': '机构或职务名称表述不规范',
  advisory: '用语可斟酌',
  cliche: '是套话',
};

/** True when fix-all may apply the entry's replacement: it is certain and the entry not soft. */
export function isCertain(entry: PhraseEntry): boolean {
  return entry.certain !== false && entry.soft !== true;
}

export function messageFor(match: PhraseMatch, text: string): string {
  const found = text.slice(match.start, match.end);
  const { entry, newText } = match;
  let message = `“${found}”${WHAT[entry.category]}`;
  if (entry.reason) message += `：${entry.reason}`;
  if (newText !== undefined) message += `${entry.reason ? '；' : '，'}${isCertain(entry) ? '应改为' : '可改为'}“${newText}”`;
  return `${message}。`;
}

export function fixesFor(match: PhraseMatch): Fix[] {
  if (match.newText === undefined) return [];
  const fix: Fix = { title: `改为“${match.newText}”`, edits: [{ start: match.start, end: match.end, newText: match.newText }] };
  if (isCertain(match.entry)) fix.preferred = true;
  return [fix];
}

export interface PhraseRuleSpec {
  id: string;
  description: string;
  /** The English one-line description (Rule.descriptionEn). */
  descriptionEn: string;
  defaultSeverity: SeveritySetting;
  docs: RuleDocs;
  entries: readonly PhraseEntry[];
  appliesTo?: readonly DocType[];
  exceptIn?: readonly DocType[];
}

/** A rule reporting every match of its entries, with the entry's replacement as the fix. */
export function phraseListRule(spec: PhraseRuleSpec): Rule {
  const compiled = compile(spec.entries);
  const rule: Rule = {
    id: spec.id,
    description: spec.description,
    descriptionEn: spec.descriptionEn,
    defaultSeverity: spec.defaultSeverity,
    docs: spec.docs,
    scope: 'line',
    ...(spec.appliesTo ? { appliesTo: spec.appliesTo } : {}),
    ...(spec.exceptIn ? { exceptIn: spec.exceptIn } : {}),
    check(context: RuleContext): RuleFinding[] {
      return matchEntries(context, compiled).map((m) => ({
        rule: spec.id,
        start: m.start,
        end: m.end,
        message: messageFor(m, context.text),
        fixes: fixesFor(m),
        ...(m.entry.soft ? { soft: true } : {}),
      }));
    },
  };
  return rule;
}

/** The rule that reports an entry: `phrase.<category>`. */
export function ruleIdOf(category: PhraseCategory): string {
  return `phrase.${category}`;
}
