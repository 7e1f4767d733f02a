/**
 * The 文种 elements (issue 21): 主送机关, 落款, 成文日期, 附件说明, 附注 and 版记, with the default
 * settings (each element rule at its own severity), on whole documents written for this test.
 */
import * as assert from 'assert';
import { analyze, DEFAULT_SETTINGS, type Finding } from '../../server/src/core';

const ELEMENT_RULES = [
  'doctype.recipient',
  'doctype.request-recipients',
  'doctype.signature',
  'doctype.date',
  'doctype.attachment-note',
  'doctype.attachment-reference',
  'doctype.request-contact',
  'doctype.cc',
  'doctype.imprint',
];

function elementFindings(text: string): Finding[] {
  return analyze({ text, format: 'plaintext' }, DEFAULT_SETTINGS).filter((f) => ELEMENT_RULES.includes(f.rule));
}

const COMPLETE_REQUEST = [
  '青山县教育局关于申请拨付乡村学校校舍维修资金的请示',
  '',
  '县人民政府：',
  '　　今年汛期，我县部分乡村学校校舍受损，需维修加固的校舍共12处，详见附件。经测算，维修资金共需85万元，特申请县财政拨付专项资金85万元。',
  '　　妥否，请批示。',
  '',
  '　　附件：青山县乡村学校受损校舍清单',
  '',
  '青山县教育局',
  '2026年3月5日',
  '（联系人：李明，电话：0000-1234567）',
  '',
].join('\n');

/** The same 请示 without its 主送机关, 附件说明, 落款 and 成文日期. */
const BARE_REQUEST = [
  '青山县教育局关于申请拨付乡村学校校舍维修资金的请示',
  '',
  '　　今年汛期，我县部分乡村学校校舍受损，需维修加固的校舍共12处，详见附件。经测算，维修资金共需85万元，特申请县财政拨付专项资金85万元。',
  '　　妥否，请批示。',
  '',
  '（联系人：李明，电话：0000-1234567）',
  '',
].join('\n');

const SPEECH = [
  '在青山县2026年教育工作会议上的讲话',
  '',
  '同志们：',
  '　　今天召开全县教育工作会议，主要任务是总结去年工作，部署今年任务。具体指标详见附件，我讲三点意见。',
  '　　一、提高思想认识',
  '　　办好教育是最大的民生。',
  '　　谢谢大家！',
  '',
].join('\n');

describe('doctype element rules', () => {
  it('a 请示 missing 主送, 落款, 成文日期 and 附件说明: four findings, each saying what is missing and where it goes', () => {
    const found = elementFindings(BARE_REQUEST);
    assert.deepStrictEqual(found.map((f) => f.rule).sort(), ['doctype.attachment-note', 'doctype.date', 'doctype.recipient', 'doctype.signature']);
    const at = (rule: string) => {
      const f = found.find((x) => x.rule === rule)!;
      return BARE_REQUEST.slice(f.start, f.end);
    };
    assert.strictEqual(at('doctype.recipient'), '青山县教育局关于申请拨付乡村学校校舍维修资金的请示');
    assert.strictEqual(at('doctype.attachment-note'), '详见附件');
    assert.strictEqual(at('doctype.signature'), '妥否，请批示。');
    assert.strictEqual(at('doctype.date'), '妥否，请批示。');
    const message = (rule: string) => found.find((x) => x.rule === rule)!.message;
    assert.match(message('doctype.recipient'), /主送机关.*标题下一行/);
    assert.match(message('doctype.signature'), /发文机关署名.*成文日期之上/);
    assert.match(message('doctype.date'), /成文日期.*署名下一行/);
    assert.match(message('doctype.attachment-note'), /附件说明.*正文之后/);
    for (const f of found) assert.deepStrictEqual(f.fixes, [], `${f.rule}: no fix for a missing element`);
  });

  it('the same 请示 complete: no element finding', () => {
    assert.deepStrictEqual(elementFindings(COMPLETE_REQUEST).map((f) => `${f.rule}: ${f.message}`), []);
  });

  it('the complete 请示 with CRLF line ends: no element finding', () => {
    assert.deepStrictEqual(elementFindings(COMPLETE_REQUEST.replace(/\n/g, '\r\n')).map((f) => f.rule), []);
  });

  it('a speech: none of these, though it says 详见附件 and has no 主送, 落款 or date', () => {
    assert.deepStrictEqual(elementFindings(SPEECH).map((f) => f.rule), []);
  });

  it('a 纪要 has no 主送 and no 落款: nothing reported', () => {
    const minutes = '青山县防汛工作会议纪要\n\n　　3月5日，副县长王华主持召开防汛工作会议。会议议定如下。\n　　一、各乡镇要落实防汛责任。\n';
    assert.deepStrictEqual(elementFindings(minutes).map((f) => f.rule), []);
  });

  it('a 请示 with two 主送机关 is an error', () => {
    const text = COMPLETE_REQUEST.replace('县人民政府：', '县人民政府、县财政局：');
    const found = elementFindings(text);
    assert.deepStrictEqual(found.map((f) => [f.rule, f.severity]), [['doctype.request-recipients', 'error']]);
    assert.match(found[0]!.message, /只能主送一个/);
  });

  it('a 请示 without its 附注: 联系人和电话 reported on the 成文日期', () => {
    const text = COMPLETE_REQUEST.replace('（联系人：李明，电话：0000-1234567）\n', '');
    const found = elementFindings(text);
    assert.deepStrictEqual(found.map((f) => [f.rule, text.slice(f.start, f.end)]), [['doctype.request-contact', '2026年3月5日']]);
    assert.match(found[0]!.message, /联系人和电话/);
  });

  it('severities: missing parts are information (published copies drop them), a missing 主送 or 附件说明 a warning', () => {
    const found = elementFindings(BARE_REQUEST);
    assert.deepStrictEqual(
      Object.fromEntries(found.map((f) => [f.rule, f.severity])),
      { 'doctype.recipient': 'warning', 'doctype.attachment-note': 'warning', 'doctype.signature': 'information', 'doctype.date': 'information' },
    );
  });
});
