/**
 * punct.enumeration-comma — a 顿号 between items that are already marked by 书名号 or 引号:
 * 《A》、《B》 → 《A》《B》; “A”、“B” → “A”“B”. When something stands between the marks (a 括注:
 * 《A》（2024年）、《B》) the 顿号 is right and nothing is flagged.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { finding, isProtected, protectedRanges, replace } from './helpers';

export const ENUMERATION_COMMA_RULE_ID = 'punct.enumeration-comma';

const WHAT: Record<string, string> = { '》': '书名号', '”': '引号', '’': '引号' };

export function checkEnumerationComma(context: RuleContext): RuleFinding[] {
  const { text } = context;
  const prot = protectedRanges(context);
  const out: RuleFinding[] = [];
  const re = /》、(?=《)|”、(?=“)|’、(?=‘)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + 1;
    if (isProtected(prot, at)) continue;
    const mark = text.charAt(m.index);
    const what = WHAT[mark] ?? '标号';
    const message = `并列的${what}之间不用顿号：${mark}、${text.charAt(at + 1)} 应写作 ${mark}${text.charAt(at + 1)}。`;
    out.push(finding(ENUMERATION_COMMA_RULE_ID, at, at + 1, message, [replace('删除顿号', at, at + 1, '')]));
  }
  return out;
}

export const punctEnumerationComma: Rule = {
  id: ENUMERATION_COMMA_RULE_ID,
  scope: 'line',
  description: '并列的书名号、引号之间的顿号',
  defaultSeverity: 'warning',
  docs: {
    summary: '标有书名号或引号的并列成分之间通常不用顿号；若书名号或引号后还有括注等其他成分，才用顿号。',
    source: 'GB/T 15834-2011 4.5.3.5',
    bad: '认真学习《条例》、《规定》和“三个到位”、“四个不放过”要求',
    good: '认真学习《条例》《规定》和“三个到位”“四个不放过”要求',
  },
  check: checkEnumerationComma,
};
