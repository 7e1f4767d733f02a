import * as assert from 'assert';
import { analyze, DEFAULT_SETTINGS } from '../../server/src/core';
import { draftBlocks, exportedText } from '../../server/src/docx/draft';
import { buildDocx, exportBlockers, exportDocx } from '../../server/src/docx/export';
import { CHAR_PITCH, CHAR_SPACE, LINE_PITCH, MARGIN, TEXT_HEIGHT, TEXT_WIDTH } from '../../server/src/docx/layout';
import { CLEAN_NOTICE, FAULTY_REQUEST } from '../support/docx-samples';
import { paragraphsOf, readZip, zipText } from '../support/zip';

const attr = (xml: string, element: string, name: string): string | undefined => new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

describe('docx export: GB/T 9704-2012 layout read back from the .docx XML', function () {
  this.timeout(20000);
  let files: Map<string, Buffer>;
  let document: string;
  let paragraphs: Array<{ xml: string; text: string }>;
  const para = (text: string): string => {
    const p = paragraphs.find((x) => x.text === text);
    assert.ok(p, `no paragraph “${text}” in ${paragraphs.map((x) => x.text).join(' | ')}`);
    return p.xml;
  };

  before(async () => {
    files = readZip(await buildDocx(CLEAN_NOTICE, 'plaintext'));
    document = zipText(files, 'word/document.xml');
    paragraphs = paragraphsOf(document);
  });

  it('the grid numbers: 22 lines of 28 characters fit the 156 × 225 mm 版心', () => {
    assert.deepStrictEqual([TEXT_WIDTH, TEXT_HEIGHT, LINE_PITCH, CHAR_SPACE, CHAR_PITCH], [8845, 12756, 579, -842, 316]);
    assert.ok(22 * LINE_PITCH <= TEXT_HEIGHT && 23 * LINE_PITCH > TEXT_HEIGHT);
    const pitch = (c: number): number => (16 + c / 4096) * 20; // twips
    assert.ok(28 * pitch(CHAR_SPACE) <= TEXT_WIDTH && 28 * pitch(CHAR_SPACE + 1) > TEXT_WIDTH);
    assert.ok(Math.abs(TEXT_WIDTH / (1440 / 25.4) - 156) < 0.1 && Math.abs(TEXT_HEIGHT / (1440 / 25.4) - 225) < 0.1);
  });

  it('A4, margins 37/35/28/26 mm, footer 25.5 mm, document grid of 22 lines × 28 characters', () => {
    assert.strictEqual(attr(document, 'w:pgSz', 'w:w'), '11906');
    assert.strictEqual(attr(document, 'w:pgSz', 'w:h'), '16838');
    assert.deepStrictEqual(
      ['w:top', 'w:bottom', 'w:left', 'w:right', 'w:footer'].map((a) => attr(document, 'w:pgMar', a)),
      ['2098', '1984', '1587', '1474', '1446'],
    );
    assert.strictEqual(MARGIN.top, 2098);
    assert.strictEqual(attr(document, 'w:docGrid', 'w:type'), 'linesAndChars');
    assert.strictEqual(attr(document, 'w:docGrid', 'w:linePitch'), '579');
    assert.strictEqual(attr(document, 'w:docGrid', 'w:charSpace'), '-842');
  });

  it('defaults: 3号 (sz 32) 仿宋_GB2312 with Times New Roman for Latin, exact 28.95 pt lines', () => {
    const styles = zipText(files, 'word/styles.xml');
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    assert.strictEqual(attr(defaults, 'w:rFonts', 'w:eastAsia'), '仿宋_GB2312');
    assert.strictEqual(attr(defaults, 'w:rFonts', 'w:ascii'), 'Times New Roman');
    assert.strictEqual(attr(defaults, 'w:sz', 'w:val'), '32');
    assert.strictEqual(attr(defaults, 'w:spacing', 'w:line'), '579');
    assert.strictEqual(attr(defaults, 'w:spacing', 'w:lineRule'), 'exact');
  });

  it('title 2号 方正小标宋简体 centred; 主送机关 顶格 after one empty line', () => {
    const title = para('某某市文化和旅游局关于做好春节期间文化市场安全工作的通知');
    assert.strictEqual(attr(title, 'w:jc', 'w:val'), 'center');
    assert.strictEqual(attr(title, 'w:rFonts', 'w:eastAsia'), '方正小标宋简体');
    assert.strictEqual(attr(title, 'w:sz', 'w:val'), '44');
    const address = para('各区县文化和旅游局，局属各单位：');
    assert.strictEqual(attr(address, 'w:spacing', 'w:before'), '579');
    assert.doesNotMatch(address, /w:firstLine/);
  });

  it('headings: 一、 黑体, （一） 楷体_GB2312, 1. and （1） 仿宋_GB2312, all 3号 and plain; run-in body in 仿宋', () => {
    const h1 = para('一、压实安全责任');
    assert.strictEqual(attr(h1, 'w:rFonts', 'w:eastAsia'), '黑体');
    assert.strictEqual(attr(h1, 'w:outlineLvl', 'w:val'), '0');
    assert.strictEqual(attr(para('（一）开展隐患排查'), 'w:rFonts', 'w:eastAsia'), '楷体_GB2312');
    const h3 = para('1.完善应急预案。各单位要结合实际修订应急预案，明确处置流程和联系人。');
    const runs = h3.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    assert.match(runs[0] ?? '', /1\.完善应急预案。/);
    assert.strictEqual(attr(runs[0] ?? '', 'w:rFonts', 'w:eastAsia'), '仿宋_GB2312');
    assert.strictEqual(attr(para('（1）一般事件在1小时内报告。'), 'w:rFonts', 'w:eastAsia'), '仿宋_GB2312');
    for (const p of paragraphs) assert.doesNotMatch(p.xml, /<w:b\/>/);
    for (const text of ['一、压实安全责任', '（一）开展隐患排查']) assert.strictEqual(attr(para(text), 'w:sz', 'w:val'), '32');
  });

  it('body: first line indented two characters (firstLineChars 200, 632 twips), justified, exact line pitch', () => {
    const body = para('各单位要严格落实安全生产责任制，春节期间实行领导带班和24小时值班制度。');
    assert.strictEqual(attr(body, 'w:ind', 'w:firstLineChars'), '200');
    assert.strictEqual(attr(body, 'w:ind', 'w:firstLine'), String(2 * CHAR_PITCH));
    assert.strictEqual(attr(body, 'w:jc', 'w:val'), 'both');
    assert.strictEqual(attr(body, 'w:spacing', 'w:line'), '579');
    assert.strictEqual(attr(body, 'w:spacing', 'w:lineRule'), 'exact');
  });

  it('附件说明 after one empty line, 左空二字, names aligned; 成文日期 右空四字; 署名 centred over the date', () => {
    const note = para('附件：1.春节期间文化市场安全检查表');
    assert.strictEqual(attr(note, 'w:spacing', 'w:before'), '579');
    assert.strictEqual(attr(note, 'w:ind', 'w:left'), String(6 * CHAR_PITCH));
    assert.strictEqual(attr(note, 'w:ind', 'w:hanging'), String(4 * CHAR_PITCH));
    assert.strictEqual(attr(para('2.春节期间值班安排表'), 'w:ind', 'w:left'), String(6 * CHAR_PITCH));
    const date = para('2026年1月5日');
    assert.strictEqual(attr(date, 'w:jc', 'w:val'), 'right');
    assert.strictEqual(attr(date, 'w:ind', 'w:right'), String(4 * CHAR_PITCH));
    const signature = para('某某市人民政府');
    assert.strictEqual(attr(signature, 'w:jc', 'w:val'), 'right');
    assert.strictEqual(attr(signature, 'w:spacing', 'w:before'), '579');
    // The date is 6 characters wide (半角 digits count ½), the name 7: 4 + (6 − 7) / 2 = 3.5 characters.
    assert.strictEqual(attr(signature, 'w:ind', 'w:right'), String(Math.round(3.5 * CHAR_PITCH)));
  });

  it('an attachment starts a new page: 附件1 in 黑体 顶格, its title 2号小标宋 centred two lines down', () => {
    const label = para('附件1');
    assert.match(label, /<w:pageBreakBefore\/>/);
    assert.strictEqual(attr(label, 'w:rFonts', 'w:eastAsia'), '黑体');
    const title = para('春节期间文化市场安全检查表');
    assert.strictEqual(attr(title, 'w:jc', 'w:val'), 'center');
    assert.strictEqual(attr(title, 'w:sz', 'w:val'), '44');
    assert.strictEqual(attr(title, 'w:spacing', 'w:before'), '579');
  });

  it('page numbers: 4号 半角宋体 “— PAGE —”, odd pages right and even pages left, each 空一字', () => {
    assert.match(zipText(files, 'word/settings.xml'), /<w:evenAndOddHeaders\/>/);
    const rels = zipText(files, 'word/_rels/document.xml.rels');
    const footer = (type: string): string => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"`).exec(document)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
      return zipText(files, `word/${target?.[1] ?? target?.[2]}`);
    };
    for (const [type, jc, side] of [['default', 'right', 'w:right'], ['even', 'left', 'w:left']] as const) {
      const xml = footer(type);
      assert.strictEqual(attr(xml, 'w:jc', 'w:val'), jc);
      assert.strictEqual(attr(xml, 'w:ind', side), '280');
      assert.strictEqual(attr(xml, 'w:sz', 'w:val'), '28');
      assert.strictEqual(attr(xml, 'w:rFonts', 'w:eastAsia'), '宋体');
      assert.strictEqual(attr(xml, 'w:rFonts', 'w:ascii'), '宋体');
      const text = xml.replace(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/, '{PAGE}').replace(/<(?!\/?w:t\b)[^>]+>/g, '').replace(/<\/?w:t[^>]*>/g, '');
      assert.strictEqual(text, '— {PAGE} —');
    }
  });

  it('fonts are named with fallbacks, not embedded', () => {
    const table = zipText(files, 'word/fontTable.xml');
    for (const [name, alt] of [['仿宋_GB2312', '仿宋'], ['楷体_GB2312', '楷体'], ['方正小标宋简体', '宋体'], ['黑体', 'SimHei'], ['宋体', 'SimSun']]) {
      assert.match(table, new RegExp(`<w:font w:name="${name}"><w:altName w:val="${alt}"/>`));
    }
    assert.ok(![...files.keys()].some((f) => /\.(odttf|ttf|fntdata)$/.test(f)));
  });
});

