/**
 * Incremental analysis: rules marked `scope: 'line'` really are line-local (each line alone gives
 * exactly the whole-text findings), and an IncrementalAnalyzer that has seen earlier versions of
 * a text returns exactly what a fresh one returns, and what analyzeDocument (a fresh one without
 * line cache, line-scoped rules on the whole text) returns, on fixtures and after seeded random
 * edit sequences (insertions and deletions across line breaks, CRLF, BOM, emoji, 𠮷, Markdown code
 * blocks and front matter, suppressions). They also equal `reference`, a plain analysis written
 * here apart from the analyser: every rule on the whole text.
 */
import * as assert from 'assert';
import { analyzeDocument, appliesTo, compareFindings, DEFAULT_SETTINGS, detectDocType, docTypeFor, IncrementalAnalyzer, normalizeSettings, RULES, severityFor, type AnalysisResult, type Settings } from '../../server/src/core';
import { documentFacts } from '../../server/src/core/facts';
import { markdownIgnoredRanges, mergeRanges, overlapsAny } from '../../server/src/core/markdown';
import { wordsFromLines } from '../../server/src/core/segmenter/segmenter';
import { clearTermLines } from '../../server/src/core/terms/lines';
import { customPhraseRule } from '../../server/src/core/rules/phrase-custom';
import { isSuppressed, scanSuppressions } from '../../server/src/core/suppressions';
import { nonProseRanges } from '../../server/src/core/text/nonProse';
import { lines } from '../../server/src/core/text/chars';
import type { AnalysisInput, Finding, OffsetRange, Rule, RuleFinding, TextFormat } from '../../server/src/core/types';
import { crlfBom, draft, fixtureDocuments, pick, rng } from './incremental-corpus';
import { segmenter } from '../support/segmenter';

function ignoredOf(text: string, format: TextFormat): OffsetRange[] {
  return mergeRanges(format === 'markdown' ? markdownIgnoredRanges(text) : [], scanSuppressions(text).directives);
}

/**
 * The analysis as the rules define it, with no cache and no line splitting: every enabled rule
 * that applies on the whole text; findings in masked or non-prose ranges or suppressed dropped;
 * severity applied (soft findings at most information); sorted.
 */
function reference(input: AnalysisInput, settings: Settings): AnalysisResult {
  const { text, format } = input;
  const docType = input.docType ?? docTypeFor(text, settings);
  if (!settings.enable) return { findings: [], docType, pendingWords: false };
  const { suppressions, directives } = scanSuppressions(text);
  const ignored = mergeRanges(format === 'markdown' ? markdownIgnoredRanges(text) : [], directives);
  const nonProse = nonProseRanges(text, format);
  const rules = settings.phrases.length > 0 ? [...RULES, customPhraseRule(settings.phrases)] : RULES;
  const findings: Finding[] = [];
  let pendingWords = false;
  for (const rule of rules) {
    const severity = severityFor(rule, settings);
    if (!severity || !appliesTo(rule, docType)) continue;
    if (rule.needsWords && !input.words) {
      pendingWords = true;
      continue;
    }
    for (const f of rule.check({ text, format, ignored, docType, terms: settings.terms, ...(input.words ? { words: input.words } : {}) })) {
      if (f.end > f.start && overlapsAny(ignored, f.start, f.end)) continue;
      if (overlapsAny(nonProse, f.start, Math.max(f.end, f.start + 1))) continue;
      if (isSuppressed(suppressions, f.rule, f.start, f.end)) continue;
      findings.push({ ...f, severity: f.soft && (severity === 'error' || severity === 'warning') ? 'information' : severity });
    }
  }
  return { findings: findings.sort(compareFindings), docType, pendingWords };
}

const shiftRange = <T extends OffsetRange>(r: T, by: number): T => ({ ...r, start: r.start + by, end: r.end + by });

