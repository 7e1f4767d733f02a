/**
 * typo.repeated — a word typed twice: 的的、了了、是是、我们我们、高质量发展高质量发展. Read from the
 * segmentation, so that two words that merely meet are left alone (目的的实现 is 目的 + 的,
 * 但是是否 is 但是 + 是否) and dictionary words are never split (不了了之, 实实在在, 的的确确,
 * 天天, 常常). Not flagged: a verb repeated to soften it (研究研究, 讨论讨论: the `allow` option
 * lists them), 一X一X (一步一步), numbers and Latin text, and any repeat the user allows.
 *
 * Certain (warning, preferred fix: delete the second copy): a function word doubled (的的), a
 * repeated word of three or more characters, a repeated pronoun or conjunction. Other two-character
 * repeats may be a reduplicated verb not in the list: information, fix offered, not preferred.
 */
import { overlapsAny } from '../../markdown';
import { defineOptions, optionsOf } from '../../ruleOptions';
import { wordsOfText, type Token } from '../../segmenter/segmenter';
import type { Rule, RuleContext, RuleFinding } from '../../types';

const ID = 'typo.repeated';

/** Single characters never written twice in a row as two words. */
const FUNCTION_CHARS = new Set('的了是在和与跟同把被将为从向及并于按就也都而之其以由给使因但或即再又很最更所'.split(''));

/** Two-character words whose doubling is never a reduplication (pronouns, conjunctions, prepositions). */
const NEVER_DOUBLED = new Set([
  '我们', '你们', '他们', '她们', '它们', '咱们', '大家', '自己', '同时', '以及', '并且', '而且', '但是', '因此',
  '所以', '如果', '虽然', '通过', '按照', '根据', '关于', '对于', '为了', '围绕',
]);

const OPTIONS = defineOptions({
  allow: {
    type: 'strings',
    zh: '可以叠用的词（如“研究研究”中的“研究”）：这些词连写两遍不报。',
    en: 'Words that may be said twice (a softened verb such as 研究研究): their repeats are not reported.',
    default: ['研究', '讨论', '学习', '商量', '考虑', '思考', '琢磨', '交流', '了解', '检查', '调查', '总结', '梳理', '比较', '分析', '锻炼', '介绍', '打听', '休息', '准备', '整理', '收拾', '活动', '实践', '沟通', '协调', '谈谈', '看看', '想想', '说说'],
    maxItems: 1000,
  },
});

const CJK = /^[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]+$/u;


/** How sure a repeat of `word` is a typo: 'certain', 'likely', or undefined when it is not reported. */
function judge(word: string, allowed: ReadonlySet<string>): 'certain' | 'likely' | undefined {
  if (!CJK.test(word) || allowed.has(word)) return undefined;
  if (word.length === 1) return FUNCTION_CHARS.has(word) ? 'certain' : undefined;
  if (word.startsWith('一')) return undefined; // 一步一步、一项一项
  if (word.length >= 3 || NEVER_DOUBLED.has(word)) return 'certain';
  return 'likely';
}

export const typoRepeated: Rule = {
  id: ID,
  description: '同一个词连写两遍（的的、我们我们）',
  descriptionEn: 'The same word written twice in a row (的的, 我们我们)',
  defaultSeverity: 'warning',
  needsWords: true,
  // Its findings on a line depend on that line and its words only: cached per line (core/incremental.ts).
  scope: 'line',
  options: OPTIONS,
  docs: {
    summary: '同一个词误连写了两遍，删去一个。叠用的动词（研究研究）、一X一X（一步一步）和词典中的叠词（常常、实实在在、不了了之）不报；可叠用的词可在选项 allow 中补充。',
    source: '《党政机关公文处理工作条例》第十九条（文字准确）；本工具约定',
    bad: '加强的的管理，我们我们要抓好落实',
    good: '加强的管理，我们要抓好落实',
  },
  examples: {
    invalid: [
      { text: '要切实加强安全生产的⟦的⟧管理。', output: '要切实加强安全生产的管理。' },
      { text: '会议强调，我们⟦我们⟧要抓好落实。', output: '会议强调，我们要抓好落实。' },
      { text: '推动高质量发展⟦高质量发展⟧取得新成效。', output: '推动高质量发展取得新成效。' },
      { text: '这件事大家再研究⟦研究⟧。', options: { allow: [] } },
      { text: '青山县是⟦是⟧全省产粮大县。😀\r\n𠮷字不算。', output: '青山县是全省产粮大县。😀\r\n𠮷字不算。' },
    ],
    valid: [
      '要实现工作目的的转变，但是是否推开还要研究。',
      '对群众反映的问题，不能不了了之，要实实在在解决，的的确确见效。',
      '这件事大家再研究研究，一步一步推进，天天抓、常常抓。',
      { text: '这笔账大家再合计合计。', options: { allow: ['合计'] } },
      '编号为1010的文件，ABAB型词语。',
    ],
  },
  check(context: RuleContext): RuleFinding[] {
    const tokens = wordsOfText(context.text, context.words);
    if (!tokens) return [];
    const allowed = new Set(optionsOf(context, OPTIONS).allow);
    const findings: RuleFinding[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const previous = tokens[i - 1] as Token;
      const token = tokens[i] as Token;
      if (token.text !== previous.text || overlapsAny(context.ignored, previous.start, token.end)) continue;
      // A run of three or more is reported once, at its last pair.
      if (tokens[i + 1]?.text === token.text) continue;
      const sure = judge(token.text, allowed);
      if (!sure) continue;
      findings.push({
        rule: ID,
        start: token.start,
        end: token.end,
        message: `“${token.text}”连写了两遍，应删去一个。`,
        fixes: [{ title: `删去重复的“${token.text}”`, edits: [{ start: token.start, end: token.end, newText: '' }], ...(sure === 'certain' ? { preferred: true } : {}) }],
        ...(sure === 'likely' ? { soft: true } : {}),
      });
    }
    return findings;
  },
};
