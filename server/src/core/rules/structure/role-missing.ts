/**
 * structure.role-missing — a speech, work summary or research report whose level-1 parts cover
 * two of the three roles of its pattern but not the third (认识—问题—举措 without 问题).
 * Quiet unless every numbered level-1 part has a clear role and at least two roles are present
 * (a speech made only of 举措 is a 部署 speech, not an incomplete one). Information; no fix.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { numberedSections, roleIndex, roleName, STRUCTURE_SOURCE, STRUCTURE_TYPES, treeOf } from './helpers';

const ID = 'structure.role-missing';

export const structureRoleMissing: Rule = {
  id: ID,
  description: '讲话稿、工作总结、调研报告缺少某一组成部分（如缺少“问题”部分）',
  descriptionEn: 'A speech, work summary or survey report lacks one of its parts (e.g. no 问题 part)',
  defaultSeverity: 'information',
  appliesTo: STRUCTURE_TYPES,
  docs: {
    summary: '讲话稿一般包括“认识—问题—举措”三部分，工作总结包括“成绩—问题—打算”，调研报告包括“情况—问题—建议”。各部分标题都能识别、且缺少其中一部分时提示。',
    source: STRUCTURE_SOURCE,
    bad: '一、提高思想认识……\n二、聚焦重点任务……',
    good: '一、提高思想认识……\n二、直面问题短板……\n三、聚焦重点任务……',
  },
  check(context: RuleContext): RuleFinding[] {
    const tree = treeOf(context);
    const { scheme } = tree;
    const sections = numberedSections(tree);
    if (!scheme || sections.length < 2 || sections.some((s) => roleIndex(scheme, s.role) < 0)) return [];
    const present = new Set(sections.map((s) => s.role));
    if (present.size < 2) return [];
    const missing = scheme.roles.filter((r) => !present.has(r));
    if (missing.length === 0) return [];
    const at = tree.title ?? sections[0]?.selectionRange;
    if (!at) return [];
    const names = missing.map(roleName).join('、');
    const has = scheme.roles.filter((r) => present.has(r)).map(roleName).join('、');
    const message = `${scheme.typeName}一般按“${scheme.name}”组织，本文有${has}部分，缺少${names}部分；如确需省略，可忽略此提示。`;
    return [{ rule: ID, start: at.start, end: at.end, message, fixes: [] }];
  },
};
