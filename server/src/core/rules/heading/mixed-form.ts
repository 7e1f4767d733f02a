/**
 * heading.mixed-form — siblings written in different forms: 一、总体要求 二、主要任务 3.保障措施.
 * The parser's tree sees that 3. continues the numbering of 二、 and makes it 二、's sibling; this
 * rule reports it and offers (not preferred) the sibling form: 三、.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { finding, HEADING_SOURCE, markerText, NO_FINDINGS, numbered, outlineOf, standardMarker } from './helpers';

const ID = 'heading.mixed-form';

export const headingMixedForm: Rule = {
  id: ID,
  description: '同级标题混用不同形式的序号',
  descriptionEn: 'Different forms of heading numbers mixed within one level',
  defaultSeverity: 'warning',
  docs: {
    summary: '同一层级的标题用同一种序号：第一层都用“一、”，第二层都用“（一）”，依此类推，不混用。',
    source: HEADING_SOURCE,
    bad: '一、总体要求\n二、主要任务\n3.保障措施',
    good: '一、总体要求\n二、主要任务\n三、保障措施',
  },
  check(context: RuleContext): RuleFinding[] {
    const { nodes } = outlineOf(context);
    return numbered(nodes).flatMap((n) => {
      const h = n.heading;
      const sibling = n.continues === undefined ? undefined : nodes[n.continues]?.heading;
      if (!sibling || !h.marker || h.ordinal === undefined) return NO_FINDINGS;
      const right = standardMarker(sibling, h.ordinal);
      const message = `标题序号“${markerText(h)}”与同级标题“${markerText(sibling)}”形式不一致：按顺序它接续“${markerText(sibling)}”，应写作“${right}”。`;
      return [finding(ID, h.marker.start, h.marker.end, message, [{ title: `改为“${right}”`, edits: [{ start: h.marker.start, end: h.marker.end, newText: right }] }])];
    });
  },
};
