/**
 * Custom phrases given as regular expressions (phrase.custom) run on RE2 (text/userPattern.ts):
 * patterns that make JavaScript's backtracking engine run for minutes return at once, still find
 * what they should, keep JavaScript's meaning, report UTF-16 offsets; what RE2 cannot run is
 * refused when the settings are read; and each pattern has a time budget per document.
 */
import * as assert from 'assert';
import { analyze, DEFAULT_SETTINGS, IncrementalAnalyzer, normalizeSettings, RULE_IDS, type Settings } from '../../server/src/core';
import { PHRASES } from '../../server/src/core/rules/phrase/data';
import { BUDGET_MS, customPhraseRule, REFILL_MS } from '../../server/src/core/rules/phrase-custom';
import type { CustomPhrase } from '../../server/src/core/settings';
import { compileUserPattern, toRe2Syntax, userPatternProblem } from '../../server/src/core/text/userPattern';
import type { RuleContext, RuleFinding } from '../../server/src/core/types';

/** Settings with the given phrases (validated) and every built-in rule off. */
function withPhrases(phrases: unknown[]): Settings {
  const { settings, problems } = normalizeSettings({ phrases });
  assert.deepStrictEqual(problems, []);
  return { ...settings, rules: Object.fromEntries(RULE_IDS.filter((id) => id !== 'phrase.custom').map((id) => [id, 'off' as const])) };
}

const context = (text: string): RuleContext => ({ text, format: 'plaintext', ignored: [], docType: 'notice', terms: [] });
const regex = (pattern: string, extra: Partial<CustomPhrase> = {}): CustomPhrase => ({ pattern, regex: true, ...extra });

/** The non-empty matches of a pattern, as [start, end] pairs. */
function matches(pattern: string, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  compileUserPattern(pattern, true).forEachMatch(text, (start, end) => {
    if (end > start) out.push([start, end]);
    return true;
  });
  return out;
}

/** The same with JavaScript's engine (safe on short texts only). */
function jsMatches(pattern: string, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(new RegExp(pattern, 'gu'))) if (m[0].length > 0) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Runs `fn`; its wall time, or, when other work on this machine held the CPU meanwhile, the CPU
 * time this process spent (a backtracking engine spends both).
 */
function timed<T>(fn: () => T): { result: T; ms: number; took: string } {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const result = fn();
  const wallMs = performance.now() - wall;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  return { result, ms: Math.min(wallMs, cpuMs), took: `${wallMs.toFixed(1)} ms (CPU ${cpuMs.toFixed(1)} ms)` };
}

/** Patterns that backtrack catastrophically in JavaScript, each with a 10 000-character line that makes it, and text it must match. */
const RUNAWAY: Array<{ pattern: string; line: string; text: string; found: string[] }> = [
  { pattern: '(a|aa)+$', line: `${'a'.repeat(9999)}!`, text: '编号baaaa', found: ['aaaa'] },
  { pattern: '(\\w|\\d)+$', line: `${'1'.repeat(9999)}!`, text: '编号abc123', found: ['abc123'] },
  { pattern: '(a|a?)+b', line: `b${'a'.repeat(9999)}`, text: '啊aab，b', found: ['aab', 'b'] },
  { pattern: '(\\s|.)*x', line: `x${' '.repeat(9999)}`, text: '甲 乙x丙', found: ['甲 乙x'] },
  { pattern: 'a*a*a*a*a*a*b', line: `b${'a'.repeat(9999)}`, text: '啊aab', found: ['aab'] },
  { pattern: '.*.*.*.*.*=', line: `=${'x'.repeat(9999)}`, text: 'key=value', found: ['key='] },
  { pattern: '(a+)+$', line: `${'a'.repeat(9999)}!`, text: '编号baa', found: ['aa'] },
  { pattern: '(x+x+)+y', line: `y${'x'.repeat(9999)}`, text: '甲xxxy', found: ['xxxy'] },
  { pattern: '^(\\w+\\s?)*$', line: `${'ab '.repeat(3333)}!`, text: 'ab cd ef', found: ['ab cd ef'] },
  { pattern: '(.*,){12}x', line: `x${','.repeat(9999)}`, text: 'a,b,c,d,e,f,g,h,i,j,k,l,x', found: ['a,b,c,d,e,f,g,h,i,j,k,l,x'] },
];

