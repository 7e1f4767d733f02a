/**
 * The analyser: text and settings in, findings out. Every analysis runs here, once per call to
 * IncrementalAnalyzer.analyze; analyzeDocument (analyze.ts) is a fresh IncrementalAnalyzer without
 * a line cache, so an editor's re-check and an analysis from scratch choose, run, mask, grade and
 * sort rules in the same code (runRules) and differ only in whether line-scoped rules run line by
 * line (cached) or on the whole text at once.
 *
 * The analyser decides which rules run (severity setting, document type), masks what no rule may
 * report on (Markdown code, front matter, suppression comments, URLs and paths) and applies inline
 * suppressions. It re-runs the line-scoped rules (Rule.scope === 'line') only on lines whose text
 * (or mask) changed since the previous call: their findings are cached per line text, relative to
 * the line start, with the severity applied and the ignored ranges of the line already filtered
 * out. Document-wide rules (headings, structure, drift, document type, issue date) run on the
 * whole text each time; the heading parser under them caches its per-line work itself.
 *
 * Cached findings are computed on a detached copy of the line (text/chars.ts detach): the
 * messages and fixes quote the line, and a slice of the document would keep that version of the
 * whole document alive for as long as the line is unchanged.
 *
 * The cache is dropped when anything a line-scoped rule may read besides its line changes: the
 * settings object, the rule list, or any field of the shared rule context (SharedContext: the
 * format, the document type, the glossary, the user's words, the people list, the document facts
 * such as its year, facts.ts).
 */
import { docTypeFor } from './doctype';
import { documentFacts, sameFacts } from './facts';
import { defaultOptions } from './ruleOptions';
import { detach } from './text/chars';
import { sameLines, type LinesOfText } from './text/sameLines';
import { markdownIgnoredRanges, mergeRanges, overlapsAny } from './markdown';
import { nonProseRanges } from './text/nonProse';
import { customPhraseRule } from './rules/phrase-custom';
import { RULES } from './rules/registry';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { isSuppressed, scanSuppressions } from './suppressions';
import { isLineWords } from './segmenter/segmenter';
import type { AnalysisInput, DocType, DocumentFacts, Finding, Fix, OffsetRange, OptionValues, Rule, RuleContext, RuleFinding, Severity, TextEdit, Word, Words } from './types';

export interface AnalysisResult {
  /**
   * Valid until the next analysis by the same IncrementalAnalyzer: a line-scoped finding of a line
   * that an edit moves is moved in place by the next analysis (see LineEntry). A caller that keeps
   * findings across analyses (an export that awaits, a test comparing two results) copies them
   * (copyFindings). analyzeDocument's findings are the caller's for good.
   */
  findings: Finding[];
  docType: DocType;
  /** Rules skipped because segmentation was not available (their findings come later). */
  pendingWords: boolean;
}

/**
 * Runs a rule; a rule that throws (a bug, or input nobody foresaw) loses its findings for this
 * text, and nothing else does. The failure goes to stderr, never to stdout (the LSP channel).
 */
export function safeCheck(rule: Rule, context: RuleContext): RuleFinding[] {
  try {
    return rule.check(context);
  } catch (e) {
    process.stderr.write(`gongwen: rule ${rule.id} failed on a ${context.text.length}-character text: ${(e as Error).stack ?? String(e)}\n`);
    return [];
  }
}

export function severityFor(rule: Rule, settings: Settings): Severity | undefined {
  const configured = settings.rules[rule.id] ?? rule.defaultSeverity;
  return configured === 'off' ? undefined : configured;
}

export function appliesTo(rule: Rule, docType: DocType): boolean {
  if (rule.appliesTo && !rule.appliesTo.includes(docType)) return false;
  return !(rule.exceptIn && rule.exceptIn.includes(docType));
}

/** The order of an analysis' findings: by start, end, then rule id (a stable sort keeps a rule's own order). */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule);
}

/**
 * What a rule context holds besides the text, its mask, its words and a rule's own options: the
 * same for every line of a document. Built in one place (sharedContext), spread into every rule
 * context, and compared field by field to decide whether the line cache still holds: a field added
 * to RuleContext must be added here (Required makes an optional one a compile error too) or to the
 * exclusions.
 */
type SharedContext = Required<Omit<RuleContext, 'text' | 'ignored' | 'words' | 'options'>>;

