/**
 * heading.ordinal-comma — in-paragraph ordinals take a comma: 第一， 第二， 首先， 其次， (GB/T
 * 15834-2011 B.3: “第”“首先”“其次”等作序次语时后用逗号). Flags 第一、 首先、 at the start of a
 * sentence; certain fix 、 → ，. Not flagged: 第一、二季度 and 第一、第二名 (a list of ordinals, where
 * the 顿号 is right) and 全省第一、全国第三 (not at a sentence start).
 */
import { overlapsAny } from '../../markdown';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { finding, ORDINAL_PUNCT_SOURCE } from './helpers';

const ID = 'heading.ordinal-comma';

const ORDINAL = /(?<=^|[\s\u3000。；！？：:“‘（*>#-])(第[一二三四五六七八九十]{1,3}|首先|其次|再次|最后)、(?![一二三四五六七八九十第0-9０-９])/gm;

export const headingOrdinalComma: Rule = {
  id: ID,
  // Line-local: the ordinal stands at a line or sentence start on one line (the regex never reads a line break's far side).
  scope: 'line',
  description: '段内序次语后用了顿号（第一、应为第一，）',
  descriptionEn: 'Enumeration comma after an in-paragraph ordinal (第一、 should be 第一，)',
  defaultSeverity: 'warning',
  docs: {
    summary: '“第一”“第二”“首先”“其次”等作序次语时，后面用逗号，不用顿号。',
    source: ORDINAL_PUNCT_SOURCE,
    bad: '第一、加强组织领导。第二、强化资金保障。',
    good: '第一，加强组织领导。第二，强化资金保障。',
  },
  check(context: RuleContext): RuleFinding[] {
    const { text, ignored } = context;
    const findings: RuleFinding[] = [];
    ORDINAL.lastIndex = 0;
    for (let m = ORDINAL.exec(text); m; m = ORDINAL.exec(text)) {
      const word = m[1] ?? '';
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsAny(ignored, start, end)) continue;
      findings.push(
        finding(ID, start, end, `序次语“${word}”后应用逗号：“${word}、”应改为“${word}，”。`, [
          { title: `改为“${word}，”`, edits: [{ start: end - 1, end, newText: '，' }], preferred: true },
        ]),
      );
    }
    return findings;
  },
};
