/**
 * `gongwen lint --format sarif`: the JSON reports as one SARIF 2.1.0 log, for code-scanning tools
 * (GitHub code scanning, GitLab, Azure DevOps). One run; tool.driver lists every rule (its id, the
 * Chinese one-line description as shortDescription, the English one as fullDescription, the longer
 * Chinese explanation with its source and example as help, the documentation link and the default
 * level); each finding is a result with ruleId, level (error, warning, note), message
 * and a 1-based region. Columns count UTF-16 code units (the run says so: columnKind
 * utf16CodeUnits), as the JSON format and LSP do: 𠮷 and most emoji take two columns. Fixes are
 * given as SARIF fixes (artifactChanges with replacements). The findings are exactly the JSON
 * format's.
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import { CUSTOM_PHRASE_RULE_ID, findRule, RULES, type PositionRange, type Rule, type Severity } from '../core';
import { ruleDocUrl, RULES_DOC_URL } from '../lsp/markdown';
import type { JsonFileReport } from './report';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  help: { text: string };
  defaultConfiguration: { level: SarifLevel; enabled: boolean };
  properties?: Record<string, unknown>;
}

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion } }>;
  fixes?: Array<{ description: { text: string }; artifactChanges: Array<{ artifactLocation: { uri: string }; replacements: Array<{ deletedRegion: SarifRegion; insertedContent: { text: string } }> }> }>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; semanticVersion?: string; rules: SarifRule[] } };
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }>;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** SARIF's levels for ours: information and hint are notes. */
export function sarifLevel(severity: Severity | 'off'): SarifLevel {
  if (severity === 'error' || severity === 'warning') return severity;
  return severity === 'off' ? 'none' : 'note';
}

/** A 0-based LSP range as a SARIF region: lines and columns from 1, endColumn just past the end. */
export function sarifRegion(range: PositionRange): SarifRegion {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/**
 * A file as a SARIF artifact URI: relative to the working directory (what code-scanning tools
 * resolve against the checkout) with each segment percent-encoded (汉字 file names), else a file: URL.
 */
export function artifactUri(file: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return pathToFileURL(path.resolve(cwd, file)).href;
  return relative.split(path.sep).map(encodeURIComponent).join('/');
}

/** The longer Chinese explanation, its source and its example, for `help`. */
function helpText(r: Rule): string {
  if (!r.docs) return r.description;
  const source = r.docs.source ? `（依据：${r.docs.source}）` : '';
  return r.docs.bad && r.docs.good ? `${r.docs.summary}${source} 误：${r.docs.bad} 正：${r.docs.good}` : `${r.docs.summary}${source}`;
}

/**
 * A rule's descriptor. SARIF gives a message string one text and no alternative language (run.translations
 * is ignored by GitHub and GitLab), so each one-line descriptor carries one language: shortDescription
 * the Chinese line (the language of the results' messages), fullDescription the English line; help keeps
 * the longer Chinese explanation with its source and example.
 */
function descriptor(r: Rule, level: SarifLevel): SarifRule {
  return {
    id: r.id,
    name: r.id,
    shortDescription: { text: r.description },
    fullDescription: { text: r.descriptionEn ?? r.description },
    helpUri: ruleDocUrl(r.id),
    help: { text: helpText(r) },
    defaultConfiguration: { level, enabled: level !== 'none' },
    ...(r.appliesTo ? { properties: { appliesTo: r.appliesTo } } : {}),
  };
}

/** Every rule the reports may name: the registry's, phrase.custom and config.invalid. */
function driverRules(): SarifRule[] {
  const rules: SarifRule[] = RULES.map((r) => descriptor(r, sarifLevel(r.defaultSeverity)));
  const custom = findRule(CUSTOM_PHRASE_RULE_ID);
  if (custom) rules.push(descriptor(custom, sarifLevel(custom.defaultSeverity)));
  rules.push({
    id: 'config.invalid',
    name: 'config.invalid',
    shortDescription: { text: '配置文件（.gongwenrc.json）有误' },
    fullDescription: { text: 'Invalid configuration file (.gongwenrc.json): a key, value or rule name is invalid, or the file cannot be read' },
    helpUri: RULES_DOC_URL,
    help: { text: '配置文件中的键、值或规则名无效，或文件无法读取；该文件的其余设置照常生效。' },
    defaultConfiguration: { level: 'error', enabled: true },
  });
  return rules;
}

export function toSarif(reports: readonly JsonFileReport[], version: string, cwd: string = process.cwd()): SarifLog {
  const rules = driverRules();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: SarifResult[] = [];
  for (const report of reports) {
    const uri = artifactUri(report.file, cwd);
    for (const d of report.diagnostics) {
      const fixes = d.fixes.map((fix) => ({
        description: { text: fix.title },
        artifactChanges: [{ artifactLocation: { uri }, replacements: fix.edits.map((e) => ({ deletedRegion: sarifRegion(e.range), insertedContent: { text: e.newText } })) }],
      }));
      results.push({
        ruleId: d.rule,
        ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
        level: sarifLevel(d.severity),
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: sarifRegion(d.range) } }],
        ...(fixes.length > 0 ? { fixes } : {}),
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'gongwen', version, informationUri: RULES_DOC_URL, ...(/^\d+\.\d+\.\d+/.test(version) ? { semanticVersion: version } : {}), rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
