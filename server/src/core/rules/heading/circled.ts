/**
 * heading.circled — ① used as a heading number where the fourth level （1） belongs. GB/T 9704
 * lists four levels and ① is not one of them. At `information` with a fix that is offered, not
 * preferred: ① lists are common and some house styles allow them. A ① under a （1） is a fifth
 * level: heading.too-deep reports that instead.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { finding, HEADING_SOURCE, markerText, NO_FINDINGS, outlineOf } from './helpers';

const ID = 'heading.circled';

export const headingCircled: Rule = {
  id: ID,
  description: '用“①”作标题序号（第四层应为“（1）”）',
  descriptionEn: 'Circled number ① as a heading number (the fourth level is （1）)',
  defaultSeverity: 'information',
  docs: {
    summary: '公文层次序数第四层用“（1）”，不用“①”“①、”。',
    source: HEADING_SOURCE,
    bad: '①加强监测预警',
    good: '（1）加强监测预警',
  },
  check(context: RuleContext): RuleFinding[] {
    return outlineOf(context).nodes.flatMap((n) => {
      const h = n.heading;
      if (h.form !== 'circled' || !h.marker || h.ordinal === undefined || n.level !== 4 || n.continues !== undefined) return NO_FINDINGS;
      const right = `（${h.ordinal}）`;
      return [
        finding(ID, h.marker.start, h.marker.end, `标题序号“${markerText(h)}”：公文第四层序号应写作“${right}”。`, [
          { title: `改为“${right}”`, edits: [{ start: h.marker.start, end: h.marker.end, newText: right }] },
        ]),
      ];
    });
  },
};
