/**
 * Issue 17 over stdio, against the real bundled server: hovers that keep their own Markdown intact,
 * rule codes that link to their documentation, "ignore here" that ignores exactly one finding and
 * writes nothing into a plain-text draft, the structure of documents that are not spoken, and drift
 * fixes that leave titles and proper names alone.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TestLspClient, type Published } from '../support/lsp-client';

type Diag = Published['diagnostics'][number] & { codeDescription?: { href: string } };
type Action = { title: string; kind?: string; edit?: { changes: Record<string, Array<{ range: unknown; newText: string }>> }; command?: { command: string; arguments?: unknown[] } };
type Hover = { contents: { kind: string; value: string } } | null;

const placeholders = (p: Published): Diag[] => p.diagnostics.filter((d) => d.code === 'placeholder.unfilled');
const starts = (ds: readonly Diag[]): number[] => ds.map((d) => (d.range as { start: { character: number } }).start.character);

async function actionsFor(client: TestLspClient, uri: string, diagnostic: Diag): Promise<Action[]> {
  return client.connection.sendRequest<Action[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  });
}

/** Runs a code action as an editor would: its edit (returned, to be applied by the caller), then its command. */
async function run(client: TestLspClient, action: Action): Promise<void> {
  if (action.command) await client.connection.sendRequest('workspace/executeCommand', { command: action.command.command, arguments: action.command.arguments });
}

