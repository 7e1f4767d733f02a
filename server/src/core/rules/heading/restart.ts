/**
 * heading.restart — a counter not restarted under a new parent: under 二、 the first sub-heading is
 * （三） because it carries on from the （一）（二） under 一、. Each parent numbers its children from
 * the start. The fix renumbers the group from 1 (it edits the group's later numbers too) and is
 * offered, not preferred.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { finding, HEADING_SOURCE, LEVEL_NAMES, markerText, numbered, outlineOf, renumberFixes, standardMarker } from './helpers';

export const HEADING_RESTART_ID = 'heading.restart';

export const headingRestart: Rule = {
  id: HEADING_RESTART_ID,
  description: '下级标题序号在新的上级标题下没有重新编号',
  defaultSeverity: 'warning',
  docs: {
    summary: '每个上级标题之下，下级序号都从头编起：“二、”下的第一个第二层标题是“（一）”，不接续“一、”下的序号。',
    source: HEADING_SOURCE,
    bad: '一、总体要求\n（一）指导思想\n（二）工作目标\n二、主要任务\n（三）抓好粮食生产',
    good: '一、总体要求\n（一）指导思想\n（二）工作目标\n二、主要任务\n（一）抓好粮食生产',
  },
  check(context: RuleContext): RuleFinding[] {
    const { nodes } = outlineOf(context);
    return numbered(nodes).flatMap((n) => {
      const h = n.heading;
      const cousin = n.cousin === undefined ? undefined : nodes[n.cousin]?.heading;
      if (!cousin || !h.marker) return [];
      const parent = n.parent === undefined ? undefined : nodes[n.parent]?.heading;
      const under = parent?.marker ? `“${markerText(parent)}”下的` : '';
      const message = `${under}${LEVEL_NAMES[n.level]}标题应重新从“${standardMarker(h, 1)}”编号，此处“${markerText(h)}”接续了上一部分的“${markerText(cousin)}”。`;
      return [finding(HEADING_RESTART_ID, h.marker.start, h.marker.end, message, renumberFixes(nodes, n, 1))];
    });
  },
};
