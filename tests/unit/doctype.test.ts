import * as assert from 'assert';
import * as fs from 'fs';
import { analyze, analyzeDocument, DEFAULT_SETTINGS, type Settings } from '../../server/src/core';
import { DOCTYPE_RULES } from '../../server/src/core/rules/doctype';
import { ruleTable } from '../support/rule-table';

const REQUEST_BODY = '\n\n县人民政府：\n    为确保项目按期完工，特申请拨付县级配套资金500万元。\n';
const SIGNATURE = '\n××县农业农村局\n2026年2月3日\n';

ruleTable('doctype.title-type', {
  invalid: [
    { text: '关于做好春节期间安全生产工作的⟦要求⟧\n\n各乡镇人民政府：\n正文。', messages: ['“要求”'] },
    { text: '# 关于2026年春节放假的⟦安排⟧\n\n正文。', format: 'markdown' },
    { text: '××县人民政府文件\r\n×政发〔2026〕3号\r\n\r\n××县人民政府关于全县𠮷祥村项目进展的⟦情况⟧\r\n\r\n正文。' },
  ],
  valid: [
    '关于做好2026年春节期间安全生产工作的通知\n\n各乡镇：\n正文。',
    '关于印发《××县专项资金管理办法》的通知',
    '关于调整县政府领导工作分工的补充通知（征求意见稿）',
    '关于进一步加强安全生产工作的若干措施',
    '关于乡村振兴战略实施路径的几点思考',
    '××县人民政府关于同意设立××镇的批复',
    '关于县农业农村局2025年工作情况的报告。',
    '××县2026年高标准农田建设实施方案',
    '在全县农业农村工作会议上的讲话',
    '关于推进文旅融合发展的实施意见',
    '关于商请支持××项目建设的函',
    '关于××同志任职的决定',
    '2025年工作总结',
    '春节放假安排',
    '关于申请拨付资金的请示报告',
    '',
    '🎉 关于举办迎春联欢会的通知',
    '关于张三等同志拟任职人选的公示',
  ],
});

ruleTable('doctype.invalid-type', {
  invalid: [
    { text: `××县农业农村局关于申请拨付补助资金的⟦请示报告⟧${REQUEST_BODY}    妥否，请批示。${SIGNATURE}`, output: `××县农业农村局关于申请拨付补助资金的请示${REQUEST_BODY}    妥否，请批示。${SIGNATURE}` },
    { text: '关于2025年安全生产工作的⟦请示报告⟧\r\n\r\n正文。' },
    { text: '关于拨付𠮷祥村道路建设资金的⟦申请⟧', messages: ['用“请示”，向不相隶属的机关申请用“函”'] },
    { text: '# 关于2025年全县招商引资工作的⟦汇报⟧', format: 'markdown', messages: ['报告'] },
    { text: '关于防汛工作的情况⟦汇报⟧' },
  ],
  valid: ['关于申请拨付高标准农田建设补助资金的报告', '入党申请书', '××局2025年工作汇报', '关于乡村振兴工作的汇报材料', '关于申请拨付资金的请示'],
});

ruleTable('doctype.reply-title', {
  invalid: [
    { text: '××县人民政府⟦关于对⟧县农业农村局申请拨付资金的批复\n\n县农业农村局：', output: '××县人民政府关于县农业农村局申请拨付资金的批复\n\n县农业农村局：' },
    { text: '⟦关于对⟧××公司来函的复函', output: '关于××公司来函的复函' },
  ],
  valid: ['关于对张三同志予以表彰的决定', '××县人民政府关于同意设立××镇的批复', '关于对违规问题进行处理的批复', '关于对口支援工作的通知'],
});

