/**
 * Document structure over LSP: hierarchical document symbols (Outline, breadcrumbs, Go to Symbol),
 * folding ranges (a section folds to its heading), selection ranges, and the custom request
 * `gongwen/structure` that feeds the 公文结构 view (roles, ranges, character and placeholder counts
 * per section; `spoken` says whether a speaking time applies, which the client computes). The tree comes from core/structure/outline.ts,
 * built once per analysis; positions only through the analysis' LineIndex.
 */
import { DocumentSymbol, FoldingRange, SelectionRange, SymbolKind, type Position } from 'vscode-languageserver/node';
import { DOCTYPE_NAMES, type DocType, type OffsetRange } from '../core';
import { buildDocumentTree, walkTree, type DocumentTree, type StructureNode } from '../core';
import { ROLE_LABELS, type SectionRole } from '../core';
import type { AddressLabel, StructureItem, StructureResult } from '../protocol';
import type { DocumentAnalysis } from './analysis';

export { STRUCTURE_REQUEST } from '../protocol';
export type { AddressLabel, StructureItem, StructureParams, StructureResult } from '../protocol';

/** Document types delivered aloud: a speaking time and a salutation (称呼) rather than 主送. */
export const SPOKEN_TYPES: ReadonlySet<DocType> = new Set<DocType>(['speech', 'congress-report']);

/** 同志们： opening a speech is its salutation; the organs a notice is sent to are its 主送. */
export function addressLabelOf(docType: DocType): AddressLabel {
  return SPOKEN_TYPES.has(docType) ? '称呼' : '主送';
}

/** Whether a speaking time applies: a spoken type with some text. */
export function isSpoken(docType: DocType, chars: number): boolean {
  return SPOKEN_TYPES.has(docType) && chars > 0;
}

const trees = new WeakMap<DocumentAnalysis, DocumentTree>();

/** The document tree of an analysis, built once per analysed version. */
export function treeFor(analysis: DocumentAnalysis): DocumentTree {
  let tree = trees.get(analysis);
  if (!tree) {
    tree = buildDocumentTree(analysis.text, analysis.format, { docType: analysis.docType, findings: analysis.findings });
    trees.set(analysis, tree);
  }
  return tree;
}

const HEADING_KINDS: SymbolKind[] = [SymbolKind.Module, SymbolKind.Module, SymbolKind.Class, SymbolKind.Method, SymbolKind.Field, SymbolKind.Property];

function symbolKind(node: StructureNode): SymbolKind {
  if (node.kind === 'enumeration') return SymbolKind.EnumMember;
  if (node.heading?.ordinal === undefined) return SymbolKind.String; // an unnumbered Markdown heading
  return HEADING_KINDS[Math.min(node.headingLevel, 5)] ?? SymbolKind.Field;
}

function detailOf(node: StructureNode): string {
  const parts: string[] = [];
  if (node.role && node.role !== 'unknown') parts.push(ROLE_LABELS[node.role]);
  parts.push(`${node.chars}字`);
  if (node.placeholders > 0) parts.push(`${node.placeholders}处待填`);
  return parts.join(' · ');
}

function nameOf(node: StructureNode): string {
  const name = `${node.numbering && !node.numbering.startsWith('#') ? node.numbering : ''}${node.title}`.trim();
  return name === '' ? node.numbering || '（无标题）' : name;
}

function toSymbol(analysis: DocumentAnalysis, node: StructureNode): DocumentSymbol {
  const { lines } = analysis;
  return {
    name: nameOf(node),
    detail: detailOf(node),
    kind: symbolKind(node),
    range: lines.rangeAt(node.range.start, node.range.end),
    selectionRange: lines.rangeAt(node.selectionRange.start, node.selectionRange.end),
    children: node.children.map((c) => toSymbol(analysis, c)),
  };
}

/**
 * Hierarchical symbols: the title (a File symbol spanning the document) holding the address line
 * and the sections; without a title, the sections themselves.
 */
