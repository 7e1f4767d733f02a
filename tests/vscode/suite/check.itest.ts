/**
 * 送审前检查 in the real editor: the command asks the server for the check of the active draft and
 * shows the page in a webview beside it; the verdict comes back to the caller. 批注 Word 文档: a
 * commented copy of a .docx, written by the server.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { buildDocx } from '../../../server/src/docx/export';
import { activateExtension, closeAllEditors, openFixture, waitFor, workspaceRoot } from './helpers';

describe('送审前检查 in the editor', function () {
  this.timeout(120000);
  before(async () => {
    await activateExtension();
  });
  afterEach(async () => {
    await closeAllEditors();
  });

  it('a draft with placeholders is not ready, and the report opens beside it', async () => {
    await openFixture('draft.txt');
    const result = await vscode.commands.executeCommand<{ verdict: string; reasons: string[] } | undefined>('gongwen.check');
    assert.strictEqual(result?.verdict, 'not-ready');
    assert.ok(result.reasons.some((r) => r.includes('占位符')), result.reasons.join('；'));
    // CI runs this suite again with GONGWEN_SEGMENTER=portable, and with nodejieba unloadable
    // (tests/support/without-nodejieba.mjs, which sets GONGWEN_EXPECT_SEGMENTER=portable): the
    // portable backend served.
    const expected = process.env.GONGWEN_SEGMENTER ?? process.env.GONGWEN_EXPECT_SEGMENTER;
    if (expected) assert.strictEqual((result as { segmenter?: string }).segmenter, expected);
    else assert.ok((result as { segmenter?: string }).segmenter, 'a segmentation backend served the check');
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    await waitFor('the 送审前检查 page in a tab beside the draft', () => tabs().find((t) => t.input instanceof vscode.TabInputWebview && /送审前检查|Pre-submission check/.test(t.label)), {
      describe: () => tabs().map((t) => `${t.label} (${t.input?.constructor.name})`).join(' | '),
    });
  });
});

describe('批注 Word 文档 in the editor', function () {
  this.timeout(120000);
  before(async () => {
    await activateExtension();
  });

  it('writes a copy of a .docx with the findings as Word comments, beside it; the .docx itself is untouched', async () => {
    const dir = workspaceRoot();
    const source = path.join(dir, '批注测试.docx');
    const target = path.join(dir, '批注测试-批注.docx');
    fs.writeFileSync(source, await buildDocx('青山县教育局关于申请拨付校舍维修资金的请示\n县人民政府：\n全县共有校舍**所需要维修。\n妥否，请批示。\n', 'plaintext'));
    const before = fs.readFileSync(source);
    try {
      const result = await vscode.commands.executeCommand<{ ok: boolean; comments?: number; error?: string } | undefined>('gongwen.annotateDocx', vscode.Uri.file(source), vscode.Uri.file(target));
      assert.ok(result?.ok, JSON.stringify(result));
      assert.ok((result.comments ?? 0) >= 1);
      assert.strictEqual(fs.readFileSync(target).subarray(0, 2).toString(), 'PK');
      assert.deepStrictEqual(fs.readFileSync(source), before);
    } finally {
      fs.rmSync(source, { force: true });
      fs.rmSync(target, { force: true });
    }
  });
});
