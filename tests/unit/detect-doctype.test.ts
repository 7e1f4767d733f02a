import * as assert from 'assert';
import { detectDocType, findTitle, type DocType } from '../../server/src/core';

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
];

describe('document type detection', () => {
  for (const [title, type] of TITLES) {
    it(`${title} → ${type}`, () => {
      assert.strictEqual(detectDocType(`${title}\n\n正文。`), type);
      assert.strictEqual(detectDocType(`# ${title}\r\n\r\n正文。`), type, 'Markdown heading and CRLF');
    });
  }

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

  it('an empty document is of unknown type', () => {
    assert.strictEqual(detectDocType(''), 'unknown');
    assert.strictEqual(findTitle('\n\n'), undefined);
  });
});
