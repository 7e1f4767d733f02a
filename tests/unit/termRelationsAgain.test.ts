import * as assert from 'assert';
import { clearLineCaches, findTermGroups } from '../../server/src/core';
import { lastReused } from '../../server/src/core/terms/oneLine';
import { editLine, standInWords } from '../support/standInWords';
import { seededInts } from '../support/seeded';

/** A stand-in segmenter: the longest of these words at each place, else one character. */
const words = standInWords(['二十大', '党的', '精神', '十四五', '规划', '学习', '贯彻', '全年', '完成', '年度', '工作', '要求']);

/** A draft with glossary variants (二十大精神, 十四五) and years written two ways, and lines with neither. */
const BASE = [
  '认真学习贯彻党的二十大精神，深入学习二十大精神。',
  '全面完成“十四五”规划目标，十四五规划收官。',
  '2025年全年完成投资，二〇二五年度工作要求明确。',
  '这一行只是叙述，没有要统一的写法。',
  '全面落实各项工作要求，确保任务完成。',
  '2025年是关键之年，要把二十大',
  '精神落到实处。',
];

const PIECES = ['好', '2024年', '二〇二四年', '二十大', '十四五', '“', '精神', '，'];

describe('glossary and numeral relations: a one-line edit where they read nothing', () => {
  afterEach(() => clearLineCaches());

  it('makes the same groups as reading every line, step by step, and serves typing in a sentence without reading the lines', () => {
    const rand = seededInts(3);
    const lines = [...BASE, ...BASE.map((l) => `同时，${l}`)];
    const breaks = lines.map(() => '\n');
    const reused = { glossary: 0, numeral: 0 };
    for (let step = 0; step < 160; step++) {
      const text = lines.map((l, i) => l + (i < lines.length - 1 ? breaks[i] : '')).join('');
      const got = findTermGroups(text, words(text));
      if (lastReused('glossary')) reused.glossary++;
      if (lastReused('numeral')) reused.numeral++;
      clearLineCaches();
      const fresh = findTermGroups(text, words(text));
      assert.strictEqual(lastReused('glossary'), false);
      assert.deepStrictEqual(got, fresh, `step ${step}`);
      assert.ok(fresh.some((g) => g.relation === 'glossary') || step > 0);
      const i = rand(lines.length);
      const kind = rand(8);
      // A line break rewritten: every line's text as it was, the lines after it moved.
      if (kind === 2) breaks[i] = breaks[i] === '\n' ? '\r\n' : '\n';
      else lines[i] = editLine(lines[i] as string, rand, PIECES, kind);
    }
    assert.ok(reused.glossary > 30, `glossary reused ${reused.glossary}`);
    assert.ok(reused.numeral > 30, `numeral reused ${reused.numeral}`);
  });

  it('reads every line again when the edited line has a form or a year, or a line break is rewritten', () => {
    const text = BASE.join('\n');
    const check = (edited: string): ReturnType<typeof findTermGroups> => {
      findTermGroups(text, words(text));
      const got = findTermGroups(edited, words(edited));
      const reused = { glossary: lastReused('glossary'), numeral: lastReused('numeral') };
      clearLineCaches();
      assert.deepStrictEqual(got, findTermGroups(edited, words(edited)), edited);
      clearLineCaches();
      return Object.assign(got, { reused });
    };
    const typed = check(text.replace('只是叙述', '只是好叙述')) as unknown as { reused: { glossary: boolean; numeral: boolean } };
    assert.deepStrictEqual(typed.reused, { glossary: true, numeral: true });
    const year = check(text.replace('只是叙述', '只是2024年叙述')) as unknown as { reused: { glossary: boolean; numeral: boolean } };
    assert.deepStrictEqual(year.reused, { glossary: true, numeral: false });
    const form = check(text.replace('只是叙述', '只是二十大精神叙述')) as unknown as { reused: { glossary: boolean; numeral: boolean } };
    assert.deepStrictEqual(form.reused, { glossary: false, numeral: true });
    const crlf = check(text.replace('没有要统一的写法。\n', '没有要统一的写法。\r\n')) as unknown as { reused: { glossary: boolean; numeral: boolean } };
    assert.deepStrictEqual(crlf.reused, { glossary: false, numeral: false });
  });
});
