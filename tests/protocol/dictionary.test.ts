/**
 * 加入词典 over the real server (dist/server.js over stdio), as cspell's "add to dictionary": a
 * typo.* diagnostic offers a command that adds its flagged text to the nearest .gongwenrc.json
 * `words` through workspace/applyEdit (creating the file inside the workspace folder); once the
 * writer saves it, that typo is quiet and the others are still reported. Refused, with a message
 * and no edit, for a document outside the workspace folders and for what is not a word.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TestLspClient, type Published } from '../support/lsp-client';

const TEXT = '峻工镇位于青山县北部。\n会议对全年工作作了部暑，这项工作做的很好。\n';

type Action = { title: string; command?: { command: string; arguments: unknown[] } };

const flagged = (p: Published, rule: string): string[] =>
  p.diagnostics
    .filter((d) => d.code === rule)
    .map((d) => {
      const r = d.range as { start: { line: number; character: number }; end: { line: number; character: number } };
      return TEXT.split('\n')[r.start.line]!.slice(r.start.character, r.end.character);
    });

describe('加入词典 (add a typo\'s text to the workspace dictionary)', function () {
  this.timeout(40000);
  let dir: string;
  let client: TestLspClient;

  before(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-dictionary-')));
    client = new TestLspClient();
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true, workspaceFolders: true } },
      workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }],
    });
    await client.connection.sendNotification('initialized', {});
  });

  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('offered on a typo of two characters or more; the edit creates .gongwenrc.json with the word; saved, that typo is quiet and the others stay', async () => {
    const uri = pathToFileURL(path.join(dir, '草稿.txt')).toString();
    await client.open(uri, TEXT);
    const p = await client.waitForPublished(uri, (x) => flagged(x, 'typo.word').length === 2 && flagged(x, 'typo.de').length === 1, 20000);
    assert.deepStrictEqual(flagged(p, 'typo.word'), ['峻工', '部暑']);

    const actionsOn = (d: Published['diagnostics'][number]) =>
      client.connection.sendRequest<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const typo = p.diagnostics.find((d) => d.code === 'typo.word')!;
    const actions = await actionsOn(typo);
    const add = actions.find((a) => a.title.startsWith('加入词典'));
    assert.ok(add?.command, actions.map((a) => a.title).join(' | '));
    assert.strictEqual(add.command.command, 'gongwen.addToDictionary');
    assert.deepStrictEqual(add.command.arguments, [uri, '峻工']);
    // Not on a one-character finding (的 of 做的很好): a dictionary of 的 would silence every typo on it.
    const de = p.diagnostics.find((d) => d.code === 'typo.de')!;
    assert.ok(!(await actionsOn(de)).some((a) => a.title.startsWith('加入词典')));

    assert.strictEqual(await client.connection.sendRequest('workspace/executeCommand', add.command), true);
    const created = client.applied.pop() as { edit: { documentChanges: Array<{ kind?: string; uri?: string; edits?: Array<{ newText: string }> }> } };
    const configUri = pathToFileURL(path.join(dir, '.gongwenrc.json')).toString();
    assert.strictEqual(created.edit.documentChanges[0]!.kind, 'create');
    assert.strictEqual(created.edit.documentChanges[0]!.uri, configUri);
    const json = created.edit.documentChanges[1]!.edits![0]!.newText;
    assert.deepStrictEqual(JSON.parse(json), { words: ['峻工'] });

    // The writer saves it: 峻工 is accepted, 部暑 and 做的很好 are still reported.
    fs.writeFileSync(path.join(dir, '.gongwenrc.json'), json);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 1 }] });
    const after = await client.waitForPublished(uri, (x) => flagged(x, 'typo.word').length === 1 && flagged(x, 'typo.de').length === 1, 20000);
    assert.deepStrictEqual(flagged(after, 'typo.word'), ['部暑']);

    // Asked again for a word the file already lists: refused, saying so, no edit.
    const messages = client.messages.length;
    assert.strictEqual(await client.connection.sendRequest('workspace/executeCommand', add.command), false);
    assert.ok(client.messages.slice(messages).some((m) => m.message.includes('已在') && m.message.includes('词典')), JSON.stringify(client.messages.slice(messages)));
  });

  it('refused for a document outside the workspace folder, for a closed one and for what is not a word: a message, no edit', async () => {
    const outside = 'file:///etc/gongwen-draft.txt';
    await client.open(outside, TEXT);
    const edits = client.applied.length;
    let messages = client.messages.length;
    assert.strictEqual(await client.connection.sendRequest('workspace/executeCommand', { command: 'gongwen.addToDictionary', arguments: [outside, '峻工'] }), false);
    assert.ok(client.messages.slice(messages).some((m) => m.message.includes('未加入词典') && m.message.includes('不在工作区文件夹中')), JSON.stringify(client.messages.slice(messages)));

    const closed = pathToFileURL(path.join(dir, 'closed.txt')).toString();
    assert.strictEqual(await client.connection.sendRequest('workspace/executeCommand', { command: 'gongwen.addToDictionary', arguments: [closed, '峻工'] }), false);

    const inside = pathToFileURL(path.join(dir, '草稿.txt')).toString();
    for (const bad of ['', '青山\n县', 42]) {
      messages = client.messages.length;
      assert.strictEqual(await client.connection.sendRequest('workspace/executeCommand', { command: 'gongwen.addToDictionary', arguments: [inside, bad] }), false);
      assert.ok(client.messages.slice(messages).some((m) => m.message.startsWith('未加入词典')), `${JSON.stringify(bad)}: ${JSON.stringify(client.messages.slice(messages))}`);
    }
    assert.strictEqual(client.applied.length, edits, 'no workspace/applyEdit');
  });
});
