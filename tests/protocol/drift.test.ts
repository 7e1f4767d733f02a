/**
 * Terminology drift over the protocol: placeholder diagnostics go out before the segmenter has
 * loaded its dictionaries; drift diagnostics follow once it has, with related places and a
 * "统一为" fix that rewrites every variant occurrence.
 */
import * as assert from 'assert';
import { TestLspClient, type Published } from '../support/lsp-client';

const URI = 'file:///tmp/gongwen-drift/report.txt';
const TEXT = [
  '关于全区重点工作推进情况的报告',
  '',
  '区委、区政府高度重视重点项目建设，全年完成投资**亿元。',
  '区委、区政府多次召开专题会议研究部署。',
  '区委区政府将把重点项目纳入年度考核。',
  '',
].join('\n');

const codes = (p: Published) => p.diagnostics.map((d) => String(d.code));

describe('terminology drift over the protocol', function () {
  this.timeout(30000);
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    await client.initialize({ textDocument: { publishDiagnostics: { relatedInformation: true } } });
  });
  after(async () => assert.strictEqual(await client.shutdown(), 0));

  it('placeholders first, without waiting for the dictionary; drift once segmentation is ready', async () => {
    const opened = Date.now();
    await client.open(URI, TEXT);
    const first = await client.waitForPublished(URI);
    const firstMs = Date.now() - opened;
    assert.ok(codes(first).includes('placeholder.unfilled'), codes(first).join());
    assert.ok(!codes(first).some((c) => c.startsWith('term.')), 'the first publication does not wait for segmentation');
    const withDrift = await client.waitForPublished(URI, (p) => codes(p).includes('term.inconsistent'), 20000);
    const driftMs = Date.now() - opened;
    assert.ok(driftMs > firstMs, `drift (${driftMs} ms) after placeholders (${firstMs} ms)`);
    assert.ok(codes(withDrift).includes('placeholder.unfilled'), 'placeholders are still there');

    const drift = withDrift.diagnostics.filter((d) => d.code === 'term.inconsistent');
    assert.strictEqual(drift.length, 1, 'one minority occurrence');
    const d = drift[0]! as Published['diagnostics'][number] & { relatedInformation?: Array<{ location: { uri: string; range: unknown }; message: string }> };
    assert.deepStrictEqual(d.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 5 } });
    assert.match(d.message, /“区委区政府”出现 1 次，“区委、区政府”出现 2 次，建议统一为“区委、区政府”/);
    assert.strictEqual(d.severity, 2, 'a punctuation variant is certain: warning');
    assert.deepStrictEqual(d.relatedInformation?.map((r) => r.location.range), [
      { start: { line: 2, character: 0 }, end: { line: 2, character: 6 } },
      { start: { line: 3, character: 0 }, end: { line: 3, character: 6 } },
    ]);
    assert.strictEqual(d.data, undefined, 'the fixes come with the code actions');
    const actions = await client.connection.sendRequest<Array<{ title: string; isPreferred?: boolean; edit?: { changes: Record<string, unknown[]> } }>>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const fixes = actions.filter((a) => a.title.startsWith('统一为'));
    assert.deepStrictEqual(fixes.map((f) => [f.title, f.isPreferred ?? false]), [['统一为“区委、区政府”', false]]);
    assert.deepStrictEqual(fixes[0]!.edit?.changes[URI], [{ range: d.range, newText: '区委、区政府' }]);
  });

  it('a client that did not declare relatedInformation gets no related places', async () => {
    const plain = new TestLspClient();
    try {
      await plain.initialize({});
      await plain.open(URI, TEXT);
      const p = await plain.waitForPublished(URI, (x) => codes(x).includes('term.inconsistent'), 20000);
      const d = p.diagnostics.find((x) => x.code === 'term.inconsistent') as { relatedInformation?: unknown };
      assert.strictEqual(d.relatedInformation, undefined);
    } finally {
      assert.strictEqual(await plain.shutdown(), 0);
    }
  });

  it('typing once the dictionary is loaded: every publication keeps the drift diagnostics (no flicker)', async () => {
    const uri = 'file:///tmp/gongwen-drift/typing.txt';
    await client.open(uri, TEXT);
    await client.waitForPublished(uri, (p) => codes(p).includes('term.inconsistent'), 20000);
    const before = client.published.length;
    for (let v = 2; v <= 4; v++) {
      // A new line text each time: its words are not cached, the check waits for them.
      await client.change(uri, v, [{ range: { start: { line: 3, character: 19 }, end: { line: 3, character: 19 } }, text: '要' }]);
      await client.waitForPublished(uri, (x) => x.version === v, 20000);
    }
    const mine = client.published.slice(before).filter((p) => p.uri === uri);
    assert.ok(mine.length >= 3);
    for (const p of mine) assert.ok(codes(p).includes('term.inconsistent'), `version ${p.version} published without the drift diagnostic`);
  });

  it('after the variant is rewritten, the drift diagnostic goes', async () => {
    await client.change(URI, 2, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 5 } }, text: '区委、区政府' }]);
    const p = await client.waitForPublished(URI, (x) => x.version === 2 && !codes(x).includes('term.inconsistent'), 20000);
    assert.ok(codes(p).includes('placeholder.unfilled'));
  });

  it('a fix that rewrites many places is computed when the code action is asked for', async () => {
    const uri = 'file:///tmp/gongwen-drift/many.txt';
    const lines = ['关于全区重点工作推进情况的报告', ''];
    for (let i = 0; i < 12; i++) lines.push(`区委、区政府第${i + 1}次研究部署重点工作。`);
    for (let i = 0; i < 10; i++) lines.push(`区委区政府第${i + 1}次听取工作汇报。`);
    await client.open(uri, lines.join('\n') + '\n');
    const p = await client.waitForPublished(uri, (x) => codes(x).filter((c) => c === 'term.inconsistent').length === 10, 20000);
    const d = p.diagnostics.find((x) => x.code === 'term.inconsistent')!;
    assert.strictEqual(d.data, undefined, 'not repeated in every diagnostic');
    const actions = await client.connection.sendRequest<Array<{ title: string; edit?: { changes: Record<string, Array<{ newText: string }>> } }>>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const unify = actions.find((a) => a.title === '统一为“区委、区政府”');
    assert.strictEqual(unify?.edit?.changes[uri]?.length, 10, 'every variant occurrence rewritten');
    assert.ok(unify!.edit!.changes[uri]!.every((e) => e.newText === '区委、区政府'));
  });
});

