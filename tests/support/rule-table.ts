/**
 * Table-driven rule tests, in the manner of textlint's tester. Each invalid case marks the text a
 * finding must cover with ⟦…⟧ and may give the text after the preferred fixes are applied; each
 * valid case must produce no finding of the rule. For every invalid case with `output`, fix-all is
 * also checked to be idempotent and to touch nothing outside the flagged ranges.
 */
import * as assert from 'assert';
import { analyze, DEFAULT_SETTINGS, fixAll, type DocType, type Finding, type OptionValues, type Settings, type TextFormat, type Word } from '../../server/src/core';
import { unmark } from './marked';

export interface RuleCase {
  /** Text with ⟦…⟧ around each expected finding of the rule (empty ⟦⟧ for a zero-width one). */
  text: string;
  /** Text after applying every preferred fix of this rule (fix-all); omit when no fix is certain. */
  output?: string;
  /** Substrings each finding's message must contain, in order. */
  messages?: string[];
  format?: TextFormat;
  docType?: DocType;
  settings?: Partial<Settings>;
  /** The rule's options for this case. */
  options?: OptionValues;
}

export interface ValidCase {
  text: string;
  format?: TextFormat;
  docType?: DocType;
  settings?: Partial<Settings>;
  options?: OptionValues;
}

/** How a table gets a text's words, for rules that read them (the real segmenter: tests/support/segmenter.ts). */
export interface TableOptions {
  words?: (text: string) => readonly Word[];
}

type CaseSettings = Pick<RuleCase, 'settings' | 'options'>;

/** The settings of a case: the rule on at warning, its options if given. */
function caseSettings(ruleId: string, c: CaseSettings, severity?: Settings['rules'][string]): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...c.settings,
    rules: { ...c.settings?.rules, [ruleId]: severity ?? c.settings?.rules?.[ruleId] ?? 'warning' },
    ruleOptions: { ...c.settings?.ruleOptions, ...(c.options ? { [ruleId]: c.options } : {}) },
  };
}

function label(text: string): string {
  return text.replace(/\r/g, '␍').replace(/\n/g, '⏎').slice(0, 80);
}

export function ruleFindings(ruleId: string, c: ValidCase, text: string, options: TableOptions = {}): Finding[] {
  const words = options.words?.(text);
  return analyze({ text, format: c.format ?? 'plaintext', ...(c.docType ? { docType: c.docType } : {}), ...(words ? { words } : {}) }, caseSettings(ruleId, c)).filter((f) => f.rule === ruleId);
}

export function ruleTable(ruleId: string, table: { invalid: readonly RuleCase[]; valid: ReadonlyArray<ValidCase | string> }, options: TableOptions = {}): void {
  describe(ruleId, () => {
    for (const c of table.invalid) {
      it(`flags: ${label(c.text)}`, () => {
        const { text, ranges } = unmark(c.text);
        const findings = ruleFindings(ruleId, c, text, options);
        assert.deepStrictEqual(findings.map((f) => ({ start: f.start, end: f.end })), ranges, `ranges in ${label(text)}`);
        for (const f of findings) {
          assert.match(f.message, /[\u4e00-\u9fff]/, 'message is Chinese');
          for (const fix of f.fixes) {
            assert.match(fix.title, /[\u4e00-\u9fff]/, 'fix title is Chinese');
          }
        }
        (c.messages ?? []).forEach((m, i) => assert.ok(findings[i]?.message.includes(m), `message ${i}: «${findings[i]?.message}» should contain «${m}»`));
        if (c.output !== undefined) {
          const settings = caseSettings(ruleId, c, 'warning');
          const input = { text, format: c.format ?? ('plaintext' as const), ...(c.docType ? { docType: c.docType } : {}) };
          const once = fixAll(input, settings, (f) => f.rule === ruleId, options.words);
          assert.strictEqual(once.text, c.output, 'fix-all output');
          const twice = fixAll({ ...input, text: once.text }, settings, (f) => f.rule === ruleId, options.words);
          assert.strictEqual(twice.text, once.text, 'fix-all is idempotent');
          assert.deepStrictEqual(ruleFindings(ruleId, c, once.text, options).filter((f) => f.fixes.some((x) => x.preferred)), [], 'no fixable finding left');
        }
      });
    }
    for (const v of table.valid) {
      const c = typeof v === 'string' ? { text: v } : v;
      it(`accepts: ${label(c.text)}`, () => {
        assert.deepStrictEqual(ruleFindings(ruleId, c, c.text, options).map((f) => `${c.text.slice(f.start, f.end)}: ${f.message}`), []);
      });
    }
  });
}
