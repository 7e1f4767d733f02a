/**
 * The vocabulary of the analysis core. Everything here is plain data: no LSP or VS Code types,
 * so the server, the CLI and the tests share it. Offsets are UTF-16 code-unit indexes into the
 * analysed text (JavaScript string indexes), which is also what LSP positions count.
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A half-open range [start, end) of UTF-16 offsets into the analysed text. */
export interface OffsetRange {
  start: number;
  end: number;
}

export interface TextEdit extends OffsetRange {
  newText: string;
}

/** A fix is a set of edits that a user applies as one step. Edits never overlap. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Finding extends OffsetRange {
  /** Stable dotted rule id, e.g. `placeholder.unfilled`. */
  rule: string;
  severity: Severity;
  /** Chinese message: what is wrong and what to write instead. */
  message: string;
  fixes: Fix[];
}

/** The kind of text, which decides e.g. whether `**` may be Markdown bold markup. */
export type TextFormat = 'plaintext' | 'markdown';

export interface AnalysisInput {
  text: string;
  format: TextFormat;
}

/** What a rule reports; the analyser adds the configured severity. */
export type RuleFinding = Omit<Finding, 'severity'>;

export interface RuleContext {
  readonly text: string;
  readonly format: TextFormat;
  /** Ranges the rule must ignore (Markdown code, front matter). Sorted, non-overlapping. */
  readonly ignored: readonly OffsetRange[];
}

export interface Rule {
  /** Stable dotted id. */
  readonly id: string;
  /** One-line Chinese description shown in docs and settings. */
  readonly description: string;
  readonly defaultSeverity: SeveritySetting;
  check(context: RuleContext): RuleFinding[];
}