describe('docx export: which line is which part', () => {
  it('blank lines and indentation go; gaps where the standard wants 空一行', () => {
    const blocks = draftBlocks(FAULTY_REQUEST, 'plaintext');
    assert.deepStrictEqual(
      blocks.map((b) => `${b.kind}${b.gapBefore ? '+gap' : ''}`),
      ['title', 'address+gap', 'body', 'body', 'body', 'signature+gap', 'date'],
    );
    assert.ok(blocks.every((b) => b.text === b.text.trim()));
  });

  it('Markdown: # marks go, **bold** is bold, ** placeholders stay as written', () => {
    const md = '# 关于做好安全工作的通知\n\n## 一、**压实安全责任**\n\n检查结果于**月**日前报送，**重点场所**要逐一检查。\n\n```\ncode\n```\n<!-- gongwen-disable-next-line -->\n正文。';
    const blocks = draftBlocks(md, 'markdown');
    assert.deepStrictEqual(blocks.map((b) => b.text), ['关于做好安全工作的通知', '一、压实安全责任', '检查结果于**月**日前报送，重点场所要逐一检查。', '正文。']);
    assert.deepStrictEqual(blocks[1]?.segments, [{ text: '一、' }, { text: '压实安全责任', bold: true }]);
    assert.deepStrictEqual(blocks[2]?.segments.filter((g) => g.bold), [{ text: '重点场所', bold: true }]);
    assert.strictEqual(blocks[1]?.kind, 'heading');
  });

  it('not a signature: a sentence before the date; not an attachment item: a 1. heading far from 附件', () => {
    const text = '关于开展检查的通知\n请于2026年3月1日前报送。\n2026年1月5日';
    assert.deepStrictEqual(draftBlocks(text, 'plaintext').map((b) => b.kind), ['title', 'body', 'date']);
    assert.strictEqual(exportedText('a\r\n\r\n  b\r\n', 'plaintext'), 'a\nb');
  });
});

