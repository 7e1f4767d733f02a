/**
 * Shared by the structure.* rules: the document tree (built once per analysis) and the
 * top-level sections with their roles. Structure findings are information only and never fixed.
 */
import { buildDocumentTree, type DocumentTree, type StructureNode } from '../../structure/outline';
import { ROLE_LABELS, type RoleScheme, type SectionRole } from '../../structure/roles';
import type { RuleContext, RuleFinding } from '../../types';

export const STRUCTURE_SOURCE = '公文写作惯例（讲话稿“认识—问题—举措”、工作总结“成绩—问题—打算”、调研报告“情况—问题—建议”）';

const cache = new WeakMap<RuleContext, DocumentTree>();

export function treeOf(context: RuleContext): DocumentTree {
  let tree = cache.get(context);
  if (!tree) {
    tree = buildDocumentTree(context.text, context.format, { docType: context.docType, ignored: context.ignored });
    cache.set(context, tree);
  }
  return tree;
}

/** The numbered top-level sections of the main text (unnumbered Markdown headings do not count). */
export function numberedSections(tree: DocumentTree): StructureNode[] {
  return tree.sections.filter((s) => s.heading?.ordinal !== undefined);
}

export function roleName(role: SectionRole): string {
  return `“${ROLE_LABELS[role]}”`;
}

/** The position of a role in its scheme (−1 for unknown). */
export function roleIndex(scheme: RoleScheme, role: SectionRole | undefined): number {
  return role === undefined || role === 'unknown' ? -1 : (scheme.roles as readonly SectionRole[]).indexOf(role);
}

/** A finding on a section's heading words. */
export function onHeading(rule: string, node: StructureNode, message: string): RuleFinding {
  return { rule, start: node.selectionRange.start, end: node.selectionRange.end, message, fixes: [] };
}

/** The heading as written, for messages: 二、正视问题短板. */
export function headingText(node: StructureNode): string {
  return `${node.numbering}${node.title}`;
}

export const STRUCTURE_TYPES = ['speech', 'summary', 'research'] as const;
