/**
 * Hover on a finding explains its rule and cites the standard it follows.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { findRule } from '../core';
import type { DocumentAnalysis } from './analysis';

export function hoverAt(analysis: DocumentAnalysis, position: Position): Hover | null {
  const offset = analysis.lines.offsetAt(position);
  const here = analysis.findings.filter((f) => f.start <= offset && offset <= f.end);
  if (here.length === 0) return null;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const f of here) {
    if (seen.has(f.rule)) continue;
    seen.add(f.rule);
    const rule = findRule(f.rule);
    const lines = [`**${rule?.description ?? f.rule}** \`${f.rule}\``, '', f.message];
    if (rule?.docs) {
      lines.push('', rule.docs.summary, '', `依据：${rule.docs.source}`);
      if (rule.docs.bad && rule.docs.good) lines.push('', `示例：~~${rule.docs.bad}~~ → ${rule.docs.good}`);
    }
    parts.push(lines.join('\n'));
  }
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } };
}
