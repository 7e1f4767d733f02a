/**
 * Gongwen's snippets follow the standards they teach. Every snippet of every snippets/*.code-snippets
 * file is expanded with a VS Code snippet-syntax expander and linted with the analysis core:
 *
 * - skipped (every tabstop keeps its default, as when the writer tabs through): the only findings
 *   are placeholder.unfilled, and every slot left as ** or ×× is one of them;
 * - filled (each ** and ×× replaced by example text that fits its place, each choice tried): no
 *   finding at all, in plaintext and in Markdown.
 *
 * Also: the expander itself, the snippet file parser shared with the "新建公文…" command, and the
 * 成文日期 format of "插入成文日期".
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, DEFAULT_SETTINGS, detectDocType, type DocType, type Finding, type TextFormat } from '../../server/src/core';
import { chineseLabel, DOCUMENTS_FILE, findDocumentSnippet, issueDate, parseSnippetFile, type SnippetEntry } from '../../client/src/commands/snippetFile';
import { JiebaSegmenter } from '../../server/src/segmentation/jieba';
import { expandSnippet, parseSnippet, SnippetSyntaxError, TEST_VARIABLES, type Expansion } from '../support/snippet-expander';

function repoRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const pkg = path.join(dir, 'package.json');
      if (fs.existsSync(pkg) && fs.existsSync(path.join(dir, 'snippets')) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'gongwen') return dir;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error(`no gongwen repository above ${__dirname} or ${process.cwd()}`);
}

const ROOT = repoRoot();
const SNIPPET_FILES = fs
  .readdirSync(path.join(ROOT, 'snippets'))
  .filter((f) => f.endsWith('.code-snippets'))
  .sort();

function load(file: string): SnippetEntry[] {
  return parseSnippetFile(fs.readFileSync(path.join(ROOT, 'snippets', file), 'utf8'), file);
}

/** Placeholder marks the snippets use: ** for a figure, ×× (or ×××) for a name or a passage. */
const MARK = /\*{2,}|×{2,}/g;

/** Example text for a mark, chosen from what stands around it (a year before 年, a name before 县…). */
function exampleFor(mark: string, before: string, after: string): string {
  if (mark.startsWith('*')) {
    if (after.startsWith('年')) return '2025';
    if (after.startsWith('月')) return '3';
    if (after.startsWith('日')) return '5';
    if (after.startsWith('等')) return '城关';
    if (after.startsWith('号')) return '12';
    return '12';
  }
  if (/电话：$/.test(before)) return '12345678';
  if (/^[发函办]?〔/.test(after)) return '安政';
  return '安平';
}

/** The text with every mark replaced by example text (marks outside slots are left: they are bugs). */
function filled(expansion: Expansion): string {
  const { text, slots } = expansion;
  let out = '';
  let last = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!slots.some((s) => s.start <= start && end <= s.end)) continue;
    out += text.slice(last, start) + exampleFor(m[0], text.slice(Math.max(0, start - 8), start), text.slice(end, end + 4));
    last = end;
  }
  MARK.lastIndex = 0;
  return out + text.slice(last);
}

/** One expansion per choice alternative of each choice tabstop (the others keep their first choice). */
function variants(entry: SnippetEntry): Array<{ label: string; expansion: Expansion }> {
  const base = expandSnippet(entry.body);
  const out = [{ label: 'defaults', expansion: base }];
  const choiceSlots = new Map<number, string[]>();
  for (const s of base.slots) if (s.choices) choiceSlots.set(s.index, s.choices);
  for (const [index, choices] of choiceSlots) {
    choices.slice(1).forEach((choice) => {
      out.push({
        label: `$${index} = ${choice}`,
        expansion: expandSnippet(entry.body, { fill: (slot) => (slot.index === index ? choice : slot.defaultText) }),
      });
    });
  }
  return out;
}

function show(findings: readonly Finding[], text: string): string {
  return findings.map((f) => `${f.rule} «${text.slice(f.start, f.end)}» ${f.message}`).join('\n  ') || '(none)';
}

const FORMATS: TextFormat[] = ['plaintext', 'markdown'];

/** Words from segmentation, so that the rules that need them (term.*) check the snippets too. */
const jieba = new JiebaSegmenter();
function lint(text: string, format: TextFormat): Finding[] {
  return analyze({ text, format, words: jieba.cut(text) }, DEFAULT_SETTINGS);
}

