/**
 * heading.sequence — gaps and repeats among sibling headings: 一、二、四、; 1. 2. 2.; a group that
 * does not start at 1. Only the heading where the order breaks is flagged (一、二、四、五、 flags 四).
 * A 1. after 1. 2. starts a new list and is not a repeat. A text whose first line is a heading not
 * numbered 1 is taken for an excerpt and not flagged for its start. The fixes (renumber this heading, or it
 * and the rest of the group) are offered, never preferred: the writer may have cut a section.
 * A counter carried over from the previous parent is heading.restart; a number that continues
 * an ancestor in another form is heading.mixed-form. No renumbering is offered that would change a
 * number the text refers to (第（三）项).
 */
import type { OutlineNode, Span } from '../../structure/headings';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { finding, HEADING_SOURCE, LEVEL_NAMES, markerText, NO_FINDINGS, numbered, outlineOf, renumberFixes, schemeOf, standardMarker } from './helpers';

const ID = 'heading.sequence';

function check(text: string, nodes: readonly OutlineNode[], node: OutlineNode, title: Span | undefined): readonly RuleFinding[] {
  const h = node.heading;
  const ordinal = h.ordinal;
  if (!h.marker || ordinal === undefined || node.continues !== undefined || node.cousin !== undefined) return NO_FINDINGS;
  const prev = node.previousSibling === undefined ? undefined : nodes[node.previousSibling]?.heading;
  const level = LEVEL_NAMES[node.level] ?? '';
  let expected: number;
  let message: string;
  if (!prev) {
    // A text that opens with its heading is an excerpt (（三）……): its first number proves nothing.
    if (ordinal === 1 || (node.parent === undefined && title && title.start >= h.lineRange.start && title.start < h.lineRange.end + 1)) return NO_FINDINGS;
    const earlier = node.parent === undefined ? undefined : runningOn(nodes, node);
    if (earlier?.heading.ordinal !== undefined) {
      // The document numbers this level right through its parts: the count goes on from the last part.
      expected = earlier.heading.ordinal + 1;
      const after = `“${markerText(earlier.heading)}”之后应为“${standardMarker(h, expected)}”`;
      message = `${level}标题序号不连续：本文${level}标题在各部分之间接续编号，${after}，此处为“${markerText(h)}”。`;
    } else {
      expected = 1;
      message = `${level}标题序号“${markerText(h)}”前没有同级标题：同级序号应从“${standardMarker(h, 1)}”开始。`;
    }
  } else {
    expected = (prev.ordinal ?? 0) + 1;
    if (ordinal === expected) return NO_FINDINGS;
    const after = `“${markerText(prev)}”之后应为“${standardMarker(h, expected)}”`;
    message =
      ordinal > expected
        ? `${level}标题序号不连续：${after}，此处为“${markerText(h)}”（缺少${ordinal - expected === 1 ? `“${standardMarker(h, expected)}”` : `${ordinal - expected}个序号`}）。`
        : `${level}标题序号${ordinal === prev.ordinal ? '重复' : '倒退'}：${after}，此处为“${markerText(h)}”。`;
  }
  return [finding(ID, h.marker.start, h.marker.end, message, renumberFixes(nodes, node, expected, text))];
}

/**
 * For the first heading of a group under a parent, in a run whose level is numbered right through
 * its parts (more parents carry the count on than restart it: see schemeOf): the last heading at
 * its level before it. Undefined when the level restarts under each parent, or on a tie.
 */
function runningOn(nodes: readonly OutlineNode[], node: OutlineNode): OutlineNode | undefined {
  const { continuing, restarting } = schemeOf(nodes, node);
  if (continuing.length <= restarting.length) return undefined;
  for (let i = node.index - 1; i >= 0; i--) {
    const n = nodes[i] as OutlineNode;
    if (n.run !== node.run) return undefined;
    if (n.level === node.level && n.heading.ordinal !== undefined) return n;
  }
  return undefined;
}

export const headingSequence: Rule = {
  id: ID,
  description: '同级标题序号不连续或重复（一、二、四、；1. 2. 2.）',
  descriptionEn: 'Heading numbers of one level skip or repeat (一、二、四、; 1. 2. 2.)',
  defaultSeverity: 'warning',
  docs: {
    summary: '同一层级的标题序号应从1开始依次排列，不跳号、不重号。修改建议只作参考：若有意删去某一部分，请同时调整后面的序号。',
    source: HEADING_SOURCE,
    bad: '（一）抓好粮食生产\n（二）做强特色产业\n（四）加强组织保障',
    good: '（一）抓好粮食生产\n（二）做强特色产业\n（三）加强组织保障',
  },
  check(context: RuleContext): RuleFinding[] {
    const { nodes, title } = outlineOf(context);
    return numbered(nodes).flatMap((n) => check(context.text, nodes, n, title));
  },
};
