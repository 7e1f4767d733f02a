/**
 * typo.de — 的、地、得 where the sentence's structure leaves no choice. Precision first: only two
 * patterns, both read from the segmentation (的 must be a word of its own, so 目的、的确 are never
 * touched), and everything else is left alone, however suspicious:
 *
 * - 得: an action verb, 的, then a complement closing the clause: a degree word and an adjective
 *   (工作做的很好。任务完成的非常出色，) or a complement idiom (开展的如火如荼。打扫的干干净净。).
 *   The clause must end right after it: 取得的非常显著的成效 and 正在开展的如火如荼的行动 are a
 *   relative clause and stay quiet. Verbs whose V的 commonly names a thing (说的、讲的、写的、想的、
 *   看的: 他说的很对 = what he said is right) are not listed, nor is 所V的 (所做的非常有限), nor
 *   quantities (要做的很多、要做的非常多).
 * - 地: an adverbial (切实、认真、扎扎实实) before 的 and a verb with a result complement right
 *   after it (做好、抓好、落实好): 切实的做好 → 切实地做好. Plain verbs after it (推进、加强) are
 *   not reported: 积极的推进作用、得到切实的加强 are noun phrases.
 */
import { overlapsAny } from '../../markdown';
import { wordsOfText, type Token } from '../../segmenter/segmenter';
import type { Rule, RuleContext, RuleFinding } from '../../types';

const ID = 'typo.de';

/** Verbs whose V的 + degree + adjective at the end of a clause is a degree complement (V得). */
const ACTION_VERBS = new Set([
  '做', '干', '抓', '办', '搞', '管', '走', '跑', '变', '完成', '开展', '推进', '落实', '执行', '贯彻', '组织', '安排', '部署',
  '发展', '建设', '管理', '推动', '实施', '处理', '解决', '把握', '掌握', '准备', '发挥', '体现', '进行', '运行', '运转',
  '增长', '提高', '提升', '改善', '打扫', '整改', '整治', '衔接', '配合', '协调', '筹备', '谋划', '统筹', '督促', '监管',
  '宣传', '响应', '落地', '推广', '保障', '服务', '布置', '收拾', '整理', '维护', '治理', '坚持', '把关', '变化', '保持', '维持',
]);

const DEGREES = ['非常', '十分', '特别', '相当', '比较', '较为', '更加', '格外', '极为', '极其', '尤为', '越来越', '不够', '不太', '很', '更', '太'];

const ADJECTIVES = [
  '好', '出色', '扎实', '到位', '充分', '及时', '快', '慢', '顺利', '圆满', '细致', '细', '认真', '深入', '深', '透彻', '透',
  '实', '有效', '成功', '突出', '明显', '显著', '精彩', '丰富', '严格', '规范', '彻底', '稳妥', '稳', '牢', '紧', '周到',
  '周密', '积极', '主动', '不错', '热烈', '生动', '具体', '清楚', '清晰', '全面', '迅速', '快速', '平稳', '健康', '红火',
  '热闹', '务实', '高效', '精准', '准确', '合理', '科学', '完善', '完整', '辛苦', '艰难', '困难', '漂亮', '干净', '整齐',
  '有序', '扎实有效', '有声有色', '理想', '满意', '成熟', '活跃', '美好', '美', '远', '早', '晚',
];

/** Complements that follow a verb directly (no degree word). */
const IDIOMS = [
  '如火如荼', '有声有色', '井井有条', '淋漓尽致', '恰到好处', '热火朝天', '有条不紊', '卓有成效', '扎实有效', '风生水起',
  '扎扎实实', '红红火火', '干干净净', '清清楚楚', '明明白白', '一清二楚', '整整齐齐', '踏踏实实', '稳稳当当', '井然有序',
];

/** Where a clause ends: punctuation, a closing bracket or quote, or the end of the line. */
const CLAUSE_END = '(?=[，。；！？：、,.;!?）)”’…—\\r\\n]|$)';

const alternatives = (items: readonly string[]): string => [...items].sort((a, b) => b.length - a.length).join('|');

/** What may follow 的 for it to be 得. */
const COMPLEMENT = new RegExp(`^(?:(?:${alternatives(DEGREES)})(?:${alternatives(ADJECTIVES)})|${alternatives(IDIOMS)})了?${CLAUSE_END}`);

/** Adverbials that take 地 before a verb (and are not nouns). */
const ADVERBIALS = new Set([
  '切实', '认真', '扎实', '积极', '全面', '深入', '主动', '坚定不移', '扎扎实实', '认认真真', '实实在在', '踏踏实实', '坚决',
  '大力', '不断', '持续', '着力', '努力', '严格', '牢牢', '稳步', '有序', '高质量', '创造性', '自觉',
]);

