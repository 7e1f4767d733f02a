/**
 * number.doc-number — the 发文字号 (××〔2025〕12号): the year in 六角括号 〔〕, the serial number
 * without 第 and without leading zeros. Flags ××[2025]3号, ××【2025】12号, ××(2025)第012号,
 * ××（2025）12号, ××〔2025〕第12号, ××〔2025〕012号. A bracketed four-digit year counts as a 发文字号
 * only when an organ code (a Chinese character or ××) stands right before it and 号 follows the
 * number; 在（2025）… and plain years in brackets are left alone. The fix is certain.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { matches, replaceFinding } from './helpers';

const ID = 'number.doc-number';

const DOC_NUMBER = /(?<=[\u3400-\u9fff×X])([[【(（［〔﹝〖])[ \t]*((?:19|20)[0-9]{2})[ \t]*([\]】)）］〕﹞〗])[ \t]*(第?)[ \t]*([0-9]+)[ \t]*号/g;
/** Function words that end a phrase rather than an organ code: 在（2025）12号文件中. */
const NOT_CODE = /[在于的是为和与及至到从自年月日共]/;

export const docNumber: Rule = {
  id: ID,
  scope: 'line',
  description: '发文字号格式不规范（括号、“第”字、虚位）',
  descriptionEn: 'Nonstandard document number (brackets, the character 第, zero padding)',
  defaultSeverity: 'warning',
  docs: {
    summary: '发文字号由发文机关代字、年份、发文顺序号组成：年份标全称，用六角括号“〔〕”括入；发文顺序号不加“第”字，不编虚位（1不编为01），后加“号”字。',
    source: 'GB/T 9704-2012 7.2.4（发文字号）',
    bad: '××农发[2026]3号；国办发（2025）第012号',
    good: '××农发〔2026〕3号；国办发〔2025〕12号',
  },
  check(context: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    for (const m of matches(context, DOC_NUMBER)) {
      const [whole, open = '', year = '', close = '', di = '', serial = ''] = m;
      if (NOT_CODE.test(context.text.charAt(m.index - 1))) continue;
      const problems: string[] = [];
      if (open !== '〔' || close !== '〕') problems.push(`年份应用六角括号“〔〕”括入，不用“${open}${close}”`);
      if (di) problems.push('发文顺序号前不加“第”字');
      if (/^0/.test(serial) && serial.length > 1) problems.push(`发文顺序号不编虚位（不写“${serial}”）`);
      const right = `〔${year}〕${Number(serial)}号`;
      if (problems.length === 0 && whole === right) continue;
      if (problems.length === 0) problems.push('发文字号中不加空格');
      findings.push(
        replaceFinding(ID, m.index, m.index + whole.length, `发文字号格式不规范：${problems.join('；')}。应写作“${right}”。`, [
          { title: `改为“${right}”`, newText: right, preferred: true },
        ]),
      );
    }
    return findings;
  },
};
