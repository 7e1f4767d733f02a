import * as assert from 'assert';
import {
  buildOutline,
  chineseNumeral,
  clearHeadingCaches,
  parseChineseNumeral,
  parseHeadings,
  parseStructure,
  type HeadingLine,
} from '../../server/src/core/structure/headings';
import type { TextFormat } from '../../server/src/core';
import { draft, rng } from './incremental-corpus';

function one(line: string, format: TextFormat = 'plaintext'): HeadingLine {
  const hs = parseHeadings(line, format);
  assert.strictEqual(hs.length, 1, `one heading in «${line}»`);
  return hs[0] as HeadingLine;
}

function summary(text: string, format: TextFormat = 'plaintext'): string[] {
  return parseHeadings(text, format).map((h) => `${h.level}:${h.form}:${h.ordinal ?? '-'}:${h.title.text}`);
}

describe('heading parser', () => {
  it('reads Chinese numerals 一 … 九十九 and writes them back', () => {
    for (let n = 1; n < 100; n++) assert.strictEqual(parseChineseNumeral(chineseNumeral(n)), n, String(n));
    assert.strictEqual(parseChineseNumeral('十二'), 12);
    assert.strictEqual(parseChineseNumeral('二十九'), 29);
    for (const bad of ['一一', '十十', '二二十', '', '十一一']) assert.strictEqual(parseChineseNumeral(bad), undefined, bad);
  });

  it('recognises the four standard levels with their ordinals and forms', () => {
    const text = '一、总体要求\n（一）指导思想\n1.坚持党的领导\n（1）健全机制\n十二、其他事项\n（二十九）附则';
    assert.deepStrictEqual(summary(text), [
      '1:cn-dun:1:总体要求',
      '2:cn-paren:1:指导思想',
      '3:arabic-dot:1:坚持党的领导',
      '4:arabic-paren:1:健全机制',
      '1:cn-dun:12:其他事项',
      '2:cn-paren:29:附则',
    ]);
    for (const h of parseHeadings(text, 'plaintext')) {
      assert.deepStrictEqual(h.faults, []);
      assert.strictEqual(h.marker?.text, h.canonicalMarker);
    }
  });

  it('gives marker parts and ranges as UTF-16 offsets', () => {
    const text = '正文。\n\u3000\u3000（三）加强组织保障';
    const h = one(text);
    assert.strictEqual(h.line, 1);
    assert.deepStrictEqual(h.lineRange, { start: 4, end: text.length });
    assert.deepStrictEqual(h.marker && { start: h.marker.start, end: h.marker.end, text: h.marker.text }, { start: 6, end: 9, text: '（三）' });
    assert.strictEqual(h.marker?.open?.text, '（');
    assert.deepStrictEqual(h.marker?.numeral, { start: 7, end: 8, text: '三' });
    assert.strictEqual(h.marker?.mark, undefined);
    assert.deepStrictEqual(h.title, { start: 9, end: text.length, text: '加强组织保障' });
  });

  it('recognises faulty markers so that the heading still appears', () => {
    const cases: Array<[string, string, number, string[]]> = [
      ['一.总体要求', 'cn-dun', 1, ['wrong-mark']],
      ['二．主要任务', 'cn-dun', 2, ['wrong-mark']],
      ['三，保障措施', 'cn-dun', 3, ['wrong-mark']],
      ['四：工作要求', 'cn-dun', 4, ['wrong-mark']],
      ['1、加强领导', 'arabic-dot', 1, ['arabic-dun']],
      ['１．加强领导', 'arabic-dot', 1, ['wrong-mark', 'fullwidth-digit']],
      ['2，加强领导', 'arabic-dot', 2, ['wrong-mark']],
      ['(一)工作目标', 'cn-paren', 1, ['halfwidth-bracket']],
      ['（一)工作目标', 'cn-paren', 1, ['halfwidth-bracket']],
      ['（二）、做强特色产业', 'cn-paren', 2, ['wrong-mark']],
      ['（二）：做强特色产业', 'cn-paren', 2, ['wrong-mark']],
      ['(1)健全机制', 'arabic-paren', 1, ['halfwidth-bracket']],
      ['（3）、健全机制', 'arabic-paren', 3, ['wrong-mark']],
      ['（１）健全机制', 'arabic-paren', 1, ['fullwidth-digit']],
      ['②完善站点', 'circled', 2, ['circled']],
      ['①、完善站点', 'circled', 1, ['circled']],
    ];
    for (const [line, form, ordinal, faults] of cases) {
      const h = one(line);
      assert.deepStrictEqual([h.form, h.ordinal, h.faults], [form, ordinal, faults], line);
    }
    assert.strictEqual(one('（二）、做强特色产业').canonicalMarker, '（二）');
    assert.strictEqual(one('（二）、做强特色产业').marker?.mark?.text, '、');
  });

  it('tells run-in headings from headings alone on their line', () => {
    const runIn = one('（一）抓好粮食生产。严格落实耕地保护制度。');
    assert.strictEqual(runIn.runIn, true);
    assert.strictEqual(runIn.title.text, '抓好粮食生产');
    assert.strictEqual(runIn.endPunct?.text, '。');
    assert.ok(runIn.body);
    assert.strictEqual('（一）抓好粮食生产。严格落实耕地保护制度。'.slice(runIn.body.start, runIn.body.end), '严格落实耕地保护制度。');

    const alone = one('一、提高政治站位，充分认识重要意义。');
    assert.strictEqual(alone.runIn, false);
    assert.strictEqual(alone.title.text, '提高政治站位，充分认识重要意义');
    assert.strictEqual(alone.endPunct?.text, '。');

    const bare = one('二、正视问题短板  ');
    assert.strictEqual(bare.runIn, false);
    assert.strictEqual(bare.endPunct, undefined);
    assert.strictEqual(bare.title.text, '正视问题短板');

    const quoted = one('1.关于“谁来种地？”的问题');
    assert.strictEqual(quoted.runIn, false, 'a ？ inside quotes does not end the title');
    const colon = one('（二）工作要求：各单位要加强协作。');
    assert.deepStrictEqual([colon.runIn, colon.title.text, colon.endPunct?.text], [true, '工作要求', '：']);
  });

  it('is not fooled by enumerations, numeral lists, decimals and dates', () => {
    const prose = [
      '一是项目推进偏慢。',
      '第一，加强组织领导。',
      '一、二、三等奖获得者名单见附件。',
      '三、四天后完成验收。',
      '七、八十人参加培训。',
      '九、十月份是秋收季节。',
      '1.5万亩高标准农田已完工。',
      '2025.3.5召开会议。',
      '3.2025亿元的差额由县财政补足。',
      '2.20256年',
      '12.3%的增幅来之不易。',
      '1、2号楼已封顶。',
      '1. Introduction',
      '（2025）年度计划',
      '首先，统一思想。',
      '',
      '一、',
    ];
    for (const line of prose) assert.deepStrictEqual(summary(line), [], line);
  });

  it('reads an item number followed by a year as an item, not a decimal', () => {
    const hs = parseHeadings('19.加强监测。正文。\n20.2026年起全面推行河长制。正文。\n21．2025年底前完成验收', 'plaintext');
    assert.deepStrictEqual(hs.map((h) => [h.ordinal, h.title.text]), [[19, '加强监测'], [20, '2026年起全面推行河长制'], [21, '2025年底前完成验收']]);
  });

  it('allows indentation by spaces, full-width spaces and tabs, and CRLF', () => {
    const text = '    一、总体要求\r\n\u3000\u3000（一）指导思想\r\n\t1.坚持原则\r\n';
    assert.deepStrictEqual(summary(text), ['1:cn-dun:1:总体要求', '2:cn-paren:1:指导思想', '3:arabic-dot:1:坚持原则']);
    const hs = parseHeadings(text, 'plaintext');
    assert.strictEqual(text.slice(hs[1]?.title.start, hs[1]?.title.end), '指导思想');
  });

  it('keeps offsets right after 𠮷 and emoji', () => {
    const text = '𠮷🎉说明。\n（二）做好𠮷祥物设计';
    const h = one(text);
    assert.strictEqual(text.slice(h.title.start, h.title.end), '做好𠮷祥物设计');
  });

  it('reads Markdown headings: numbered ones by number, others by depth; code is not a heading', () => {
    const text = '# 关于做好安全生产工作的通知\n\n## 一、提高思想认识\n\n（一）**严格值班值守**。各单位要落实制度。\n\n## 附录\n\n```\n一、代码里的不是标题\n```\n\n**二、加粗的标题**\n';
    const hs = parseHeadings(text, 'markdown');
    assert.deepStrictEqual(
      hs.map((h) => [h.form, h.level, h.ordinal, h.title.text, h.markdownDepth]),
      [
        ['cn-dun', 1, 1, '提高思想认识', 2],
        ['cn-paren', 2, 1, '严格值班值守', undefined],
        ['markdown', 1, undefined, '附录', 2],
        ['cn-dun', 1, 2, '加粗的标题', undefined],
      ],
    );
    assert.strictEqual(hs[1]?.runIn, true);
    assert.deepStrictEqual(summary('一、代码里\n', 'plaintext'), ['1:cn-dun:1:代码里']);
  });

  it('exposes the title line and the address line', () => {
    const s = parseStructure('在全县农业农村工作会议上的讲话\n\n同志们：\n    今天召开会议。\n    一、提高站位\n', 'plaintext');
    assert.strictEqual(s.title?.text, '在全县农业农村工作会议上的讲话');
    assert.strictEqual(s.address?.text, '同志们：');
    assert.strictEqual(s.headings.length, 1);
    const n = parseStructure('# 关于……的通知\n\n各乡镇人民政府，县政府各部门：\n\n正文。', 'markdown');
    assert.strictEqual(n.address?.text, '各乡镇人民政府，县政府各部门：');
    assert.strictEqual(parseStructure('关于……的通知\n\n一、总体要求：\n', 'plaintext').address, undefined);
  });

  it('starts numbering over in attachments and skips the 附件 list', () => {
    const text = '一、总体要求\n二、主要任务\n\n附件：1.项目清单\n      2.资金分配表\n\n附件1\n\n一、项目概况\n';
    const hs = parseHeadings(text, 'plaintext');
    assert.deepStrictEqual(hs.map((h) => [h.ordinal, h.part]), [[1, 0], [2, 0], [1, 2]]);
  });
});