/** The document type each whole-document snippet must be detected as from its title. */
const DOC_TYPES: Record<string, DocType> = {
  讲话稿: 'speech',
  工作总结: 'summary',
  工作报告: 'summary',
  调研报告: 'research',
  实施方案: 'plan',
  通知: 'notice',
  请示: 'request',
  报告: 'report',
  函: 'letter',
  复函: 'letter',
  批复: 'reply',
  意见: 'opinion',
  会议纪要: 'minutes',
};

describe('snippet expander (VS Code snippet syntax)', () => {
  const cases: Array<[string, string]> = [
    ['plain text', 'plain text'],
    ['$1 and ${2}', ' and '],
    ['${1:默认}文字', '默认文字'],
    ['${1:外${2:内}层}', '外内层'],
    ['${1|妥否，请批示。,当否，请批复。|}', '妥否，请批示。'],
    ['${1|a\\,b,c|}', 'a,b'],
    ['${1:甲}与${1}', '甲与甲'],
    ['$1与${1:乙}', '乙与乙'],
    ['${CURRENT_YEAR}年$CURRENT_MONTH月', '2026年01月'],
    ['${UNKNOWN_VAR:缺省}', '缺省'],
    ['\\$1 \\} \\\\ \\n', '$1 } \\ \\n'],
    ['$ 和 ${ 和 } 单独出现', '$ 和 ${ 和 } 单独出现'],
    ['价格$5', '价格'],
    ['末尾$0', '末尾'],
  ];
  for (const [body, want] of cases) {
    it(`${body} → ${want}`, () => {
      assert.strictEqual(expandSnippet(body).text, want);
    });
  }

  it('records each slot with its default, choices and range (mirrors included)', () => {
    const e = expandSnippet('${1:××}县${2|甲,乙|}，${1}');
    assert.strictEqual(e.text, '××县甲，××');
    assert.deepStrictEqual(
      e.slots.map((s) => [s.index, s.defaultText, s.choices ?? null, e.text.slice(s.start, s.end)]),
      [
        [1, '××', null, '××'],
        [2, '甲', ['甲', '乙'], '甲'],
        [1, '××', null, '××'],
      ],
    );
  });

  it('fills tabstops through the callback, once per index', () => {
    const seen: number[] = [];
    const e = expandSnippet('${1:a}-${2:b}-$1', {
      fill: (s) => {
        seen.push(s.index);
        return s.defaultText.toUpperCase();
      },
    });
    assert.strictEqual(e.text, 'A-B-A');
    assert.deepStrictEqual(seen, [1, 2]);
  });

  it('takes a body given as an array of lines', () => {
    assert.strictEqual(expandSnippet(['第一行${1:x}', '第二行']).text, '第一行x\n第二行');
  });

  it('rejects transforms and unknown variables without a default', () => {
    assert.throws(() => parseSnippet('${1/(.*)/$1/}'), SnippetSyntaxError);
    assert.throws(() => expandSnippet('$NO_SUCH_VARIABLE'), SnippetSyntaxError);
  });

  it('knows the variables VS Code zero-pads (why 插入成文日期 exists)', () => {
    assert.strictEqual(TEST_VARIABLES.CURRENT_MONTH, '01');
  });
});

