/**
 * doctype.closing — the closing formula matches the type: 通知 特此通知, 报告 特此报告, 批复 此复,
 * 函 特此函告/请予函复, 通报 特此通报. A formula of another type standing alone on its line
 * (特此报告。 closing a 通知) is reported, with the right one as the fix where it is certain. Also
 * “特此通知如下”, which mixes the closing 特此通知 with the opening 现将有关事项通知如下. A missing
 * closing is not reported: many documents rightly end without one. Only the document's own closing
 * is read: what follows its 成文日期 (a forwarded 报告 ending 特此报告, an attachment) is another
 * document.
 */
import { overlapsAny } from '../../markdown';
import type { DocType, Fix, Rule, RuleContext, RuleFinding } from '../../types';
import { DOCTYPE_NAMES } from '../../doctype';
import { lines } from '../../text/chars';
import { bodyStart, DATE_LINE, documentTitle, standaloneLines, type Title } from './helpers';

const ID = 'doctype.closing';

const CLOSINGS: Partial<Record<DocType, readonly string[]>> = {
  notice: ['特此通知'],
  report: ['特此报告'],
  reply: ['此复', '特此批复'],
  letter: ['特此函告', '特此函复', '特此函达', '此复', '请予函复', '请即函复'],
  bulletin: ['特此通报', '特此公告', '特此通告', '现予通报', '现予公告', '现予通告'],
  request: ['特此请示'],
};
const ALL = [...new Set(Object.values(CLOSINGS).flat())];
const FORMULA = new RegExp(`^(?:${ALL.join('|')})$`);

/** The closing to suggest for a type, and whether it is certain. */
function expected(docType: DocType, title: Title | undefined): { text: string; certain: boolean } | undefined {
  switch (docType) {
    case 'notice':
      return { text: '特此通知', certain: true };
    case 'report':
      return { text: '特此报告', certain: true };
    case 'reply':
      return { text: '此复', certain: true };
    case 'request':
      return { text: '妥否，请批示', certain: false };
    case 'letter':
      return { text: '特此函告', certain: false };
    case 'bulletin': {
      const kind = /(通报|通告|公告)$/.exec(title?.core ?? '')?.[1];
      return kind ? { text: `特此${kind}`, certain: true } : undefined;
    }
    default:
      return undefined;
  }
}

/** The start of the first line after `from` that is only a date (the 成文日期), or the text's end. */
function firstDateLine(text: string, from: number): number {
  for (const line of lines(text)) if (line.start >= from && DATE_LINE.test(line.text)) return line.start;
  return text.length;
}

export const doctypeClosing: Rule = {
  id: ID,
  description: '结语与文种不符（如通知用“特此报告”），或误用“特此通知如下”',
  descriptionEn: 'Closing phrase does not match the document type (e.g. 特此报告 in a 通知), or the misused 特此通知如下',
  defaultSeverity: 'warning',
  docs: {
    summary: '结语应与文种一致：通知用“特此通知”，报告用“特此报告”，批复用“此复”，函用“特此函告”或“请予函复”。“特此通知如下”是错误的混用，开头应写“现将有关事项通知如下”。',
    source: '《党政机关公文处理工作条例》第八条；公文写作通行规范',
    bad: '特此通知如下：',
    good: '现将有关事项通知如下：',
  },
  check(context: RuleContext): RuleFinding[] {
    const { text, docType } = context;
    const title = documentTitle(text);
    const from = bodyStart(text, title);
    const findings: RuleFinding[] = [];
    const mixed = /特此通知如下/g;
    mixed.lastIndex = from;
    for (let m = mixed.exec(text); m; m = mixed.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsAny(context.ignored, start, end)) continue;
      const newText = '现将有关事项通知如下';
      findings.push({
        rule: ID,
        start,
        end,
        message: '“特此通知如下”混用了结语和开头语：引出下文应写“现将有关事项通知如下”，“特此通知”只用于结尾。',
        fixes: [{ title: `改为“${newText}”`, edits: [{ start, end, newText }], preferred: true }],
      });
    }
    const allowed = CLOSINGS[docType];
    if (!allowed) return findings;
    const want = expected(docType, title);
    const end = firstDateLine(text, from);
    for (const line of standaloneLines(context, from, FORMULA)) {
      // After the document's own 成文日期 comes another document (a forwarded 报告, an attachment) with its own closing.
      if (line.start >= end) break;
      if (allowed.includes(line.formula)) continue;
      const fixes: Fix[] = want
        ? [{ title: `改为“${want.text}”`, edits: [{ start: line.start, end: line.end, newText: want.text }], ...(want.certain ? { preferred: true } : {}) }]
        : [];
      findings.push({
        rule: ID,
        start: line.start,
        end: line.end,
        message: `结语“${line.formula}”与文种不符：本文是${DOCTYPE_NAMES[docType]}，${want ? `结语应为“${want.text}”` : `应使用${DOCTYPE_NAMES[docType]}的结语`}。`,
        fixes,
      });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
