/**
 * heading.too-deep — more than four heading levels: a ① list under a （1）. GB/T 9704 gives four
 * levels; deeper structure should be simplified or written as running text (一是……二是……).
 * Reported once per group, at `information`; no fix.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { finding, HEADING_SOURCE, markerText, NO_FINDINGS, numbered, outlineOf } from './helpers';

const ID = 'heading.too-deep';

export const headingTooDeep: Rule = {
  id: ID,
  description: '标题层次超过四层',
  descriptionEn: 'Headings nested deeper than four levels',
  defaultSeverity: 'information',
  docs: {
    summary: '公文结构层次一般不超过四层（“一、”“（一）”“1.”“（1）”）；更细的内容宜精简层次或改为段内“一是……二是……”的表述。',
    source: HEADING_SOURCE,
    bad: '（1）加强监测\n①完善站点',
    good: '（1）加强监测。一是完善站点……',
  },
  check(context: RuleContext): RuleFinding[] {
    const { nodes } = outlineOf(context);
    return numbered(nodes).flatMap((n) => {
      const h = n.heading;
      if (n.level <= 4 || !h.marker || n.previousSibling !== undefined || n.continues !== undefined) return NO_FINDINGS;
      const parent = n.parent === undefined ? undefined : nodes[n.parent]?.heading;
      const message = `“${parent ? markerText(parent) : ''}”之下的“${markerText(h)}”已是第五层标题：公文层次一般不超过四层，建议精简层次或改为段内表述（一是……二是……）。`;
      return [finding(ID, h.marker.start, h.marker.end, message)];
    });
  },
};
