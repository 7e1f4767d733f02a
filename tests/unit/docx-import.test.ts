import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { analyze, DEFAULT_SETTINGS, type Finding } from '../../server/src/core';
import { parseStructure } from '../../server/src/core/structure/headings';
import { exportCommand, lintDocxFile, parseExportArgs, formatDocxText } from '../../server/src/cli/docx';
import { exportedText } from '../../server/src/docx/draft';
import { buildDocx } from '../../server/src/docx/export';
import { importDocx, paragraphLabel, paragraphPosition } from '../../server/src/docx/import';
import { exportDocxRequest, lintDocxRequest, type DocxRequestDeps } from '../../server/src/lsp/docx';
import { CLEAN_NOTICE, FAULTY_FLAT, FAULTY_REQUEST } from '../support/docx-samples';

const lint = (text: string): Finding[] => analyze({ text, format: 'plaintext' }, DEFAULT_SETTINGS);
const summary = (text: string, findings: Finding[]): string[] => findings.map((f) => `${f.rule} ${f.message} «${text.slice(f.start, f.end)}»`);

describe('docx import and round trip', function () {
  this.timeout(20000);

  it('export then import gives back the same text and the same findings, at the same places', async () => {
    for (const draft of [CLEAN_NOTICE, FAULTY_FLAT]) {
      const back = await importDocx(await buildDocx(draft, 'plaintext'));
      assert.strictEqual(back.text, draft);
      const strip = (fs: Finding[]) => fs.map((f) => ({ rule: f.rule, message: f.message, start: f.start, end: f.end, severity: f.severity }));
      assert.deepStrictEqual(strip(lint(back.text)), strip(lint(draft)));
    }
    assert.ok(lint(FAULTY_FLAT).length >= 5);
  });

  it('a draft with blank lines and indentation: the text the .docx holds, same findings (rule, message, text)', async () => {
    const back = await importDocx(await buildDocx(FAULTY_REQUEST, 'plaintext'));
    assert.strictEqual(back.text, exportedText(FAULTY_REQUEST, 'plaintext'));
    assert.deepStrictEqual(summary(back.text, lint(back.text)), summary(FAULTY_REQUEST, lint(FAULTY_REQUEST)));
  });

  it('structure works on the imported text: title, address and heading levels', async () => {
    const back = await importDocx(await buildDocx(CLEAN_NOTICE, 'plaintext'));
    const structure = parseStructure(back.text, 'plaintext');
    assert.strictEqual(structure.title?.text, '某某市文化和旅游局关于做好春节期间文化市场安全工作的通知');
    assert.strictEqual(structure.address?.text, '各区县文化和旅游局，局属各单位：');
    assert.deepStrictEqual(structure.headings.map((h) => h.level), [1, 2, 3, 4]);
  });

  it('第N段第M字: empty paragraphs are not counted, 𠮷 counts once, a soft line break stays inside its paragraph', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '关于开展检查的通知' }),
            new Paragraph({ text: '' }),
            new Paragraph({ children: [new TextRun('𠮷祥村共有'), new TextRun({ text: '**', bold: true }), new TextRun('户。')] }),
            new Paragraph({ children: [new TextRun('第一行'), new TextRun({ text: '第二行有**个', break: 1 })] }),
          ],
        },
      ],
    });
    const docx = await importDocx(await Packer.toBuffer(doc));
    assert.strictEqual(docx.text, '关于开展检查的通知\n\n𠮷祥村共有**户。\n第一行\n第二行有**个');
    const found = lint(docx.text).filter((f) => f.rule === 'placeholder.unfilled');
    assert.deepStrictEqual(
      found.map((f) => paragraphLabel(paragraphPosition(docx, f.start))),
      ['第2段第6字', '第3段第9字'],
    );
  });

  it('rejects a file that is not a .docx', async () => {
    await assert.rejects(importDocx(Buffer.from('not a zip')));
  });
});

describe('docx CLI and server requests', function () {
  this.timeout(20000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-docx-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('parses export arguments', () => {
    assert.deepStrictEqual(parseExportArgs(['a.md', '-o', 'b.docx', '--force']), { kind: 'export', file: 'a.md', output: 'b.docx', force: true, overwrite: false, rules: {}, config: undefined });
    assert.strictEqual((parseExportArgs(['a.md', '--overwrite']) as { overwrite: boolean }).overwrite, true);
    assert.strictEqual((parseExportArgs(['a.txt']) as { output: string }).output, 'a.docx');
    assert.strictEqual(parseExportArgs(['a.docx']).kind, 'error');
    assert.strictEqual(parseExportArgs(['a.md', '-o', 'b.pdf']).kind, 'error');
    assert.strictEqual(parseExportArgs([]).kind, 'error');
  });

  it('gongwen export refuses a draft with placeholders (exit 1), writes with --force (exit 0), then lint FILE.docx names 第N段第M字', async () => {
    const draft = path.join(dir, 'request.txt');
    fs.writeFileSync(draft, FAULTY_REQUEST);
    const target = path.join(dir, 'request.docx');
    const out: string[] = [];
    const err: string[] = [];
    const args = { kind: 'export' as const, file: draft, output: target, force: false, overwrite: false, rules: {}, config: undefined };
    assert.strictEqual(await exportCommand(args, (l) => out.push(l), (l) => err.push(l)), 1);
    assert.ok(!fs.existsSync(target));
    assert.ok(err.some((l) => /request\.txt:5:\d+  warning  未填写的占位符/.test(l)), err.join('\n'));
    assert.strictEqual(await exportCommand({ ...args, force: true }, (l) => out.push(l), (l) => err.push(l)), 0);
    assert.ok(fs.existsSync(target) && err.some((l) => l.includes('--force')));

    const result = await lintDocxFile(target, DEFAULT_SETTINGS);
    assert.ok(result.ok);
    const placeholder = result.report.diagnostics.find((d) => d.rule === 'placeholder.unfilled' && d.message.includes('**'));
    assert.deepStrictEqual(placeholder?.paragraph, { index: 4, character: 22, label: '第4段第22字' });
    assert.deepStrictEqual(placeholder?.range.start, { line: 3, character: 21 });
    assert.ok(formatDocxText(result.report).some((l) => l === `${target}:第4段第22字  warning  ${placeholder?.message}  placeholder.unfilled`));
  });

  it('gongwen/exportDocx and gongwen/lintDocx', async () => {
    const draft = path.join(dir, 'notice.txt');
    fs.writeFileSync(draft, CLEAN_NOTICE);
    const deps: DocxRequestDeps = { analysisOf: async () => undefined, settingsOf: async () => DEFAULT_SETTINGS, workspaceFolders: async () => [dir] };
    const target = path.join(dir, 'notice.docx');
    const exported = await exportDocxRequest({ uri: `file://${draft}`, target: `file://${target}` }, deps);
    assert.deepStrictEqual(exported, { ok: true, written: target, blocking: [] });
    const linted = await lintDocxRequest({ uri: `file://${target}` }, deps);
    assert.strictEqual(linted.text, CLEAN_NOTICE);
    assert.deepStrictEqual(linted.findings, []);

    fs.writeFileSync(draft, FAULTY_FLAT);
    const refused = await exportDocxRequest({ uri: `file://${draft}`, target, overwrite: true }, deps);
    assert.strictEqual(refused.ok, false);
    assert.ok(refused.blocking.some((f) => f.rule === 'placeholder.unfilled' && f.label === '第4行第22字'), JSON.stringify(refused.blocking));
  });
});
