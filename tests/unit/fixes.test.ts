import * as assert from 'assert';
import { analyze, applyFixes, DEFAULT_SETTINGS, fixAll, RULE_IDS, type Settings } from '../../server/src/core';
import { spanEdit } from '../../server/src/core/fixes';

/** Custom phrases only: built-in rules are turned off so that the test sees phrase.custom alone. */
const withPhrases = (phrases: Settings['phrases']): Settings => ({
  ...DEFAULT_SETTINGS,
  phrases,
  rules: Object.fromEntries(RULE_IDS.filter((id) => id !== 'phrase.custom').map((id) => [id, 'off' as const])),
});

describe('fixes', () => {
  it('applyFixes applies edits in any order and refuses overlaps', () => {
    assert.strictEqual(applyFixes('abcdef', [{ start: 4, end: 5, newText: 'E' }, { start: 0, end: 1, newText: 'A' }]), 'AbcdEf');
    assert.throws(() => applyFixes('abcdef', [{ start: 0, end: 3, newText: '' }, { start: 2, end: 4, newText: '' }]), /overlapping/);
  });

  it('fixAll applies every preferred fix, leaves the rest, and is idempotent', () => {
    const settings = withPhrases([
      { pattern: '搞好', regex: false, replacement: '做好' },
      { pattern: '大概齐', regex: false }, // no replacement: no fix
    ]);
    const text = '要搞好安全工作，大概齐就行，再搞好宣传。';
    const once = fixAll({ text, format: 'plaintext' }, settings);
    assert.strictEqual(once.text, '要做好安全工作，大概齐就行，再做好宣传。');
    assert.strictEqual(once.fixed.length, 2);
    assert.deepStrictEqual(once.edit, { start: 1, end: 16, newText: '做好安全工作，大概齐就行，再做' });
    assert.strictEqual(fixAll({ text: once.text, format: 'plaintext' }, settings).edit, undefined);
    assert.strictEqual(analyze({ text: once.text, format: 'plaintext' }, settings).length, 1, '大概齐 is still reported');
  });

  it('fixAll can be limited to one rule', () => {
    const settings = withPhrases([{ pattern: '搞好', regex: false, replacement: '做好' }]);
    assert.strictEqual(fixAll({ text: '搞好', format: 'plaintext' }, settings, (f) => f.rule === 'placeholder.unfilled').edit, undefined);
  });

  it('spanEdit never splits a surrogate pair', () => {
    const edit = spanEdit('a𠮷b', 'a𠮾b');
    assert.deepStrictEqual(edit, { start: 1, end: 3, newText: '𠮾' });
    assert.strictEqual(spanEdit('same', 'same'), undefined);
  });
});

describe('phrase.custom', () => {
  it('literal and regex phrases, with default and own messages', () => {
    const settings = withPhrases([
      { pattern: '搞好', regex: false, replacement: '做好' },
      { pattern: '抓[紧实]落实', regex: true, message: '请用“抓好落实”。' },
    ]);
    const findings = analyze({ text: '😀搞好工作，抓紧落实。', format: 'plaintext' }, settings);
    assert.deepStrictEqual(
      findings.map((f) => [f.rule, f.start, f.end, f.message]),
      [
        ['phrase.custom', 2, 4, '“搞好”不符合本单位用语规定，应改为“做好”。'],
        ['phrase.custom', 7, 11, '请用“抓好落实”。'],
      ],
    );
  });

  it('finds nothing in text without the phrases', () => {
    const settings = withPhrases([{ pattern: '搞好', regex: false, replacement: '做好' }]);
    assert.deepStrictEqual(analyze({ text: '要做好安全生产工作。', format: 'plaintext' }, settings), []);
  });
});

describe('a rule that throws', () => {
  it('loses only its own findings; the others are still reported', async () => {
    const { analyzeDocument, RULES } = await import('../../server/src/core');
    const broken = { id: 'test.broken', description: '测试', defaultSeverity: 'warning' as const, check: () => { throw new Error('boom'); } };
    const write = process.stderr.write;
    let logged = '';
    process.stderr.write = ((s: string) => ((logged += s), true)) as typeof process.stderr.write;
    try {
      const result = analyzeDocument({ text: '总投资**亿元', format: 'plaintext' }, DEFAULT_SETTINGS, [...RULES, broken]);
      assert.deepStrictEqual(result.findings.map((f) => f.rule), ['placeholder.unfilled']);
    } finally {
      process.stderr.write = write;
    }
    assert.match(logged, /rule test\.broken failed/);
  });
});
