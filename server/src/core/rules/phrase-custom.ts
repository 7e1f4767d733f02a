/**
 * phrase.custom — the user's own disallowed phrases from settings or .gongwenrc.json, each a
 * literal or a regular expression with an optional replacement and message.
 */
import type { CustomPhrase } from '../settings';
import type { Rule, RuleContext, RuleFinding } from '../types';

export const CUSTOM_PHRASE_RULE_ID = 'phrase.custom';

/** Longest text one custom regex may scan per line; keeps a pathological pattern bounded. */
const MAX_LINE_FOR_REGEX = 5000;

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function customPhraseRule(phrases: readonly CustomPhrase[]): Rule {
  const compiled = phrases.map((p) => ({ phrase: p, re: new RegExp(p.regex ? p.pattern : escape(p.pattern), 'gu') }));
  return {
    id: CUSTOM_PHRASE_RULE_ID,
    description: '自定义的禁用或不规范用语',
    defaultSeverity: 'warning',
    scope: 'line',
    docs: { summary: '本单位在 .gongwenrc.json 或设置中规定不使用的词语。', source: '本单位规定（.gongwenrc.json）' },
    check(context: RuleContext): RuleFinding[] {
      const findings: RuleFinding[] = [];
      const lineRe = /[^\r\n]+/g;
      for (let line = lineRe.exec(context.text); line; line = lineRe.exec(context.text)) {
        if (line[0].length > MAX_LINE_FOR_REGEX) continue;
        for (const { phrase, re } of compiled) {
          re.lastIndex = 0;
          for (let m = re.exec(line[0]); m; m = re.exec(line[0])) {
            if (m[0].length === 0) {
              re.lastIndex++;
              continue;
            }
            const start = line.index + m.index;
            const end = start + m[0].length;
            const replacement = phrase.replacement;
            const message =
              phrase.message ??
              (replacement !== undefined ? `“${m[0]}”不符合本单位用语规定，应改为“${replacement}”。` : `“${m[0]}”不符合本单位用语规定，请改写。`);
            findings.push({
              rule: CUSTOM_PHRASE_RULE_ID,
              start,
              end,
              message,
              fixes:
                replacement !== undefined
                  ? [{ title: `改为“${replacement}”`, edits: [{ start, end, newText: replacement }], preferred: !phrase.regex }]
                  : [],
            });
          }
        }
      }
      return findings;
    },
  };
}
