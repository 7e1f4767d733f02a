/**
 * Table-driven rule tests, in the manner of textlint's tester. Each invalid case marks the text a
 * finding must cover with ⟦…⟧ and may give the text after the preferred fixes are applied; each
 * valid case must produce no finding of the rule. For every invalid case with `output`, fix-all is
 * also checked to be idempotent and to touch nothing outside the flagged ranges.
 */
import * as assert from 'assert';
import { analyze, DEFAULT_SETTINGS, fixAll, type DocType, type Finding, type Settings, type TextFormat } from '../../server/src/core';
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
}

export interface ValidCase {
  text: string;
  format?: TextFormat;
  docType?: DocType;
  settings?: Partial<Settings>;
}

function label(text: string): string {
  return text.replace(/\r/g, '␍').replace(/\n/g, '⏎').slice(0, 80);
}

export function ruleFindings(ruleId: string, c: { text: string; format?: TextFormat; docType?: DocType; settings?: Partial<Settings> }, text: string): Finding[] {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...c.settings, rules: { ...c.settings?.rules, [ruleId]: c.settings?.rules?.[ruleId] ?? 'warning' } };
  return analyze({ text, format: c.format ?? 'plaintext', ...(c.docType ? { docType: c.docType } : {}) }, settings).filter((f) => f.rule === ruleId);
}

export function ruleTable(ruleId: string, table: { invalid: RuleCase[]; valid: Array<ValidCase | string> }): void {
  describe(ruleId, () => {
    for (const c of table.invalid) {
      it(`flags: ${label(c.text)}`, () => {
        const { text, ranges } = unmark(c.text);
        const findings = ruleFindings(ruleId, c, text);
        assert.deepStrictEqual(findings.map((f) => ({ start: f.start, end: f.end })), ranges, `ranges in ${label(text)}`);
        for (const f of findings) {
          assert.match(f.message, /[\u4e00-\u9fff]/, 'message is Chinese');
          for (const fix of f.fixes) {
            assert.match(fix.title, /[\u4e00-\u9fff]/, 'fix title is Chinese');
          }
        }
        (c.messages ?? []).forEach((m, i) => assert.ok(findings[i]?.message.includes(m), `message ${i}: «${findings[i]?.message}» should contain «${m}»`));
        if (c.output !== undefined) {
          const settings: Settings = { ...DEFAULT_SETTINGS, ...c.settings, rules: { ...c.settings?.rules, [ruleId]: 'warning' } };
          const input = { text, format: c.format ?? ('plaintext' as const), ...(c.docType ? { docType: c.docType } : {}) };
          const once = fixAll(input, settings, (f) => f.rule === ruleId);
          assert.strictEqual(once.text, c.output, 'fix-all output');
          const twice = fixAll({ ...input, text: once.text }, settings, (f) => f.rule === ruleId);
          assert.strictEqual(twice.text, once.text, 'fix-all is idempotent');
          assert.deepStrictEqual(ruleFindings(ruleId, c, once.text).filter((f) => f.fixes.some((x) => x.preferred)), [], 'no fixable finding left');
        }
      });
    }
    for (const v of table.valid) {
      const c = typeof v === 'string' ? { text: v } : v;
      it(`accepts: ${label(c.text)}`, () => {
        assert.deepStrictEqual(ruleFindings(ruleId, c, c.text).map((f) => `${c.text.slice(f.start, f.end)}: ${f.message}`), []);
      });
    }
  });
}
