/**
 * The labelled drift set (tests/fixtures/terms): 51 drift paragraphs labelled with the expected
 * groups, and over 6,500 characters of clean 公文 with repeated, consistent terms and similar but
 * different names (clean-*.txt: a notice, a report, a speech with quoted mentions, a pre-2012
 * notice with a letter-spaced enclosed title, 汉字 dates of record and 、 between phrases).
 * Precision and recall per relation must not drop below what was reached.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { TermEntry } from '../../server/src/core';
import { RELATIONS, type TermRelation } from '../../server/src/core/terms';
import { groupsOf } from './term.test';

interface LabelledCase {
  id: string;
  text: string;
  terms?: TermEntry[];
  expect: Array<{ relation: TermRelation; forms: string[] }>;
}

/** The fixtures folder, whether the tests run from out/ or from another outDir. */
function fixturesDir(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'tests', 'fixtures', 'terms');
    if (fs.existsSync(candidate)) return candidate;
  }
  return path.join(process.cwd(), 'tests', 'fixtures', 'terms');
}

/** The thresholds reached when the set was built (precision, recall). */
const REACHED: Record<TermRelation, { precision: number; recall: number }> = {
  punctuation: { precision: 1, recall: 1 },
  numeral: { precision: 1, recall: 1 },
  abbreviation: { precision: 1, recall: 1 },
  near: { precision: 1, recall: 1 },
  glossary: { precision: 1, recall: 1 },
};

const key = (relation: string, forms: readonly string[]): string =>
  `${relation}:${[...new Set(forms.map((f) => f.replace(/‘/g, '“').replace(/’/g, '”')))].sort().join('|')}`;

describe('term: labelled drift set', function () {
  this.timeout(60000);
  const dir = fixturesDir();
  const { cases } = JSON.parse(fs.readFileSync(path.join(dir, 'drift-cases.json'), 'utf8')) as { cases: LabelledCase[] };
  const clean = fs.readdirSync(dir).filter((f) => f.startsWith('clean-')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));

  it('has at least 40 drift cases over all five relations and 5,000 characters of clean text', () => {
    assert.ok(cases.length >= 40, `${cases.length} cases`);
    for (const r of RELATIONS) assert.ok(cases.filter((c) => c.expect.some((e) => e.relation === r)).length >= 5, r);
    assert.ok(clean.join('').length >= 5000, `${clean.join('').length} clean characters`);
  });

  it('reaches the recorded precision and recall per relation', () => {
    const stats = new Map(RELATIONS.map((r) => [r, { tp: 0, found: 0, expected: 0 }]));
    const misses: string[] = [];
    const documents: LabelledCase[] = [...cases, ...clean.map((text, i) => ({ id: `clean-${i + 1}`, text, expect: [] }))];
    for (const c of documents) {
      const found = groupsOf(c.text, c.terms ?? []).map((g) => key(g.relation, g.forms.map((f) => f.text)));
      const expected = c.expect.map((e) => key(e.relation, e.forms));
      for (const k of found) {
        const s = stats.get(k.split(':')[0] as TermRelation);
        if (!s) continue;
        s.found++;
        if (expected.includes(k)) s.tp++;
        else misses.push(`${c.id}: unexpected ${k}`);
      }
      for (const k of expected) {
        const s = stats.get(k.split(':')[0] as TermRelation);
        if (!s) continue;
        s.expected++;
        if (!found.includes(k)) misses.push(`${c.id}: missed ${k}`);
      }
    }
    const lines: string[] = [];
    for (const r of RELATIONS) {
      const s = stats.get(r) ?? { tp: 0, found: 0, expected: 0 };
      const precision = s.found === 0 ? 1 : s.tp / s.found;
      const recall = s.expected === 0 ? 1 : s.tp / s.expected;
      lines.push(`${r.padEnd(12)} precision ${precision.toFixed(3)} (${s.tp}/${s.found})  recall ${recall.toFixed(3)} (${s.tp}/${s.expected})`);
      assert.ok(precision >= REACHED[r].precision, `${r} precision ${precision} < ${REACHED[r].precision}\n${misses.join('\n')}`);
      assert.ok(recall >= REACHED[r].recall, `${r} recall ${recall} < ${REACHED[r].recall}\n${misses.join('\n')}`);
    }
    console.log(`\n      ${lines.join('\n      ')}`);
  });
});
