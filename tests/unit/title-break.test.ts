/**
 * A long title breaks between words, the lines balanced (GB/T 9704-2012 7.3.1 回行: 词意完整，排列
 * 对称; issue 21): docx/titleBreak.ts with the real segmenter, and the exported .docx read back.
 */
import * as assert from 'assert';
import { buildDocx } from '../../server/src/docx/export';
import { widthInChars } from '../../server/src/docx/layout';
import { TITLE_CHARS_PER_LINE, titleLines } from '../../server/src/docx/titleBreak';
import { segmenter } from '../support/segmenter';
import { paragraphsOf, readZip, zipText } from '../support/zip';

const words = (text: string) => segmenter().cut(text);

/** The offsets where the lines meet. */
function cuts(lines: readonly string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const line of lines.slice(0, -1)) out.push((at += line.length));
  return out;
}

describe('title breaks (GB/T 9704-2012 7.3.1)', function () {
  this.timeout(60000);

  const TITLES = [
    '青山县人民政府办公室关于做好2026年春节期间安全生产工作的通知',
    '关于做好2026年春节期间文化市场安全监管和疫情防控工作的通知',
    '白河县人民政府关于同意设立白河县𠮷祥湖国家湿地公园管理中心的批复',
    '青山县教育局关于申请拨付乡村学校校舍维修资金的请示',
  ];

  for (const title of TITLES) {
    it(`between words, each line fits, lines balanced: ${title}`, () => {
      const w = words(title);
      const lines = titleLines(title, w);
      assert.strictEqual(lines.join(''), title);
      assert.ok(lines.length >= 2, JSON.stringify(lines));
      const boundaries = new Set(w.flatMap((x) => [x.start, x.end]));
      for (const cut of cuts(lines)) assert.ok(boundaries.has(cut), `break inside a word at ${cut}: ${JSON.stringify(lines)}`);
      const widths = lines.map(widthInChars);
      for (const width of widths) assert.ok(width <= TITLE_CHARS_PER_LINE, JSON.stringify(lines));
      assert.ok(Math.max(...widths) - Math.min(...widths) <= 5, `unbalanced: ${JSON.stringify(lines)}`);
    });
  }

  it('never inside 期间 (the break Word made in the issue) or a number', () => {
    const title = TITLES[1]!;
    const lines = titleLines(title, words(title));
    for (const cut of cuts(lines)) {
      assert.notStrictEqual(title.slice(cut - 1, cut + 1), '期间');
      assert.ok(!/[0-9]/.test(title.charAt(cut - 1)) || !/[0-9]/.test(title.charAt(cut)));
    }
  });

  it('a title that fits stays one line', () => {
    assert.deepStrictEqual(titleLines('关于做好春节期间安全生产工作的通知', words('关于做好春节期间安全生产工作的通知')), ['关于做好春节期间安全生产工作的通知']);
  });

  it('without the segmentation: only breaks that need no dictionary (before 关于), when they fit', () => {
    assert.deepStrictEqual(titleLines('青山县教育局关于拨付校舍维修资金的请示'), ['青山县教育局', '关于拨付校舍维修资金的请示']);
  });

  it('the .docx: the title paragraph holds its lines as runs with a line break (w:br) between', async () => {
    const text = `${TITLES[1]}\n\n各乡镇人民政府：\n\n请做好节日期间的安全工作。\n\n青山县人民政府办公室\n2026年1月20日\n`;
    const document = zipText(readZip(await buildDocx(text, 'plaintext', words)), 'word/document.xml');
    const title = paragraphsOf(document).find((p) => p.text === TITLES[1])!;
    assert.ok(title, 'the title paragraph');
    const runs = (title.xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []).map((r) => ({ br: /<w:br\/>/.test(r), text: /<w:t[^>]*>([^<]*)<\/w:t>/.exec(r)?.[1] ?? '' }));
    assert.deepStrictEqual(
      runs.map((r) => r.text),
      titleLines(TITLES[1]!, words(TITLES[1]!)),
    );
    assert.deepStrictEqual(runs.map((r) => r.br), [false, true]);
  });
});