function sharedContext(input: AnalysisInput, settings: Settings, docType: DocType, facts: DocumentFacts): SharedContext {
  return { format: input.format, docType, terms: settings.terms, userWords: settings.words, people: settings.people, facts };
}

function sameContext(a: SharedContext, b: SharedContext): boolean {
  for (const key of Object.keys(a) as Array<keyof SharedContext>) {
    // The facts are read afresh each analysis: the same values are the same facts.
    if (key === 'facts' ? !sameFacts(a.facts, b.facts) : a[key] !== b[key]) return false;
  }
  return true;
}

/**
 * A line's findings from the line-scoped rules, relative to the line start, sorted.
 *
 * Where the line stands they are the findings themselves at 0, elsewhere copies that the analyser
 * owns (each finding, fix, edit and related place its own object), one set per place the line
 * text takes in the document (`places`: the same line twice has two). When an edit moves the line,
 * its copies are moved in place (movePlaced): a keystroke in a long document moves every line after
 * it, and new copies of all their findings were the largest allocation of a check (a dense
 * 200,000-character draft: 1.9 MiB a keystroke, which outlived the check and was promoted to the
 * old generation). Hence AnalysisResult.findings is valid until the next analysis.
 */
interface LineEntry {
  /** The analysis (IncrementalAnalyzer generation) that last met this line. */
  seen: number;
  /** How many places of the text that analysis gave this line so far (the k-th takes places[k]). */
  uses: number;
  findings: Finding[];
  /** Copies of `findings` where the line stood, by the order of its places in the text. */
  places: Array<{ at: number; findings: Finding[] }>;
}

/** The rules that run, each with its severity and, for a rule that declares options, its options (the user's over the defaults). */
type Plan = Array<{ rule: Rule; severity: Severity; options?: OptionValues }>;

interface Config {
  settings: Settings;
  shared: SharedContext;
  /** The rules that run, with their severity (rules needing words are skipped when there are none). */
  allRules: Plan;
  /** Those of them that are line-scoped and read no words. */
  lineRules: Plan;
  /** Those that are line-scoped and read words: run per line with the line's own words, when there are words. */
  wordLineRules: Plan;
  /** The others. */
  documentRules: Plan;
  pendingIfNoWords: boolean;
}

/**
 * Runs rules on a text (a line or the whole document): their findings outside the context's
 * ignored ranges and the text's non-prose ranges, with the severity applied, sorted. Suppressions
 * are the caller's (they are the document's, and a cached line may move).
 */
function runRules(plan: Plan, context: RuleContext): Finding[] {
  const out: Finding[] = [];
  if (plan.length === 0) return out;
  const { ignored } = context;
  // URLs, paths, link targets: no finding there, so no fix rewrites them. They lie within a line,
  // so a line's own are the document's.
  const nonProse = nonProseRanges(context.text, context.format);
  for (const { rule, severity, options } of plan) {
    if (rule.needsWords && !context.words) continue;
    for (const f of safeCheck(rule, options ? { ...context, options } : context)) {
      if (f.end > f.start && ignored.length > 0 && overlapsAny(ignored, f.start, f.end)) continue;
      if (nonProse.length > 0 && overlapsAny(nonProse, f.start, Math.max(f.end, f.start + 1))) continue;
      out.push(graded(f, f.soft && (severity === 'error' || severity === 'warning') ? 'information' : severity));
    }
  }
  if (out.length > 1) out.sort(compareFindings);
  return out;
}

/**
 * A rule's finding with its severity, its fields in one order whatever the rule's own: the
 * analyser copies and shifts tens of thousands of findings of a dense draft, and a copy by spread
 * of objects of many shapes takes V8's slow path (it was the costliest line of a keystroke).
 */
function graded(f: RuleFinding, severity: Severity): Finding {
  const out: Finding = { rule: f.rule, start: f.start, end: f.end, severity, message: f.message, fixes: f.fixes };
  if (f.related !== undefined) out.related = f.related;
  if (f.soft !== undefined) out.soft = f.soft;
  return out;
}

function shiftFix(x: Fix, by: number): Fix {
  const edits = new Array<TextEdit>(x.edits.length);
  for (let i = 0; i < edits.length; i++) {
    const e = x.edits[i] as TextEdit;
    edits[i] = { start: e.start + by, end: e.end + by, newText: e.newText };
  }
  const out: Fix = { title: x.title, edits };
  if (x.preferred !== undefined) out.preferred = x.preferred;
  return out;
}

