import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument, DEFAULT_SETTINGS, detectDocType, formatOf, type TextFormat } from '../../server/src/core';
import { placeholderUnfilled } from '../../server/src/core/rules/placeholder-unfilled';
import { buildDocumentTree, charCounter, countChars, walkTree, type DocumentTree, type StructureNode } from '../../server/src/core/structure/outline';
import { classifySection, SCHEMES, schemeFor } from '../../server/src/core/structure/roles';
import { FIXTURES } from '../support/paths';
import { seededInts } from '../support/seeded';

/** The fixtures, also when the tests are compiled to another outDir. */
const DIR = [path.join(FIXTURES, 'structure'), path.join(process.cwd(), 'tests', 'fixtures', 'structure')].find((d) => fs.existsSync(d)) as string;

function treeOfFile(name: string): { text: string; tree: DocumentTree } {
  const file = path.join(DIR, name);
  const text = fs.readFileSync(file, 'utf8');
  const format = formatOf(file);
  const docType = detectDocType(text);
  const { findings } = analyzeDocument({ text, format, docType }, DEFAULT_SETTINGS, [placeholderUnfilled]);
  return { text, tree: buildDocumentTree(text, format, { docType, findings }) };
}

function tree(text: string, format: TextFormat = 'plaintext'): DocumentTree {
  return buildDocumentTree(text, format, { docType: detectDocType(text) });
}

/** One line per node: indentation by depth, role of top-level sections in brackets. */
function show(nodes: readonly StructureNode[], indent = ''): string[] {
  return nodes.flatMap((n) => [`${indent}${n.role ? `[${n.role}]` : ''}${n.numbering}${n.kind === 'enumeration' ? ' ' : ''}${n.title}`, ...show(n.children, `${indent}  `)]);
}

function slice(text: string, r: { start: number; end: number }): string {
  return text.slice(r.start, r.end);
}

