/**
 * number.redundant-approximation — an approximate figure marked twice, or marked in contradictory
 * ways: 约3000万元左右, 大约……左右, 近百人左右 (约 and 左右 both say "about": drop 左右, a certain
 * fix); 接近80%以上, 将近400余人 (nearly vs. more than), 至少3人以上, 超过80%以上 (the bounds say
 * it twice), 降低了一倍 (a decrease cannot be a multiple). Only the first kind has a preferred fix.
 *
 * 约 and 近 are read as approximators only when they are not part of a word (节约, 制约, 预约;
 * 最近, 附近, 临近) and a figure follows at once or after a short verb (约有, 约占, 约为). 近 before
 * a span of time (近10余年, 近三年来) means "recent", not "nearly", and is left alone.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { matches, replaceFinding } from './helpers';

const ID = 'number.redundant-approximation';

const NUM = '(?:[0-9]+(?:\\.[0-9]+)?|[一二三四五六七八九十两几百千]+)';
/** A short verb after the approximator, possibly with a few words before the figure: 约占全县60%. */
const VERB = '(?:(?:有|为|是|达到?|占|需要?|在|共计?|合计|用时|耗时|花费)[^0-9\\s，。；：、！？,;:!?（）()“”《》]{0,4}?)?';
const GAP = '[^\\s，。；：、！？,;:!?（）()“”《》\\r\\n]{0,8}?';
/** Characters that make 约/近 part of a word when they come first: 节约, 最近. */
const NOT_APPROX_BEFORE: Record<string, RegExp> = {
  约: /[节制预合公简邀契特违履相隐婉租签条誓盟立失赴爽缔规成践守解毁如大]/,
  近: /[最附亲靠临邻就贴逼远浅相走拉迫将接挨]/,
};
const TIME_UNIT = /^(?:[0-9.]+|[一二三四五六七八九十两几百千]+)(?:余|多)?(?:个)?(?:年|月|天|日|周|星期|小时|期|届|季度)/;

interface Pattern {
  re: RegExp;
  /** Groups: 1 the first marker, 2 what lies between, 3 the second marker. */
  message: (first: string, second: string) => string;
  /** Fix: drop the second marker (preferred) or offer both drops. */
  preferredDropSecond: boolean;
}

const PATTERNS: Pattern[] = [
  {
    re: new RegExp(`(大约|大概|约莫|约|将近|接近|近)(${VERB}${NUM}${GAP})(左右|上下(?![\\u4e00-\\u9fff]))`, 'g'),
    message: (a, b) => `“${a}”与“${b}”都表示约数，语义重复，应删去其一（如删去“${b}”）。`,
    preferredDropSecond: true,
  },
  {
    re: new RegExp(`(将近|接近|近|大约|约)(${VERB}${NUM})(余(?!额)|多(?![样种元方次措]))`, 'g'),
    message: (a, b) => `“${a}”表示不足或约数，“${b}”表示超出，两者矛盾，应删去其一。`,
    preferredDropSecond: false,
  },
  {
    re: new RegExp(`(将近|接近|近|大约|约)(${VERB}${NUM}${GAP})(以上|之上|以下|之下)`, 'g'),
    message: (a, b) => `“${a}”表示约数，“${b}”表示界限，两者不能同时使用，应删去其一。`,
    preferredDropSecond: false,
  },
  {
    re: new RegExp(`(至少|最少|起码|超过|多于|高于|大于)(${VERB}${NUM}${GAP})(以上|之上)`, 'g'),
    message: (a, b) => `“${a}”与“${b}”都表示下限，语义重复，应删去其一。`,
    preferredDropSecond: false,
  },
  {
    re: new RegExp(`(超过|多于|高于|大于)(${NUM})(余(?!额)|多(?![样种元方次措]))`, 'g'),
    message: (a, b) => `“${a}”与“${b}”都表示超出，语义重复，应删去其一。`,
    preferredDropSecond: false,
  },
  {
    re: new RegExp(`(最多|至多|不超过|少于|低于)(${VERB}${NUM}${GAP})(以下|之下|以内)`, 'g'),
    message: (a, b) => `“${a}”与“${b}”都表示上限，语义重复，应删去其一。`,
    preferredDropSecond: false,
  },
];

const HALVING = /(降低|减少|下降|缩小|缩减|减小|减低|压缩|降)了?(?:[0-9]+(?:\.[0-9]+)?|[一二三四五六七八九十两几]+)倍/g;

function approximatorIsWord(text: string, start: number, word: string): boolean {
  const deny = NOT_APPROX_BEFORE[word];
  return deny !== undefined && deny.test(text.charAt(start - 1));
}

export const redundantApproximation: Rule = {
  id: ID,
  scope: 'line',
  description: '约数表达重复或矛盾（约……左右、接近……以上等）',
  descriptionEn: 'Redundant or contradictory approximation (约……左右, 接近……以上 etc.)',
  defaultSeverity: 'warning',
  docs: {
    summary: '同一个数前后重复表示约数（约……左右、近百人左右）或者表示相互矛盾的界限（接近80%以上、将近400余人、至少……以上），以及“降低了一倍”这类不合逻辑的说法，都应修改。',
    source: '《党政机关公文处理工作条例》第十九条（表述准确、字词规范）；概数不重复表示（语言规范）',
    bad: '总投资约3000万元左右；将近400余人；降低了一倍',
    good: '总投资约3000万元；近400人；降低了50%',
  },
  check(context: RuleContext): RuleFinding[] {
    const { text } = context;
    const findings: RuleFinding[] = [];
    for (const p of PATTERNS) {
      for (const m of matches(context, p.re)) {
        const [whole, first = '', middle = '', second = ''] = m;
        const start = m.index;
        const end = start + whole.length;
        if (approximatorIsWord(text, start, first)) continue;
        if (first === '近' && TIME_UNIT.test(middle + second + text.slice(end, end + 3))) continue;
        if (findings.some((f) => f.start < end && start < f.end)) continue;
        const secondStart = end - second.length;
        findings.push(
          replaceFinding(ID, start, end, p.message(first, second), [
            { title: `删去“${second}”`, start: secondStart, end, newText: '', preferred: p.preferredDropSecond },
            { title: `删去“${first}”`, start, end: start + first.length, newText: '' },
          ]),
        );
      }
    }
    for (const m of matches(context, HALVING)) {
      findings.push({
        rule: ID,
        start: m.index,
        end: m.index + m[0].length,
        message: `“${m[0]}”不合逻辑：减少不能用倍数表示，应改用百分数或分数，如“降低了50%”“减少了一半”。`,
        fixes: [],
      });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