describe('heading outline', () => {
  function tree(text: string): string[] {
    const nodes = buildOutline(parseHeadings(text, 'plaintext'));
    return nodes.map((n) => `${n.heading.marker?.text}@${n.level} parent=${n.parent === undefined ? '-' : nodes[n.parent]?.heading.marker?.text} g${n.group}`);
  }

  it('nests headings by level and groups siblings', () => {
    assert.deepStrictEqual(tree('一、甲\n（一）子\n（二）子\n1.孙\n二、乙\n（一）子'), [
      '一、@1 parent=- g0',
      '（一）@2 parent=一、 g1',
      '（二）@2 parent=一、 g1',
      '1.@3 parent=（二） g2',
      '二、@1 parent=- g0',
      '（一）@2 parent=二、 g3',
    ]);
  });

  it('links a counter carried over to the previous parent (cousin)', () => {
    const nodes = buildOutline(parseHeadings('一、甲\n（一）子\n（二）子\n二、乙\n（三）子', 'plaintext'));
    assert.strictEqual(nodes[4]?.cousin, 2);
    assert.strictEqual(nodes[4]?.parent, 3);
  });

  it('links a count started again under a new parent (restarts), within one numbering run', () => {
    const nodes = buildOutline(parseHeadings('一、甲\n（一）子\n（二）子\n二、乙\n（一）子', 'plaintext'));
    assert.strictEqual(nodes[4]?.restarts, 2);
    assert.strictEqual(nodes[4]?.cousin, undefined);
    // A second list of top-level headings (a second regulation) and an attachment start new runs.
    const runs = buildOutline(parseHeadings('一、甲\n（一）子\n二、乙\n（二）子\n第二个办法\n一、丙\n（一）子\n\n附件\n\n一、丁\n（一）子', 'plaintext'));
    assert.deepStrictEqual(runs.map((n) => n.run), [0, 0, 0, 0, 1, 1, 2, 2]);
    assert.deepStrictEqual(runs.map((n) => n.restarts), [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('makes a heading that continues an ancestor in another form that ancestor’s sibling', () => {
    const nodes = buildOutline(parseHeadings('一、甲\n二、乙\n3.丙', 'plaintext'));
    assert.deepStrictEqual([nodes[2]?.continues, nodes[2]?.level, nodes[2]?.parent, nodes[2]?.previousSibling], [1, 1, undefined, 1]);
  });

  it('puts ① under （1） on a fifth level', () => {
    const nodes = buildOutline(parseHeadings('1.甲\n（1）乙\n①丙\n②丁', 'plaintext'));
    assert.deepStrictEqual(nodes.map((n) => n.level), [3, 4, 5, 5]);
    assert.deepStrictEqual(buildOutline(parseHeadings('1.甲\n①乙', 'plaintext')).map((n) => n.level), [3, 4]);
  });

  it('starts a new group at a second list numbered from 1', () => {
    const nodes = buildOutline(parseHeadings('一、甲\n1.子\n2.子\n报送要求：\n1.子\n2.子', 'plaintext'));
    assert.deepStrictEqual(nodes.map((n) => n.group), [0, 1, 1, 2, 2]);
  });
});

describe('parseStructure after edits: headings kept from the last parse', () => {
  it('a heading before the edit is the last parse\'s object, and every parse equals one with nothing cached', () => {
    for (const markdown of [false, true]) {
      const format: TextFormat = markdown ? 'markdown' : 'plaintext';
      const r = rng(markdown ? 11 : 7);
      let text = draft(6000, markdown ? 21 : 5, markdown);
      clearHeadingCaches();
      let kept = 0;
      for (let step = 0; step < 120; step++) {
        const before = parseStructure(text, format).headings;
        // Type, delete, break or join a line somewhere; now and then renumber the first heading.
        const at = Math.floor(r() * text.length);
        const pick = r();
        text =
          pick < 0.4 ? `${text.slice(0, at)}好${text.slice(at)}` : pick < 0.7 ? text.slice(0, at) + text.slice(at + 1) : pick < 0.85 ? `${text.slice(0, at)}\n${text.slice(at)}` : text.replace(/一、/, step % 2 ? '一.' : '一、');
        const parsed = parseStructure(text, format);
        kept += parsed.headings.filter((h) => before.includes(h)).length;
        const json = JSON.stringify(parsed);
        clearHeadingCaches();
        assert.strictEqual(json, JSON.stringify(parseStructure(text, format)), `${format}, step ${step}`);
      }
      assert.ok(kept > 100, `only ${kept} headings kept`);
    }
  });
});