describe('structure: document tree and roles', () => {
  describe('roles on documents of different types', () => {
    it('speech (认识—问题—举措) with 一是 and 第一， enumerations', () => {
      const { tree: t } = treeOfFile('speech.txt');
      assert.strictEqual(t.docType, 'speech');
      assert.strictEqual(t.scheme?.name, '认识—问题—举措');
      assert.strictEqual(t.title?.text, '在全市安全生产工作会议上的讲话');
      assert.strictEqual(t.address?.text, '同志们：');
      assert.deepStrictEqual(show(t.nodes), [
        '[understanding]一、提高思想认识，把准安全生产的“定盘星”',
        '[problems]二、直面问题短板，扫清安全生产的“绊脚石”',
        '  一是 责任落实不到位',
        '  二是 监管能力偏弱',
        '  三是 应急处置水平不高',
        '[measures]三、聚焦提质增效，当好安全发展的“排头兵”',
        '  （一）压实安全责任',
        '    第一 严格落实党政同责、一岗双责',
        '    第二 督促企业落实主体责任',
        '  （二）深化隐患治理',
        '  （三）强化应急保障',
      ]);
      assert.ok(t.sections.every((s) => s.roleSource === 'heading'));
    });

    it('work summary (成绩—问题—打算)', () => {
      const { tree: t } = treeOfFile('summary.txt');
      assert.strictEqual(t.docType, 'summary');
      assert.deepStrictEqual(t.sections.map((s) => `${s.role}:${s.title}`), ['achievements:主要工作及成效', 'problems:存在的问题', 'plans:2026年工作打算']);
      assert.deepStrictEqual(t.sections[1]?.children.map((c) => `${c.numbering}${c.title}`), ['一是产业链条较短', '二是农业基础设施仍然薄弱', '三是基层农技人员短缺']);
    });

    it('research report (情况—问题—建议)', () => {
      const { tree: t } = treeOfFile('research.txt');
      assert.strictEqual(t.docType, 'research');
      assert.deepStrictEqual(t.sections.map((s) => s.role), ['situation', 'problems', 'suggestions']);
      assert.deepStrictEqual(t.sections.map((s) => s.children.length), [0, 3, 3]);
    });

    it('a 报告 follows 成绩—问题—打算; the first part is recognised from its text', () => {
      const { tree: t } = treeOfFile('report.txt');
      assert.strictEqual(t.docType, 'report');
      assert.deepStrictEqual(t.sections.map((s) => [s.role, s.roleSource]), [
        ['achievements', 'text'],
        ['plans', 'heading'],
      ]);
    });

    it('Markdown speech: # title, ## numbered headings (one faulty 二.), roles out of order, code block ignored', () => {
      const { tree: t } = treeOfFile('speech-md.md');
      assert.strictEqual(t.title?.text, '在全县教育工作会议上的讲话');
      assert.deepStrictEqual(show(t.nodes), ['[measures]一、聚焦关键环节，扎实推进教育强县建设', '[problems]二.正视问题短板', '[understanding]三、深化思想认识，准确把握教育工作的重要意义']);
    });

    it('a 通知 has no roles; four levels, 首先/其次/最后, and an attachment with its own headings', () => {
      const { text, tree: t } = treeOfFile('notice.txt');
      assert.strictEqual(t.scheme, undefined);
      assert.deepStrictEqual(show(t.nodes), [
        '一、总体要求',
        '  （一）指导思想',
        '    1.坚持人民至上',
        '    2.坚持预防为主',
        '      首先 要加强风险研判',
        '      其次 要加强隐患排查',
        '      最后 要加强值班值守',
        '二、重点任务',
        '  （一）加强消防安全',
        '    （1）人员密集场所',
        '    （2）易燃易爆物品',
        '  （二）加强交通安全',
        '一、值班时间',
        '二、值班人员',
      ]);
      assert.deepStrictEqual(t.sections.map((s) => s.title), ['总体要求', '重点任务']);
      const last = t.nodes[1] as StructureNode;
      assert.ok(slice(text, last.range).endsWith('特此通知。'), 'the last section ends before 附件');
      assert.deepStrictEqual(t.nodes.map((n) => n.part), [0, 0, 2, 2]); // 附件： and 附件1 each start a part
    });

    it('headings without cue words stay unknown (never guess loudly)', () => {
      const { tree: t } = treeOfFile('unknown-roles.txt');
      assert.deepStrictEqual(t.sections.map((s) => s.role), ['unknown', 'unknown', 'unknown']);
    });

    it('the example speech-draft.txt (a copy of examples/speech-draft.txt)', () => {
      const { tree: t } = treeOfFile('speech-draft.txt');
      assert.deepStrictEqual(t.sections.map((s) => s.role), ['understanding', 'problems', 'measures']);
      assert.deepStrictEqual(t.sections.map((s) => s.placeholders), [6, 3, 0]);
      assert.strictEqual(t.placeholders, 9);
      assert.ok(t.closing?.text.startsWith('同志们，做好今年'));
    });
  });

  describe('classifySection', () => {
    const speech = SCHEMES.speech;
    it('heading cues decide first, by the larger count', () => {
      assert.strictEqual(classifySection(speech, '正视问题短板，清醒认识当前工作中的薄弱环节', [], '').role, 'problems');
      assert.strictEqual(classifySection(speech, '提高政治站位，充分认识做好农业农村工作的重要意义', [], '').role, 'understanding');
      assert.strictEqual(classifySection(speech, '聚焦重点任务，扎实推进农业农村现代化', [], '').role, 'measures');
    });
    it('a solved problem is a measure: 着力解决突出问题', () => {
      assert.strictEqual(classifySection(speech, '着力解决群众反映强烈的突出问题', [], '').role, 'measures');
      assert.strictEqual(classifySection(SCHEMES.research, '破解发展瓶颈的对策', [], '').role, 'suggestions');
    });
    it('falls back to the text only by a clear margin', () => {
      const body = '个别单位责任落实不到位，工作进展偏慢，与先进地区差距较大，基层力量薄弱。';
      assert.deepStrictEqual(classifySection(speech, '关于当前工作', [], body), { role: 'problems', source: 'text' });
      assert.deepStrictEqual(classifySection(speech, '关于当前工作', [], '今年各项工作总体平稳。'), { role: 'unknown' });
    });
    it('schemes by document type', () => {
      assert.strictEqual(schemeFor('speech')?.name, '认识—问题—举措');
      assert.strictEqual(schemeFor('summary')?.name, '成绩—问题—打算');
      assert.strictEqual(schemeFor('research')?.name, '情况—问题—建议');
      assert.strictEqual(schemeFor('notice'), undefined);
      assert.strictEqual(schemeFor('unknown'), undefined);
    });
  });

  describe('enumerations', () => {
    // The first line is the title, so each text gets one.
    const enums = (body: string, format: TextFormat = 'plaintext'): string[] => {
      const text = `标题\n${body}`;
      return [...walkTree(tree(text, format).nodes)].filter((n) => n.kind === 'enumeration').map((n) => `${n.numbering}|${n.title}|${slice(text, n.range)}`);
    };

    it('一是…二是… in one paragraph and across paragraphs; each item ends where the next starts', () => {
      assert.deepStrictEqual(enums('一、加强领导\n一是强化责任。压实各方责任；二是完善机制。\n三是严格考核。'), [
        '一是|强化责任|一是强化责任。压实各方责任；',
        '二是|完善机制|二是完善机制。',
        '三是|严格考核|三是严格考核。',
      ]);
    });

    it('一要…二要…, 第一，…第二，… (and the faulty 第一、), 首先…其次…最后', () => {
      assert.deepStrictEqual(enums('会上强调：一要提高认识，二要狠抓落实。'), []); // a comma is no sentence boundary
      assert.deepStrictEqual(enums('会上强调：一要提高认识；二要狠抓落实。').map((s) => s.split('|')[0]), ['一要', '二要']);
      assert.deepStrictEqual(enums('第一、加强领导。第二，落实责任。').map((s) => s.split('|')[0]), ['第一', '第二']);
      assert.deepStrictEqual(enums('首先，统一思想。其次，明确任务。最后，抓好落实。').map((s) => s.split('|')[1]), ['统一思想', '明确任务', '抓好落实']);
      assert.deepStrictEqual(enums('首先，统一思想。最后，抓好落实。'), []);
    });

    it('near-misses are not enumerations', () => {
      for (const text of [
        '要坚持统一是前提。二是指第二项。', // 统一是: no boundary; 二是 alone: no 一是
        '一是一，二是二，实事求是。',
        '第一，只有一项。',
        '他首先发言，其次是我。',
        '二是项目推进。三是资金到位。', // does not start at 一
        '全年完成1.5万亩，第1名。',
      ]) {
        assert.deepStrictEqual(enums(text), [], text);
      }
    });

    it('past ten: 十九是 is followed by 二十是; 十十是 follows nothing', () => {
      const numerals = '一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十'.split(' ');
      const body = numerals.map((n, i) => `${n}是第${i + 1}项工作。`).join('');
      assert.deepStrictEqual(enums(body).map((s) => s.split('|')[0]), numerals.map((n) => `${n}是`));
      const upToNineteen = numerals.slice(0, 19);
      const miswritten = `${upToNineteen.map((n) => `${n}是甲。`).join('')}十十是乙。`;
      assert.deepStrictEqual(enums(miswritten).map((s) => s.split('|')[0]), upToNineteen.map((n) => `${n}是`));
    });

    it('Markdown code is not read', () => {
      assert.deepStrictEqual(enums('\n```\n一是代码。二是代码。\n```\n', 'markdown'), []);
    });

    it('enumerations before the first heading are top-level items', () => {
      const t = tree('在全县会议上的讲话\n\n同志们：\n下面讲两点：一是统一思想；二是狠抓落实。\n一、提高认识\n正文。');
      assert.deepStrictEqual(show(t.nodes), [' 一是 统一思想'.trim(), '二是 狠抓落实', '[understanding]一、提高认识']);
    });

    it('long titles are cut at 30 characters', () => {
      const [first] = enums(`一是${'很'.repeat(40)}。二是好。`);
      assert.strictEqual(first?.split('|')[1], `${'很'.repeat(29)}…`);
    });
  });

  describe('ranges and counts', () => {
    it('a section runs from its heading to its last non-blank text; subsections nest', () => {
      const text = '关于做好某项工作的通知\n\n一、总体要求\n正文一。\n\n（一）指导思想\n正文二。\n\n二、重点任务\n正文三。\n\n';
      const t = tree(text);
      const [one, two] = t.nodes as [StructureNode, StructureNode];
      assert.strictEqual(slice(text, one.range), '一、总体要求\n正文一。\n\n（一）指导思想\n正文二。');
      assert.strictEqual(slice(text, one.children[0]!.range), '（一）指导思想\n正文二。');
      assert.strictEqual(slice(text, two.range), '二、重点任务\n正文三。');
      assert.strictEqual(slice(text, one.selectionRange), '总体要求');
      assert.strictEqual(one.chars, countChars('一、总体要求正文一。（一）指导思想正文二。'));
      assert.deepStrictEqual([one.level, one.children[0]!.level], [1, 2]);
    });

    it('CRLF, emoji and 𠮷 keep UTF-16 offsets', () => {
      const text = '关于𠮷祥村的通知\r\n\r\n一、😀总体要求\r\n正文𠮷。\r\n二、重点任务\r\n正文。';
      const t = tree(text);
      assert.deepStrictEqual(t.nodes.map((n) => slice(text, n.range)), ['一、😀总体要求\r\n正文𠮷。', '二、重点任务\r\n正文。']);
      assert.strictEqual(slice(text, t.nodes[0]!.selectionRange), '😀总体要求');
      assert.strictEqual(t.nodes[0]!.chars, 10); // 一、总体要求正文𠮷。: 𠮷 counts once, 😀 not at all
    });

    it('placeholders are counted from the findings given, by their start offsets', () => {
      const text = '一、甲\n**个。\n二、乙\n××。';
      const at = (s: string): number => text.indexOf(s);
      const findings = [
        { rule: 'placeholder.unfilled', start: at('**'), end: at('**') + 2 },
        { rule: 'placeholder.unfilled', start: at('××'), end: at('××') + 2 },
        { rule: 'punct.halfwidth', start: 0, end: 1 },
      ];
      const t = buildDocumentTree(text, 'plaintext', { docType: 'unknown', findings });
      assert.deepStrictEqual(t.nodes.map((n) => n.placeholders), [1, 1]);
      assert.strictEqual(t.placeholders, 2);
      assert.strictEqual(buildDocumentTree(text, 'plaintext', { docType: 'unknown' }).placeholders, 0);
    });

    it('a document that starts with a heading has no title', () => {
      const t = tree('一、总体要求\n正文。\n二、工作任务\n正文。');
      assert.strictEqual(t.title, undefined);
      assert.strictEqual(t.nodes.length, 2);
    });

    it('unnumbered Markdown headings hold the numbered ones', () => {
      const text = '# 工作方案\n\n## 背景\n\n一、总体要求\n\n正文。\n\n## 附录说明\n\n正文。';
      assert.deepStrictEqual(show(tree(text, 'markdown').nodes), ['##背景', '  一、总体要求', '##附录说明']);
    });

    it('an empty document has an empty tree', () => {
      assert.deepStrictEqual(tree('').nodes, []);
      assert.strictEqual(tree('').chars, 0);
    });
  });
});