/**
 * A copy of a cached line's finding `by` code units further on, sharing nothing movePlaced moves
 * with it (an empty list of fixes, which nothing moves or fills, is the same array).
 */
function placedCopy(f: Finding, by: number): Finding {
  const moved: Finding = { rule: f.rule, start: f.start + by, end: f.end + by, severity: f.severity, message: f.message, fixes: f.fixes.length === 0 ? f.fixes : f.fixes.map((x) => shiftFix(x, by)) };
  if (f.related !== undefined) moved.related = f.related.map((r) => ({ start: r.start + by, end: r.end + by, message: r.message }));
  if (f.soft !== undefined) moved.soft = f.soft;
  return moved;
}

/** Moves a line's placed copies `by` code units, in place (placedCopy made every object they hold their own). */
function movePlaced(findings: readonly Finding[], by: number): void {
  for (const f of findings) {
    f.start += by;
    f.end += by;
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        e.start += by;
        e.end += by;
      }
    }
    if (f.related) {
      for (const r of f.related) {
        r.start += by;
        r.end += by;
      }
    }
  }
}

/** Findings to keep across analyses (AnalysisResult.findings is valid until the next one): copies that nothing moves. */
export function copyFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => placedCopy(f, 0));
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

/**
 * A reader of each line's words as strings (the line's text cut in order), in document order: from
 * a per-line cache, or from the document's words (which never cross a line break: line breaks are
 * words of their own). Undefined for a line whose words are not known or do not cover it exactly.
 * Strings, not Word objects: a keystroke reads every line's words, and the line's findings are
 * cached, so Word objects are made only for a line whose findings are worked out (wordsOfCut).
 */
function lineWordsOf(words: Words): (line: string, start: number, end: number) => readonly string[] | undefined {
  if (isLineWords(words)) {
    return (line) => {
      const strings = words.wordsOfLine(line);
      if (!strings) return undefined;
      let length = 0;
      for (let i = 0; i < strings.length; i++) length += (strings[i] as string).length;
      return length === line.length ? strings : undefined;
    };
  }
  let i = 0;
  return (_line, start, end) => {
    while (i < words.length && (words[i] as Word).end <= start) i++;
    const out: string[] = [];
    let at = start;
    for (; i < words.length && (words[i] as Word).start < end; i++) {
      const w = words[i] as Word;
      if (w.start !== at || w.end > end) return undefined;
      out.push(w.text);
      at = w.end;
    }
    return at === end ? out : undefined;
  };
}

/** A line's words with offsets relative to the line, from its cut. */
function wordsOfCut(cut: readonly string[]): Word[] {
  const out = new Array<Word>(cut.length);
  let offset = 0;
  for (let i = 0; i < cut.length; i++) {
    const w = cut[i] as string;
    out[i] = { text: w, start: offset, end: offset + w.length };
    offset += w.length;
  }
  return out;
}

/** The lengths of a cut's words: what a cached line keeps of its cut (not the strings, which may be slices of a document). */
function cutLengths(cut: readonly string[]): Int32Array {
  const out = new Int32Array(cut.length);
  for (let i = 0; i < cut.length; i++) out[i] = (cut[i] as string).length;
  return out;
}

/** Whether a line is cut as before: the same lengths of words. */
function sameCut(lengths: Int32Array, cut: readonly string[]): boolean {
  if (lengths.length !== cut.length) return false;
  for (let i = 0; i < cut.length; i++) if (lengths[i] !== (cut[i] as string).length) return false;
  return true;
}

/**
 * The lines of the last check, with the entries they were given: the lines an edit did not touch
 * are given the same entries again (sameLines), so a keystroke does not slice, hash and cut every
 * line of a long document to find what it already had.
 */
interface LastLines extends LinesOfText {
  config: Config;
  words: Words | undefined;
  starts: number[];
  ends: number[];
  plain: Array<LineEntry | undefined>;
  worded: Array<LineEntry | undefined>;
}

export class IncrementalAnalyzer {
  private config: Config | undefined;
  /** Lines without ignored ranges, by text. */
  private plain = new Map<string, LineEntry>();
  /** Lines with ignored ranges, by `ranges|text`. */
  private masked = new Map<string, LineEntry>();
  /**
   * The findings of the line-scoped rules that read words, by `ranges|text`, with the lengths of the
   * words they were made from: the same text cut otherwise (a glossary word inserted) is worked out
   * again.
   */
  private worded = new Map<string, LineEntry & { cut: Int32Array }>();
  /** Counts the analyses that ran the line loop (LineEntry.seen). */
  private generation = 0;
  /** The last check's lines and their entries (sameLines). */
  private last: LastLines | undefined;

