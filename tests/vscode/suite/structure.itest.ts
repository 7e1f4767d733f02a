/**
 * Document structure in a real VS Code: the Outline's data (executeDocumentSymbolProvider),
 * folding, and the 公文结构 view's provider (through the gongwen.structure.snapshot command, which
 * returns the tree the view shows as plain data), following edits and the speaking-rate setting.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openFixture, waitFor } from './helpers';
import { SPEECH_DRAFT_OUTLINE } from '../../support/expected-outlines';

const FIXTURE = '讲话稿结构.txt'; // a copy of examples/speech-draft.txt

interface SnapshotNode {
  id: string;
  label: string;
  description: string;
  tooltip: string;
  children: SnapshotNode[];
}
interface Snapshot {
  uri?: string;
  title?: string;
  docTypeName?: string;
  description?: string;
  message?: string;
  items: SnapshotNode[];
}

function names(symbols: readonly vscode.DocumentSymbol[], indent = ''): string[] {
  return symbols.flatMap((s) => [`${indent}${s.name}`, ...names(s.children, `${indent}  `)]);
}

function labels(nodes: readonly SnapshotNode[], indent = ''): string[] {
  return nodes.flatMap((n) => [`${indent}${n.label}`, ...labels(n.children, `${indent}  `)]);
}

async function snapshotOf(uri: vscode.Uri, accept: (s: Snapshot) => boolean, what: string): Promise<Snapshot> {
  let last: Snapshot | undefined;
  return waitFor(
    what,
    async () => {
      last = await vscode.commands.executeCommand<Snapshot>('gongwen.structure.snapshot');
      return last && last.uri === uri.toString() && accept(last) ? last : undefined;
    },
    { describe: () => JSON.stringify(last)?.slice(0, 800) ?? 'nothing' },
  );
}

const OUTLINE = SPEECH_DRAFT_OUTLINE;

describe('公文结构: Outline, folding and the structure view', function () {
  before(async () => {
    await activateExtension();
  });
  afterEach(async () => {
    await vscode.workspace.getConfiguration('gongwen').update('speakingRate', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  it('executeDocumentSymbolProvider returns the heading tree under the title', async () => {
    const editor = await openFixture(FIXTURE);
    const symbols = await waitFor(
      'document symbols from Gongwen',
      async () => {
        const all = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
        return all && all.length > 0 && all[0]?.name === OUTLINE[0] ? all : undefined;
      },
    );
    assert.deepStrictEqual(names(symbols), OUTLINE);
    const one = symbols[0]!.children[1]!;
    assert.strictEqual(one.kind, vscode.SymbolKind.Module);
    assert.strictEqual(one.detail, '认识 · 195字 · 6处待填');
    assert.ok(one.selectionRange.isEqual(new vscode.Range(4, 6, 4, 30)), `selection range ${JSON.stringify(one.selectionRange)}`);
    assert.strictEqual(symbols[0]!.children[2]!.children[0]!.kind, vscode.SymbolKind.EnumMember);
  });

  it('executeFoldingRangeProvider folds each part to its heading', async () => {
    const editor = await openFixture(FIXTURE);
    const ranges = await waitFor('folding ranges', async () => {
      const all = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
      return all && all.some((r) => r.start === 4) ? all : undefined;
    });
    for (const [start, end] of [
      [4, 6],
      [7, 10],
      [11, 14],
    ] as const) {
      assert.ok(ranges.some((r) => r.start === start && r.end === end), `a folding range ${start}-${end} in ${JSON.stringify(ranges)}`);
    }
  });

  it('the view lists the parts with role badges, counts, speaking time and placeholders', async () => {
    const editor = await openFixture(FIXTURE);
    const snap = await snapshotOf(editor.document.uri, (s) => s.items.length === 3, 'the structure view of the fixture');
    assert.strictEqual(snap.title, '在全县农业农村工作会议上的讲话');
    assert.deepStrictEqual(labels(snap.items), OUTLINE.slice(2).map((l) => l.slice(2).replace(/^(\s*)([一二三]是)/, '$1$2 ')));
    assert.deepStrictEqual(
      snap.items.map((i) => i.description),
      ['【认识】 · 195字 · 约53秒 · 6处待填', '【问题】 · 165字 · 约45秒 · 3处待填', '【举措】 · 156字 · 约43秒'],
    );
    assert.match(snap.description ?? '', /^讲话稿 · 668字 · 约3\.0分钟$|^讲话稿 · 668字 · 约3分钟$/);
    assert.match(snap.message ?? '', /认识—问题—举措/);
  });

  it('follows typing (ids stay stable) and the speaking-rate setting', async () => {
    const editor = await openFixture(FIXTURE);
    const before = await snapshotOf(editor.document.uri, (s) => s.items.length === 3, 'the structure view before the edit');
    // Fill the first placeholder of part 一 (line 5: 稳定在**万亩).
    const line = editor.document.lineAt(5).text;
    const at = line.indexOf('**');
    await editor.edit((e) => e.replace(new vscode.Range(5, at, 5, at + 2), '52'));
    const after = await snapshotOf(editor.document.uri, (s) => s.items[0]?.description.includes('5处待填') === true, 'part 一 down to 5 placeholders');
    assert.deepStrictEqual(after.items.map((i) => i.id), before.items.map((i) => i.id));
    await vscode.workspace.getConfiguration('gongwen').update('speakingRate', 100, vscode.ConfigurationTarget.Global);
    const slow = await snapshotOf(editor.document.uri, (s) => s.items[0]?.description.includes('分钟') === true, 'speaking time at 100 characters a minute');
    assert.match(slow.items[0]!.description, /约(1\.9|2)分钟/);
  });

  it('follows the active editor', async () => {
    await openFixture(FIXTURE);
    const other = await openFixture('项目进展报告.txt');
    const snap = await snapshotOf(other.document.uri, () => true, 'the structure view of 项目进展报告.txt');
    assert.notStrictEqual(snap.title, '在全县农业农村工作会议上的讲话');
  });
});
