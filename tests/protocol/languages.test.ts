import * as assert from 'assert';
import { TestLspClient, type Published } from '../support/lsp-client';

// Two placeholders in prose and one inside Markdown inline code: plain text reports three,
// Markdown two (code is not prose).
const TEXT = '同志们：\n    今年投资**亿元，建设**个站点。\n    `**`要抓实。\n';

function placeholderLines(p: Published): number[] {
  return p.diagnostics.filter((d) => d.code === 'placeholder.unfilled' && d.source === 'gongwen').map((d) => (d.range as { start: { line: number } }).start.line);
}

describe('language ids of every LSP client', function () {
  this.timeout(20000);
  let client: TestLspClient;
  let n = 0;
  /** Opens TEXT with this language id and returns the lines of its placeholder diagnostics. */
  async function placeholdersFor(languageId: string): Promise<number[]> {
    const uri = `file:///tmp/gongwen-languages/${++n}.txt`;
    await client.open(uri, TEXT, languageId);
    return placeholderLines(await client.waitForPublished(uri));
  }

  before(async () => {
    client = new TestLspClient();
    // Push diagnostics, settings pulled per document, as Neovim does.
    await client.initialize({ workspace: { configuration: true } });
  });
  after(async () => assert.strictEqual(await client.shutdown(), 0));

  for (const [languageId, editors] of [['plaintext', 'VS Code, Sublime LSP'], ['text', 'Neovim, Helix, Emacs text-mode']] as const) {
    it(`checks "${languageId}" (${editors}) as plain text`, async () => {
      assert.deepStrictEqual(await placeholdersFor(languageId), [1, 1, 2]);
    });
  }

  for (const [languageId, editors] of [['markdown', 'every client'], ['gfm', 'Emacs gfm-mode'], ['markdown.pandoc', 'a Neovim compound filetype']] as const) {
    it(`checks "${languageId}" (${editors}) as Markdown`, async () => {
      assert.deepStrictEqual(await placeholdersFor(languageId), [1, 1]);
    });
  }

  it('does not check other languages', async () => {
    assert.deepStrictEqual(await placeholdersFor('python'), []);
  });

  it('gongwen.languages still decides: aliases follow the id they stand for, other ids are checked as plain text', async () => {
    client.configuration = { languages: ['markdown', 'org'] };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { gongwen: client.configuration } });
    assert.deepStrictEqual(await placeholdersFor('text'), [], 'no plaintext in the list: text is not checked');
    assert.deepStrictEqual(await placeholdersFor('gfm'), [1, 1]);
    assert.deepStrictEqual(await placeholdersFor('org'), [1, 1, 2]);
    client.configuration = null;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { gongwen: null } });
  });
});
