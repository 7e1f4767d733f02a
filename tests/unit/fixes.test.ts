import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, applyFixes, DEFAULT_SETTINGS, fixAll, fixedByFixAll, RULE_IDS, type Settings } from '../../server/src/core';
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

  it('fixing a whole document applies the fixes of errors and warnings, not the suggestions at information', () => {
    // “一网通办”、“一窗受理”: the standard says the 顿号 between quoted items is usually left out (information,
    // preferred fix); the half-width comma breaks GB/T 15834 (warning).
    const text = '推进“一网通办”、“一窗受理”建设,方便群众办事。';
    const found = analyze({ text, format: 'plaintext' });
    assert.deepStrictEqual(
      found.filter((f) => f.fixes.some((x) => x.preferred)).map((f) => [f.rule, f.severity]),
      [
        ['punct.enumeration-comma', 'information'],
        ['punct.halfwidth', 'warning'],
      ],
    );
    assert.strictEqual(fixAll({ text, format: 'plaintext' }, DEFAULT_SETTINGS, fixedByFixAll).text, '推进“一网通办”、“一窗受理”建设，方便群众办事。');
    // One by one, or all of that rule (the code action 修复本文档中所有……问题), the writer still can.
    assert.strictEqual(fixAll({ text, format: 'plaintext' }, DEFAULT_SETTINGS, (f) => f.rule === 'punct.enumeration-comma').text, '推进“一网通办”“一窗受理”建设,方便群众办事。');
  });

  it('fixAll can be limited to one rule', () => {
    const settings = withPhrases([{ pattern: '搞好', regex: false, replacement: '做好' }]);
    assert.strictEqual(fixAll({ text: '搞好', format: 'plaintext' }, settings, (f) => f.rule === 'placeholder.unfilled').edit, undefined);
  });

  it('a fix whose replacement holds its own pattern is not applied by fix-all, which converges', () => {
    // 局 → 县农业农村局 would insert 县农业农村 once per pass (ten times a run, again every save).
    const settings = withPhrases([{ pattern: '局', regex: false, replacement: '县农业农村局' }, { pattern: '搞好', regex: false, replacement: '做好' }]);
    const text = '请局里搞好统计，报县农业农村局。';
    const once = fixAll({ text, format: 'plaintext' }, settings);
    assert.strictEqual(once.text, '请局里做好统计，报县农业农村局。');
    assert.deepStrictEqual(once.fixed.map((f) => f.rule), ['phrase.custom']);
    assert.strictEqual(fixAll({ text: once.text, format: 'plaintext' }, settings).text, once.text);
    // The finding is still there, with its quick fix for the writer to choose (not marked preferred,
    // so no editor applies it automatically either).
    const left = analyze({ text: once.text, format: 'plaintext' }, settings).find((f) => f.start === 1);
    assert.strictEqual(left?.fixes.length, 1);
    assert.strictEqual(left?.fixes[0]?.preferred, false);
  });

  it('phrases that undo each other (甲 → 乙, 乙 → 甲) stop after one change', () => {
    const settings = withPhrases([
      { pattern: '甲', regex: false, replacement: '乙' },
      { pattern: '乙', regex: false, replacement: '甲' },
    ]);
    const once = fixAll({ text: '甲方与乙方', format: 'plaintext' }, settings);
    assert.strictEqual(fixAll({ text: once.text, format: 'plaintext' }, settings).text, once.text);
  });

  it('fix-all is idempotent for generated custom phrases (literal and regex, self-matching or not)', () => {
    const alphabet = ['局', '县', '农', '业', '村', '甲', '乙', '，', '。'];
    const piece = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 3 }).map((a) => a.join(''));
    const phrase = fc.record({
      pattern: piece,
      regex: fc.boolean(),
      // Half the replacements hold the pattern itself (x → …x…).
      replacement: fc.tuple(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 3 }), fc.boolean(), fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 3 })),
    }).map(({ pattern, regex, replacement: [before, holds, after] }) => ({ pattern, regex, replacement: holds ? before + pattern + after : before + after }));
    const text = fc.array(fc.constantFrom(...alphabet, '\n', '𠮷'), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 4 }), text, (phrases, draft) => {
        const settings = withPhrases(phrases);
        const once = fixAll({ text: draft, format: 'plaintext' }, settings);
        const twice = fixAll({ text: once.text, format: 'plaintext' }, settings);
        assert.strictEqual(twice.text, once.text, `not idempotent: ${JSON.stringify({ phrases, draft })}`);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS) || 300, seed: 20261206 },
    );
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