/** The rule's findings from the whole text, and from each line alone (shifted back), outside the mask. */
function wholeAndByLine(rule: Rule, text: string, format: TextFormat): [string[], string[]] {
  const ignored = ignoredOf(text, format);
  const docType = detectDocType(text);
  // The document's facts (its year) are the whole text's, also for a line alone: the analyser hands them to every line.
  const base = { text, format, ignored, docType, terms: DEFAULT_SETTINGS.terms, facts: documentFacts({ text, ignored }) };
  // A rule that reads words gets the real segmenter's: the document's, and each line's own.
  const cut = (t: string) => (rule.needsWords ? { words: wordsFromLines(t, (l) => segmenter().cut(l).map((w) => w.text)) ?? [] } : {});
  const visible = (f: RuleFinding): boolean => !(f.end > f.start && overlapsAny(ignored, f.start, f.end));
  const whole = rule.check({ ...base, ...cut(text) }).filter(visible).map((f) => JSON.stringify(f));
  const byLine: string[] = [];
  for (const line of lines(text)) {
    const end = line.start + line.text.length;
    const mask = ignored.filter((r) => r.start < end && r.end > line.start).map((r) => ({ start: Math.max(r.start, line.start) - line.start, end: Math.min(r.end, end) - line.start }));
    for (const f of rule.check({ ...base, text: line.text, ignored: mask, ...cut(line.text) })) {
      const moved: RuleFinding = { ...shiftRange(f, line.start), fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => shiftRange(e, line.start)) })) };
      if (f.related) moved.related = f.related.map((r) => shiftRange(r, line.start));
      if (visible(moved)) byLine.push(JSON.stringify(moved));
    }
  }
  return [whole.sort(), byLine.sort()];
}

const TEXTS: Array<[string, string, TextFormat]> = [];
for (const [name, text, format] of fixtureDocuments()) {
  TEXTS.push([name, text, format], [`${name} (CRLF, BOM)`, crlfBom(text), format]);
  if (format === 'plaintext') TEXTS.push([`${name} (as Markdown)`, text, 'markdown']);
}
for (let seed = 1; seed <= 4; seed++) {
  TEXTS.push([`draft ${seed}`, draft(4000, seed), 'plaintext'], [`markdown draft ${seed}`, draft(4000, seed + 100, true), 'markdown']);
  TEXTS.push([`draft ${seed} (CRLF, BOM)`, crlfBom(draft(3000, seed + 200)), 'plaintext'], [`markdown draft ${seed} (CRLF, BOM)`, crlfBom(draft(3000, seed + 300, true)), 'markdown']);
}

describe('incremental: line-scoped rules are line-local', function () {
  this.timeout(60000);
  const lineRules = RULES.filter((r) => r.scope === 'line');

  it('most rules are line-scoped, the typo rules that read words among them', () => {
    assert.ok(lineRules.length >= 25, `${lineRules.length}`);
    assert.deepStrictEqual(lineRules.filter((r) => r.needsWords).map((r) => r.id).sort(), ['typo.char', 'typo.de', 'typo.repeated']);
  });

  for (const rule of lineRules) {
    it(`${rule.id}: each line alone gives the whole-text findings`, () => {
      for (const [name, text, format] of TEXTS) {
        const [whole, byLine] = wholeAndByLine(rule, text, format);
        assert.deepStrictEqual(byLine, whole, `${name} (${format})`);
      }
    });
  }
});

/** Fake segmentation: one word per code point, line breaks as words (enough for the term rules to run). */
function words(text: string): ReturnType<typeof wordsFromLines> {
  return wordsFromLines(text, (line) => Array.from(line));
}

const SETTINGS = [
  DEFAULT_SETTINGS,
  normalizeSettings({ profile: 'request', rules: { 'punct.halfwidth': 'error', 'phrase.colloquial': 'off' }, phrases: [{ pattern: '搞定', replacement: '完成' }, { pattern: '走过场', regex: true }] }).settings,
  normalizeSettings({ terms: [{ canonical: '文旅融合示范区', variants: ['文化旅游融合示范区'] }] }).settings,
];

/** Fake segmentation with two-character Han words (so that names, short forms and n-grams occur). */
function pairWords(text: string): ReturnType<typeof wordsFromLines> {
  return wordsFromLines(text, (line) => line.match(/[\u4e00-\u9fff]{1,2}|[\s\S]/gu) ?? []);
}

