/**
 * `gongwen lint --format sarif` (issue 21): SARIF 2.1.0 with the same findings as --format json,
 * 1-based regions whose columns count UTF-16 code units (the run says columnKind utf16CodeUnits).
 * The structure is checked against the properties SARIF 2.1.0 requires (the schema itself is not
 * available offline here).
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CUSTOM_PHRASE_RULE_ID, findRule, RULE_IDS, RULES } from '../../server/src/core';
import type { SarifLog } from '../../server/src/cli/sarif';
import { CLI_BIN, EXAMPLES, FIXTURES, ROOT } from '../support/paths';

function gongwen(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI_BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

type SarifResult = SarifLog['runs'][number]['results'][number];

const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The properties SARIF 2.1.0 requires (sarifLog, run, tool, toolComponent, reportingDescriptor, result, message, region). */
function assertSarifShape(log: SarifLog): void {
  assert.strictEqual(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  assert.ok(Array.isArray(log.runs) && log.runs.length === 1);
  const run = log.runs[0]!;
  assert.strictEqual(run.columnKind, 'utf16CodeUnits');
  assert.strictEqual(typeof run.tool.driver.name, 'string');
  assert.ok(Array.isArray(run.tool.driver.rules));
  for (const rule of run.tool.driver.rules) {
    assert.strictEqual(typeof rule.id, 'string');
    assert.ok(rule.shortDescription.text.length > 0 && /[\u4e00-\u9fff]/.test(rule.shortDescription.text), rule.id);
    assert.ok(rule.fullDescription.text.length > 0, rule.id);
    assert.doesNotThrow(() => new URL(rule.helpUri), rule.id);
    assert.ok(['none', 'note', 'warning', 'error'].includes(rule.defaultConfiguration.level), rule.id);
  }
  assert.ok(Array.isArray(run.results));
  for (const result of run.results) {
    assert.strictEqual(typeof result.message.text, 'string');
    assert.ok(['none', 'note', 'warning', 'error'].includes(result.level));
    assert.strictEqual(run.tool.driver.rules[result.ruleIndex ?? -1]?.id, result.ruleId);
    const { artifactLocation, region } = result.locations[0]!.physicalLocation;
    assert.strictEqual(typeof artifactLocation.uri, 'string');
    for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) assert.ok(Number.isInteger(region[k]) && region[k] >= 1, k);
    for (const fix of result.fixes ?? []) {
      assert.strictEqual(typeof fix.artifactChanges[0]!.artifactLocation.uri, 'string');
      for (const rep of fix.artifactChanges[0]!.replacements) assert.ok(rep.deletedRegion.startLine >= 1);
    }
  }
}

describe('gongwen lint --format sarif', function () {
  this.timeout(90000);
  const files = [path.join(EXAMPLES, 'notice-draft.md'), path.join(EXAMPLES, 'speech-draft.txt'), path.join(FIXTURES, 'check', 'request-two-recipients.txt')];

  it('the same findings as --format json, in SARIF 2.1.0, with every rule in tool.driver', () => {
    const sarif = gongwen('lint', '--format', 'sarif', ...files);
    const json = gongwen('lint', '--format', 'json', ...files);
    assert.strictEqual(sarif.code, json.code);
    assert.strictEqual(sarif.code, 1, 'the 请示 with two 主送 has an error');
    const log = JSON.parse(sarif.stdout) as SarifLog;
    assertSarifShape(log);
    const expected = (JSON.parse(json.stdout) as Array<{ file: string; diagnostics: JsonDiagnostic[] }>).flatMap((r) =>
      r.diagnostics.map((d) => ({
        uri: path.relative(ROOT, r.file).split(path.sep).map(encodeURIComponent).join('/'),
        ruleId: d.rule,
        level: LEVEL[d.severity],
        message: d.message,
        region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
      })),
    );
    const actual = log.runs[0]!.results.map((r: SarifResult) => ({
      uri: r.locations[0]!.physicalLocation.artifactLocation.uri,
      ruleId: r.ruleId,
      level: r.level,
      message: r.message.text,
      region: r.locations[0]!.physicalLocation.region,
    }));
    assert.ok(expected.length > 10, `${expected.length}`);
    assert.deepStrictEqual(actual, expected);
    const rules = log.runs[0]!.tool.driver.rules;
    for (const id of RULE_IDS) assert.ok(rules.some((r) => r.id === id), id);
    for (const rule of [...RULES, findRule(CUSTOM_PHRASE_RULE_ID)!]) {
      const entry = rules.find((r) => r.id === rule.id)!;
      assert.strictEqual(entry.shortDescription.text, rule.description);
      assert.ok(rule.descriptionEn, rule.id);
      assert.strictEqual(entry.fullDescription.text, rule.descriptionEn, rule.id);
      assert.ok(entry.help.text.includes(rule.docs!.summary), rule.id);
      assert.strictEqual(entry.helpUri, `https://github.com/gongwen/gongwen/blob/main/docs/rules.md#${rule.id}`);
      assert.strictEqual(entry.defaultConfiguration.level, LEVEL[rule.defaultSeverity] ?? 'none');
    }
    const halfwidth = rules.find((r) => r.id === 'punct.halfwidth')!;
    assert.strictEqual(halfwidth.shortDescription.text, '中文语境中的半角标点（, ; : ? ! . ( )）');
    assert.strictEqual(halfwidth.fullDescription.text, 'Half-width punctuation in Chinese text (, ; : ? ! . ( ))');
    assert.match(halfwidth.help.text, /（依据：GB\/T 15834/);
    assert.match(rules.find((r) => r.id === 'config.invalid')!.fullDescription.text, /^Invalid configuration file/);
  });

  it('columns count UTF-16 code units: 𠮷 and 😀 take two each', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-sarif-'));
    try {
      const file = path.join(dir, '𠮷祥村.txt');
      const text = '关于𠮷祥村建设的通知\n\n各乡镇人民政府：\n\n𠮷😀村要在**月前完成。\n\n特此通知。\n\n青山县人民政府办公室\n2026年3月5日\n';
      fs.writeFileSync(file, text);
      const log = JSON.parse(gongwen('lint', '--format', 'sarif', file).stdout) as SarifLog;
      assertSarifShape(log);
      const results = log.runs[0]!.results.filter((r) => r.ruleId === 'placeholder.unfilled');
      const line = '𠮷😀村要在**月前完成。';
      const at = line.indexOf('**');
      assert.strictEqual(at, 7);
      assert.deepStrictEqual(results.map((r) => r.locations[0]!.physicalLocation.region), [{ startLine: 5, startColumn: at + 1, endLine: 5, endColumn: at + 3 }]);
      assert.match(results[0]!.locations[0]!.physicalLocation.artifactLocation.uri, /^file:\/\/.*%F0%A0%AE%B7%E7%A5%A5%E6%9D%91\.txt$/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a clean file: an empty results list, exit 0, nothing on stdout but the log', () => {
    const r = gongwen('lint', '--format', 'sarif', path.join(FIXTURES, 'clean.txt'));
    assert.strictEqual(r.code, 0);
    const log = JSON.parse(r.stdout) as SarifLog;
    assertSarifShape(log);
    assert.deepStrictEqual(log.runs[0]!.results, []);
  });
});
