/**
 * Shared by the heading.* rules: the parsed headings and their tree (computed once per analysis),
 * how a heading's number should read, and renumbering fixes.
 */
import { buildOutline, markerFor, numeralFor, parseStructure, type HeadingLine, type OutlineNode, type Span } from '../../structure/headings';
import type { Fix, RuleContext, RuleFinding, TextEdit } from '../../types';

export interface Outline {
  headings: HeadingLine[];
  nodes: OutlineNode[];
  /** The first non-empty line (the title of a whole document). */
  title?: Span;
}

const cache = new WeakMap<RuleContext, Outline>();

/** The headings and tree of the analysed text; every heading rule of one analysis shares them. */
export function outlineOf(context: RuleContext): Outline {
  let outline = cache.get(context);
  if (!outline) {
    const { headings, title } = parseStructure(context.text, context.format, context.ignored);
    outline = { headings, nodes: buildOutline(headings), ...(title ? { title } : {}) };
    cache.set(context, outline);
  }
  return outline;
}

/** The marker as written, for messages: “（二）、”. */
export function markerText(h: HeadingLine): string {
  return h.marker?.text ?? '';
}

/** The standard marker of the heading's own form for another ordinal: （三）. */
export function standardMarker(h: HeadingLine, ordinal: number): string {
  return markerFor(h.form, ordinal);
}

export const LEVEL_NAMES = ['', '第一层', '第二层', '第三层', '第四层', '第五层'];

/** Edit replacing the number of a heading (only the numeral: brackets and marks stay as they are). */
export function renumberEdit(h: HeadingLine, ordinal: number): TextEdit | undefined {
  if (!h.marker) return undefined;
  return { start: h.marker.numeral.start, end: h.marker.numeral.end, newText: numeralFor(h.form, ordinal) };
}

/** The members of a node's sibling group, in order. */
export function groupOf(nodes: readonly OutlineNode[], node: OutlineNode): OutlineNode[] {
  return nodes.filter((n) => n.group === node.group);
}

/**
 * Fixes for a heading whose number is off: renumber just this heading, and renumber it and the rest
 * of its group in sequence. Neither is preferred: the writer may have dropped a section on purpose.
 * The second fix edits the later siblings' numbers too (outside the finding): that is its purpose.
 */
export function renumberFixes(nodes: readonly OutlineNode[], node: OutlineNode, expected: number): Fix[] {
  const h = node.heading;
  const fixes: Fix[] = [];
  const own = renumberEdit(h, expected);
  if (!own) return fixes;
  fixes.push({ title: `改为“${standardMarker(h, expected)}”`, edits: [own] });
  const later = groupOf(nodes, node).filter((n) => n.index > node.index);
  if (later.length > 0) {
    const edits = [own];
    later.forEach((n, i) => {
      const e = renumberEdit(n.heading, expected + i + 1);
      if (e && e.newText !== n.heading.marker?.numeral.text) edits.push(e);
    });
    if (edits.length > 1) fixes.push({ title: `从“${standardMarker(h, expected)}”起依次重新编号`, edits });
  }
  return fixes;
}

export function finding(rule: string, start: number, end: number, message: string, fixes: Fix[] = []): RuleFinding {
  return { rule, start, end, message, fixes };
}

/** Numbered headings only (unnumbered Markdown headings carry no marker). */
export function numbered(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.filter((n) => n.heading.marker !== undefined);
}

export const HEADING_SOURCE = 'GB/T 9704-2012 7.3.3';
export const ORDINAL_PUNCT_SOURCE = 'GB/T 15834-2011 附录B.3（序次语之后的标点）';