/** Verbs with a result complement: after an adverbial and 的, 的 is 地. */
const RESULT_VERBS = [
  '做好', '抓好', '搞好', '办好', '管好', '用好', '守好', '建好', '干好', '抓实', '做实', '抓牢', '落实好', '履行好',
  '完成好', '贯彻好', '执行好', '落实到位', '推进好', '发挥好', '把握好', '维护好', '解决好',
];

const RESULT_VERB = new RegExp(`^(?:${alternatives(RESULT_VERBS)})`);


/** The rest of the line after `offset`, at most 16 units (the longest pattern is shorter). */
function after(text: string, offset: number): string {
  let end = offset;
  const stop = Math.min(text.length, offset + 16);
  while (end < stop && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return text.slice(offset, end);
}

export const typoDe: Rule = {
  id: ID,
  description: '“的、地、得”误用（做的很好、切实的做好）',
  descriptionEn: 'Misused 的, 地, 得 (做的很好, 切实的做好)',
  defaultSeverity: 'warning',
  needsWords: true,
  // Its findings on a line depend on that line and its words only: cached per line (core/incremental.ts).
  scope: 'line',
  docs: {
    summary:
      '动词后接补语用“得”（工作做得很好、任务完成得非常出色、活动开展得如火如荼），状语后接动词用“地”（切实地做好、认真地抓好）。只报结构确定的写法：“说的很对”“所做的非常有限”“取得的非常显著的成效”“积极的推进作用”等可能是正确的“的”字结构，不报。',
    source: '《现代汉语词典》第7版“的”“地”“得”条；《党政机关公文处理工作条例》第十九条（文字准确）',
    bad: '这项工作做的很好，各项任务完成的非常出色，大家要切实的做好下一步工作。',
    good: '这项工作做得很好，各项任务完成得非常出色，大家要切实地做好下一步工作。',
  },
  examples: {
    invalid: [
      { text: '青山县今年的防汛工作做⟦的⟧很好。', output: '青山县今年的防汛工作做得很好。' },
      { text: '各项任务完成⟦的⟧非常出色，群众比较满意。', output: '各项任务完成得非常出色，群众比较满意。' },
      { text: '白河县人居环境整治开展⟦的⟧如火如荼。\r\n😀村容村貌打扫⟦的⟧干干净净。', output: '白河县人居环境整治开展得如火如荼。\r\n😀村容村貌打扫得干干净净。' },
      { text: '一些问题解决⟦的⟧不够及时，整改落实⟦的⟧不够到位。', output: '一些问题解决得不够及时，整改落实得不够到位。' },
      { text: '全县上下要切实⟦的⟧做好防汛工作，认认真真⟦的⟧抓好落实。', output: '全县上下要切实地做好防汛工作，认认真真地抓好落实。' },
    ],
    valid: [
      '他说的很对，大家讲的也很有道理。',
      '我们所做的非常有限，要做的还很多，需要做的非常多。',
      '一年来取得的非常显著的成效，正在开展的如火如荼的专项行动。',
      '发挥了积极的推进作用，安全工作得到切实的加强。',
      '认真的研究是做好工作的前提，目的很明确，的确如此。',
      '工作做得很好，任务完成得非常出色，切实地做好各项工作。',
      '经济发展的很快就会见效。𠮷',
    ],
  },
  check(context: RuleContext): RuleFinding[] {
    const tokens = wordsOfText(context.text, context.words);
    if (!tokens) return [];
    const { text } = context;
    const findings: RuleFinding[] = [];
    for (let i = 1; i + 1 < tokens.length; i++) {
      const de = tokens[i] as Token;
      if (de.text !== '的') continue;
      const before = tokens[i - 1] as Token;
      if (overlapsAny(context.ignored, before.start, de.end + 1)) continue;
      const rest = after(text, de.end);
      let right: '得' | '地' | undefined;
      if (ACTION_VERBS.has(before.text) && tokens[i - 2]?.text !== '所' && COMPLEMENT.test(rest)) right = '得';
      else if (ADVERBIALS.has(before.text) && RESULT_VERB.test(rest)) right = '地';
      if (!right) continue;
      const message = right === '得' ? `动词“${before.text}”后接补语，“的”应为“得”（做得很好）。` : `状语“${before.text}”修饰动词，“的”应为“地”（切实地做好）。`;
      findings.push({
        rule: ID,
        start: de.start,
        end: de.end,
        message,
        fixes: [{ title: `改为“${right}”`, edits: [{ start: de.start, end: de.end, newText: right }], preferred: true }],
      });
    }
    return findings;
  },
};
