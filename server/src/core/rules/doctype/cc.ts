/**
 * doctype.cc — the 版记 has 抄送 only (GB/T 9704-2012 7.4.2): “抄报” (to a superior) is no longer
 * used; superiors are listed under 抄送 as well. Fixed to 抄送. The last organ ends with 。 (7.4.2:
 * 最后一个抄送机关后标句号): a missing 。 is added (a trailing ， or ； replaced).
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { readElements } from './elements';

const ID = 'doctype.cc';

export const doctypeCc: Rule = {
  id: ID,
  description: '版记用了已废止的“抄报”，或抄送机关后缺句号',
  descriptionEn: 'The imprint uses the abolished 抄报, or the copy-to list (抄送) lacks its closing full stop',
  defaultSeverity: 'warning',
  docs: {
    summary: '版记只设“抄送”：上级机关、同级机关和不相隶属机关都列在“抄送：”后，“抄报”已不再使用。抄送机关之间用逗号隔开，最后一个抄送机关后标句号。',
    source: 'GB/T 9704-2012 7.4.2（抄送机关）',
    bad: '抄报：市教育局，市财政局',
    good: '抄送：市教育局，市财政局。',
  },
  examples: {
    invalid: [
      { text: '青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n特申请拨付维修资金85万元。\n妥否，请批示。\n青山县教育局\n2026年3月5日\n⟦抄报⟧：市教育局。\n青山县教育局办公室　2026年3月5日印发', output: '青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n特申请拨付维修资金85万元。\n妥否，请批示。\n青山县教育局\n2026年3月5日\n抄送：市教育局。\n青山县教育局办公室　2026年3月5日印发' },
      { text: '青山县人民政府办公室关于做好春节期间安全生产工作的通知\n各乡镇人民政府：\n请做好安全生产工作。\n青山县人民政府办公室\n2026年3月5日\n抄送：县委办公室，县人大常委会办公室⟦，⟧\n青山县人民政府办公室　2026年3月5日印发', output: '青山县人民政府办公室关于做好春节期间安全生产工作的通知\n各乡镇人民政府：\n请做好安全生产工作。\n青山县人民政府办公室\n2026年3月5日\n抄送：县委办公室，县人大常委会办公室。\n青山县人民政府办公室　2026年3月5日印发' },
    ],
    valid: [
      '青山县人民政府办公室关于做好春节期间安全生产工作的通知\n各乡镇人民政府：\n请做好安全生产工作，及时抄报有关情况。\n青山县人民政府办公室\n2026年3月5日\n抄送：县委办公室，县人大常委会办公室。\n青山县人民政府办公室　2026年3月5日印发',
    ],
  },
  check(context: RuleContext): RuleFinding[] {
    const elements = readElements(context);
    if (!elements) return [];
    const findings: RuleFinding[] = [];
    for (const line of elements.cc) {
      if (line.text.startsWith('抄报')) {
        findings.push({
          rule: ID,
          start: line.start,
          end: line.start + 2,
          message: '“抄报”已不再使用：版记只设“抄送”，上级机关也列在“抄送”后。',
          fixes: [{ title: '改为“抄送”', edits: [{ start: line.start, end: line.start + 2, newText: '抄送' }], preferred: true }],
        });
      }
      if (line.text.endsWith('。') || /[：:]$/.test(line.text)) continue;
      const last = line.text.charAt(line.text.length - 1);
      const replace = '，,；;、'.includes(last);
      const at = replace ? line.end - 1 : line.end;
      findings.push({
        rule: ID,
        start: at,
        end: line.end,
        message: '最后一个抄送机关后应标句号“。”。',
        fixes: [{ title: replace ? `把“${last}”改为“。”` : '加句号“。”', edits: [{ start: at, end: line.end, newText: '。' }], preferred: true }],
      });
    }
    return findings;
  },
};
