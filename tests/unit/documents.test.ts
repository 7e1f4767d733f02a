/**
 * Whole documents: the clean fixtures (well-written 公文, all four heading levels, numbers, dates,
 * quotes) give no finding at all, and the faulty drafts give exactly the faults the primer
 * describes, no more.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, DEFAULT_SETTINGS, formatOf, LineIndex } from '../../server/src/core';
import { EXAMPLES, FIXTURES } from '../support/paths';

function lint(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const lines = new LineIndex(text);
  return analyze({ text, format: formatOf(file) }, DEFAULT_SETTINGS).map((f) => `${lines.positionAt(f.start).line + 1}:${f.rule}`);
}

describe('whole documents', () => {
  for (const file of [path.join(FIXTURES, 'clean-report-full.txt'), path.join(FIXTURES, 'clean.txt'), path.join(EXAMPLES, 'clean-report.md')]) {
    it(`no finding on clean ${path.basename(file)}`, () => assert.deepStrictEqual(lint(file), []));
  }

  it('the clean report is long enough to mean something (≥ 1,500 characters, four heading levels)', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'clean-report-full.txt'), 'utf8');
    assert.ok(text.length >= 1500, `${text.length}`);
    for (const marker of [/^ {4}一、/m, /^ {4}（一）/m, /^ {4}1\./m, /^ {4}（1）/m, /“/, /〔2025〕/, /2026年1月15日/]) assert.match(text, marker);
  });

  it('no finding on the clean report with CRLF line ends or as Markdown', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'clean-report-full.txt'), 'utf8');
    assert.deepStrictEqual(analyze({ text: text.replace(/\n/g, '\r\n'), format: 'plaintext' }), []);
    assert.deepStrictEqual(analyze({ text, format: 'markdown' }), []);
  });

  const FAULTY: Record<string, string[]> = {
    'speech-draft.txt': [
      '5:heading.end-punct', // 一、…重要意义。 while the other level-1 headings have no 。
      '6:placeholder.unfilled', '6:placeholder.unfilled', '6:placeholder.unfilled',
      '7:placeholder.unfilled', '7:placeholder.unfilled', '7:placeholder.unfilled',
      '7:punct.halfwidth', // 工作,离不开
      '7:punct.debris', // 。???
      '9:phrase.confusable', // 截止目前 → 截至目前
      '9:placeholder.unfilled',
      '9:phrase.redundant', // 原因是因为
      '10:placeholder.unfilled', '10:phrase.redundant', '10:placeholder.unfilled', // 涉及到
      '11:punct.debris', // 。?
      '14:heading.mark', // （二）、
      '15:heading.sequence', // （四） after （二）
    ],
    'notice-draft.md': [
      '9:punct.halfwidth', // 重要性,坚决
      '15:placeholder.unfilled', '15:placeholder.unfilled', // **月**日
      '25:placeholder.unfilled', // ××县
      '26:number.date-format', // 2026年01月20日
    ],
    'request-draft.txt': [
      '1:placeholder.unfilled', '1:doctype.invalid-type', // 请示报告
      '4:punct.halfwidth', '4:placeholder.unfilled', '4:number.doc-number', '4:punct.halfwidth', // (××农发[2026]3号)
      '4:number.redundant-approximation', // 约3000万元左右
      '4:phrase.redundant', // 截止到目前为止
      '5:doctype.request-one-matter', // 同时，建议将……一并纳入
      '6:doctype.request-closing', // 妥否，请示。
      '8:placeholder.unfilled',
      '9:doctype.request-contact', // no （联系人：……，电话：……） under the 成文日期
    ],
  };
  for (const [name, expected] of Object.entries(FAULTY)) {
    it(`finds the primer's faults in ${name}, and nothing else`, () => assert.deepStrictEqual(lint(path.join(FIXTURES, 'faulty', name)), expected));
  }
});
