/**
 * punct.approximate-comma — a 顿号 inside an approximate number: 三、四天 → 三四天, 七、八个 → 七八个,
 * 二、三十人 → 二三十人. Only two adjacent Chinese numerals (or 三五, 一两, 两三) directly followed by
 * a measure word or unit are flagged. Not flagged: lists (一、二、三), ordinals and abbreviations
 * where the 顿号 is right (第三、四季度, 一、二级, 一、二年级, 五、六月 = 五月和六月), and heading
 * numbers at a line start (三、四个方面……).
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { atLineStart, charBefore, finding, isProtected, protectedRanges, replace } from './helpers';

const ID = 'punct.approximate-comma';

const PAIRS = ['一两', '两三', '二三', '三四', '四五', '五六', '六七', '七八', '八九', '三五'];
/** Measure words and units after which a numeral pair is a quantity, not a list of ordinals. */
const UNIT = new RegExp(
  '^(?:[十百千万亿]|个(?!体|别|性|案)|天|日|人(?!民|员|才|口|大|事)|名(?!单|称)|位(?!置)|岁|次(?!要)|遍|回|件|家(?!庭|长|属)|' +
    '户(?!籍)|条(?!例|款|件)|本(?!身|级|地)|部(?!门|署|分|长)|只|头(?!部)|米|里|公里|斤|公斤|吨|亩|年(?!级|代|度)|小时|分钟|' +
    '周(?!边|年)|星期|倍|成(?!效|果|绩|员|为|立|本)|句|步(?!骤)|辆|台(?!账)|座|所(?!属|有|在)|项(?!目)|元(?!素|旦)|块|张(?!贴)|' +
    '篇|种(?!植|养|类)|批(?!准|复|示|次)|支(?!持|部)|处(?!理|置|室|长)|趟)',
);

export function checkApproximateComma(context: RuleContext): RuleFinding[] {
  const { text } = context;
  const prot = protectedRanges(context);
  const out: RuleFinding[] = [];
  const re = /([一两二三四五六七八九])、([两二三四五六七八九])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const a = m[1] as string;
    const b = m[2] as string;
    const at = m.index + 1;
    re.lastIndex = at + 1;
    if (!PAIRS.includes(a + b)) continue;
    const before = charBefore(text, m.index);
    if ('第前后、'.includes(before) && before !== '') continue;
    if (atLineStart(text, m.index)) continue;
    const rest = text.slice(at + 2, at + 8);
    if (rest.startsWith('、') || !UNIT.test(rest) || /^十年代/.test(rest)) continue;
    if (isProtected(prot, at)) continue;
    const message = `相邻数字连用表示概数，中间不用顿号：“${a}、${b}”应写作“${a}${b}”。`;
    out.push(finding(ID, at, at + 1, message, [replace('删除顿号', at, at + 1, '')]));
  }
  return out;
}

export const punctApproximateComma: Rule = {
  id: ID,
  scope: 'line',
  description: '概数中的顿号（三、四天 → 三四天）',
  descriptionEn: 'Enumeration comma inside an approximate number (三、四天 → 三四天)',
  defaultSeverity: 'warning',
  docs: {
    summary: '相邻或相近的两个数字连用表示概数时，中间不用顿号；表示并列的缩略形式（一、二年级，第三、四季度）才用顿号。',
    source: 'GB/T 15834-2011 4.5.3.4',
    bad: '预计需要三、四天',
    good: '预计需要三四天',
  },
  check: checkApproximateComma,
};
