/**
 * heading.skipped-level — a level skipped under a parent: 一、 followed straight by 1. (no （一）).
 * GB/T 9704 orders the levels 一、（一）1.（1）, but short two-level documents often go 一、 → 1.,
 * so this is `information` and reported once per document for each pattern (the first 一、 → 1.).
 * No fix.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { finding, HEADING_SOURCE, LEVEL_NAMES, markerText, NO_FINDINGS, numbered, outlineOf } from './helpers';

const ID = 'heading.skipped-level';
const FORMS = ['', '一、', '（一）', '1.', '（1）'];

export const headingSkippedLevel: Rule = {
  id: ID,
  description: '标题跳过了中间层级（一、之下直接用 1.）',
  descriptionEn: 'A heading skips a level (1. directly under 一、)',
  defaultSeverity: 'information',
  docs: {
    summary: '层次序数依次为“一、”“（一）”“1.”“（1）”，下级标题一般不跳层。两层结构的短文件直接用“一、”“1.”的较常见，故只作提示。',
    source: HEADING_SOURCE,
    bad: '一、总体要求\n1.指导思想',
    good: '一、总体要求\n（一）指导思想',
  },
  check(context: RuleContext): RuleFinding[] {
    const { nodes } = outlineOf(context);
    const seen = new Set<string>();
    return numbered(nodes).flatMap((n) => {
      const parent = n.parent === undefined ? undefined : nodes[n.parent];
      const h = n.heading;
      if (!parent?.heading.marker || !h.marker || n.previousSibling !== undefined || n.continues !== undefined) return NO_FINDINGS;
      if (n.level > 4 || n.level <= parent.level + 1) return NO_FINDINGS;
      const pattern = `${parent.level}>${n.level}`;
      if (seen.has(pattern)) return NO_FINDINGS;
      seen.add(pattern);
      const missing = FORMS.slice(parent.level + 1, n.level).map((f) => `“${f}”`).join('');
      const message = `“${markerText(parent.heading)}”之下直接用了${LEVEL_NAMES[n.level]}序号“${markerText(h)}”，跳过了${missing}这一层；如文件只有两层，可忽略此提示。`;
      return [finding(ID, h.marker.start, h.marker.end, message)];
    });
  },
};
