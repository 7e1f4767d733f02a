import * as assert from 'assert';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../server/src/core';

describe('settings', () => {
  it('missing or null settings mean defaults, without complaint', () => {
    for (const raw of [undefined, null, {}, { enable: null, languages: null, rules: null }]) {
      assert.deepStrictEqual(normalizeSettings(raw), { settings: { ...DEFAULT_SETTINGS, languages: ['plaintext', 'markdown'], rules: {} }, problems: [] });
    }
  });

  it('keeps valid values', () => {
    const { settings, problems } = normalizeSettings(
      { enable: false, languages: ['markdown'], rules: { 'placeholder.unfilled': 'error' }, debounceMs: 50 });
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(settings, { enable: false, languages: ['markdown'], rules: { 'placeholder.unfilled': 'error' }, debounceMs: 50, profile: 'auto', phrases: [], terms: [], words: [], maxDocumentChars: 150_000, maxProblems: 500, people: [], ruleOptions: {} });
  });

  it('replaces wrong types by defaults and says what was wrong, in Chinese', () => {
    const { settings, problems } = normalizeSettings(
      { enable: 'yes', languages: 'markdown', rules: { 'placeholder.unfilled': 'loud', 'no.such.rule': 'error' }, debounceMs: -1 });
    assert.deepStrictEqual(settings, { ...DEFAULT_SETTINGS, languages: ['plaintext', 'markdown'], rules: {} });
    assert.strictEqual(problems.length, 5);
    assert.ok(problems.some((p) => p.includes('no.such.rule')));
    assert.ok(problems.every((p) => /[\u4e00-\u9fff]/.test(p)));
  });

  it('rejects a non-object', () => {
    assert.strictEqual(normalizeSettings('on').problems.length, 1);
  });
});
