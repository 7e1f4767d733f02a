import * as assert from 'assert';
import { clearLineCaches } from '../../server/src/core';
import { termLines } from '../../server/src/core/terms/lines';
import { clearPunctuationCheck, punctuationGroups } from '../../server/src/core/terms/punctuation';
import { lastReused } from '../../server/src/core/terms/oneLine';
import { editLine, standInWords } from '../support/standInWords';
import { seededInts } from '../support/seeded';

const punctuationReused = (): boolean => lastReused('punctuation') === true;

/** A stand-in segmenter: the longest of these words at each place, else one character. */
const words = standInWords(['区委', '区政府', '县委', '县政府', '十四五', '规划', '乡村', '振兴', '菜篮子', '工程', '条例', '实施', '办法', '要求', '落实', '部署']);

/** A draft whose terms are written with and without marks (groups of relation 1), and lines without any. */
const BASE = [
  '区委、区政府高度重视，区委、区政府多次专题部署。',
  '按照区委区政府要求，认真落实“十四五”规划。',
  '“十四五”规划明确，“十四五”规划提出，十四五规划要落实。',
  '要做好“菜篮子”工程，“菜篮子”工程关系民生，“菜篮子”工程要抓实，菜篮子工程不能放松。',
  '认真贯彻《乡村振兴促进条例》，乡村振兴促进条例要求明确。',
  '这一行没有要统一的写法，只是叙述。',
  '县委、县政府和区委、区政府共同部署。',
];

/** What an edit may type: plain characters, marks, a 、 between words, a term's own characters. */
const PIECES = ['好', '要', '、', '“', '”', '《', '》', '区委', '政府', ' ', '十四五', '，'];

describe('punctuation relation: a one-line edit the relation does not read', () => {
  afterEach(() => clearLineCaches());

  it('makes the same groups as reading every line, step by step, and serves typing in a sentence without reading the lines', () => {
    const rand = seededInts(11);
    const lines = [...BASE, ...BASE.map((l) => `同时，${l}`)];
    let reusedSteps = 0;
    let readSteps = 0;
    for (let step = 0; step < 160; step++) {
      const text = lines.join('\n');
      const w = words(text);
      const got = punctuationGroups(text, termLines(text, w, []));
      if (punctuationReused()) reusedSteps++;
      else readSteps++;
      clearPunctuationCheck();
      const fresh = punctuationGroups(text, termLines(text, w, []));
      assert.strictEqual(punctuationReused(), false);
      assert.deepStrictEqual(got, fresh, `step ${step}`);
      // The next check goes on from this step's (read) check, as the analyser's would from its own.
      // One to three characters out (a key's character, a mark, a 、), a piece typed, or most often
      // a character typed in a sentence (one the relation does not read).
      const i = rand(lines.length);
      lines[i] = editLine(lines[i] as string, rand, PIECES, rand(6));
    }
    assert.ok(reusedSteps > 40, `reused ${reusedSteps}`);
    assert.ok(readSteps > 10, `read ${readSteps}`);
  });

  it('reads every line again when a second line changes, or the key set does', () => {
    const text = BASE.join('\n');
    punctuationGroups(text, termLines(text, words(text), []));
    const typed = text.replace('高度重视', '高度重视好');
    const again = punctuationGroups(typed, termLines(typed, words(typed), []));
    assert.strictEqual(punctuationReused(), true);
    assert.ok(again.some((g) => g.canonical === '区委、区政府'));
    const two = typed.replace('只是叙述', '只是叙述好').replace('多次专题', '多次好专题');
    punctuationGroups(two, termLines(two, words(two), []));
    assert.strictEqual(punctuationReused(), false);
    // A new junction in the edited line: another key set.
    const joined = two.replace('只是叙述好', '只是县委、县政府叙述好');
    punctuationGroups(joined, termLines(joined, words(joined), []));
    assert.strictEqual(punctuationReused(), false);
  });

  /** The groups of `edited` after a check of `text`, and those read from nothing. */
  function afterEdit(text: string, edited: string): { got: unknown; fresh: unknown; reused: boolean } {
    punctuationGroups(text, termLines(text, words(text), []));
    const got = punctuationGroups(edited, termLines(edited, words(edited), []));
    const reused = punctuationReused();
    clearPunctuationCheck();
    return { got, fresh: punctuationGroups(edited, termLines(edited, words(edited), [])), reused };
  }

  it('reads every line again when an occurrence in the edited line is written otherwise, with the same keys found there', () => {
    const text = BASE.join('\n');
    // Nested quotes for double ones: the same key, form and facts, another text.
    const r = afterEdit(text, text.replace('“十四五”规划提出', '‘十四五’规划提出'));
    assert.strictEqual(r.reused, false);
    assert.deepStrictEqual(r.got, r.fresh);
  });

  it('reads every line again when an occurrence in the edited line stops counting, with the same texts', () => {
    const text = BASE.join('\n');
    // 简称“菜篮子”: a definition's quote, not an occurrence that counts (the same text, other facts).
    const r = afterEdit(text, text.replace('要做好“菜篮子”工程', '要做好简称“菜篮子”工程'));
    assert.strictEqual(r.reused, false);
    assert.deepStrictEqual(r.got, r.fresh);
  });
});
