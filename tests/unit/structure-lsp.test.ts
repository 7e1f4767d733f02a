import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument, DEFAULT_SETTINGS, detectDocType, formatOf, LineIndex } from '../../server/src/core';
import { placeholderUnfilled } from '../../server/src/core/rules/placeholder-unfilled';
import { outlineCommand } from '../../server/src/cli/outline';
import type { DocumentAnalysis } from '../../server/src/lsp/analysis';
import { documentSymbols, foldingRanges, selectionRanges, STRUCTURE_REQUEST, structureOf } from '../../server/src/lsp/structure';
import { FIXTURES } from '../support/paths';
import { SPEECH_DRAFT_OUTLINE } from '../support/expected-outlines';

const DIR = [path.join(FIXTURES, 'structure'), path.join(process.cwd(), 'tests', 'fixtures', 'structure')].find((d) => fs.existsSync(d)) as string;

function analysisOf(text: string, name = 'draft.txt'): DocumentAnalysis {
  const format = formatOf(name);
  const docType = detectDocType(text);
  const { findings } = analyzeDocument({ text, format, docType }, DEFAULT_SETTINGS, [placeholderUnfilled]);
  return { uri: `file:///${name}`, version: 1, text, format, settings: DEFAULT_SETTINGS, findings, docType, lines: new LineIndex(text), pendingWords: false };
}

interface Sym {
  name: string;
  kind: number;
  detail?: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  selectionRange: Sym['range'];
  children?: Sym[];
}
const names = (symbols: readonly Sym[], indent = ''): string[] => symbols.flatMap((s) => [`${indent}${s.name}`, ...names(s.children ?? [], `${indent}  `)]);
const contains = (outer: Sym['range'], inner: Sym['range']): boolean =>
  (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character)) &&
  (outer.end.line > inner.end.line || (outer.end.line === inner.end.line && outer.end.character >= inner.end.character));

describe('structure over LSP (handler functions)', () => {
  const draft = analysisOf(fs.readFileSync(path.join(DIR, 'speech-draft.txt'), 'utf8'));

  it('documentSymbols: the title holds the address line and the sections, enumerations as leaves', () => {
    const symbols = documentSymbols(draft) as Sym[];
    assert.deepStrictEqual(names(symbols), SPEECH_DRAFT_OUTLINE);
    const [title] = symbols as [Sym];
    assert.strictEqual(title.kind, 1); // File
    assert.strictEqual(title.detail, '讲话稿 · 668字');
    const [, one, two] = title.children as [Sym, Sym, Sym];
    assert.strictEqual(one.kind, 2); // Module
    assert.strictEqual(one.detail, '认识 · 195字 · 6处待填');
    assert.deepStrictEqual(one.selectionRange, { start: { line: 4, character: 6 }, end: { line: 4, character: 30 } });
    assert.deepStrictEqual(one.range, { start: { line: 4, character: 4 }, end: { line: 6, character: 97 } });
    assert.strictEqual(two.children?.[0]?.kind, 22); // EnumMember
    // Every symbol's selection range lies in its range, and every child in its parent.
    const check = (s: Sym): void => {
      assert.ok(contains(s.range, s.selectionRange), s.name);
      for (const c of s.children ?? []) {
        assert.ok(contains(s.range, c.range), `${c.name} in ${s.name}`);
        check(c);
      }
    };
    symbols.forEach(check);
  });

  it('documentSymbols without a title: the sections are the roots', () => {
    const symbols = documentSymbols(analysisOf('一、总体要求\n正文。\n二、工作任务\n正文。')) as Sym[];
    assert.deepStrictEqual(names(symbols), ['一、总体要求', '二、工作任务']);
  });

  it('foldingRanges: each section folds to its heading line (the closing paragraph stays out)', () => {
    assert.deepStrictEqual(foldingRanges(draft), [
      { startLine: 4, endLine: 6 },
      { startLine: 7, endLine: 10 },
      { startLine: 11, endLine: 14 },
    ]);
  });

  it('foldingRanges with CRLF and nested levels', () => {
    const a = analysisOf('关于某事的通知\r\n一、总体要求\r\n（一）指导思想\r\n正文。\r\n（二）基本原则\r\n正文。\r\n二、工作任务\r\n正文。\r\n');
    assert.deepStrictEqual(foldingRanges(a), [
      { startLine: 1, endLine: 5 },
      { startLine: 2, endLine: 3 },
      { startLine: 4, endLine: 5 },
      { startLine: 6, endLine: 7 },
    ]);
  });

  it('selectionRanges: heading words → section → document', () => {
    const [sel] = selectionRanges(draft, [{ line: 4, character: 10 }]);
    const chain: string[] = [];
    for (let s = sel; s; s = s.parent) chain.push(`${s.range.start.line}:${s.range.start.character}-${s.range.end.line}:${s.range.end.character}`);
    assert.deepStrictEqual(chain, ['4:6-4:30', '4:4-6:97', '0:0-16:0']);
  });

  it('gongwen/structure: roles, ranges, counts and stable ids', () => {
    assert.strictEqual(STRUCTURE_REQUEST, 'gongwen/structure');
    const s = structureOf(draft);
    assert.strictEqual(s.docType, 'speech');
    assert.strictEqual(s.docTypeName, '讲话稿');
    assert.deepStrictEqual(s.scheme, { name: '认识—问题—举措', roles: [{ role: 'understanding', label: '认识' }, { role: 'problems', label: '问题' }, { role: 'measures', label: '举措' }] });
    assert.strictEqual(s.title?.text, '在全县农业农村工作会议上的讲话');
    assert.strictEqual(s.chars, 668);
    assert.strictEqual(s.placeholders, 9);
    assert.deepStrictEqual(s.missingRoles, []);
    assert.deepStrictEqual(
      s.items.map((i) => [i.id, i.roleLabel, i.chars, i.placeholders, i.children.map((c) => c.id)]),
      [
        ['0', '认识', 195, 6, []],
        ['1', '问题', 165, 3, ['1/0', '1/1', '1/2']],
        ['2', '举措', 156, 0, ['2/0', '2/1', '2/2']],
      ],
    );
    assert.deepStrictEqual(s.items[1]?.children[0]?.selectionRange, { start: { line: 8, character: 4 }, end: { line: 8, character: 12 } });
  });

  it('gongwen/structure on a document without a role pattern', () => {
    const s = structureOf(analysisOf('关于某事的通知\n一、总体要求\n正文。'));
    assert.strictEqual(s.scheme, undefined);
    assert.strictEqual(s.items[0]?.role, undefined);
  });
});