ruleTable('doctype.request-closing', {
  invalid: [
    {
      text: `关于申请拨付资金的请示${REQUEST_BODY}    ⟦妥否，请示⟧。${SIGNATURE}`,
      output: `关于申请拨付资金的请示${REQUEST_BODY}    妥否，请批示。${SIGNATURE}`,
    },
    { text: '关于申请拨付资金的请示\r\n\r\n正文🚜。\r\n⟦当否,请示⟧。\r\n', output: '关于申请拨付资金的请示\r\n\r\n正文🚜。\r\n当否，请批示。\r\n' },
    { text: `关于申请拨付资金的请示\n\n县人民政府：\n    ⟦为确保项目按期完工，特申请拨付县级配套资金500万元。⟧\n${SIGNATURE}`, messages: ['缺少'] },
    { text: '草稿\n\n    ⟦妥否，请示⟧。\n', docType: 'request', output: '草稿\n\n    妥否，请批示。\n' },
  ],
  valid: [
    `关于申请拨付资金的请示${REQUEST_BODY}    妥否，请批示。${SIGNATURE}`,
    `关于申请拨付资金的请示${REQUEST_BODY}    以上请示当否，请批复。${SIGNATURE}`,
    `关于申请拨付资金的请示${REQUEST_BODY}    特此请示，请予审批。${SIGNATURE}`,
    `关于申请拨付资金的请示${REQUEST_BODY}`,
    { text: `关于做好春节安全工作的通知\n\n各单位：\n    妥否，请示。\n`, docType: 'notice' },
    { text: '关于申请拨付资金的请示\n\n```\n妥否，请示。\n```\n妥否，请批示。\n', format: 'markdown' },
  ],
});

ruleTable('doctype.request-one-matter', {
  invalid: [
    {
      text: `关于申请拨付资金的请示${REQUEST_BODY.replace('。\n', '。⟦同时，建议将园区道路硬化项目一并纳入今年计划⟧。\n')}    妥否，请批示。${SIGNATURE}`,
    },
    { text: '关于申请拨付资金的请示\r\n\r\n特申请拨付资金。⟦另外，恳请协调解决用地指标⟧。\r\n' },
  ],
  valid: [
    `关于申请拨付资金的请示${REQUEST_BODY}    同时，我局将加强资金监管，确保专款专用。\n    妥否，请批示。${SIGNATURE}`,
    { text: '关于做好春节安全工作的通知\n\n同时，建议将道路检查一并纳入。\n', docType: 'notice' },
  ],
});

ruleTable('doctype.report-request', {
  invalid: [
    { text: '关于2025年安全生产工作情况的报告\n\n县人民政府：\n    全年未发生较大事故。\n    以上报告⟦妥否⟧，⟦请批示⟧。\n' },
    { text: '关于防汛工作的报告\r\n\r\n建议增加预算，⟦请予批准⟧。🌧\r\n' },
  ],
  valid: [
    '关于2025年安全生产工作情况的报告\n\n县人民政府：\n    按照《关于申请拨付资金的请示（妥否，请批示）》的批复要求，资金已拨付到位。\n    特此报告。\n',
    { text: '关于申请拨付资金的请示\n\n妥否，请批示。\n' },
    { text: '关于防汛工作的报告\n\n`请批示` 是代码。\n', format: 'markdown' },
  ],
});