describe('custom regex phrases: RE2, linear time', () => {
  before(() => {
    // Warm up re2js once (its first searches run before the JIT has compiled it).
    const rule = customPhraseRule([regex('(b|bb)+$'), regex('.*.*=')]);
    for (let i = 0; i < 3; i++) rule.check(context(`${'b'.repeat(5000)}!=${'c'.repeat(5000)}`));
  });

  for (const { pattern, line, text, found } of RUNAWAY) {
    it(`${pattern}: accepted, returns within 100 ms on a 10 000-character line, finds what it should`, () => {
      const settings = withPhrases([{ pattern, regex: true }]); // the old filter refused some and let the rest hang
      assert.strictEqual(line.length, 10_000);
      const rule = customPhraseRule(settings.phrases);
      const { result: findings, ms, took } = timed(() => rule.check(context(line)));
      assert.ok(ms < 100, `${pattern} took ${took}`);
      assert.ok(findings.every((f) => !f.message.includes('毫秒')), 'within the budget');
      assert.deepStrictEqual(
        analyze({ text, format: 'plaintext' }, settings).map((f) => text.slice(f.start, f.end)),
        found,
      );
      assert.deepStrictEqual(matches(pattern, text), jsMatches(pattern, text), 'as JavaScript finds them');
    });
  }

  it('(a|aa)+$ is searched by RE2, not by a backtracking engine: a 100 000-character line in well under a second', () => {
    const line = `${'a'.repeat(99_999)}!`;
    const { ms, took } = timed(() => {
      assert.deepStrictEqual(matches('(a|aa)+$', line), []);
      assert.deepStrictEqual(matches('(a|aa)+$', `${line}aa`), [[100_000, 100_002]]);
    });
    assert.ok(ms < 1000, took);
  });

  it('long lines are searched (no more 5000-character limit)', () => {
    const text = `${'文'.repeat(20_000)}抓紧落实${'字'.repeat(20_000)}`;
    const findings = analyze({ text, format: 'plaintext' }, withPhrases([{ pattern: '抓[紧实]落实', regex: true }]));
    assert.deepStrictEqual(findings.map((f) => [f.start, f.end]), [[20_000, 20_004]]);
  });
});

describe('custom regex phrases: offsets', () => {
  const settings = withPhrases([
    { pattern: '搞好', replacement: '做好' },
    { pattern: '[𠮷😀]+', regex: true },
    { pattern: '^抓[紧实]', regex: true },
    { pattern: '落实$', regex: true, replacement: '抓落实' },
  ]);

  it('characters outside the BMP (𠮷, emoji) count two UTF-16 units', () => {
    const text = '𠮷搞好😀😀搞好。\n𠮷😀𠮷落实';
    const found = analyze({ text, format: 'plaintext' }, settings).map((f) => [f.start, f.end, text.slice(f.start, f.end)]);
    assert.deepStrictEqual(found, [
      [0, 2, '𠮷'],
      [2, 4, '搞好'],
      [4, 8, '😀😀'],
      [8, 10, '搞好'],
      [12, 18, '𠮷😀𠮷'],
      [18, 20, '落实'],
    ]);
  });

  it('CRLF line ends: ^ and $ hold at each line, offsets count both characters', () => {
    const text = '抓紧落实\r\n抓实工作落实\r\n\r\n落实';
    const found = analyze({ text, format: 'plaintext' }, settings).map((f) => [f.start, f.end, text.slice(f.start, f.end)]);
    assert.deepStrictEqual(found, [
      [0, 2, '抓紧'],
      [2, 4, '落实'],
      [6, 8, '抓实'],
      [10, 12, '落实'],
      [16, 18, '落实'],
    ]);
  });

  it('a byte order mark is a character of the text (offsets after it move by one)', () => {
    const text = '\uFEFF搞好𠮷\r\n抓紧';
    const found = analyze({ text, format: 'plaintext' }, settings).map((f) => [f.start, f.end, text.slice(f.start, f.end)]);
    assert.deepStrictEqual(found, [
      [1, 3, '搞好'],
      [3, 5, '𠮷'],
      [7, 9, '抓紧'],
    ]);
  });

  it('the incremental analyser (line by line) finds the same', () => {
    const text = '\uFEFF搞好𠮷😀\r\n抓紧落实\n\n𠮷落实\r\n';
    const analyzer = new IncrementalAnalyzer();
    for (let i = 0; i < 2; i++) assert.deepStrictEqual(analyzer.analyze({ text, format: 'plaintext' }, settings).findings, analyze({ text, format: 'plaintext' }, settings));
  });
});