describe('gongwen outline (CLI command)', () => {
  const run = (args: string[], format: 'text' | 'json'): { code: number; out: string[]; err: string[] } => {
    const out: string[] = [];
    const err: string[] = [];
    const code = outlineCommand(args, format, (l) => out.push(l), (l) => err.push(l));
    return { code, out, err };
  };

  it('prints the tree with roles and counts', () => {
    const r = run([path.join(DIR, 'speech-draft.txt')], 'text');
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(r.out.slice(0, 5), [
      '在全县农业农村工作会议上的讲话  [讲话稿 · 认识—问题—举措 · 668字 · 9处待填]',
      '  同志们：',
      '  【认识】一、提高政治站位，充分认识做好农业农村工作的重要意义（195字，6处待填）',
      '  【问题】二、正视问题短板，清醒认识当前工作中的薄弱环节（165字，3处待填）',
      '    一是 项目推进偏慢（52字，1处待填）',
    ]);
  });

  it('JSON: [{ title, level, numbering, role, range, chars, children }] with 0-based UTF-16 ranges', () => {
    const r = run([path.join(DIR, 'summary.txt')], 'json');
    assert.strictEqual(r.code, 0);
    const json = JSON.parse(r.out.join('\n')) as Array<Record<string, unknown> & { children: Array<Record<string, unknown>> }>;
    assert.deepStrictEqual(json.map((n) => [n.title, n.level, n.numbering, n.role]), [
      ['主要工作及成效', 1, '一、', 'achievements'],
      ['存在的问题', 1, '二、', 'problems'],
      ['2026年工作打算', 1, '三、', 'plans'],
    ]);
    assert.deepStrictEqual(json[0]?.range, { start: { line: 3, character: 4 }, end: { line: 6, character: 52 } });
    assert.deepStrictEqual(Object.keys(json[0] as object).sort(), ['chars', 'children', 'kind', 'level', 'numbering', 'placeholders', 'range', 'role', 'title']);
    assert.deepStrictEqual(json[1]?.children.map((c) => [c.numbering, c.level, c.kind, c.role]), [
      ['一是', 2, 'enumeration', null],
      ['二是', 2, 'enumeration', null],
      ['三是', 2, 'enumeration', null],
    ]);
  });

  it('several files in JSON; a missing file exits 2', () => {
    const r = run([path.join(DIR, 'report.txt'), path.join(DIR, 'notice.txt')], 'json');
    const json = JSON.parse(r.out.join('\n')) as Array<{ file: string; docType: string; outline: unknown[] }>;
    assert.deepStrictEqual(json.map((f) => [path.basename(f.file), f.docType, f.outline.length]), [
      ['report.txt', 'report', 2],
      ['notice.txt', 'notice', 4],
    ]);
    const missing = run([path.join(DIR, 'nope.txt')], 'text');
    assert.strictEqual(missing.code, 2);
    assert.match(missing.err.join('\n'), /nope\.txt/);
  });
});
