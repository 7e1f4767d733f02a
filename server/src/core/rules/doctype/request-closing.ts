/**
 * doctype.request-closing — a 请示 ends by asking for a decision: “妥否，请批示”“当否，请批复”.
 * “妥否，请示” asks nothing (请示 is the document, not the request): fixed to “妥否，请批示”. In a
 * finished 请示 (one with a 成文日期 line), a last body line that asks nothing (no 请批示、请予批准、
 * 妥否、特此请示……; “特申请……” states the matter, it is not the closing) is reported, without a fix.
 */
import { overlapsAny } from '../../markdown';
import { lines } from '../../text/chars';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { bodyStart, DATE_LINE, documentTitle } from './helpers';

const ID = 'doctype.request-closing';

const WRONG = /(妥否|当否|妥当与否|是否妥当|可否)[，,]?[ \t\u3000]*请示(?!报告|事项)/g;
const ASKS = /(?<!申)请(?:予|求)?(?:批示|批复|审批|批准|审定|核准|支持|解决|同意|指示|审核|研究|答复|批转|审查|核拨|拨付|安排|协调)|妥否|当否|特此请示/;

/** The last line of the body: the non-empty line before the signature and the 成文日期. */
function lastBodyLine(text: string, from: number): { start: number; end: number } | undefined {
  const body = [...lines(text)].filter((l) => l.start >= from && l.text.trim() !== '');
  const dateIndex = body.map((l) => DATE_LINE.test(l.text)).lastIndexOf(true);
  if (dateIndex < 1) return undefined;
  let i = dateIndex - 1;
  const signature = body[i];
  if (signature && signature.text.trim().length <= 30 && !/[。；]/.test(signature.text)) i--;
  while (i >= 0 && /^[\s\u3000]*附件/.test(body[i]?.text ?? '')) i--;
  const line = body[i];
  if (!line) return undefined;
  const lead = /^[\s\u3000]*/.exec(line.text)?.[0].length ?? 0;
  const trimmed = line.text.trimEnd();
  return { start: line.start + lead, end: line.start + trimmed.length };
}

export const doctypeRequestClosing: Rule = {
  id: ID,
  description: '请示的结语（妥否，请批示）',
  descriptionEn: 'Closing of a request for instructions (请示), which must ask for a reply (妥否，请批示)',
  defaultSeverity: 'warning',
  appliesTo: ['request'],
  docs: {
    summary: '请示应以请求批复的结语结束，如“妥否，请批示”“当否，请批复”“以上请示当否，请批示”。“妥否，请示”没有提出请求，是错误写法。',
    source: '《党政机关公文处理工作条例》第八条（请示）、第十五条',
    bad: '妥否，请示。',
    good: '妥否，请批示。',
  },
  check(context: RuleContext): RuleFinding[] {
    const { text } = context;
    const from = bodyStart(text, documentTitle(text));
    const findings: RuleFinding[] = [];
    WRONG.lastIndex = from;
    for (let m = WRONG.exec(text); m; m = WRONG.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsAny(context.ignored, start, end)) continue;
      const newText = `${m[1]}，请批示`;
      findings.push({
        rule: ID,
        start,
        end,
        message: `请示结语“${m[0]}”没有提出请求，应改为“${newText}”（或“当否，请批复”）。`,
        fixes: [{ title: `改为“${newText}”`, edits: [{ start, end, newText }], preferred: true }],
      });
    }
    if (findings.length > 0) return findings;
    const last = lastBodyLine(text, from);
    if (last && !ASKS.test(text.slice(last.start, last.end)) && !overlapsAny(context.ignored, last.start, last.end)) {
      findings.push({
        rule: ID,
        ...last,
        message: '请示结尾缺少请求批复的结语，应另起一段写“妥否，请批示。”或“当否，请批复。”。',
        fixes: [],
      });
    }
    return findings;
  },
};