describe('custom regex phrases: JavaScript meaning on RE2', () => {
  it('\\s, \\S, . and the other escapes match exactly what JavaScript matches, on every BMP character', () => {
    let all = '';
    for (let cp = 0; cp <= 0xffff; cp++) if (cp < 0xd800 || cp > 0xdfff) all += String.fromCharCode(cp);
    all += '𠮷😀\u{10FFFF}';
    // Runs (x+) rather than single characters: the same sets, far fewer matches to compare.
    for (const p of ['\\s', '\\S+', '.+', '[\\s]', '[^\\s]+', '[\\S]+', '[^\\S]', '[\\s\\S]+', '[^]+', '[]', '\\w+', '\\W+', '\\d', '[\\D]+', '\\b.', '\\B\\w', '[\\b\\t\\v\\f\\r\\n\\0\\cJ]', '[\\-\\]\\\\^]', '\\p{Lu}', '\\p{Script=Han}+', '\\u3000|\\u{1F600}|\\uD842\\uDFB7', '[a-z--]']) {
      assert.strictEqual(String(matches(p, all)), String(jsMatches(p, all)), `${p} → ${toRe2Syntax(p)}`); // flat lists of start, end
    }
  });

  it('random texts: the same matches as JavaScript for a set of patterns', () => {
    const patterns = [
      '[一二三四五六七八九十]+是', '\\s*，\\s*', '(?:进一步)?加强', '各(级|地|部门)', '[^，。]{2,4}工作', 'a.?b|ab*', '\\d+(?:\\.\\d+)?%',
      '(?<!不)搞', '(?<![省市])委', '(?<=“)[^”]*', '^\\s+|\\s+$', '[ａ-ｚ\\w]+', '(?<name>[甲乙])\\s', '[[:a]+', '\\/\\.\\*\\+\\?\\(\\)\\{\\}\\|\\^\\$',
    ];
    const alphabet = [...'一二三是，。 \u3000\u00a0\t进一步加强各级地部门工作ab.%12“”不搞省市委甲乙[:a/*+?(){}|^$ａｚ𠮷😀', '\uD800', '\uDC00']; // and lone surrogates
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (const p of patterns) {
      for (let k = 0; k < 200; k++) {
        let text = '';
        for (let len = next(24); len > 0; len--) text += alphabet[next(alphabet.length)];
        assert.deepStrictEqual(matches(p, text), jsMatches(p, text), `${p} on ${JSON.stringify(text)}`);
      }
    }
  });

  it('the built-in phrase patterns that RE2 can run match their examples as in JavaScript', () => {
    let compared = 0;
    for (const e of PHRASES) {
      if (!e.regex || userPatternProblem(e.pattern)) continue;
      for (const text of [...e.examples.bad, ...e.examples.good]) assert.deepStrictEqual(matches(e.pattern, text), jsMatches(e.pattern, text), `${e.pattern} on ${text}`);
      compared++;
    }
    assert.ok(compared >= 5, `${compared} patterns compared`);
  });

  it('the replacement is literal text ($1 included), as before', () => {
    const settings = withPhrases([{ pattern: '帐(户|号)', regex: true, replacement: '账$1' }]);
    const [f] = analyze({ text: '银行帐户', format: 'plaintext' }, settings);
    assert.deepStrictEqual(f?.fixes[0]?.edits, [{ start: 2, end: 4, newText: '账$1' }]);
    assert.strictEqual(f?.fixes[0]?.preferred, false);
  });
});

