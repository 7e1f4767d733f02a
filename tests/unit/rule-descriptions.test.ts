/**
 * Issue 21: every rule declares its one-line description in Chinese (`description`) and in English
 * (`descriptionEn`), once, with the rule; the SARIF descriptors and the `.gongwenrc.json` schema
 * read both from there. Chinese terms of art may stay in the English line (请示, 特此通知), so the
 * English is checked for English words, not for the absence of Han characters.
 */
import * as assert from 'assert';
import { CUSTOM_PHRASE_RULE_ID, findRule, RULES, type Rule } from '../../server/src/core';
import { ruleProperties } from '../../server/src/config/schema';

const everyRule: Rule[] = [...RULES, findRule(CUSTOM_PHRASE_RULE_ID)!];

describe('rule descriptions in Chinese and English', () => {
  it('every rule, phrase.custom included, has a Chinese description and an English one', () => {
    assert.ok(everyRule.length > 60, `${everyRule.length}`);
    const missing = everyRule.filter((r) => !r.descriptionEn).map((r) => r.id);
    assert.deepStrictEqual(missing, []);
    for (const rule of everyRule) {
      const en = rule.descriptionEn!;
      assert.match(rule.description, /\p{Script=Han}/u, rule.id);
      assert.ok((en.match(/[A-Za-z]/g) ?? []).length >= 3, `${rule.id}: ${en}`);
      assert.match(en, /^[A-Z]/, `${rule.id} starts with a capital: ${en}`);
      assert.notStrictEqual(en, rule.description, rule.id);
      assert.doesNotMatch(en, /\n/, `${rule.id} is one line`);
      assert.strictEqual(en, en.trim(), rule.id);
    }
  });

  it('the English lines are distinct, one per rule', () => {
    const seen = new Map<string, string>();
    for (const rule of everyRule) {
      const other = seen.get(rule.descriptionEn!);
      assert.ok(other === undefined, `${rule.id} and ${other} share "${rule.descriptionEn}"`);
      seen.set(rule.descriptionEn!, rule.id);
    }
  });

  it('the schema describes each rule in both languages', () => {
    const props = ruleProperties() as Record<string, { description: string }>;
    for (const rule of everyRule) assert.strictEqual(props[rule.id]!.description, `${rule.description} ${rule.descriptionEn}`, rule.id);
    assert.strictEqual(props['punct.halfwidth']!.description, '中文语境中的半角标点（, ; : ? ! . ( )） Half-width punctuation in Chinese text (, ; : ? ! . ( ))');
  });
});