ruleTable('doctype.closing', {
  invalid: [
    { text: '关于做好春节安全工作的通知\n\n各单位：\n    ⟦特此通知如下⟧：\n    一、加强值守。\n', output: '关于做好春节安全工作的通知\n\n各单位：\n    现将有关事项通知如下：\n    一、加强值守。\n' },
    { text: '关于做好春节安全工作的通知\r\n\r\n请遵照执行。\r\n    ⟦特此报告⟧。\r\n', output: '关于做好春节安全工作的通知\r\n\r\n请遵照执行。\r\n    特此通知。\r\n' },
    { text: '关于2025年工作情况的报告\n\n正文𠮷。\n⟦特此通知⟧。\n', output: '关于2025年工作情况的报告\n\n正文𠮷。\n特此报告。\n' },
    { text: '关于表扬先进集体的通报\n\n正文。\n⟦特此通知⟧。\n', output: '关于表扬先进集体的通报\n\n正文。\n特此通报。\n' },
    { text: '关于申请拨付资金的请示\n\n正文。\n⟦特此报告⟧。\n', messages: ['妥否，请批示'] },
    // A title over two lines still names the type.
    { text: '青山县人民政府办公室关于做好\n春节期间安全工作的通知\n青政办发〔2026〕1号\n各乡镇人民政府：\n正文。\n⟦特此报告⟧。\n青山县人民政府办公室\n2026年1月5日', output: '青山县人民政府办公室关于做好\n春节期间安全工作的通知\n青政办发〔2026〕1号\n各乡镇人民政府：\n正文。\n特此通知。\n青山县人民政府办公室\n2026年1月5日' },
  ],
  valid: [
    '关于做好春节安全工作的通知\n\n各单位：\n    现将有关事项通知如下：\n    特此通知。\n',
    '关于2025年工作情况的报告\n\n    特此报告。\n',
    '××县人民政府关于同意设立××镇的批复\n\n县民政局：\n    此复。\n',
    '关于商请支持的函\n\n    请予函复。\n',
    '关于做好春节安全工作的通知\n\n各单位要建立特此报告制度，特此通知。\n',
    '2025年工作总结\n\n特此报告。\n',
    // A 通知 forwarding a 报告: after the notice's own 成文日期, the 报告 keeps its own closing.
    '青山县人民政府办公室转发县水利局\n关于2026年防汛工作情况报告的通知\n各乡镇人民政府：\n县水利局的报告已经县人民政府同意，现转发给你们，请认真贯彻执行。\n青山县人民政府办公室\n2026年3月2日\n关于2026年防汛工作情况的报告\n县人民政府：\n正文。\n特此报告。\n青山县水利局\n2026年2月20日',
    { text: '关于做好春节安全工作的通知\n\n```\n特此报告。\n```\n特此通知。\n', format: 'markdown' },
  ],
});

describe('doctype rules', () => {
  const DOCTYPE_IDS = DOCTYPE_RULES.map((r) => r.id);
  const ALL_ON: Settings = { ...DEFAULT_SETTINGS, rules: Object.fromEntries(DOCTYPE_IDS.map((id) => [id, 'warning'])) };

  it('every rule has Chinese docs citing a source, with bad and good examples', () => {
    for (const r of DOCTYPE_RULES) {
      assert.match(r.id, /^doctype\.[a-z-]+$/);
      assert.ok(r.docs?.source && r.docs.bad && r.docs.good, r.id);
    }
  });

  it('“请示报告” without a request offers 请示 and 报告, neither applied by fix-all', () => {
    const [f] = analyze({ text: '关于2025年安全生产工作的请示报告\n\n正文。', format: 'plaintext' }, ALL_ON).filter((x) => x.rule === 'doctype.invalid-type');
    assert.deepStrictEqual(f?.fixes.map((x) => [x.title, x.preferred ?? false]), [['改为“请示”', false], ['改为“报告”', false]]);
  });

  const examples = '/work/shared/examples';
  const read = (name: string) => fs.readFileSync(`${examples}/${name}`, 'utf8');
  const run = (name: string) => {
    const text = read(name);
    const result = analyzeDocument({ text, format: name.endsWith('.md') ? 'markdown' : 'plaintext' }, ALL_ON);
    return { docType: result.docType, found: result.findings.filter((f) => f.rule.startsWith('doctype.')).map((f) => `${f.rule} ${text.slice(f.start, f.end)}`) };
  };
  if (fs.existsSync(examples)) {
    it('request-draft.txt: 请示报告, 妥否，请示, and a second request', () => {
      assert.deepStrictEqual(run('request-draft.txt'), {
        docType: 'request',
        found: ['doctype.invalid-type 请示报告', 'doctype.request-one-matter 同时，建议将园区道路硬化项目一并纳入今年计划', 'doctype.request-closing 妥否，请示', 'doctype.request-contact 2026年2月3日'],
      });
    });
    it('notice-draft.md and speech-draft.txt: no doctype finding', () => {
      assert.deepStrictEqual(run('notice-draft.md'), { docType: 'notice', found: [] });
      assert.deepStrictEqual(run('speech-draft.txt'), { docType: 'speech', found: [] });
    });
  }
});