describe('snippet files', () => {
  it('exist, parse as JSON with comments, and have unique prefixes', () => {
    assert.ok(SNIPPET_FILES.includes('gongwen.code-snippets') && SNIPPET_FILES.includes('documents.code-snippets'), SNIPPET_FILES.join(', '));
    const owner = new Map<string, string>();
    for (const file of SNIPPET_FILES) {
      for (const entry of load(file)) {
        assert.ok(entry.prefixes.some((p) => /^[a-z0-9]+$/.test(p)), `${entry.name}: a pinyin-initials prefix`);
        assert.ok(entry.prefixes.some((p) => /[\u4e00-\u9fff]/.test(p)), `${entry.name}: a Chinese prefix`);
        assert.match(entry.description, /[\u4e00-\u9fff]/, `${entry.name}: a Chinese description`);
        for (const p of entry.prefixes) {
          assert.ok(!owner.has(p), `prefix ${p} of ${entry.name} is also the prefix of ${owner.get(p)}`);
          owner.set(p, entry.name);
        }
      }
    }
  });

  it('documents.code-snippets has every document type of the spec, detected from its title', () => {
    const entries = load('documents.code-snippets');
    assert.deepStrictEqual(entries.map(chineseLabel).sort(), Object.keys(DOC_TYPES).sort());
    for (const entry of entries) {
      const text = expandSnippet(entry.body).text;
      assert.strictEqual(detectDocType(text), DOC_TYPES[chineseLabel(entry)], `${entry.name}: title «${text.split('\n')[0]}»`);
    }
  });

  it('the 讲话稿 follows 认识—问题—举措 with the address line, 一是/二是 and a closing call', () => {
    const speech = findDocumentSnippet(load('documents.code-snippets'), 'jhg');
    assert.ok(speech);
    const lines = expandSnippet(speech.body).text.split('\n');
    assert.ok(lines.includes('同志们：'), 'the address line');
    assert.deepStrictEqual(
      lines.filter((l) => /^[一二三]、/.test(l)).map((l) => l.slice(0, 4)),
      ['一、提高', '二、直面', '三、聚焦'],
    );
    assert.ok(lines.filter((l) => /一是.+二是/.test(l)).length >= 3, 'sub-points in each part');
    assert.match(lines[lines.length - 1] ?? '', /^同志们，.+！$/, 'closing call to action');
  });

  it('findDocumentSnippet accepts the Chinese label, a pinyin prefix and the key', () => {
    const entries = load(DOCUMENTS_FILE.replace(/^snippets\//, ''));
    assert.strictEqual(findDocumentSnippet(entries, '请示')?.name, '请示 Request');
    assert.strictEqual(findDocumentSnippet(entries, 'qs')?.name, '请示 Request');
    assert.strictEqual(findDocumentSnippet(entries, '请示 Request')?.name, '请示 Request');
    assert.strictEqual(findDocumentSnippet(entries, '通报'), undefined);
  });

  it('parseSnippetFile reports a broken file', () => {
    assert.throws(() => parseSnippetFile('{ "a": { "prefix": "a" } }', 'x'), /no body/);
    assert.throws(() => parseSnippetFile('{ "a": ', 'x'), /x: /);
  });
});

describe('snippets pass the linter', function () {
  this.timeout(30000);
  for (const file of SNIPPET_FILES) {
    describe(file, () => {
      for (const entry of load(file)) {
        describe(entry.name, () => {
          for (const format of FORMATS) {
            it(`skipped (${format}): only placeholder.unfilled, on every ** and ×× slot`, () => {
              const { text, slots } = expandSnippet(entry.body);
              const findings = lint(text, format);
              const others = findings.filter((f) => f.rule !== 'placeholder.unfilled');
              assert.deepStrictEqual(others, [], `findings other than placeholder.unfilled:\n  ${show(others, text)}\n${text}`);
              const flagged = findings.map((f) => text.slice(f.start, f.end));
              const marks = [...text.matchAll(MARK)];
              assert.ok(marks.length > 0, 'the skeleton has slots to fill');
              for (const m of marks) {
                const start = m.index ?? 0;
                const end = start + m[0].length;
                assert.ok(
                  slots.some((s) => s.start <= start && end <= s.end),
                  `«${m[0]}» at ${start} is fixed text, not a tabstop: the writer cannot Tab to it`,
                );
                assert.ok(
                  findings.some((f) => f.start <= start && end <= f.end) || findings.some((f) => start <= f.start && f.end <= end),
                  `«${m[0]}» before «${text.slice(end, end + 6)}» is not flagged; flagged: ${flagged.join(' ')}`,
                );
              }
            });

            for (const { label, expansion } of variants(entry)) {
              it(`filled (${format}, ${label}): no finding at all`, () => {
                const text = filled(expansion);
                const findings = lint(text, format);
                assert.deepStrictEqual(findings, [], `findings:\n  ${show(findings, text)}\n${text}`);
              });
            }
          }
        });
      }
    });
  }
});

describe('插入成文日期', () => {
  it('writes the date without zero padding (GB/T 9704-2012 7.3.5)', () => {
    assert.strictEqual(issueDate(new Date(2026, 0, 5)), '2026年1月5日');
    assert.strictEqual(issueDate(new Date(2025, 11, 31)), '2025年12月31日');
  });

  it('the inserted date passes number.date-format and number.issue-date', () => {
    const text = `××县人民政府关于做好安全生产工作的通知\n\n各乡镇：\n请认真落实。\n特此通知。\n\n安平县人民政府\n${issueDate(new Date(2026, 0, 5))}\n`;
    const findings = analyze({ text, format: 'plaintext' }, DEFAULT_SETTINGS).filter((f) => f.rule.startsWith('number.'));
    assert.deepStrictEqual(findings, []);
  });
});
