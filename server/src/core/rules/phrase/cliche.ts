/**
 * phrase.cliche — 套话 (高度重视、圆满成功、狠抓落实、进一步加强). Off by default. When on, each
 * cliché is reported once, at its first occurrence, with its count and the density of all clichés
 * per 1,000 characters of the document, so a writer sees how thick the 套话 is without a wall of
 * squiggles. No fix: replacing a cliché needs the facts behind it. House style: information even
 * when the rule is set to warning (the entries are soft).
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { CLICHE } from './data';
import { compile, matchEntries, type PhraseMatch } from './helpers';

const ID = 'phrase.cliche';

const COMPILED = compile(CLICHE);

/** Characters that count towards the density: everything but whitespace, a surrogate pair as one. */
function countChars(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/.test(ch)) n++;
  return n;
}

export const phraseCliche: Rule = {
  id: ID,
  description: '套话统计（高度重视、圆满成功、狠抓落实、进一步加强），默认关闭',
  descriptionEn: 'Cliché count (高度重视, 圆满成功, 狠抓落实, 进一步加强), off by default',
  defaultSeverity: 'off',
  docs: {
    summary: '统计全文套话的出现次数和每千字密度，每个套话只在首次出现处提示一次。套话不算错误，建议用具体措施和数据代替。',
    source: '本工具约定（文风建设：少说空话套话）',
    bad: '县委县政府高度重视，活动取得圆满成功。',
    good: '县委常委会两次专题研究，活动签约项目18个。',
  },
  check(context: RuleContext): RuleFinding[] {
    const matches = matchEntries(context, COMPILED);
    if (matches.length === 0) return [];
    const perThousand = (matches.length * 1000) / Math.max(1, countChars(context.text));
    const density = perThousand >= 10 ? perThousand.toFixed(0) : perThousand.toFixed(1);
    const groups = new Map<string, PhraseMatch[]>();
    for (const m of matches) {
      const key = context.text.slice(m.start, m.end);
      const group = groups.get(key);
      if (group) group.push(m);
      else groups.set(key, [m]);
    }
    const findings: RuleFinding[] = [];
    for (const [phrase, group] of groups) {
      const first = group[0] as PhraseMatch;
      const reason = first.entry.reason ?? '';
      findings.push({
        rule: ID,
        start: first.start,
        end: first.end,
        message: `套话“${phrase}”全文出现${group.length}次；全文套话共${matches.length}处，约每千字${density}处。建议${reason}。`,
        fixes: [],
        ...(first.entry.soft ? { soft: true } : {}),
      });
    }
    return findings;
  },
};
