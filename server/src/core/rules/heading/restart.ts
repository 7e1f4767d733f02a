/**
 * heading.restart — a level numbered against the document's own scheme. Where a new parent
 * begins, a document either starts the next level again at 1 under each parent (一、（一）（二）
 * 二、（一）…) or runs it on through the parts (一、（一）（二） 二、（三）…, as 国务院 意见 number
 * （一）…（二十五）); GB/T 9704-2012 7.3.3 fixes the markers, not this choice. The rule reads the
 * scheme of each level from the document itself (per numbering run: the main text, each 附件, a
 * second regulation after the first) and reports the minority:
 *
 *   - a counter carried over (（三） under 二、) where most parents restart: a warning;
 *   - a count restarted (（一） under 三、) where most parents run on: information;
 *   - on a tie (one of each), the carried-over counter, at information.
 *
 * A level that runs on everywhere (or restarts everywhere) is never reported. The fix renumbers
 * the group (its later numbers too) and is offered, not preferred; none is offered when the text
 * refers to a number it would change (第（三）项, 本意见第十条).
 */
import type { OutlineNode } from '../../structure/headings';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { finding, groupOf, HEADING_SOURCE, LEVEL_NAMES, markerText, NO_FINDINGS, numbered, outlineOf, referenceTo, renumberFixes, schemeOf, standardMarker } from './helpers';

const ID = 'heading.restart';

function referenceNote(text: string, nodes: readonly OutlineNode[], n: OutlineNode): string {
  const ref = referenceTo(text, nodes, groupOf(nodes, n).filter((m) => m.index >= n.index));
  return ref ? `文中有“${ref}”等引用，改号时请一并核对。` : '';
}

export const headingRestart: Rule = {
  id: ID,
  description: '下级标题序号的编排（每部分重新编号或全文接续编号）前后不一致',
  descriptionEn: 'Inconsistent numbering of sub-headings (restarting in each part vs. continuing through the document)',
  defaultSeverity: 'warning',
  docs: {
    summary:
      '下级标题序号可以在每个上级标题下重新编号，也可以全文接续编号（如国务院文件“（一）”至“（二十五）”贯穿各部分），但全文应采用同一种方式。多数部分重新编号、个别部分接续上一部分编号时提示；全文接续编号不提示。附件和另起的文件可自行编号。',
    source: HEADING_SOURCE,
    bad: '一、总体要求\n（一）指导思想\n（二）工作目标\n二、主要任务\n（一）抓好粮食生产\n（二）做强特色产业\n三、保障措施\n（三）加强组织领导',
    good: '一、总体要求\n（一）指导思想\n（二）工作目标\n二、主要任务\n（一）抓好粮食生产\n（二）做强特色产业\n三、保障措施\n（一）加强组织领导',
  },
  check(context: RuleContext): RuleFinding[] {
    const { nodes } = outlineOf(context);
    return numbered(nodes).flatMap((n) => {
      const h = n.heading;
      if (!h.marker || (n.cousin === undefined && n.restarts === undefined)) return NO_FINDINGS;
      const { continuing, restarting } = schemeOf(nodes, n);
      const parent = n.parent === undefined ? undefined : nodes[n.parent]?.heading;
      const under = parent?.marker ? `“${markerText(parent)}”下的` : '';
      const level = LEVEL_NAMES[n.level] ?? '';
      if (n.cousin !== undefined) {
        const cousin = nodes[n.cousin]?.heading;
        if (!cousin || restarting.length < continuing.length || restarting.length === 0) return NO_FINDINGS;
        const message = `${under}${level}标题接续了上一部分的“${markerText(cousin)}”，而本文其他部分的${level}标题都重新从“${standardMarker(h, 1)}”编号：此处宜为“${standardMarker(h, 1)}”。${referenceNote(context.text, nodes, n)}`;
        const f = finding(ID, h.marker.start, h.marker.end, message, renumberFixes(nodes, n, 1, context.text));
        return [restarting.length === continuing.length ? { ...f, soft: true } : f];
      }
      const earlier = n.restarts === undefined ? undefined : nodes[n.restarts];
      if (!earlier?.heading.ordinal || continuing.length <= restarting.length) return NO_FINDINGS;
      const expected = earlier.heading.ordinal + 1;
      const message = `本文${level}标题在各部分之间接续编号，${under}${level}标题却重新从“${markerText(h)}”编起（上一部分止于“${markerText(earlier.heading)}”）：接续编号时此处为“${standardMarker(h, expected)}”。${referenceNote(context.text, nodes, n)}`;
      return [{ ...finding(ID, h.marker.start, h.marker.end, message, renumberFixes(nodes, n, expected, context.text)), soft: true }];
    });
  },
};
