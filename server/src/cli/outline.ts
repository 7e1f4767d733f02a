/**
 * `gongwen outline FILE… [--format text|json]`: the document tree of each draft — headings and
 * in-paragraph enumerations with their roles (认识/问题/举措 …), levels, numbering, 0-based UTF-16
 * ranges and character counts. Placeholders are counted by the placeholder.unfilled rule alone.
 * JSON for one file: `[{ title, level, numbering, role, range, chars, placeholders, kind, children }]`;
 * for several files: `[{ file, docType, title, outline: [...] }]`.
 * Exit status: 0 done, 2 a file could not be read.
 */
import { analyzeDocument, DEFAULT_SETTINGS, detectDocType, DOCTYPE_NAMES, formatOf, LineIndex, type PositionRange } from '../core';
import { placeholderUnfilled } from '../core';
import { buildDocumentTree, type DocumentTree, type StructureNode } from '../core';
import { ROLE_LABELS, type SectionRole } from '../core';
import { forEachDraft } from './files';

export interface OutlineJsonNode {
  title: string;
  level: number;
  numbering: string;
  kind: 'heading' | 'enumeration';
  /** The role of a top-level section (null when the document type has no role pattern or for sub-items). */
  role: SectionRole | null;
  range: PositionRange;
  chars: number;
  placeholders: number;
  children: OutlineJsonNode[];
}

/** The tree of a text, as plain data. */
export function outlineOf(text: string, format: 'plaintext' | 'markdown'): { tree: DocumentTree; json: OutlineJsonNode[] } {
  const docType = detectDocType(text);
  const { findings } = analyzeDocument({ text, format, docType }, DEFAULT_SETTINGS, [placeholderUnfilled]);
  const tree = buildDocumentTree(text, format, { docType, findings });
  const lines = new LineIndex(text);
  const toJson = (n: StructureNode): OutlineJsonNode => ({
    title: n.title,
    level: n.level,
    numbering: n.numbering,
    kind: n.kind,
    role: n.role ?? null,
    range: lines.rangeAt(n.range.start, n.range.end),
    chars: n.chars,
    placeholders: n.placeholders,
    children: n.children.map(toJson),
  });
  return { tree, json: tree.nodes.map(toJson) };
}

function textLines(tree: DocumentTree): string[] {
  const out: string[] = [];
  const head = tree.title ? `${tree.title.text}` : '（无标题）';
  const scheme = tree.scheme ? ` · ${tree.scheme.name}` : '';
  out.push(`${head}  [${DOCTYPE_NAMES[tree.docType]}${scheme} · ${tree.chars}字${tree.placeholders > 0 ? ` · ${tree.placeholders}处待填` : ''}]`);
  if (tree.address) out.push(`  ${tree.address.text}`);
  const walk = (nodes: readonly StructureNode[], indent: string): void => {
    for (const n of nodes) {
      const role = n.role && n.role !== 'unknown' ? `【${ROLE_LABELS[n.role]}】` : '';
      const numbering = n.numbering.startsWith('#') ? '' : n.numbering;
      const sep = n.kind === 'enumeration' ? ' ' : '';
      const counts = `${n.chars}字${n.placeholders > 0 ? `，${n.placeholders}处待填` : ''}`;
      out.push(`${indent}${role}${numbering}${sep}${n.title}（${counts}）`);
      walk(n.children, `${indent}  `);
    }
  };
  walk(tree.nodes, '  ');
  return out;
}

export function outlineCommand(files: string[], format: 'text' | 'json', out: (l: string) => void, err: (l: string) => void): number {
  const reports: Array<{ file: string; docType: string; title: string | null; outline: OutlineJsonNode[] }> = [];
  let named = 0;
  const status = forEachDraft(files, err, (file, text, count) => {
    named = count;
    const { tree, json } = outlineOf(text, formatOf(file));
    if (format === 'json') reports.push({ file, docType: tree.docType, title: tree.title?.text ?? null, outline: json });
    else {
      if (count > 1) out(`${file}:`);
      for (const line of textLines(tree)) out(line);
    }
  });
  if (format === 'json') {
    if (named === 1 && reports.length === 1) out(JSON.stringify(reports[0]?.outline, null, 2));
    else out(JSON.stringify(reports, null, 2));
  }
  return status;
}
