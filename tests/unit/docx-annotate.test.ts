/**
 * Findings as Word comments (issue 21): docx/annotate.ts on .docx files made by the exporter,
 * read back: one comment per finding, author 公文检查, each anchored (w:commentRangeStart …
 * w:commentRangeEnd) on exactly the finding's text; the text of the document unchanged; the
 * comments part registered (content type, relationship).
 */
import * as assert from 'assert';
import { analyze, DEFAULT_SETTINGS, type Finding } from '../../server/src/core';
import { annotateDocx, COMMENT_AUTHOR } from '../../server/src/docx/annotate';
import { buildDocx } from '../../server/src/docx/export';
import { importDocx } from '../../server/src/docx/import';
import { FAULTY_REQUEST } from '../support/docx-samples';
import { readZip, writeZip, zipText } from '../support/zip';

/** The text between each comment's range marks, by comment id, read in document order. */
function anchoredTexts(documentXml: string): Map<string, string> {
  const open = new Set<string>();
  const texts = new Map<string, string>();
  const token = /<w:commentRangeStart w:id="(\d+)"\/>|<w:commentRangeEnd w:id="(\d+)"\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<\/w:p>/g;
  for (let m = token.exec(documentXml); m; m = token.exec(documentXml)) {
    if (m[1] !== undefined) {
      open.add(m[1]);
      texts.set(m[1], '');
    } else if (m[2] !== undefined) open.delete(m[2]);
    else {
      const text = m[3] !== undefined ? m[3].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&') : m[0] === '<w:tab/>' ? '\t' : '';
      for (const id of open) texts.set(id, (texts.get(id) ?? '') + text);
    }
  }
  return texts;
}

function comments(xml: string): Array<{ id: string; author: string; text: string }> {
  return [...xml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)].map((m) => ({
    id: /w:id="(\d+)"/.exec(m[1]!)![1]!,
    author: /w:author="([^"]*)"/.exec(m[1]!)![1]!,
    text: [...m[2]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('\n'),
  }));
}

describe('docx annotate: findings as Word comments', function () {
  this.timeout(30000);

  async function annotate(draft: string): Promise<{ findings: Finding[]; text: string; files: Map<string, Buffer>; anchored: number; unanchored: number; input: Buffer }> {
    const input = await buildDocx(draft, 'plaintext');
    const docx = await importDocx(input);
    const findings = analyze({ text: docx.text, format: 'plaintext' }, DEFAULT_SETTINGS);
    const result = await annotateDocx(
      input,
      docx,
      findings.map((f) => ({ start: f.start, end: f.end, paragraphs: [f.message, ...f.fixes.map((x) => `建议：${x.title}`)] })),
    );
    return { findings, text: docx.text, files: readZip(result.buffer), anchored: result.anchored, unanchored: result.unanchored, input };
  }

  it('one comment per finding, by 公文检查, each anchored on exactly its text', async () => {
    const { findings, text, files, anchored, unanchored } = await annotate(FAULTY_REQUEST);
    assert.ok(findings.length >= 8, `${findings.length}`);
    assert.strictEqual(anchored, findings.length);
    assert.strictEqual(unanchored, 0);
    const list = comments(zipText(files, 'word/comments.xml'));
    assert.strictEqual(list.length, findings.length);
    for (const c of list) assert.strictEqual(c.author, COMMENT_AUTHOR);
    const anchoredText = anchoredTexts(zipText(files, 'word/document.xml'));
    assert.deepStrictEqual(
      list.map((c) => anchoredText.get(c.id)),
      findings.map((f) => text.slice(f.start, f.end)),
    );
    // The comment says what is wrong and what to write.
    const redundant = findings.findIndex((f) => f.rule === 'phrase.redundant');
    assert.ok(redundant >= 0);
    assert.strictEqual(list[redundant]!.text.split('\n')[0], findings[redundant]!.message);
    assert.match(list[redundant]!.text, /建议：/);
  });

  it('the document text is unchanged (read back with mammoth), and the comments part is registered', async () => {
    const { text, files } = await annotate(FAULTY_REQUEST);
    const rebuilt = writeZip([...files].map(([name, data]) => ({ name, data })));
    assert.strictEqual((await importDocx(rebuilt)).text, text);
    assert.match(zipText(files, '[Content_Types].xml'), /PartName="\/word\/comments\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.comments\+xml"/);
    assert.match(zipText(files, 'word/_rels/document.xml.rels'), /Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/comments" Target="comments\.xml"/);
    const document = zipText(files, 'word/document.xml');
    const starts = [...document.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)].map((m) => m[1]);
    const references = [...document.matchAll(/<w:commentReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    assert.deepStrictEqual([...references].sort(), [...starts].sort());
  });

  it('a finding inside a run splits it, keeping the run properties on both halves (𠮷 and emoji counted as UTF-16)', async () => {
    const draft = '关于做好𠮷祥村😀防汛工作的通知\n\n各乡镇人民政府：\n\n𠮷祥村😀要在**月前完成堤防加固。\n\n特此通知。\n\n青山县人民政府办公室\n2026年3月5日\n';
    const { findings, text, files } = await annotate(draft);
    const placeholder = findings.filter((f) => f.rule === 'placeholder.unfilled');
    assert.strictEqual(placeholder.length, 1);
    const document = zipText(files, 'word/document.xml');
    const anchoredText = anchoredTexts(document);
    const list = comments(zipText(files, 'word/comments.xml'));
    const i = findings.indexOf(placeholder[0]!);
    assert.strictEqual(anchoredText.get(list[i]!.id), '**');
    assert.strictEqual(text.slice(placeholder[0]!.start, placeholder[0]!.end), '**');
    const paragraph = /<w:p>(?:(?!<\/w:p>)[\s\S])*?要在(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/.exec(document)?.[0] ?? '';
    const runs = paragraph.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    const withText = runs.filter((r) => /<w:t/.test(r));
    assert.ok(withText.length >= 3, paragraph);
    for (const r of withText) assert.match(r, /<w:rFonts [^>]*w:eastAsia="仿宋_GB2312"/);
  });
});
