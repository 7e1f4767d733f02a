import * as assert from 'assert';
import { clearLineCaches, findTermGroups, wordsFromLines } from '../../server/src/core';
import type { Words } from '../../server/src/core/types';
import { countedGrams } from '../../server/src/core/terms/near';
import { seededInts } from '../support/seeded';

/** Words of one or two Han characters, or single other characters (a stand-in for the segmenter). */
function words(text: string): Words {
  return wordsFromLines(text, (line) => line.match(/[\u4e00-\u9fff]{1,2}|[\s\S]/gu) ?? []) ?? assert.fail('every line has words');
}

/** A draft's lines: names that recur (a dominant form and a slip) and lines that repeat. */
const BASE = [
  '稻虾共作面积达到6.5万亩，稻虾共作模式亩均增收2000元。',
  '文旅融合示范区建设稳步推进，文旅融合示范区累计接待游客。',
  '稻虾共养技术培训要加大，文旅融合示范区要加快发展。',
  '数字经济产业园引进项目，数字经济产业园税收增长。',
  '数字经济创业园完成投资，稻虾共作已成为主导产业。',
  '要加强基层治理，推进乡村振兴，做好民生保障。',
  '文旅融合示范区建设稳步推进，文旅融合示范区累计接待游客。',
  '全年完成重点项目建设投资，重点项目建设事关发展大局。',
];

/** Sixty versions of the draft, each one line edit from the last: lines taken out, copied, moved, made of pieces of later lines and retyped near the top, where the grams first occur. */
function versions(): string[] {
  const rand = seededInts(5);
  const lines = [...BASE, ...BASE.map((l) => `另外，${l}`)];
  const out: string[] = [];
  for (let step = 0; step < 60; step++) {
    out.push(lines.join('\n'));
    const i = rand(Math.min(lines.length, 6));
    switch (rand(5)) {
      case 0:
        if (lines.length > 4) lines.splice(i, 1);
        break;
      case 1:
        lines.splice(rand(3), 0, lines[rand(lines.length)] as string);
        break;
      case 2: {
        const [moved] = lines.splice(i, 1);
        lines.splice(rand(lines.length), 0, moved as string);
        break;
      }
      case 3: {
        // A new line of pieces of later lines: grams that first occurred further down now occur here first.
        const later = lines.slice(i + 1);
        const a = later[rand(later.length)] ?? '';
        const b = later[rand(later.length)] ?? '';
        lines.splice(i, 0, `${a.slice(0, 12)}，${b.slice(6)}`);
        break;
      }
      default:
        lines[i] = `${(lines[i] as string).slice(0, 3)}${'好稻虾共养示范区'.charAt(rand(8))}${(lines[i] as string).slice(3)}`;
    }
  }
  return out;
}

describe('near relation: counting by line deltas', () => {
  afterEach(() => clearLineCaches());

  it('gives every version the counts, first occurrences and groups of a count from nothing', () => {
    const texts = versions();
    const expected = texts.map((text) => {
      clearLineCaches();
      const groups = findTermGroups(text, words(text));
      return { groups, grams: countedGrams().grams };
    });
    clearLineCaches();
    const epochs = new Set<number>();
    texts.forEach((text, i) => {
      const groups = findTermGroups(text, words(text));
      const counted = countedGrams();
      epochs.add(counted.epoch);
      assert.deepStrictEqual(counted.grams, expected[i]?.grams, `version ${i}: counts and first occurrences`);
      assert.deepStrictEqual(groups, expected[i]?.groups, `version ${i}: groups`);
    });
    // The counting went on from one version to the next (an edit changes a line or two of ~16).
    assert.ok(epochs.size < texts.length / 4, `${epochs.size} countings for ${texts.length} versions`);
    assert.ok(expected.some((e) => e.groups.some((g) => g.relation === 'near')), 'the draft has near groups');
  });

  it('drops a near group once its shared words stand alone too often (the prefix counted, its buckets untouched)', () => {
    const body = ['稻虾共作面积达到6.5万亩，稻虾共作模式亩均增收。', '稻虾共作已成为主导产业。', '稻虾共养技术培训要加大。', '要加强基层治理。'];
    const texts: string[] = [];
    for (let alone = 0; alone < 6; alone++) texts.push([...body, ...Array.from({ length: alone }, () => '稻虾，')].join('\n'));
    const expected = texts.map((text) => {
      clearLineCaches();
      return findTermGroups(text, words(text)).filter((g) => g.relation === 'near');
    });
    assert.ok(expected[0]?.length === 1 && expected[5]?.length === 0, 'the pair is a group at first and not at last');
    clearLineCaches();
    texts.forEach((text, i) => assert.deepStrictEqual(findTermGroups(text, words(text)).filter((g) => g.relation === 'near'), expected[i], `${i} lines of 稻虾 alone`));
  });

  it('starts a new counting for another document and comes back to the first one right', () => {
    const [a, b] = [BASE.join('\n'), BASE.slice().reverse().map((l) => `其中${l}`).join('\n')] as [string, string];
    clearLineCaches();
    const alone = findTermGroups(a, words(a));
    const first = countedGrams();
    findTermGroups(b, words(b));
    assert.notStrictEqual(countedGrams().epoch, first.epoch);
    assert.deepStrictEqual(findTermGroups(a, words(a)), alone);
    assert.deepStrictEqual(countedGrams().grams, first.grams);
  });
});