describe('gongwen/terms', function () {
  this.timeout(30000);
  it('lists the groups once words are ready', async () => {
    const client = new TestLspClient();
    await client.initialize({});
    await client.open(URI, TEXT);
    await client.waitForPublished(URI, (p) => codes(p).includes('term.inconsistent'), 20000);
    const report = await client.connection.sendRequest<{ ready: boolean; groups: Array<{ canonical: string; relationName: string; forms: Array<{ text: string; count: number; ranges: unknown[] }> }> }>('gongwen/terms', { uri: URI });
    assert.strictEqual(report.ready, true);
    assert.deepStrictEqual(report.groups.map((g) => [g.canonical, g.relationName, g.forms.map((f) => [f.text, f.count, f.ranges.length])]), [['区委、区政府', '标点差异', [['区委、区政府', 2, 2], ['区委区政府', 1, 1]]]]);
    assert.strictEqual(await client.shutdown(), 0);
  });
});

describe('加入术语表 (add the pair to the workspace glossary)', function () {
  this.timeout(40000);
  it('creates .gongwenrc.json with the pair, or adds it to the existing one; saved, term.nonstandard takes over', async () => {
    const fs = await import('fs');
    const os = await import('os');
    const path = await import('path');
    const { pathToFileURL } = await import('url');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-glossary-'));
    try {
      const file = path.join(dir, 'report.txt');
      const uri = pathToFileURL(file).toString();
      const client = new TestLspClient();
      await client.initialize({});
      await client.open(uri, TEXT);
      const p = await client.waitForPublished(uri, (x) => codes(x).includes('term.inconsistent'), 20000);
      const d = p.diagnostics.find((x) => x.code === 'term.inconsistent')!;
      const actions = await client.connection.sendRequest<Array<{ title: string; command?: { command: string; arguments: unknown[] } }>>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const add = actions.find((a) => a.title.startsWith('加入术语表'));
      assert.ok(add?.command, actions.map((a) => a.title).join(' | '));
      assert.deepStrictEqual(add.command.arguments, [uri, '区委、区政府', '区委区政府']);

      // No config yet: the edit creates one.
      assert.strictEqual(await client.connection.sendRequest('workspace/executeCommand', add.command), true);
      const created = client.applied.pop() as { edit: { documentChanges: Array<{ kind?: string; edits?: Array<{ newText: string }> }> } };
      assert.strictEqual(created.edit.documentChanges[0]!.kind, 'create');
      const json = created.edit.documentChanges[1]!.edits![0]!.newText;
      assert.deepStrictEqual(JSON.parse(json), { terms: [{ canonical: '区委、区政府', variants: ['区委区政府'] }] });

      // An existing config (with comments) gets the entry appended, comments kept.
      fs.writeFileSync(path.join(dir, '.gongwenrc.json'), '{\n  // 本单位\n  "rules": {}\n}\n');
      assert.strictEqual(await client.connection.sendRequest('workspace/executeCommand', add.command), true);
      const changed = client.applied.pop() as { edit: { changes: Record<string, Array<{ newText: string }>> } };
      const [configUri] = Object.keys(changed.edit.changes);
      assert.ok(configUri!.endsWith('/.gongwenrc.json'));
      assert.ok(changed.edit.changes[configUri!]!.some((e) => e.newText.includes('"canonical": "区委、区政府"')));

      // The writer saves it: the glossary applies, with a preferred fix.
      fs.writeFileSync(path.join(dir, '.gongwenrc.json'), json);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 1 }] });
      const after = await client.waitForPublished(uri, (x) => codes(x).includes('term.nonstandard'), 20000);
      const ns = after.diagnostics.find((x) => x.code === 'term.nonstandard')!;
      const nsActions = await client.connection.sendRequest<Array<{ title: string; isPreferred?: boolean }>>('textDocument/codeAction', {
        textDocument: { uri },
        range: ns.range,
        context: { diagnostics: [ns] },
      });
      assert.deepStrictEqual(nsActions.filter((a) => a.title.startsWith('统一为')).map((a) => a.isPreferred), [true]);
      assert.strictEqual(await client.shutdown(), 0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