describe('custom regex phrases: validation', () => {
  const problemsOf = (pattern: string): string[] => normalizeSettings({ phrases: [{ pattern, regex: true }] }).problems;

  it('back-references are refused with a Chinese reason and what to write instead', () => {
    for (const p of ['([省市县])\\1委', '(?<x>甲)\\k<x>']) {
      const [problem] = problemsOf(p);
      assert.match(problem ?? '', /反向引用/);
      assert.match(problem ?? '', /RE2/);
      assert.match(problem ?? '', /请改写/);
    }
    assert.deepStrictEqual(normalizeSettings({ phrases: [{ pattern: '([省市县])\\1委', regex: true }] }).settings.phrases, []);
  });

  it('lookahead is refused; lookbehind works', () => {
    for (const p of ['急待(?=解决)', '做为(?!人民)']) assert.match(problemsOf(p)[0] ?? '', /向前查找.*请改写/);
    assert.deepStrictEqual(problemsOf('(?<!不)搞'), []);
    assert.deepStrictEqual(problemsOf('(?<=“)一带一路'), []);
  });

  it('invalid, too long, and beyond RE2 (a repeat over 1000, an unknown property) are refused', () => {
    assert.match(problemsOf('(a+')[0] ?? '', /正则表达式无效/);
    assert.match(problemsOf('a'.repeat(501))[0] ?? '', /过长/);
    assert.match(problemsOf('a{1001}')[0] ?? '', /超过 1000/);
    assert.match(problemsOf('\\p{Letter}')[0] ?? '', /Unicode 属性/);
    for (const p of ['(a+', 'a{1001}', '(?=x)']) assert.ok(problemsOf(p).every((m) => /[\u4e00-\u9fff]/.test(m)));
  });

  it('nested repetition, overlapping alternatives and .* runs are accepted now', () => {
    for (const { pattern } of RUNAWAY) assert.deepStrictEqual(problemsOf(pattern), [], pattern);
  });

  it('a pattern refused by validation but present anyway (settings built by hand) is skipped, not thrown', () => {
    const rule = customPhraseRule([regex('(a)\\1'), regex('(?=a)'), regex('b')]);
    assert.deepStrictEqual(rule.check(context('aab')).map((f) => [f.start, f.end]), [[2, 3]]);
  });
});

describe('custom phrases: literals', () => {
  it('are found literally, left to right, without overlaps', () => {
    const settings = withPhrases([{ pattern: 'a.b(' }, { pattern: '啊啊', replacement: '啊' }]);
    const text = 'a.b(、axb(、啊啊啊';
    const found = analyze({ text, format: 'plaintext' }, settings);
    assert.deepStrictEqual(found.map((f) => [f.start, f.end, text.slice(f.start, f.end)]), [
      [0, 4, 'a.b('],
      [10, 12, '啊啊'],
    ]);
    assert.strictEqual(found[1]?.fixes[0]?.preferred, true);
    assert.strictEqual(found[1]?.message, '“啊啊”不符合本单位用语规定，应改为“啊”。');
  });

  it('have no time budget (indexOf cannot run away)', () => {
    let t = 0;
    const rule = customPhraseRule([{ pattern: 'a', regex: false }], { now: () => (t += 1000) });
    assert.strictEqual(rule.check(context('a'.repeat(50_000))).length, 50_000);
  });
});

