import * as assert from 'assert';
import { analyzeDocument, DEFAULT_SETTINGS, detectDocType, docTypeFor, findTitle, type DocType } from '../../server/src/core';

const TITLES: Array<[string, DocType]> = [
  ['在全县农业农村工作会议上的讲话', 'speech'],
  ['在2026年全区文化旅游工作推进会上的讲话提纲', 'speech'],
  ['关于做好2026年春节期间安全生产工作的通知', 'notice'],
  ['××县农业农村局关于申请拨付高标准农田建设补助资金的请示', 'request'],
  ['××县农业农村局关于申请拨付高标准农田建设补助资金的请示报告', 'request'],
  ['关于2025年度安全生产工作情况的报告', 'report'],
  ['2025年全区文化旅游工作总结', 'summary'],
  ['关于全县稻渔综合种养发展情况的调研报告', 'research'],
  ['全区文旅融合发展三年行动实施方案', 'plan'],
  ['关于商请支持文旅项目建设的函', 'letter'],
  ['关于同意设立××文旅融合发展区的批复', 'reply'],
  ['关于加快推进乡村振兴的实施意见', 'opinion'],
  ['关于表彰2025年度先进集体的决定', 'decision'],
  ['关于2025年安全生产检查情况的通报', 'bulletin'],
  ['全区文化旅游工作专题会议纪要', 'minutes'],
  ['稻渔综合种养技术要点', 'unknown'],
  ['2026年青山县人民政府工作报告', 'congress-report'],
  ['政府工作报告', 'congress-report'],
  ['在中国共产党青山县第十五次代表大会上的报告', 'congress-report'],
  ['青山县人民代表大会常务委员会工作报告', 'congress-report'],
  ['青山县第十届人民代表大会第三次会议关于县人民政府工作报告的决议', 'resolution'],
  ['中共青山县委关于制定国民经济和社会发展第十五个五年规划的建议的决议（草案）', 'resolution'],
  ['关于加快推进乡村振兴的若干意见', 'opinion'],
  ['2025年县农业农村局年度工作报告', 'summary'],
];

describe('document type detection', () => {
  for (const [title, type] of TITLES) {
    it(`${title} → ${type}`, () => {
      assert.strictEqual(detectDocType(`${title}\n\n正文。`), type);
      assert.strictEqual(detectDocType(`# ${title}\r\n\r\n正文。`), type, 'Markdown heading and CRLF');
    });
  }

  it('reads a title that runs over several lines, or follows the issuing organ on its own line', () => {
    const cases: Array<[string, DocType]> = [
      ['青山县人民政府关于加快\n推进高标准农田建设的\n实施意见\n青政发〔2026〕3号\n各乡镇人民政府：\n正文。', 'opinion'],
      ['白河县人民政府办公室\r\n关于同意设立稻渔综合种养\r\n示范区的复函\r\n白政办函〔2026〕5号', 'letter'],
      ['青山县人民政府关于印发\n高标准农田建设实施方案的通知\n各乡镇人民政府：', 'notice'],
      ['# 青山县人民政府关于2025年度\n\n县政府工作情况的报告', 'unknown'],
      // A numbered heading, a sentence or the 发文字号 ends the title.
      ['稻渔综合种养技术要点\n一、工作方案\n正文。', 'unknown'],
      ['稻渔综合种养技术要点\n白政〔2026〕3号\n关于……的通知', 'unknown'],
    ];
    for (const [text, type] of cases) assert.strictEqual(detectDocType(text), type, text);
  });

  it('recognises a report to a congress by its dash subtitle or its opening, with no title', () => {
    assert.strictEqual(detectDocType('奋力谱写青山高质量发展新篇章\n——在中国共产党青山县第十五次代表大会上的报告\n同志们：\n现在，我代表中共青山县第十四届委员会向大会作报告。'), 'congress-report');
    assert.strictEqual(detectDocType('各位代表：\n现在，我代表县人民政府，向大会报告政府工作，请予审议，并请县政协委员提出意见。\n一、2025年工作回顾'), 'congress-report');
    assert.strictEqual(detectDocType('政府工作报告\n——2026年1月10日在青山县第十届人民代表大会第五次会议上\n县长　张三\n各位代表：'), 'congress-report');
    // An address line alone does not make a report to a congress.
    assert.strictEqual(detectDocType('同志们：\n今天召开全县农业农村工作会议，我讲三点意见。'), 'unknown');
    assert.strictEqual(detectDocType('在全县农业农村工作会议上的讲话\n同志们：\n下面，我向大会报告三点意见。'), 'speech');
  });

  it('front matter or a setting may name a report to a congress by its common names', () => {
    assert.strictEqual(detectDocType('---\ndoctype: 政府工作报告\n---\n正文'), 'congress-report');
    assert.strictEqual(detectDocType('---\ndoctype: 党代会报告\n---\n正文'), 'congress-report');
    assert.strictEqual(detectDocType('---\ndoctype: 决议\n---\n正文'), 'resolution');
  });

  it('front matter overrides the title, in English or Chinese', () => {
    assert.strictEqual(detectDocType('---\ndoctype: 请示\n---\n# 关于某事的通知\n'), 'request');
    assert.strictEqual(detectDocType('---\ndoctype: speech\n---\n无题\n'), 'speech');
  });

  it('finds the title after blank lines, a BOM and front matter, with its offsets', () => {
    const text = '\uFEFF---\ntitle: x\n---\n\n  # 关于某事的通知  \n正文';
    const title = findTitle(text);
    assert.ok(title);
    assert.strictEqual(title.text, '关于某事的通知');
    assert.strictEqual(text.slice(title.start, title.end), '关于某事的通知');
  });

  it('docTypeFor: the configured profile wins over the title and front matter; auto detects', () => {
    const text = '---\ndoctype: 请示\n---\n# 关于某事的通知\n';
    assert.strictEqual(docTypeFor(text, { profile: 'auto' }), 'request');
    assert.strictEqual(docTypeFor(text, { profile: 'speech' }), 'speech');
    assert.strictEqual(docTypeFor('在白河县农业工作会议上的讲话\n同志们：', DEFAULT_SETTINGS), 'speech');
    // The analysis takes the same decision (an explicit input.docType still comes first).
    assert.strictEqual(analyzeDocument({ text, format: 'markdown' }, { ...DEFAULT_SETTINGS, profile: 'summary' }).docType, 'summary');
    assert.strictEqual(analyzeDocument({ text, format: 'markdown', docType: 'report' }, { ...DEFAULT_SETTINGS, profile: 'summary' }).docType, 'report');
  });

  it('an empty document is of unknown type', () => {
    assert.strictEqual(detectDocType(''), 'unknown');
    assert.strictEqual(findTitle('\n\n'), undefined);
  });
});
