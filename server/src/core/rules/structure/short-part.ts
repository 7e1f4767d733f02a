/**
 * structure.short-part — a level-1 part far shorter than the others: under a quarter of the
 * median length of its siblings, in a document of three or more parts whose others run to 300
 * characters or more (short documents are left alone). Information; no fix.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { headingText, numberedSections, onHeading, STRUCTURE_SOURCE, STRUCTURE_TYPES, treeOf } from './helpers';

const ID = 'structure.short-part';
const MIN_MEDIAN = 300;
const RATIO = 4;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export const structureShortPart: Rule = {
  id: ID,
  description: '某一部分篇幅远少于其他部分',
  descriptionEn: 'One part is far shorter than the others',
  defaultSeverity: 'information',
  appliesTo: STRUCTURE_TYPES,
  docs: {
    summary: '讲话稿、工作总结、调研报告的各部分篇幅宜大体均衡。某一部分不到其他部分中位数的四分之一时提示（其他部分在 300 字以上时才检查）。',
    source: STRUCTURE_SOURCE,
    bad: '一、……（800字）\n二、……（60字）\n三、……（700字）',
    good: '一、……（800字）\n二、……（500字）\n三、……（700字）',
  },
  check(context: RuleContext): RuleFinding[] {
    const sections = numberedSections(treeOf(context));
    if (sections.length < 3) return [];
    return sections.flatMap((s) => {
      const others = sections.filter((o) => o !== s).map((o) => o.chars);
      const m = median(others);
      if (m < MIN_MEDIAN || s.chars * RATIO >= m) return [];
      const message = `“${headingText(s)}”这一部分只有 ${s.chars} 字，其他部分一般约 ${Math.round(m)} 字，篇幅明显偏少；可充实内容，或并入其他部分。`;
      return [onHeading(ID, s, message)];
    });
  },
};
