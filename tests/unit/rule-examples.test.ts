/**
 * Every rule that carries its own examples (Rule.examples: Harper's way) runs them here as a
 * table (tests/support/rule-table.ts): each ⟦…⟧ flagged, fix-all giving `output` and converging,
 * each clean text left alone, with the case's options. Rules that read words get the real
 * segmenter. Adding a rule with examples adds its tests; nothing here changes.
 */
import * as assert from 'assert';
import { RULES } from '../../server/src/core';
import { ruleTable } from '../support/rule-table';
import { segmenter } from '../support/segmenter';

describe('rules with their own examples', function () {
  this.timeout(60000);
  const withExamples = RULES.filter((r) => r.examples);

  it('at least one rule carries examples, each with a faulty and a clean text', () => {
    assert.ok(withExamples.length > 0);
    for (const rule of withExamples) assert.ok(rule.examples!.invalid.length > 0 && rule.examples!.valid.length > 0, rule.id);
  });

  for (const rule of withExamples) {
    ruleTable(rule.id, rule.examples!, rule.needsWords ? { words: (text) => segmenter().cut(text) } : {});
  }
});