  /**
   * `lineCache: false` is for an analysis that is not repeated (analyzeDocument): the line-scoped
   * rules then run once on the whole text, with the document-wide ones, instead of line by line
   * (the same findings, since they are line-local, which tests/unit/incremental.test.ts checks
   * rule by rule; several times faster when nothing is cached), and no line is kept.
   */
  constructor(
    private readonly rules: readonly Rule[] = RULES,
    private readonly options: { readonly lineCache?: boolean } = {},
  ) {}

  /** Forgets every cached line. */
  clear(): void {
    this.config = undefined;
    this.last = undefined;
    this.plain = new Map();
    this.masked = new Map();
    this.worded = new Map();
  }

  private configFor(settings: Settings, shared: SharedContext): Config {
    const c = this.config;
    if (c && c.settings === settings && sameContext(c.shared, shared)) return c;
    this.plain = new Map();
    this.masked = new Map();
    this.worded = new Map();
    const active = settings.phrases.length > 0 ? [...this.rules, customPhraseRule(settings.phrases)] : this.rules;
    const allRules: Plan = [];
    const lineRules: Plan = [];
    const wordLineRules: Plan = [];
    const documentRules: Plan = [];
    let pendingIfNoWords = false;
    for (const rule of active) {
      const severity = severityFor(rule, settings);
      if (!severity || !appliesTo(rule, shared.docType)) continue;
      if (rule.needsWords) pendingIfNoWords = true;
      // Options are part of the settings, so a change of them rebuilds this plan and empties the line cache.
      const options = rule.options ? { ...defaultOptions(rule.options), ...settings.ruleOptions[rule.id] } : undefined;
      const planned = { rule, severity, ...(options ? { options } : {}) };
      allRules.push(planned);
      (rule.scope !== 'line' ? documentRules : rule.needsWords ? wordLineRules : lineRules).push(planned);
    }
    this.config = { settings, shared, allRules, lineRules, wordLineRules, documentRules, pendingIfNoWords };
    return this.config;
  }

  private lineEntry(config: Config, line: string, ranges: OffsetRange[]): LineEntry {
    const findings = runRules(config.lineRules, { ...config.shared, text: line, ignored: ranges });
    return { seen: 0, uses: 0, findings, places: [] };
  }

  private wordLineEntry(config: Config, line: string, ranges: OffsetRange[], cut: readonly string[]): LineEntry & { cut: Int32Array } {
    const findings = runRules(config.wordLineRules, { ...config.shared, text: line, ignored: ranges, words: wordsOfCut(cut) });
    return { seen: 0, uses: 0, findings, places: [], cut: cutLengths(cut) };
  }