describe('docx export: refuses while errors or placeholders remain', () => {
  it('an unfilled placeholder (a warning) blocks; force exports and reports it', async () => {
    const findings = analyze({ text: FAULTY_REQUEST, format: 'plaintext' }, DEFAULT_SETTINGS);
    const blocking = exportBlockers(findings);
    assert.ok(blocking.length > 0 && blocking.every((f) => f.rule === 'placeholder.unfilled' || f.severity === 'error'));
    const refused = await exportDocx(FAULTY_REQUEST, 'plaintext', findings);
    assert.strictEqual(refused.ok, false);
    const forced = await exportDocx(FAULTY_REQUEST, 'plaintext', findings, { force: true });
    assert.ok(forced.ok && forced.buffer.length > 1000 && forced.blocking.length === blocking.length);
  });

  it('an error-level finding blocks; warnings alone do not', async () => {
    const text = '关于开展检查的通知\n截止到目前为止，已完成。';
    const warnings = analyze({ text, format: 'plaintext' }, DEFAULT_SETTINGS);
    assert.ok(warnings.length > 0);
    assert.strictEqual((await exportDocx(text, 'plaintext', warnings)).ok, true);
    const errors = analyze({ text, format: 'plaintext' }, { ...DEFAULT_SETTINGS, rules: { 'phrase.redundant': 'error' } });
    assert.strictEqual((await exportDocx(text, 'plaintext', errors)).ok, false);
  });
});
