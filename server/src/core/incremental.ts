/**
 * Incremental analysis for an editor: one IncrementalAnalyzer per open document. `analyze` returns
 * exactly what `analyzeDocument` returns for the same input and settings, but re-runs the
 * line-scoped rules (Rule.scope === 'line') only on lines whose text (or mask) changed since the
 * previous call: their findings are cached per line text, relative to the line start, with the
 * severity applied and the ignored ranges of the line already filtered out. Document-wide rules
 * (headings, structure, drift, document type, issue date) run on the whole text each time; the
 * heading parser under them caches its per-line work itself.
 *
 * Cached findings are computed on a detached copy of the line (text/chars.ts detach): the
 * messages and fixes quote the line, and a slice of the document would keep that version of the
 * whole document alive for as long as the line is unchanged.
 *
 * The cache is dropped when anything a line-scoped rule may read besides its line changes: the
 * settings object, the document type, the format or the rule list.
 */
import { appliesTo, compareFindings, safeCheck, severityFor, type AnalysisResult } from './analyze';
import { detectDocType } from './doctype';
import { detach } from './text/chars';
import { markdownIgnoredRanges, mergeRanges, overlapsAny } from './markdown';
import { nonProseRanges } from './text/nonProse';
import { customPhraseRule } from './rules/phrase-custom';
import { RULES } from './rules/registry';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { isSuppressed, scanSuppressions } from './suppressions';
import type { AnalysisInput, DocType, Finding, OffsetRange, Rule, RuleContext, RuleFinding, Severity, TextFormat } from './types';

/** A line's findings from the line-scoped rules, relative to the line start, sorted. */
interface LineEntry {
  findings: Finding[];
  /** The same findings at `at` (absolute offsets), from the last time the line stood there. */
  at: number;
  placed: Finding[];
}

interface Config {
  settings: Settings;
  docType: DocType;
  format: TextFormat;
  /** Line-scoped rules that run, with their severity. */
  lineRules: Array<{ rule: Rule; severity: Severity }>;
  /** The other rules that run (rules needing words are filtered per call). */
  documentRules: Array<{ rule: Rule; severity: Severity }>;
  pendingIfNoWords: boolean;
}

function finalize(f: RuleFinding, severity: Severity): Finding {
  return { ...f, severity: f.soft && (severity === 'error' || severity === 'warning') ? 'information' : severity };
}

function shiftRange<T extends OffsetRange>(r: T, by: number): T {
  return { ...r, start: r.start + by, end: r.end + by };
}

function shift(f: Finding, by: number): Finding {
  if (by === 0) return f;
  const moved: Finding = { ...f, start: f.start + by, end: f.end + by, fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => shiftRange(e, by)) })) };
  if (f.related) moved.related = f.related.map((r) => shiftRange(r, by));
  return moved;
}

/** Merges two sorted finding lists (findings of different rules never compare equal). */
function merge(a: Finding[], b: Finding[]): Finding[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: Finding[] = new Array<Finding>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareFindings(a[i] as Finding, b[j] as Finding) <= 0 ? (a[i++] as Finding) : (b[j++] as Finding);
  while (i < a.length) out[k++] = a[i++] as Finding;
  while (j < b.length) out[k++] = b[j++] as Finding;
  return out;
}

export class IncrementalAnalyzer {
  private config: Config | undefined;
  /** Lines without ignored ranges, by text. */
  private plain = new Map<string, LineEntry>();
  /** Lines with ignored ranges, by `ranges|text`. */
  private masked = new Map<string, LineEntry>();

  constructor(private readonly rules: readonly Rule[] = RULES) {}

  /** Forgets every cached line. */
  clear(): void {
    this.config = undefined;
    this.plain = new Map();
    this.masked = new Map();
  }

  private configFor(settings: Settings, docType: DocType, format: TextFormat): Config {
    const c = this.config;
    if (c && c.settings === settings && c.docType === docType && c.format === format) return c;
    this.plain = new Map();
    this.masked = new Map();
    const active = settings.phrases.length > 0 ? [...this.rules, customPhraseRule(settings.phrases)] : this.rules;
    const lineRules: Config['lineRules'] = [];
    const documentRules: Config['documentRules'] = [];
    let pendingIfNoWords = false;
    for (const rule of active) {
      const severity = severityFor(rule, settings);
      if (!severity || !appliesTo(rule, docType)) continue;
      if (rule.needsWords) pendingIfNoWords = true;
      (rule.scope === 'line' && !rule.needsWords ? lineRules : documentRules).push({ rule, severity });
    }
    this.config = { settings, docType, format, lineRules, documentRules, pendingIfNoWords };
    return this.config;
  }

