import * as assert from 'assert';
import type { Finding, Severity } from '../../server/src/core';
import { capFindings, maxProblemsMessage } from '../../server/src/lsp/maxProblems';

/** Findings in text order, one a character, with these severities. */
function findings(severities: string): Finding[] {
  const name: Record<string, Severity> = { e: 'error', w: 'warning', i: 'information', h: 'hint' };
  return [...severities].map((s, at) => ({ rule: `r.${s}`, severity: name[s]!, message: s, start: at, end: at + 1, fixes: [] }));
}

const picked = (severities: string, max: number): string => {
  const { shown } = capFindings(findings(severities), max);
  return shown.map((f) => `${f.message}${f.start}`).join(' ');
};

describe('maxProblems (lsp/maxProblems capFindings)', () => {
  it('keeps everything up to the cap, the same array', () => {
    const all = findings('wiwh');
    assert.deepStrictEqual(capFindings(all, 4), { shown: all, hidden: 0 });
  });

  it('over it: errors, then warnings, then information, then hints, each in text order; the result in text order', () => {
    assert.strictEqual(picked('iwhewiw', 3), 'w1 e3 w4');
    assert.strictEqual(picked('iwhewiw', 5), 'i0 w1 e3 w4 w6');
    assert.strictEqual(picked('iwhewiw', 6), 'i0 w1 e3 w4 i5 w6');
    assert.strictEqual(picked('hhhh', 2), 'h0 h1');
    assert.strictEqual(capFindings(findings('iwhewiw'), 3).hidden, 4);
  });

  it('the note counts all, shown and hidden, and names the check, the CLI and the setting', () => {
    const message = maxProblemsMessage(8123, 500);
    assert.match(message, /共有 8123 处问题/);
    assert.match(message, /只显示其中 500 处/);
    assert.match(message, /另有 7623 处未显示/);
    assert.match(message, /送审前检查/);
    assert.match(message, /gongwen\.maxProblems/);
  });
});
