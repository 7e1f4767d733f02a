/**
 * structure.role-order — level-1 parts whose roles run against the usual order: 举措 before
 * 问题, 打算 before 成绩. Reported on the first part that comes too late, once per document, and
 * only between parts whose roles are clear. Information; no fix (moving a part is the writer's call).
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { headingText, numberedSections, onHeading, roleIndex, roleName, STRUCTURE_SOURCE, STRUCTURE_TYPES, treeOf } from './helpers';

const ID = 'structure.role-order';

export const structureRoleOrder: Rule = {
  id: ID,
  description: '各部分顺序与惯例不符（如“举措”在“问题”之前）',
  descriptionEn: 'Parts in an unusual order (e.g. 举措 before 问题)',
  defaultSeverity: 'information',
  appliesTo: STRUCTURE_TYPES,
  docs: {
    summary: '讲话稿一般先讲认识、再讲问题、后讲举措；工作总结先成绩、再问题、后打算；调研报告先情况、再问题、后建议。部分顺序颠倒时提示。',
    source: STRUCTURE_SOURCE,
    bad: '一、聚焦重点任务……\n二、提高思想认识……',
    good: '一、提高思想认识……\n二、聚焦重点任务……',
  },
  check(context: RuleContext): RuleFinding[] {
    const tree = treeOf(context);
    const { scheme } = tree;
    if (!scheme) return [];
    const known = numberedSections(tree).filter((s) => roleIndex(scheme, s.role) >= 0);
    let latest = known[0];
    for (const s of known.slice(1)) {
      if (!latest) break;
      if (roleIndex(scheme, s.role) < roleIndex(scheme, latest.role)) {
        const message = `${scheme.typeName}一般按“${scheme.name}”的顺序展开，“${headingText(s)}”是${roleName(s.role ?? 'unknown')}部分，宜放在“${headingText(latest)}”（${roleName(latest.role ?? 'unknown')}部分）之前。`;
        return [onHeading(ID, s, message)];
      }
      if (roleIndex(scheme, s.role) > roleIndex(scheme, latest.role)) latest = s;
    }
    return [];
  },
};
