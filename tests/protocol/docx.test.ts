/**
 * Word over the protocol, on the bundled server: gongwen/exportDocx writes a .docx of an open
 * draft and gongwen/lintDocx reads it back. Word support is its own bundle (dist/docx.js), loaded
 * on the first request, so this also checks that the server finds it.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TestLspClient } from '../support/lsp-client';

describe('Word export and lint over the protocol (bundled server, Word loaded on demand)', function () {
  this.timeout(30000);

  it('exports an open clean draft to .docx and lints the .docx back', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-docx-protocol-'));
    const client = new TestLspClient();
    try {
      await client.initialize({});
      const draft = path.join(dir, 'report.txt');
      const text = '关于做好春季农业生产工作的通知\n\n各乡镇人民政府：\n    为做好春季农业生产工作，现将有关事项通知如下。\n    一、加强组织领导\n    各乡镇要高度重视。\n\n县农业农村局\n2026年3月1日\n';
      fs.writeFileSync(draft, text);
      const uri = pathToFileURL(draft).toString();
      await client.open(uri, text);
      await client.waitForPublished(uri);
      const target = path.join(dir, 'report.docx');
      const exported = await client.connection.sendRequest<{ ok: boolean; written?: string; error?: string }>('gongwen/exportDocx', { uri, target });
      assert.ok(exported.ok, JSON.stringify(exported));
      assert.ok(fs.statSync(target).size > 1000);
      assert.strictEqual(fs.readFileSync(target).subarray(0, 2).toString(), 'PK', 'a zip (docx) file');
      const linted = await client.connection.sendRequest<{ text: string; findings: unknown[] }>('gongwen/lintDocx', { uri: pathToFileURL(target).toString() });
      assert.match(linted.text, /一、加强组织领导/);
    } finally {
      assert.strictEqual(await client.shutdown(), 0);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