describe('custom regex phrases: time budget', () => {
  const notices = (findings: RuleFinding[]): RuleFinding[] => findings.filter((f) => f.message.includes('查找太慢'));
  /** A draft of 2000 lines (80 000 characters) and four patterns with one match or none a line. */
  const draft = Array.from({ length: 2000 }, (_, i) => `${i}、各级各部门要进一步加强组织领导，抓紧落实各项工作，确保${i % 7}月底前完成。`).join('\n');
  const draftPatterns = [regex('抓[紧实]落实'), regex('\\d+月底'), regex('[一二三四五六七八九十]+是'), regex('(?<!进一步)加强')];

  it('a search that takes the square of the line (a.*b|a on "aaaa…") stops after the budget, and says so once', () => {
    const rule = customPhraseRule([regex('a.*b|a')]);
    const text = `${'a'.repeat(20_000)}\n${'a'.repeat(100)}`;
    const { result: findings, ms, took } = timed(() => rule.check(context(text)));
    // Eight searches of the text, the budget, and one search more.
    assert.ok(ms < BUDGET_MS + 250, took);
    const [notice, ...more] = notices(findings);
    assert.deepStrictEqual(more, []);
    assert.ok(notice);
    const found = findings.length - 1;
    assert.ok(found > 8 && found < 20_000, `${found} matches: some, not all`);
    // Where the next search would have begun: after the last match, on the first 'a' not searched.
    assert.deepStrictEqual([notice.start, notice.end, notice.soft, notice.fixes], [found, found + 1, true, []]);
    assert.match(notice.message, /^自定义用语的正则表达式“a\.\*b\|a”查找太慢，超出了时间限额（每篇 50 毫秒），在这里停止了查找，此后的用语可能漏报。请简化/);
  });

  it('with a clock: the time counts beyond eight readings of the text; one notice where the search stopped; then the pattern rests until its budget has refilled', () => {
    let t = 0;
    let tick = 30;
    const rule = customPhraseRule([regex('a')], { budgetMs: 50, now: () => (t += tick) });
    // After each 'a' found, the next search may read the rest of the line: after the 8th, that adds
    // up to 8 times the text, and the time starts counting; the clock says 30 ms more at the 9th
    // and 60 ms (> 50) at the 10th, where the search stops.
    const text = 'a'.repeat(5000);
    const findings = rule.check(context(text));
    const [notice, ...more] = notices(findings);
    assert.deepStrictEqual(more, []);
    assert.strictEqual(findings.length - 1, 10);
    assert.deepStrictEqual([notice?.start, notice?.end], [10, 11]);
    assert.deepStrictEqual(rule.check(context('aaa')), [], 'resting: neither findings nor another notice');
    t += 2 * REFILL_MS;
    tick = 0;
    assert.strictEqual(rule.check(context('aaa')).length, 3, 'refilled');
  });

  it('a pattern within eight readings of the text is never stopped, however slow the clock says it is', () => {
    let t = 0;
    const rule = customPhraseRule(draftPatterns, { budgetMs: 50, now: () => (t += 1000) });
    const findings = rule.check(context(draft));
    assert.deepStrictEqual(notices(findings), []);
    assert.strictEqual(findings.length, 4000);
    assert.strictEqual(t, 5000, 'the clock read once for each pattern when the rule was built, and once for the check');
  });

  it('line by line (the incremental analyser): checks in a row share the budget; one notice, then rest', () => {
    let t = 0;
    const rule = customPhraseRule([regex('a')], { budgetMs: 50, now: () => (t += 20) });
    // 100 one-character matches on a line of 100 read it about 50 times: the time counts.
    const results = Array.from({ length: 6 }, () => rule.check(context('a'.repeat(100))));
    const noticed = results.findIndex((r) => notices(r).length > 0);
    assert.ok(noticed >= 1, `notice in check ${noticed}`);
    assert.strictEqual(results[0]?.length, 100);
    assert.strictEqual(notices(results.flat()).length, 1);
    assert.deepStrictEqual(results.slice(noticed + 1).flat(), [], 'then resting');
  });

  it('a normal document is searched in full', () => {
    const findings = customPhraseRule(draftPatterns).check(context(draft));
    assert.deepStrictEqual(notices(findings), []);
    assert.strictEqual(findings.length, 4000);
  });
});

describe('custom regex phrases: settings', () => {
  it('DEFAULT_SETTINGS has no phrases, and a phrase without regex is literal', () => {
    assert.deepStrictEqual(DEFAULT_SETTINGS.phrases, []);
    assert.deepStrictEqual(normalizeSettings({ phrases: [{ pattern: '(a+)+$' }] }).settings.phrases, [{ pattern: '(a+)+$', regex: false }]);
  });
});