  analyze(input: AnalysisInput, settings: Settings = DEFAULT_SETTINGS): AnalysisResult {
    const { text } = input;
    const docType = input.docType ?? docTypeFor(text, settings);
    if (!settings.enable) return { findings: [], docType, pendingWords: false };
    const { suppressions, directives } = scanSuppressions(text);
    const ignored = mergeRanges(input.format === 'markdown' ? markdownIgnoredRanges(text) : [], directives);
    const config = this.configFor(settings, sharedContext(input, settings, docType, documentFacts({ text, ignored })));
    const kept = (f: Finding): boolean => suppressions.length === 0 || !isSuppressed(suppressions, f.rule, f.start, f.end);

    const context: RuleContext = { ...config.shared, text, ignored, ...(input.words ? { words: input.words } : {}) };
    if (this.options.lineCache === false) {
      const findings = runRules(config.allRules, context);
      return { findings: suppressions.length === 0 ? findings : findings.filter(kept), docType, pendingWords: !input.words && config.pendingIfNoWords };
    }

    // Line-scoped rules, from the cache.
    const lineFindings: Finding[] = [];
    const withWords = config.wordLineRules.length > 0 && input.words !== undefined;
    if (config.lineRules.length > 0 || withWords) {
      const generation = ++this.generation;
      const lineWords = withWords ? lineWordsOf(input.words as Words) : undefined;
      /**
       * The entry's findings at `start` (each list is sorted; a line's two are merged in order),
       * for the entry's next place in this text: the copies that place had in the last check,
       * moved, or new ones.
       */
      const placed = (entry: LineEntry, start: number): Finding[] => {
        const k = entry.seen === generation ? entry.uses : 0;
        entry.seen = generation;
        entry.uses = k + 1;
        if (entry.findings.length === 0 || start === 0) return entry.findings;
        let place = entry.places[k];
        if (!place) {
          place = { at: start, findings: entry.findings.map((f) => placedCopy(f, start)) };
          entry.places.push(place);
        } else if (place.at !== start) {
          movePlaced(place.findings, start - place.at);
          place.at = start;
        }
        return place.findings;
      };
      // The lines the edit left as they were, before and after it: their entries are the last
      // check's, taken without slicing, hashing or cutting the line again (sameLines).
      const last = this.last;
      const same = last && last.config === config && last.words === input.words ? sameLines(last, text, ignored) : undefined;
      const next: LastLines = { config, words: input.words, text, ignored, starts: [], ends: [], plain: [], worded: [] };
      let p = 0; // first ignored range that may reach the current line
      let start = 0;
      const n = text.length;
      let lineCount = 0;
      for (;;) {
        lineCount++;
        let end: number;
        let entry: LineEntry | undefined;
        let wordEntry: LineEntry | undefined;
        let old = same ? same.oldLine(lineCount - 1, start) : -1;
        // A line that had no words last time is cut again (its words may have come since).
        if (old >= 0 && lineWords && (last as LastLines).worded[old] === undefined && (last as LastLines).ends[old] !== (last as LastLines).starts[old]) old = -1;
        if (old >= 0) {
          const was = last as LastLines;
          end = start + ((was.ends[old] as number) - (was.starts[old] as number));
          entry = was.plain[old];
          wordEntry = was.worded[old];
        } else {
          end = start;
          while (end < n) {
            const c = text.charCodeAt(end);
            if (c === 10 || c === 13) break;
            end++;
          }
          const line = text.slice(start, end);
          while (p < ignored.length && (ignored[p] as OffsetRange).end <= start) p++;
          let ranges: OffsetRange[] = [];
          let key = line;
          if (p < ignored.length && (ignored[p] as OffsetRange).start < end) {
            ranges = [];
            for (let q = p; q < ignored.length && (ignored[q] as OffsetRange).start < end; q++) {
              const r = ignored[q] as OffsetRange;
              ranges.push({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start });
            }
            key = `${ranges.map((r) => `${r.start}-${r.end}`).join(',')}|${line}`;
          }
          if (config.lineRules.length > 0) {
            const cache = ranges.length > 0 ? this.masked : this.plain;
            entry = cache.get(key);
            if (!entry) {
              // Stored under a copy of its key: the cache outlives this version of the text.
              entry = this.lineEntry(config, detach(line), ranges);
              cache.set(detach(key), entry);
            }
          }
          const cut = lineWords && line.length > 0 ? lineWords(line, start, end) : undefined;
          if (cut) {
            let w = this.worded.get(key);
            if (!w || !sameCut(w.cut, cut)) {
              w = this.wordLineEntry(config, detach(line), ranges, cut);
              // A key already there keeps its stored copy: the copy is made for a new key only.
              if (this.worded.has(key)) this.worded.set(key, w);
              else this.worded.set(detach(key), w);
            }
            wordEntry = w;
          }
        }
        next.starts.push(start);
        next.ends.push(end);
        next.plain.push(entry);
        next.worded.push(wordEntry);
        let ofLine: Finding[] = [];
        if (entry) ofLine = placed(entry, start);
        if (wordEntry) {
          const more = placed(wordEntry, start);
          if (more.length > 0) ofLine = ofLine.length > 0 ? merge(ofLine, more) : more;
        }
        for (const f of ofLine) if (kept(f)) lineFindings.push(f);
        if (end >= n) break;
        start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
      }
      this.last = next;
      // Lines no longer in the text go once they are many: a cache of the current lines and the
      // recent edits (a keystroke leaves one line behind), swept in one pass now and then.
      const swept = [...(config.lineRules.length > 0 ? [this.plain, this.masked] : []), ...(withWords ? [this.worded] : [])];
      for (const cache of swept) {
        if (cache.size <= 2 * lineCount + 256) continue;
        for (const [key, entry] of cache) if (entry.seen !== generation) cache.delete(key);
      }
    } else this.last = undefined;

    // Document-wide rules, on the whole text.
    const documentFindings = runRules(config.documentRules, context).filter(kept);
    return { findings: merge(lineFindings, documentFindings), docType, pendingWords: !input.words && config.pendingIfNoWords };
  }
}