describe('issue 17: hovers, rule links, ignores, structure, drift (stdio)', function () {
  this.timeout(40000);
  let client: TestLspClient;
  const saved: Array<{ uri: string; ignores: unknown[] }> = [];
  before(async () => {
    client = new TestLspClient();
    client.connection.onNotification('gongwen/ignores', (p: { uri: string; ignores: unknown[] }) => saved.push(p));
    // As VS Code and other editors that show rule links declare: codeDescription is sent only to them.
    await client.initialize({ workspace: { configuration: true }, textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, publishDiagnostics: { codeDescriptionSupport: true } } });
  });
  after(async () => assert.strictEqual(await client.shutdown(), 0));

  describe('hover Markdown (item 2) and rule links (item 8)', () => {
    const uri = 'file:///tmp/gongwen-17/hover.txt';
    const text = '关于召开**会议的通知\n\n会议于**月**日召开。\n';

    it('a hover on a placeholder has no bare ** in its Markdown: the asterisks it speaks of are escaped', async () => {
      await client.open(uri, text);
      await client.waitForPublished(uri);
      const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 4 } });
      assert.ok(hover);
      assert.strictEqual(hover.contents.kind, 'markdown');
      const value = hover.contents.value;
      assert.ok(!/(^|[^\\])\*\*/.test(value.replace(/\\\*/g, '')) && !/(?<!\\)\*\*/.test(value), `bare ** in ${JSON.stringify(value)}`);
      assert.ok(value.includes('（\\*\\*、××'), `the placeholders are shown escaped: ${JSON.stringify(value)}`);
      assert.ok(value.includes('粗体（\\*\\*重点\\*\\*）'), value);
      assert.ok(value.includes('~~总投资\\*\\*亿元~~'), 'the example is escaped inside its strike-through');
    });

    it('the hover explains the rule once and does not repeat the diagnostic message', async () => {
      const p = await client.waitForPublished(uri);
      const d = placeholders(p)[1]!;
      const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 4 } });
      const value = hover!.contents.value;
      assert.ok(!value.includes(d.message), `message repeated in ${JSON.stringify(value)}`);
      assert.strictEqual(value.split('定稿前必须补全').length - 1, 1, 'the explanation once');
      assert.match(value, /依据：/);
      assert.ok(value.includes('docs/rules.md#placeholder.unfilled'), 'the hover links the rule to its documentation');
    });

    it('every diagnostic carries codeDescription.href to its rule in docs/rules.md, and the anchor exists', async () => {
      const p = await client.waitForPublished(uri);
      assert.ok(p.diagnostics.length > 0);
      const rulesMd = fs.readFileSync(path.join(process.cwd(), 'docs', 'rules.md'), 'utf8');
      for (const d of p.diagnostics as Diag[]) {
        assert.ok(d.codeDescription, `${String(d.code)} has a codeDescription`);
        const href = d.codeDescription.href;
        assert.match(href, /^https:\/\/.+\/docs\/rules\.md#/);
        const anchor = href.slice(href.indexOf('#') + 1);
        assert.strictEqual(anchor, String(d.code));
        assert.ok(rulesMd.includes(`<a id="${anchor}"></a>`), `docs/rules.md has the anchor ${anchor}`);
      }
    });

    it('docs/rules.md has one anchor per rule and escapes the asterisks it speaks of', () => {
      const rulesMd = fs.readFileSync(path.join(process.cwd(), 'docs', 'rules.md'), 'utf8');
      const row = rulesMd.split('\n').find((l) => l.includes('"placeholder.unfilled"'));
      assert.ok(row, 'a row with the placeholder anchor');
      assert.ok(!/(?<!\\)\*\*/.test(row), `bare ** in ${row}`);
    });
  });

  describe('ignore here (item 3)', () => {
    const uri = 'file:///tmp/gongwen-17/speech.txt';
    const line = '今年全区共完成投资**亿元，新建项目**个，带动就业**人。';
    const text = `在全区经济工作会议上的讲话\n\n同志们：\n\n${line}\n`;

    it('in plain text: ignoring one of three placeholders on a line leaves the other two, and inserts no markup', async () => {
      await client.open(uri, text);
      const first = await client.waitForPublished(uri);
      const three = placeholders(first);
      assert.deepStrictEqual(starts(three), [9, 18, 26]);
      const actions = await actionsFor(client, uri, three[1]!);
      const ignore = actions.find((a) => a.title.startsWith('忽略此处'));
      assert.ok(ignore, actions.map((a) => a.title).join());
      const inserted = Object.values(ignore.edit?.changes ?? {}).flat().map((e) => e.newText);
      assert.deepStrictEqual(inserted, [], 'nothing is written into a plain-text draft');
      assert.ok(ignore.command, 'the ignore is kept by the server');
      const before = client.published.length;
      await run(client, ignore);
      const after = await client.waitForPublished(uri, (p) => client.published.indexOf(p) >= before);
      assert.deepStrictEqual(starts(placeholders(after)), [9, 26], 'the other two are still reported');
    });

    it('the status bar counts the ignored placeholder as ignored, not as gone; export still sees it', async () => {
      const info = await client.connection.sendRequest<{ placeholders: number; ignored?: number }>('gongwen/documentInfo', { uri });
      assert.strictEqual(info.placeholders, 3);
      assert.strictEqual(info.ignored, 1);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-17-'));
      try {
        const target = path.join(dir, '讲话.docx');
        const result = await client.connection.sendRequest<{ ok: boolean; blocking: Array<{ rule: string }> }>('gongwen/exportDocx', { uri, target, chosenByUser: true });
        assert.strictEqual(result.ok, false, 'the export refuses an ignored placeholder too');
        assert.strictEqual(result.blocking.filter((b) => b.rule === 'placeholder.unfilled').length, 3);
        assert.ok(!fs.existsSync(target));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('the hover on the ignored placeholder is gone; the others still hover', async () => {
      const ignored = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 19 } });
      assert.strictEqual(ignored, null);
      const other = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 27 } });
      assert.ok(other);
    });

    it('the client is told what to keep, and a new session given it back hides the same placeholder', async () => {
      const last = [...saved].reverse().find((s) => s.uri === uri);
      assert.ok(last, 'gongwen/ignores notified');
      assert.strictEqual(last.ignores.length, 1);
      const again = new TestLspClient();
      try {
        await again.initialize({}, { ignores: { [uri]: last.ignores } });
        await again.open(uri, text);
        const p = await again.waitForPublished(uri);
        assert.deepStrictEqual(starts(placeholders(p)), [9, 26]);
        // Text moved down a line: the ignore follows the line's text.
        const moved = 'file:///tmp/gongwen-17/moved.txt';
        await again.connection.sendNotification('gongwen/setIgnores', { ignores: { [moved]: last.ignores } });
        await again.open(moved, `在全区经济工作会议上的讲话\n\n同志们：\n\n下面讲三点。\n${line}\n`);
        const m = await again.waitForPublished(moved);
        assert.deepStrictEqual(starts(placeholders(m)), [9, 26]);
      } finally {
        assert.strictEqual(await again.shutdown(), 0);
      }
    });

    it('an ignored finding can be taken back from its line', async () => {
      const actions = await client.connection.sendRequest<Action[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } },
        context: { diagnostics: [] },
      });
      const restore = actions.filter((a) => a.title.startsWith('恢复此处'));
      assert.strictEqual(restore.length, 1, actions.map((a) => a.title).join());
      const before = client.published.length;
      await run(client, restore[0]!);
      const after = await client.waitForPublished(uri, (p) => client.published.indexOf(p) >= before);
      assert.deepStrictEqual(starts(placeholders(after)), [9, 18, 26]);
      assert.deepStrictEqual([...saved].reverse().find((x) => x.uri === uri)?.ignores, []);
      const info = await client.connection.sendRequest<{ placeholders: number; ignored?: number }>('gongwen/documentInfo', { uri });
      assert.strictEqual(info.ignored, 0);
    });

    it('in Markdown: another rule is ignored by a comment that names the one finding; the rest of the line is still checked', async () => {
      const md = 'file:///tmp/gongwen-17/notice.md';
      await client.open(md, '# 关于做好安全工作的通知\n\n各单位要落实责任,加强巡查,确保安全。\n', 'markdown');
      const p = await client.waitForPublished(md);
      const half = p.diagnostics.filter((d) => d.code === 'punct.halfwidth');
      assert.strictEqual(half.length, 2);
      const ignore = (await actionsFor(client, md, half[1]!)).find((a) => a.title.startsWith('忽略此处'));
      assert.ok(ignore?.edit);
      const edits = ignore.edit.changes[md]!;
      assert.strictEqual(edits.length, 1);
      assert.match(edits[0]!.newText, /^<!-- gongwen-disable-next-line punct\.halfwidth "," #2 -->\n$/);
      await client.change(md, 2, [{ range: edits[0]!.range, text: edits[0]!.newText }]);
      const after = await client.waitForPublished(md, (x) => x.version === 2);
      const left = after.diagnostics.filter((d) => d.code === 'punct.halfwidth');
      assert.deepStrictEqual(left.map((d) => d.range), [{ start: { line: 3, character: 8 }, end: { line: 3, character: 9 } }]);
    });

    it('in Markdown: a placeholder is ignored in the editor, not by a comment, so export still refuses it', async () => {
      const md = 'file:///tmp/gongwen-17/speech.md';
      await client.open(md, text, 'markdown');
      const p = await client.waitForPublished(md);
      const three = placeholders(p);
      assert.strictEqual(three.length, 3);
      const ignore = (await actionsFor(client, md, three[0]!)).find((a) => a.title.startsWith('忽略此处'));
      assert.ok(ignore?.command && !ignore.edit);
      const before = client.published.length;
      await run(client, ignore);
      const after = await client.waitForPublished(md, (x) => client.published.indexOf(x) >= before);
      assert.deepStrictEqual(starts(placeholders(after)), [18, 26]);
    });
  });

  describe('ignore here with pulled diagnostics (as VS Code pulls them)', () => {
    it('the pulled report leaves out the ignored finding only', async () => {
      const pull = new TestLspClient();
      try {
        await pull.initialize({ textDocument: { diagnostic: {} }, workspace: { diagnostics: { refreshSupport: true } } });
        const uri = 'file:///tmp/gongwen-17/pulled.txt';
        await pull.open(uri, '完成投资**亿元，新建项目**个，带动就业**人。\n');
        type Report = { items: Diag[] };
        const first = await pull.connection.sendRequest<Report>('textDocument/diagnostic', { textDocument: { uri } });
        const three = first.items.filter((d) => d.code === 'placeholder.unfilled');
        assert.strictEqual(three.length, 3);
        const ignore = (await actionsFor(pull, uri, three[2]!)).find((a) => a.title.startsWith('忽略此处'));
        assert.ok(ignore);
        await run(pull, ignore);
        const second = await pull.connection.sendRequest<Report>('textDocument/diagnostic', { textDocument: { uri } });
        assert.deepStrictEqual(starts(second.items.filter((d) => d.code === 'placeholder.unfilled')), [4, 13]);
      } finally {
        assert.strictEqual(await pull.shutdown(), 0);
      }
    });
  });

  describe('structure (item 9)', () => {
    type Structure = { docType: string; chars: number; spoken: boolean; addressLabel?: string; address?: { text: string } };
    type Sym = { name: string; detail?: string; children?: Sym[] };

    it('a speech is spoken; its 同志们： is the salutation (称呼), not 主送', async () => {
      const uri = 'file:///tmp/gongwen-17/outline-speech.txt';
      await client.open(uri, '在全区经济工作会议上的讲话\n\n同志们：\n\n一、充分认识做好经济工作的重要意义\n\n今年全区经济运行总体平稳。\n');
      await client.waitForPublished(uri);
      const s = await client.connection.sendRequest<Structure>('gongwen/structure', { uri });
      assert.strictEqual(s.docType, 'speech');
      assert.strictEqual(s.spoken, true);
      assert.strictEqual(s.addressLabel, '称呼');
      const symbols = await client.connection.sendRequest<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const address = symbols[0]!.children!.find((c) => c.name === '同志们：');
      assert.strictEqual(address?.detail, '称呼');
    });

    it('a notice, a request and a letter are not spoken; a notice keeps 主送', async () => {
      const docs: Array<[string, string]> = [
        ['notice', '关于做好安全工作的通知\n\n各乡镇人民政府：\n\n现将有关事项通知如下。\n'],
        ['request', '关于拨付专项经费的请示\n\n县人民政府：\n\n现将有关事项请示如下。\n'],
        ['letter', '关于商请支持项目建设的函\n\n市交通运输局：\n\n现将有关事项函告如下。\n'],
      ];
      for (const [type, content] of docs) {
        const uri = `file:///tmp/gongwen-17/${type}.txt`;
        await client.open(uri, content);
        await client.waitForPublished(uri);
        const s = await client.connection.sendRequest<Structure>('gongwen/structure', { uri });
        assert.strictEqual(s.docType, type);
        assert.strictEqual(s.spoken, false, `${type} is not spoken`);
        if (s.address) assert.strictEqual(s.addressLabel, '主送');
      }
      const symbols = await client.connection.sendRequest<Sym[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///tmp/gongwen-17/notice.txt' } });
      assert.strictEqual(symbols[0]!.children!.find((c) => c.name === '各乡镇人民政府：')?.detail, '主送');
    });

    it('an empty file has no speaking time', async () => {
      const uri = 'file:///tmp/gongwen-17/empty.txt';
      await client.open(uri, '');
      await client.waitForPublished(uri);
      const s = await client.connection.sendRequest<Structure>('gongwen/structure', { uri });
      assert.strictEqual(s.chars, 0);
      assert.strictEqual(s.spoken, false);
    });
  });

  describe('drift and names (item 10)', () => {
    it('no code action rewrites the title or a proper name of a meeting, project or document', async () => {
      const uri = 'file:///tmp/gongwen-17/drift-names.txt';
      const text = [
        '在全区文化旅游工作推进会上的讲话',
        '',
        '同志们：',
        '',
        '今天召开全区文化旅游工作推进会，主要任务是推动文旅融合发展。',
        '近年来，全区文旅产业加快发展，文旅项目持续落地。',
        '要办好《全区文化旅游发展规划》确定的重点任务，推进文化旅游提升工程和文化旅游融合项目。',
        '各级各部门要把文旅工作摆上重要位置，文旅部门要主动作为。',
        '',
      ].join('\n');
      // The segmenter first, on a draft that drifts for sure; then the speech, checked with words.
      const warm = 'file:///tmp/gongwen-17/warm.txt';
      await client.open(warm, '区委、区政府高度重视。\n区委、区政府多次研究。\n区委区政府将纳入考核。\n');
      await client.waitForPublished(warm, (x) => x.diagnostics.some((d) => d.code === 'term.inconsistent'), 25000);
      await client.open(uri, text);
      await client.waitForPublished(uri);
      await new Promise((r) => setTimeout(r, 1500));
      const p = await client.waitForPublished(uri);
      const lines = text.split('\n');
      const protectedSpans: Array<[number, string]> = [
        [0, '全区文化旅游工作推进会'],
        [4, '全区文化旅游工作推进会'],
        [6, '《全区文化旅游发展规划》'],
        [6, '文化旅游提升工程'],
        [6, '文化旅游融合项目'],
      ];
      for (const d of p.diagnostics) {
        const actions = await actionsFor(client, uri, d as Diag);
        for (const a of actions) {
          for (const e of Object.values(a.edit?.changes ?? {}).flat()) {
            const r = e.range as { start: { line: number; character: number }; end: { line: number; character: number } };
            for (const [lineNo, name] of protectedSpans) {
              const at = lines[lineNo]!.indexOf(name);
              const inside = r.start.line === lineNo && r.start.character < at + name.length && r.end.character > at;
              assert.ok(!inside, `“${a.title}” rewrites ${name} on line ${lineNo}`);
            }
          }
        }
      }
    });
  });
});
