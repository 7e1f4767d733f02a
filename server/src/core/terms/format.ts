/** Text and JSON renderings of term groups for the CLI (`gongwen terms`) and reports. Pure. */
import { LineIndex } from '../positions';
import type { TermGroup, TermRelation } from './types';

export const RELATION_NAMES: Readonly<Record<TermRelation, string>> = {
  punctuation: '标点差异',
  numeral: '数字写法',
  abbreviation: '全称与简称',
  near: '近似名称',
  glossary: '规范表述',
};

/** A 1-based line:column (UTF-16 columns, as editors count), through the one position converter. */
function lineColOf(lines: LineIndex, offset: number): string {
  const p = lines.positionAt(offset);
  return `${p.line + 1}:${p.character + 1}`;
}

/** Human-readable lines: one heading per group, then each form with its count and places. */
export function formatGroupsText(file: string, text: string, groups: readonly TermGroup[]): string[] {
  if (groups.length === 0) return [`${file}: 未发现术语不一致。`];
  const index = new LineIndex(text);
  const lines = [`${file}: ${groups.length} 组术语不一致`];
  for (const g of groups) {
    const certainty = g.certain ? '' : '（疑似）';
    lines.push(`  [${RELATION_NAMES[g.relation]}]${certainty} 建议统一为${quoteForm(g.canonical)}`);
    for (const f of g.forms) {
      const mark = f.text === g.canonical ? '*' : '-';
      lines.push(`    ${mark} ${quoteForm(f.text)} ${f.count} 次：${f.occurrences.map((o) => lineColOf(index, o.start)).join('，')}`);
    }
    if (g.definition) lines.push(`    简称定义：${quoteForm(g.definition.full)}（以下简称${quoteForm(g.definition.short)}）于 ${lineColOf(index, g.definition.start)}`);
  }
  return lines;
}

export interface TermGroupJson {
  relation: TermRelation;
  canonical: string;
  certain: boolean;
  basis: TermGroup['basis'];
  forms: Array<{ text: string; count: number; occurrences: Array<{ start: number; end: number; line: number; column: number }> }>;
  changes: Array<{ start: number; end: number; text: string; replacement: string }>;
}

/** Plain data for `--format json` (offsets plus 1-based line and column). */
export function groupsToJson(text: string, groups: readonly TermGroup[]): TermGroupJson[] {
  const index = new LineIndex(text);
  const pos = (offset: number): { line: number; column: number } => {
    const p = index.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
  return groups.map((g) => ({
    relation: g.relation,
    canonical: g.canonical,
    certain: g.certain,
    basis: g.basis,
    forms: g.forms.map((f) => ({
      text: f.text,
      count: f.count,
      occurrences: f.occurrences.map((o) => ({ start: o.start, end: o.end, ...pos(o.start) })),
    })),
    changes: g.changes.map((c) => ({ start: c.start, end: c.end, text: c.text, replacement: c.replacement })),
  }));
}

/** A form in Chinese quotation marks, inner “” turned into ‘’ (GB/T 15834-2011 4.5.3.4). */
export function quoteForm(form: string): string {
  return `“${form.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}
