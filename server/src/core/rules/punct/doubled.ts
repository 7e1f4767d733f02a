/**
 * punct.doubled — a point mark written twice (，， 。。 ！！ ？？ ；； ：： 、、 → one), and two
 * different point marks side by side (，。 ；， …), where one must go.
 *
 * ？！ and ！？ are a legitimate combination (GB/T 15834 4.2/4.3) and left alone. Three or more 。
 * are an ellipsis (punct.ellipsis); ? after 。 is debris (punct.debris). For two different marks the
 * writer chooses which to keep: no preferred fix.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { finding, isProtected, protectedRanges, replace } from './helpers';

const ID = 'punct.doubled';

const NAMES: Record<string, string> = { '，': '逗号', '。': '句号', '！': '叹号', '？': '问号', '；': '分号', '：': '冒号', '、': '顿号' };
/** Marks that may not stand next to another point mark. */
const PAUSES = '，、；：。';

export function checkDoubled(context: RuleContext): RuleFinding[] {
  const { text } = context;
  const prot = protectedRanges(context);
  const out: RuleFinding[] = [];
  const same = /([，。！？；：、])\1+/g;
  for (let m = same.exec(text); m; m = same.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const mark = m[1] as string;
    if (mark === '。' && m[0].length >= 3) continue; // 。。。: punct.ellipsis
    if (isProtected(prot, start, end)) continue;
    const message = `${NAMES[mark]}“${mark}”重复使用，只保留一个。`;
    out.push(finding(ID, start, end, message, [replace(`改为一个“${mark}”`, start, end, mark)]));
  }
  const mixed = /[，、；：。？！](?=[，、；：。])|[，、；：](?=[？！])/g;
  for (let m = mixed.exec(text); m; m = mixed.exec(text)) {
    const start = m.index;
    const first = text.charAt(start);
    const second = text.charAt(start + 1);
    if (first === second || isProtected(prot, start, start + 2)) continue;
    if (!PAUSES.includes(first) && !PAUSES.includes(second)) continue;
    const message = `“${first}${second}”两个点号连用，只能保留一个。`;
    out.push(
      finding(ID, start, start + 2, message, [
        replace(`保留“${first}”`, start, start + 2, first, false),
        replace(`保留“${second}”`, start, start + 2, second, false),
      ]),
    );
  }
  return out.sort((a, b) => a.start - b.start);
}

export const punctDoubled: Rule = {
  id: ID,
  scope: 'line',
  description: '点号重复或连用（，，、。。、！！、，。）',
  descriptionEn: 'Doubled or adjacent stop marks (，，, 。。, ！！, ，。)',
  defaultSeverity: 'warning',
  docs: {
    summary: '同一个点号不能连写两次；两个不同的点号（如“，。”）不能相连，应只保留一个。问号和叹号连用（？！）表示既疑问又感叹，不受影响。',
    source: 'GB/T 15834-2011 4.1—4.7（点号的用法）；4.2.3、4.3.3（公文中不宜叠用问号、叹号）',
    bad: '任务艰巨，，责任重大。。',
    good: '任务艰巨，责任重大。',
  },
  check: checkDoubled,
};
