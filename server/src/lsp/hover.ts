/**
 * Hover on a finding explains its rule and cites the standard it follows. The editor shows the
 * diagnostic's message (and its linked rule code) above the hover already, so the hover does not
 * repeat the message when the rule has an explanation of its own. All rule text is escaped: a rule
 * about `**` placeholders must show the asterisks, not turn them into bold.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { findRule, type Finding } from '../core';
import type { DocumentAnalysis } from './analysis';
import { escapeMarkdown, ruleDocUrl } from './markdown';

export function hoverAt(analysis: DocumentAnalysis, position: Position, visible: (f: Finding) => boolean = () => true): Hover | null {
  const offset = analysis.lines.offsetAt(position);
  const here = analysis.findings.filter((f) => f.start <= offset && offset <= f.end && visible(f));
  if (here.length === 0) return null;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const f of here) {
    if (seen.has(f.rule)) continue;
    seen.add(f.rule);
    const rule = findRule(f.rule);
    const lines = [`${escapeMarkdown(rule?.description ?? f.rule)}　[\`${f.rule}\`](${ruleDocUrl(f.rule)})`];
    if (rule?.docs) {
      lines.push('', escapeMarkdown(rule.docs.summary), '', `依据：${escapeMarkdown(rule.docs.source)}`);
      if (rule.docs.bad && rule.docs.good) lines.push('', `示例：~~${escapeMarkdown(rule.docs.bad)}~~ → ${escapeMarkdown(rule.docs.good)}`);
    } else {
      lines.push('', escapeMarkdown(f.message));
    }
    parts.push(lines.join('\n'));
  }
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } };
}
