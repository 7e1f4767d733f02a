/**
 * punct.debris — encoding debris left by copy-paste: question marks standing for characters the
 * clipboard could not carry (关键一环。???  ……纠正。?) and the replacement character U+FFFD.
 *
 * A run of ? / ？ right after 。 or ？ is never punctuation: deleting it is certain. A run of two or
 * more ASCII ? after Chinese text, or U+FFFD inside a word, may stand for lost characters: flagged
 * without a preferred fix. A single ASCII ? after a Han character is a half-width question mark
 * (punct.halfwidth); ？？ after text is a doubled mark (punct.doubled).
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { atLineEnd, CLOSING, charBefore, finding, isChineseChar, isProtected, protectedRanges, replace, skipSpacesBack } from './helpers';

const ID = 'punct.debris';

const AFTER_END = '。？';

function visible(run: string): string {
  return run.replace(/\uFFFD/g, '�');
}

export function checkDebris(context: RuleContext): RuleFinding[] {
  const { text } = context;
  const prot = protectedRanges(context);
  const out: RuleFinding[] = [];
  const re = /[?？\uFFFD]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isProtected(prot, start, end)) continue;
    const run = m[0];
    const from = skipSpacesBack(text, start);
    const prev = charBefore(text, from);
    if (run.includes('\uFFFD')) {
      const safe = (AFTER_END + '！…' + CLOSING).includes(prev) && prev !== '' && atLineEnd(text, end);
      const message = `乱码字符“${visible(run)}”：复制粘贴时产生的编码残留，${safe ? '应删除' : '应删除或补回缺失的文字'}。`;
      out.push(finding(ID, start, end, message, [replace('删除乱码', start, end, '', safe)]));
      continue;
    }
    if (prev !== '' && AFTER_END.includes(prev)) {
      const message = `“${prev}”后的“${run}”是复制粘贴留下的乱码，不是标点，应删除。`;
      out.push(finding(ID, from, end, message, [replace('删除乱码', from, end, '')]));
      continue;
    }
    // ？ followed by ASCII ? (吗？??): keep the first full-width marks, the rest is debris.
    const lead = /^？+/.exec(run)?.[0].length ?? 0;
    if (lead > 0) {
      if (lead < run.length && run.charAt(lead) === '?') {
        const message = `“？”后的“${run.slice(lead)}”是复制粘贴留下的乱码，应删除。`;
        out.push(finding(ID, start + lead, end, message, [replace('删除乱码', start + lead, end, '')]));
      }
      continue;
    }
    if (run.length >= 2 && isChineseChar(prev)) {
      const message = `“${run}”疑为复制粘贴留下的乱码（原文字符丢失）：请删除或补回原文；如确为问句，只用一个全角问号“？”。`;
      out.push(finding(ID, start, end, message, [replace('删除乱码', start, end, '', false), replace('改为“？”', start, end, '？', false)]));
    }
  }
  return out;
}

export const punctDebris: Rule = {
  id: ID,
  scope: 'line',
  description: '复制粘贴留下的乱码问号和替换字符（。??? 、�）',
  descriptionEn: 'Garbled question marks and replacement characters left by copy and paste (。??? , �)',
  defaultSeverity: 'warning',
  docs: {
    summary: '从网页或其他文档复制文字时，无法转换的字符会变成“?”或“�”，常见于句号之后（“关键一环。???”）。这些不是标点，应删除；如是原文字符丢失，应补回原文。',
    source: 'GB/T 15834-2011 4.2（问号只用于疑问句末）；本工具约定（编码残留）',
    bad: '这是全局工作的关键一环。???',
    good: '这是全局工作的关键一环。',
  },
  check: checkDebris,
};