export function documentSymbols(analysis: DocumentAnalysis): DocumentSymbol[] {
  const tree = treeFor(analysis);
  const { lines, text } = analysis;
  const sections = tree.nodes.map((n) => toSymbol(analysis, n));
  const address: DocumentSymbol[] = tree.address
    ? [{ name: tree.address.text, detail: addressLabelOf(tree.docType), kind: SymbolKind.Key, range: lines.rangeAt(tree.address.start, tree.address.end), selectionRange: lines.rangeAt(tree.address.start, tree.address.end) }]
    : [];
  if (!tree.title) return [...address, ...sections];
  let end = text.length;
  while (end > tree.title.end && /\s/.test(text.charAt(end - 1))) end--;
  return [
    {
      name: tree.title.text,
      detail: `${DOCTYPE_NAMES[tree.docType]} · ${tree.chars}字`,
      kind: SymbolKind.File,
      range: lines.rangeAt(tree.title.start, end),
      selectionRange: lines.rangeAt(tree.title.start, tree.title.end),
      children: [...address, ...sections],
    },
  ];
}

/** Each heading's section folds to its heading line; a multi-line enumeration item folds too. */
export function foldingRanges(analysis: DocumentAnalysis): FoldingRange[] {
  const { lines } = analysis;
  const result: FoldingRange[] = [];
  for (const node of walkTree(treeFor(analysis).nodes)) {
    const startLine = lines.positionAt(node.range.start).line;
    const endLine = lines.positionAt(node.range.end).line;
    if (endLine > startLine) result.push({ startLine, endLine });
  }
  return result;
}

/** Innermost first: the enumeration item or heading words, the section, its ancestors, the document. */
export function selectionRanges(analysis: DocumentAnalysis, positions: readonly Position[]): SelectionRange[] {
  const { lines, text } = analysis;
  const tree = treeFor(analysis);
  return positions.map((position) => {
    const offset = lines.offsetAt(position);
    const chain: OffsetRange[] = [{ start: 0, end: text.length }];
    let level = tree.nodes;
    for (;;) {
      const inside = level.find((n) => n.range.start <= offset && offset <= n.range.end);
      if (!inside) break;
      chain.push(inside.range);
      if (inside.selectionRange.start <= offset && offset <= inside.selectionRange.end) chain.push(inside.selectionRange);
      level = inside.children;
    }
    let selection: SelectionRange | undefined;
    let last: OffsetRange | undefined;
    for (const r of chain) {
      if (last && r.start === last.start && r.end === last.end) continue;
      selection = { range: lines.rangeAt(r.start, r.end), ...(selection ? { parent: selection } : {}) };
      last = r;
    }
    return selection ?? { range: lines.rangeAt(offset, offset) };
  });
}

function toItem(analysis: DocumentAnalysis, node: StructureNode, id: string): StructureItem {
  const { lines } = analysis;
  return {
    id,
    kind: node.kind,
    title: node.title,
    numbering: node.numbering,
    level: node.level,
    ...(node.role ? { role: node.role, roleLabel: ROLE_LABELS[node.role] } : {}),
    range: lines.rangeAt(node.range.start, node.range.end),
    selectionRange: lines.rangeAt(node.selectionRange.start, node.selectionRange.end),
    chars: node.chars,
    placeholders: node.placeholders,
    children: node.children.map((c, i) => toItem(analysis, c, `${id}/${i}`)),
  };
}

/** What `gongwen/structure` returns. */
export function structureOf(analysis: DocumentAnalysis): StructureResult {
  const tree = treeFor(analysis);
  const { lines } = analysis;
  const { scheme } = tree;
  const roles = tree.sections.map((s) => s.role);
  const missingRoles: SectionRole[] =
    scheme && tree.sections.length >= 2 && !roles.includes('unknown') ? scheme.roles.filter((r) => !roles.includes(r)) : [];
  return {
    uri: analysis.uri,
    version: analysis.version,
    docType: tree.docType,
    docTypeName: DOCTYPE_NAMES[tree.docType],
    ...(scheme ? { scheme: { name: scheme.name, roles: scheme.roles.map((role) => ({ role, label: ROLE_LABELS[role] })) } } : {}),
    ...(tree.title ? { title: { text: tree.title.text, range: lines.rangeAt(tree.title.start, tree.title.end) } } : {}),
    ...(tree.address
      ? { address: { text: tree.address.text, range: lines.rangeAt(tree.address.start, tree.address.end) }, addressLabel: addressLabelOf(tree.docType) }
      : {}),
    chars: tree.chars,
    spoken: isSpoken(tree.docType, tree.chars),
    placeholders: tree.placeholders,
    items: tree.nodes.map((n, i) => toItem(analysis, n, String(i))),
    missingRoles,
  };
}