describe('incremental: IncrementalAnalyzer equals analyzeDocument', () => {
  it('on the fixtures, with and without words, in three settings; both equal the reference', () => {
    for (const [i, settings] of SETTINGS.entries()) {
      const analyzer = new IncrementalAnalyzer();
      for (const [name, text, format] of TEXTS) {
        for (const w of i === 2 ? [undefined, words(text)] : [undefined]) {
          const input = { text, format, ...(w ? { words: w } : {}) };
          const fromScratch = analyzeDocument(input, settings);
          assert.deepStrictEqual(analyzer.analyze(input, settings), fromScratch, name);
          if (w) clearTermLines();
          assert.deepStrictEqual(fromScratch, reference(input, settings), `${name}: reference`);
        }
      }
    }
  });

  it('analyzeDocument equals a fresh IncrementalAnalyzer, with the rule list given', () => {
    const text = draft(3000, 5, true);
    const rules = RULES.filter((r) => r.id.startsWith('punct.'));
    const input = { text, format: 'markdown' as const };
    const fromScratch = analyzeDocument(input, DEFAULT_SETTINGS, rules);
    assert.deepStrictEqual(fromScratch, new IncrementalAnalyzer(rules).analyze(input, DEFAULT_SETTINGS));
    assert.ok(fromScratch.findings.length > 0 && fromScratch.findings.every((f) => f.rule.startsWith('punct.')));
  });

  it('when the settings, the document type or the format change between calls', () => {
    const analyzer = new IncrementalAnalyzer();
    const text = draft(3000, 7, true);
    for (const settings of [...SETTINGS, ...SETTINGS]) {
      for (const format of ['markdown', 'plaintext'] as const) {
        for (const docType of [undefined, 'speech', 'request'] as const) {
          const input = { text, format, ...(docType ? { docType } : {}) };
          assert.deepStrictEqual(analyzer.analyze(input, settings), analyzeDocument(input, settings));
        }
      }
    }
    const off = normalizeSettings({ enable: false }).settings;
    assert.deepStrictEqual(analyzer.analyze({ text, format: 'plaintext' }, off), analyzeDocument({ text, format: 'plaintext' }, off));
  });
});

/** Pieces a writer types or pastes: line breaks of every kind, emoji, 𠮷, a BOM, Markdown. */
const INSERTS = ['好', '，', ',', '。', '\n', '\r\n', '\r', '\n\n', '😀', '𠮷', '\uFEFF', '**', '“', '”', '（', '一、', '    （二）', '1.', '\n```\n', '---\n', '<!-- gongwen-disable-next-line -->\n', '25年', '`', '搞定', '县委县政府', '××', ' ', '\t', '待补'];

function randomEdit(r: () => number, text: string): string {
  const at = Math.floor(r() * (text.length + 1));
  const x = r();
  if (x < 0.45 || text.length === 0) return text.slice(0, at) + pick(r, INSERTS) + text.slice(at);
  if (x < 0.8) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(r() * 6))); // may split a surrogate pair or a CRLF
  if (x < 0.9) {
    const nl = text.indexOf('\n', at);
    return nl < 0 ? text.slice(0, at) : text.slice(0, at) + text.slice(nl + 1); // joins lines
  }
  const from = Math.floor(r() * text.length);
  return text.slice(0, at) + text.slice(from, from + Math.floor(r() * 40)) + text.slice(at); // paste a piece
}

/** Edits per sequence: 30 in `npm test`; `npm run fuzz` (FUZZ_RUNS=20000) makes them 2,000 long. */
const STEPS = Number(process.env.FUZZ_RUNS) ? Math.max(30, Math.floor(Number(process.env.FUZZ_RUNS) / 10)) : 30;

describe('incremental: random edit sequences', function () {
  this.timeout(0);
  const cases: Array<[string, string, TextFormat]> = [
    ['plain draft', draft(2500, 11), 'plaintext'],
    ['Markdown draft', draft(2500, 12, true), 'markdown'],
    ['CRLF, BOM draft', crlfBom(draft(2500, 13)), 'plaintext'],
    ['CRLF, BOM Markdown draft', crlfBom(draft(2500, 14, true)), 'markdown'],
  ];
  for (const [name, initial, format] of cases) {
    it(`${name}: after every edit the incremental result deep-equals a fresh analyser's (findings, fixes, related places)`, () => {
      const r = rng(name.length * 7919 + initial.length);
      for (const [i, settings] of SETTINGS.entries()) {
        const analyzer = new IncrementalAnalyzer();
        let text = initial;
        for (let step = 0; step < STEPS; step++) {
          text = randomEdit(r, text);
          const w = step % 6 === 0 ? words(text) : step % 6 === 3 ? pairWords(text) : undefined;
          const input = { text, format, ...(w ? { words: w } : {}) };
          const incremental = analyzer.analyze(input, settings);
          // With words, the drift analysis reads lines cached by earlier steps: from scratch means
          // with nothing cached.
          if (w) clearTermLines();
          const fresh = new IncrementalAnalyzer().analyze(input, settings);
          assert.deepStrictEqual(incremental, fresh, `settings ${i}, step ${step}`);
          if (w) clearTermLines();
          assert.deepStrictEqual(analyzeDocument(input, settings), fresh, `settings ${i}, step ${step}: analyzeDocument`);
          // Every tenth step, the reference too.
          if (step % 10 === 0) {
            if (w) clearTermLines();
            assert.deepStrictEqual(fresh, reference(input, settings), `settings ${i}, step ${step}: reference`);
          }
        }
      }
    });
  }
});

