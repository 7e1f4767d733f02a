/**
 * Property tests over generated drafts (fast-check, fixed seed, bounded runs; `npm run fuzz` runs
 * many more): analysis never throws; every range lies inside the text and never splits a
 * surrogate pair; fixes change text only inside the finding's range (or the places it names);
 * fix-all twice equals fix-all once.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, applyFixes, DEFAULT_SETTINGS, fixAll, type Finding, type TextFormat } from '../../server/src/core';

const RUNS = Number(process.env.FUZZ_RUNS) || 150;
const SEED = Number(process.env.FUZZ_SEED) || 20261130;

/** Pieces of 公文 and of the debris pasted drafts carry. */
const PIECES = [
  '关于做好安全生产工作的通知', '一、', '（一）', '1.', '（1）', '二、', '(二)', '3、', '第一、', '一是', '同志们：',
  '区委、区政府', '区委区政府', '文化旅游', '文旅', '“十四五”规划', '十四五规划', '2025年', '二〇二五年', '二零二五年', '25年',
  '总投资**亿元', '**个', '**重点**', '××县', 'XX万元', '2026年×月×日', '（待补）', '＊＊',
  '，', '。', '、', '；', '：', '？', '！', ',', '.', ';', ':', '?', '!', '(', ')', '"', "'", '“', '”', '《', '》', '……', '...', '——', '--', '~',
  '3.5', '15～30%', '3千', '１２３', '约100人左右', '截止到目前为止', '涉及到', '咱们', '〔2025〕12号', '[2025]12号', '2025.3.5', '2026年01月05日',
  '特此通知。', '妥否，请示。', ' ', '\u3000', '\t', '\n', '\r\n', '\r', '\n\n', '\uFEFF', '😀', '𠮷', '\uD800', '\uDC00', '\u0000', '\uFFFD',
  '<!-- gongwen-disable-next-line -->', '```', '`', '# ', '---', 'https://example.org/a.b', 'Hello, world.',
];

const draft = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const format = fc.constantFrom<TextFormat>('plaintext', 'markdown');
const everyRule = { ...DEFAULT_SETTINGS, rules: { 'phrase.cliche': 'warning' as const } };

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Rules whose fixes by design touch other places, each with its reason. */
const WIDE_FIXES: Record<string, string> = {
  'heading.sequence': 'renumbering offers to renumber the rest of the sibling group',
  'heading.restart': 'restarting renumbers the whole sibling group',
  'heading.mixed-form': 'the fix may renumber the siblings that follow',
  'punct.straight-quote': 'a quote pair is fixed together',
  'punct.unpaired': 'none expected, listed for safety',
  'term.inconsistent': 'unify rewrites every variant occurrence (listed in related)',
  'term.nonstandard': 'unify rewrites every variant occurrence (listed in related)',
};

function editsInside(f: Finding): boolean {
  const places = [{ start: f.start, end: f.end }, ...(f.related ?? [])];
  return f.fixes.every((fix) => fix.edits.every((e) => places.some((p) => e.start >= p.start && e.end <= p.end)));
}

describe('properties over generated drafts', function () {
  this.timeout(120000);

  it('analysis never throws; ranges lie inside the text and never split a surrogate pair', () => {
    fc.assert(
      fc.property(draft, format, (text, fmt) => {
        const findings = analyze({ text, format: fmt }, everyRule);
        for (const f of findings) {
          assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.rule} ${f.start}-${f.end} of ${text.length}`);
          assert.ok(!splitsPair(text, f.start) && !splitsPair(text, f.end), `${f.rule} splits a surrogate pair`);
          assert.match(f.message, /[\u4e00-\u9fff]/);
          for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${f.rule} edit out of the text`);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('a fix changes text only inside its finding (or the places the finding names)', () => {
    let checked = 0;
    const rules = new Set<string>();
    fc.assert(
      fc.property(draft, format, (text, fmt) => {
        for (const f of analyze({ text, format: fmt }, everyRule)) {
          if (f.fixes.length > 0) {
            checked++;
            rules.add(f.rule);
          }
          if (WIDE_FIXES[f.rule]) continue;
          assert.ok(editsInside(f), `${f.rule} at ${f.start}-${f.end} «${text.slice(f.start, f.end)}» edits outside: ${JSON.stringify(f.fixes)}`);
          for (const fix of f.fixes) applyFixes(text, fix.edits); // never overlapping
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The generator must actually reach the fixes, or this test proves nothing.
    assert.ok(checked > RUNS, `only ${checked} fixable findings`);
    assert.ok(rules.size >= 15, `fixes of only ${rules.size} rules: ${[...rules].join(' ')}`);
  });

  it('fix-all changes only flagged places, and running it twice equals running it once', () => {
    fc.assert(
      fc.property(draft, format, (text, fmt) => {
        const once = fixAll({ text, format: fmt }, everyRule);
        const twice = fixAll({ text: once.text, format: fmt }, everyRule);
        assert.strictEqual(twice.text, once.text, `not idempotent on ${JSON.stringify(text)}`);
        if (once.edit) assert.strictEqual(applyFixes(text, [once.edit]), once.text);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