describe('charCounter (prefix sums for the tree\'s character counts)', () => {
  it('equals countChars for every range of texts with 𠮷, emoji, lone surrogates and CRLF', () => {
    const pieces = ['一', '，', 'a', ' ', '𠮷', '😀', '\uD840', '\uDC00', '\r\n', '“', '…', '—', '\u3000', '１'];
    const rand = seededInts(7);
    for (let t = 0; t < 200; t++) {
      let text = '';
      for (let i = rand(30); i > 0; i--) text += pieces[rand(pieces.length)];
      const count = charCounter(text);
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end++) assert.strictEqual(count(start, end), countChars(text, start, end), `${JSON.stringify(text)} [${start}, ${end})`);
      }
    }
  });
  it('equals countChars across its 64-code-unit blocks (pairs split by a block edge, ranges ending at the text end)', () => {
    const pieces = ['一', '，', 'a', '𠮷', '😀', '\uD840', '\uDC00', '\r\n', '—', '１'];
    const rand = seededInts(11);
    for (let t = 0; t < 60; t++) {
      let text = 'x'.repeat(rand(70));
      for (let i = 100 + rand(300); i > 0; i--) text += pieces[rand(pieces.length)];
      const count = charCounter(text);
      for (let k = 0; k < 400; k++) {
        const start = rand(text.length + 1);
        const end = k % 10 === 0 ? text.length : start + rand(text.length - start + 1);
        assert.strictEqual(count(start, end), countChars(text, start, end), `${JSON.stringify(text)} [${start}, ${end})`);
      }
      for (let edge = 63; edge < text.length; edge += 64) assert.strictEqual(count(0, edge + 1), countChars(text, 0, edge + 1));
    }
  });
});
