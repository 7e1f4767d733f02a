import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TestLspClient } from '../support/lsp-client';
import { FIXTURES } from '../support/paths';
import { SPEECH_DRAFT_OUTLINE } from '../support/expected-outlines';

const DIR = [path.join(FIXTURES, 'structure'), path.join(process.cwd(), 'tests', 'fixtures', 'structure')].find((d) => fs.existsSync(d)) as string;
const URI = 'file:///tmp/gongwen-test/speech-draft.txt';
const TEXT = fs.readFileSync(path.join(DIR, 'speech-draft.txt'), 'utf8');

interface Sym {
  name: string;
  kind: number;
  detail?: string;
  range: unknown;
  selectionRange: unknown;
  children?: Sym[];
}
const names = (symbols: readonly Sym[], indent = ''): string[] => symbols.flatMap((s) => [`${indent}${s.name}`, ...names(s.children ?? [], `${indent}  `)]);

describe('document structure over stdio', function () {
  this.timeout(20000);
  let client: TestLspClient;
  let capabilities: Record<string, unknown>;
  before(async () => {
    client = new TestLspClient();
    capabilities = (await client.initialize({ workspace: { configuration: true }, textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } })).capabilities;
    await client.open(URI, TEXT);
    await client.waitForPublished(URI, (x) => x.version === 1);
  });
  after(async () => assert.strictEqual(await client.shutdown(), 0));

  it('announces document symbols, folding and selection ranges', () => {
    assert.ok(capabilities.documentSymbolProvider);
    assert.strictEqual(capabilities.foldingRangeProvider, true);
    assert.strictEqual(capabilities.selectionRangeProvider, true);
  });

  it('textDocument/documentSymbol: a hierarchical tree under the title', async () => {
    const symbols = await client.connection.sendRequest<Sym[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.deepStrictEqual(names(symbols), SPEECH_DRAFT_OUTLINE);
    const one = symbols[0]?.children?.[1];
    assert.strictEqual(one?.detail, '认识 · 195字 · 6处待填');
    assert.deepStrictEqual(one?.selectionRange, { start: { line: 4, character: 6 }, end: { line: 4, character: 30 } });
    assert.deepStrictEqual(one?.range, { start: { line: 4, character: 4 }, end: { line: 6, character: 97 } });
  });

  it('textDocument/foldingRange: each part folds to its heading', async () => {
    const ranges = await client.connection.sendRequest<Array<{ startLine: number; endLine: number }>>('textDocument/foldingRange', { textDocument: { uri: URI } });
    assert.deepStrictEqual(
      ranges.map((r) => [r.startLine, r.endLine]),
      [
        [4, 6],
        [7, 10],
        [11, 14],
      ],
    );
  });

  it('textDocument/selectionRange: heading words, then the part, then the document', async () => {
    const [sel] = await client.connection.sendRequest<Array<{ range: { start: { line: number } ; end: { line: number } }; parent?: unknown }>>('textDocument/selectionRange', {
      textDocument: { uri: URI },
      positions: [{ line: 7, character: 8 }],
    });
    const chain: number[][] = [];
    for (let s = sel as { range: { start: { line: number }; end: { line: number } }; parent?: unknown } | undefined; s; s = s.parent as typeof s) chain.push([s.range.start.line, s.range.end.line]);
    assert.deepStrictEqual(chain, [
      [7, 7],
      [7, 10],
      [0, 16],
    ]);
  });

  it('gongwen/structure: roles, counts and ranges per part; follows edits', async () => {
    type Item = { id: string; roleLabel?: string; chars: number; placeholders: number; title: string; children: Item[] };
    const s = await client.connection.sendRequest<{ docTypeName: string; scheme: { name: string }; chars: number; placeholders: number; items: Item[] }>('gongwen/structure', { uri: URI });
    assert.strictEqual(s.docTypeName, '讲话稿');
    assert.strictEqual(s.scheme.name, '认识—问题—举措');
    assert.strictEqual(s.placeholders, 9);
    assert.deepStrictEqual(
      s.items.map((i) => [i.id, i.roleLabel, i.chars, i.placeholders]),
      [
        ['0', '认识', 195, 6],
        ['1', '问题', 165, 3],
        ['2', '举措', 156, 0],
      ],
    );
    // Fill one placeholder in part 二 (line 8: 仍有**个项目): the count follows.
    const line8 = TEXT.split('\n')[8] as string;
    const at = line8.indexOf('**');
    await client.change(URI, 2, [{ range: { start: { line: 8, character: at }, end: { line: 8, character: at + 2 } }, text: '3' }]);
    await client.waitForPublished(URI, (x) => x.version === 2);
    const after = await client.connection.sendRequest<{ placeholders: number; items: Item[] }>('gongwen/structure', { uri: URI });
    assert.strictEqual(after.placeholders, 8);
    assert.deepStrictEqual(after.items.map((i) => i.placeholders), [6, 2, 0]);
  });

  it('answers null for a document it does not know', async () => {
    assert.strictEqual(await client.connection.sendRequest('gongwen/structure', { uri: 'file:///nowhere.txt' }), null);
    assert.strictEqual(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere.txt' } }), null);
  });
});