describe('incremental: the lines an edit left alone, with the server\'s kind of words', function () {
  this.timeout(0);
  // One LineWords object for the whole session, as the server gives (a cache by line text): the
  // analyser then takes the lines before and after an edit from its last check without looking
  // them up again. Every step must still equal a fresh analyser's result.
  const lineWords = { wordsOfLine: (line: string): string[] => line.match(/[\u4e00-\u9fff]{1,2}|[\s\S]/gu) ?? [] };
  it('a fence opened or a suppression comment typed above unchanged lines reaches them', () => {
    const body = '一、加强领导\n各单位要高度重视,认真落实。\n二、强化保障\n各单位要加强协调,形成合力。\n';
    for (const [before, after, format] of [
      [body + body, body + '```\n' + body, 'markdown'],
      [body + body, body + '<!-- gongwen-disable -->\n' + body, 'markdown'],
      [body + '```\n' + body, body + body, 'markdown'],
      // As many masked ranges before and after, but the one fence now closed above the last lines.
      ['前言\n```\n' + body + body, '前言\n```\n' + body + '```\n' + body, 'markdown'],
    ] as Array<[string, string, TextFormat]>) {
      const analyzer = new IncrementalAnalyzer();
      analyzer.analyze({ text: before, format, words: lineWords });
      const input = { text: after, format, words: lineWords };
      const incremental = analyzer.analyze(input);
      clearTermLines();
      assert.deepStrictEqual(incremental, new IncrementalAnalyzer().analyze(input));
    }
  });

  for (const [name, initial, format] of [
    ['plain draft', draft(2500, 21), 'plaintext'],
    ['CRLF, BOM Markdown draft', crlfBom(draft(2500, 22, true)), 'markdown'],
  ] as Array<[string, string, TextFormat]>) {
    it(`${name}: after every edit (fences, suppression comments, line breaks of every kind) the result deep-equals a fresh analyser's`, () => {
      const r = rng(name.length * 31 + 7);
      for (const [i, settings] of SETTINGS.entries()) {
        const analyzer = new IncrementalAnalyzer();
        let text = initial;
        for (let step = 0; step < STEPS; step++) {
          text = randomEdit(r, text);
          // Now and then a check without words (segmentation pending), as the server makes.
          const input = { text, format, ...(step % 7 === 3 ? {} : { words: lineWords }) };
          const incremental = analyzer.analyze(input, settings);
          clearTermLines();
          assert.deepStrictEqual(incremental, new IncrementalAnalyzer().analyze(input, settings), `settings ${i}, step ${step}`);
          clearTermLines();
        }
      }
    });
  }
});

describe('incremental: document facts', () => {
  it('a change of the document year reaches every cached line (name.renamed, line-scoped, reads the year)', () => {
    const head = '青山县人民政府关于开展安全检查的通知\n县直各单位：\n县环保局要会同县应急管理局开展联合检查。\n各乡镇要抓好落实。\n青山县人民政府\n';
    const analyzer = new IncrementalAnalyzer();
    const renamed = (year: number): string[] =>
      analyzer.analyze({ text: `${head}${year}年3月5日`, format: 'plaintext' }).findings.filter((f) => f.rule === 'name.renamed').map((f) => `${f.start}:${f.severity}`);
    const dated = analyzeDocument({ text: `${head}2026年3月5日`, format: 'plaintext' }).findings.filter((f) => f.rule === 'name.renamed').map((f) => `${f.start}:${f.severity}`);
    assert.deepStrictEqual(dated, ['27:warning']);
    assert.deepStrictEqual(renamed(2026), dated);
    // Dated before the 2018 reform: the name was right then; the body line itself did not change.
    assert.deepStrictEqual(renamed(2016), []);
    assert.deepStrictEqual(renamed(2026), dated);
  });
});