  private lineEntry(config: Config, base: RuleContext, line: string, ranges: OffsetRange[]): LineEntry {
    const findings: Finding[] = [];
    const context: RuleContext = { text: line, format: base.format, ignored: ranges, docType: base.docType, terms: base.terms };
    // Non-prose ranges lie within a line: the line's own are the document's (see analyzeDocument).
    const nonProse = nonProseRanges(line, base.format);
    for (const { rule, severity } of config.lineRules) {
      for (const f of safeCheck(rule, context)) {
        if (f.end > f.start && ranges.length > 0 && overlapsAny(ranges, f.start, f.end)) continue;
        if (nonProse.length > 0 && overlapsAny(nonProse, f.start, Math.max(f.end, f.start + 1))) continue;
        findings.push(finalize(f, severity));
      }
    }
    if (findings.length > 1) findings.sort(compareFindings);
    return { findings, at: 0, placed: findings };
  }

  analyze(input: AnalysisInput, settings: Settings = DEFAULT_SETTINGS): AnalysisResult {
    const { text } = input;
    const docType = input.docType ?? (settings.profile !== 'auto' ? settings.profile : detectDocType(text));
    if (!settings.enable) return { findings: [], docType, pendingWords: false };
    const config = this.configFor(settings, docType, input.format);
    const { suppressions, directives } = scanSuppressions(text);
    const ignored = mergeRanges(input.format === 'markdown' ? markdownIgnoredRanges(text) : [], directives);
    const context: RuleContext = { text, format: input.format, ignored, docType, terms: settings.terms, ...(input.words ? { words: input.words } : {}) };
    const kept = (f: Finding): boolean => suppressions.length === 0 || !isSuppressed(suppressions, f.rule, f.start, f.end);

    // Line-scoped rules, from the cache.
    const lineFindings: Finding[] = [];
    if (config.lineRules.length > 0) {
      const plain = new Map<string, LineEntry>();
      const masked = new Map<string, LineEntry>();
      let p = 0; // first ignored range that may reach the current line
      let start = 0;
      const n = text.length;
      for (;;) {
        let end = start;
        while (end < n) {
          const c = text.charCodeAt(end);
          if (c === 10 || c === 13) break;
          end++;
        }
        const line = text.slice(start, end);
        while (p < ignored.length && (ignored[p] as OffsetRange).end <= start) p++;
        let entry: LineEntry | undefined;
        if (p < ignored.length && (ignored[p] as OffsetRange).start < end) {
          const ranges: OffsetRange[] = [];
          for (let q = p; q < ignored.length && (ignored[q] as OffsetRange).start < end; q++) {
            const r = ignored[q] as OffsetRange;
            ranges.push({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start });
          }
          const key = `${ranges.map((r) => `${r.start}-${r.end}`).join(',')}|${line}`;
          entry = masked.get(key) ?? this.masked.get(key);
          if (!entry) entry = this.lineEntry(config, context, detach(line), ranges);
          masked.set(key, entry);
        } else {
          entry = plain.get(line) ?? this.plain.get(line);
          if (!entry) entry = this.lineEntry(config, context, detach(line), []);
          plain.set(line, entry);
        }
        if (entry.findings.length > 0) {
          if (entry.at !== start) {
            entry.placed = entry.findings.map((f) => shift(f, start));
            entry.at = start;
          }
          for (const f of entry.placed) if (kept(f)) lineFindings.push(f);
        }
        if (end >= n) break;
        start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
      }
      this.plain = plain;
      this.masked = masked;
    }

    // Document-wide rules, on the whole text.
    const documentFindings: Finding[] = [];
    const nonProse = config.documentRules.length > 0 ? nonProseRanges(text, input.format) : [];
    for (const { rule, severity } of config.documentRules) {
      if (rule.needsWords && !input.words) continue;
      for (const f of safeCheck(rule, context)) {
        if (f.end > f.start && overlapsAny(ignored, f.start, f.end)) continue;
        if (nonProse.length > 0 && overlapsAny(nonProse, f.start, Math.max(f.end, f.start + 1))) continue;
        if (isSuppressed(suppressions, f.rule, f.start, f.end)) continue;
        documentFindings.push(finalize(f, severity));
      }
    }
    documentFindings.sort(compareFindings);
    return { findings: merge(lineFindings, documentFindings), docType, pendingWords: !input.words && config.pendingIfNoWords };
  }
}
