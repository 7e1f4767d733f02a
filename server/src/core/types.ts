/**
 * The vocabulary of the analysis core. Everything here is plain data: no LSP or VS Code types,
 * so the server, the CLI and the tests share it. Offsets are UTF-16 code-unit indexes into the
 * analysed text (JavaScript string indexes), which is also what LSP positions count.
 *
 * This file is a project of its own (tsconfig.vocabulary.json, at the bottom of the build): it
 * imports nothing, and the protocol (server/src/protocol.ts) takes its types from here, so the
 * client, which references only the protocol, can reach these types but no code of the core.
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A line/character position: lines from 0, characters in UTF-16 code units (as in LSP). See positions.ts. */
export interface Position {
  line: number;
  character: number;
}

export interface PositionRange {
  start: Position;
  end: Position;
}

/** A half-open range [start, end) of UTF-16 offsets into the analysed text. */
export interface OffsetRange {
  start: number;
  end: number;
}

export interface TextEdit extends OffsetRange {
  newText: string;
}

/**
 * A fix is a set of edits that a user applies as one step. Edits never overlap and never touch
 * text outside the finding's own range unless the rule documents why (e.g. a paired quote).
 */
export interface Fix {
  /** Chinese title shown in the quick-fix menu, e.g. `改为“，”`. */
  title: string;
  edits: TextEdit[];
  /**
   * The right text is certain: this fix is applied by "fix all" (source.fixAll.gongwen, the CLI's
   * --fix). At most one fix of a finding is preferred. Applying it must make the finding go away.
   */
  preferred?: boolean;
}

/** Another place in the document that a finding refers to (LSP relatedInformation). */
export interface RelatedPlace extends OffsetRange {
  message: string;
}

export interface Finding extends OffsetRange {
  /** Stable dotted rule id, e.g. `placeholder.unfilled`. */
  rule: string;
  severity: Severity;
  /** Chinese message: what is wrong and what to write instead. */
  message: string;
  fixes: Fix[];
  /** Other places the message speaks of, e.g. the other spellings of a drifting term. */
  related?: RelatedPlace[];
  /**
   * The rule is less than certain here: the analyser lowers an error or warning to information
   * (e.g. a possible abbreviation, against a certain punctuation variant).
   */
  soft?: boolean;
}

/** A word from segmentation, with UTF-16 offsets into the analysed text. */
export interface Word extends OffsetRange {
  text: string;
}

/** A user's own disallowed phrase (from settings or .gongwenrc.json; rule `phrase.custom`). */
export interface CustomPhrase {
  /**
   * Literal text, or a regular expression when `regex` is true: JavaScript syntax, run on RE2 in
   * linear time (text/userPattern.ts), so without lookahead and back-references.
   */
  pattern: string;
  regex: boolean;
  /** What to write instead; absent when the phrase should simply go. */
  replacement?: string;
  /** Chinese message; a default one names the phrase and the replacement. */
  message?: string;
}

/** A glossary entry: the canonical form of a term and variants that must not be used. */
export interface TermEntry {
  canonical: string;
  variants: string[];
}

/** A leader of the user's unit and the posts they hold (settings and .gongwenrc.json `people`; rule `name.title`). */
export interface Person {
  name: string;
  /** Every post the person holds, as written before the name: 县长, 县委副书记. */
  titles: string[];
}

/** The kind of text, which decides e.g. whether `**` may be Markdown bold markup. */
export type TextFormat = 'plaintext' | 'markdown';

export interface AnalysisInput {
  text: string;
  format: TextFormat;
  /** Document type to assume; detected from the title when absent. */
  docType?: DocType;
  /**
   * The text's words from segmentation: every word in order, covering the text, or each line's
   * words (LineWords, as the language server's per-line cache holds them). Absent while the
   * segmenter is not ready (rules that need words are then skipped, not guessed).
   */
  words?: Words;
}

/** Each line's words, as a segmentation cache holds them: strings covering the line, in order. */
export interface LineWords {
  /** The words of a line (its text without the line break); undefined if it is not segmented. */
  wordsOfLine(line: string): readonly string[] | undefined;
}

/** A text's words: all of them with document offsets (line breaks are words), or per line. */
export type Words = readonly Word[] | LineWords;

/** What a rule reports; the analyser adds the configured severity. */
export type RuleFinding = Omit<Finding, 'severity'>;

/**
 * Document types (文种 and 事务文书). The type decides which rules apply: a speech may say 咱们
 * and use a rhetorical ？, a 请示 may not.
 */
export type DocType =
  | 'speech' // 讲话稿、致辞、发言
  | 'notice' // 通知
  | 'request' // 请示
  | 'report' // 报告 (the legal type: 关于……的报告)
  | 'letter' // 函、复函
  | 'reply' // 批复
  | 'opinion' // 意见
  | 'decision' // 决定
  | 'bulletin' // 通报、通告、公告、公报
  | 'minutes' // 纪要
  | 'summary' // 工作总结、工作报告 (事务文书)
  | 'research' // 调研报告
  | 'plan' // 实施方案、工作方案、工作要点
  | 'congress-report' // 向代表大会所作的报告：政府工作报告、党代会报告、常委会工作报告
  | 'resolution' // 决议
  | 'unknown';

/**
 * The role of a level-1 section in the three-part pattern of its document type (认识—问题—举措,
 * 成绩—问题—打算, 情况—问题—建议); 'unknown' when nothing decides it. See structure/roles.ts.
 */
export type SectionRole =
  | 'understanding' // 认识
  | 'problems' // 问题
  | 'measures' // 举措
  | 'achievements' // 成绩
  | 'plans' // 打算
  | 'situation' // 情况
  | 'suggestions' // 建议
  | 'unknown';

/**
 * What the analyser reads from the whole document once per analysis and hands to every rule, so
 * that a rule whose findings on a line depend only on that line and these facts can be
 * line-scoped (cached per line): the cache holds while the facts are the same (facts.ts sameFacts).
 * Small values only, compared field by field.
 */
export interface DocumentFacts {
  /** The document's year: its 成文日期, else its 印发 date, else the earliest year its title names; undefined when none. */
  readonly year: number | undefined;
}

export interface RuleContext {
  readonly text: string;
  readonly format: TextFormat;
  /** Ranges the rule must ignore (Markdown code, front matter, HTML comments). Sorted, non-overlapping. */
  readonly ignored: readonly OffsetRange[];
  /** The detected (or configured) document type. */
  readonly docType: DocType;
  /** Words from segmentation; present only for rules with `needsWords`. */
  readonly words?: Words;
  /** The user's glossary (settings and .gongwenrc.json `terms`). */
  readonly terms: readonly TermEntry[];
  /** The user's words (settings and .gongwenrc.json `words`): no typo.* finding lies inside one (rules/typo/userWords.ts). */
  readonly userWords?: readonly string[];
  /** The leaders of the user's unit and their posts (settings and .gongwenrc.json `people`; rule name.title). */
  readonly people?: readonly Person[];
  /** The rule's own options (declared in `Rule.options`), defaults filled in; read them with ruleOptions.ts optionsOf. */
  readonly options?: OptionValues;
  /**
   * Facts of the whole document (its year), read once by the analyser; present in every context
   * the analyser builds, also for a line-scoped rule run on one line. A caller that builds a
   * context itself may leave them out: a rule then reads them from `text` (facts.ts factsOf).
   */
  readonly facts?: DocumentFacts;
}

/** An option a rule declares (core/ruleOptions.ts): its type, default and text. */
export interface OptionText {
  /** Chinese description (docs, schema). */
  zh: string;
  /** English description (schema). */
  en: string;
}

export type OptionSpec =
  | (OptionText & { type: 'strings'; default: readonly string[]; /** Longest list accepted. */ maxItems: number })
  | (OptionText & { type: 'number'; default: number; minimum: number; maximum: number; integer?: boolean })
  | (OptionText & { type: 'boolean'; default: boolean });

export type OptionsSpec = Readonly<Record<string, OptionSpec>>;

export type OptionValue = string[] | number | boolean;
/** A rule's options as the analyser hands them: every declared option, defaults filled in. */
export type OptionValues = Readonly<Record<string, OptionValue>>;

/**
 * A rule's own test table (Harper's way: the rule carries its examples, and one test,
 * tests/unit/rule-examples.test.ts, runs every rule's table). Faulty text marks each expected
 * finding with ⟦…⟧ and may give the text after fix-all; clean text must give nothing.
 */
export interface RuleExamples {
  invalid: ReadonlyArray<{ text: string; output?: string; options?: OptionValues; docType?: DocType }>;
  valid: ReadonlyArray<string | { text: string; options?: OptionValues; docType?: DocType }>;
}

/** What a rule tells a reader: shown on hover and in docs. */
export interface RuleDocs {
  /** Chinese explanation of the rule, one or two sentences. */
  summary: string;
  /** The standard and clause it follows, e.g. `GB/T 15834-2011 4.1`, or a named house style. */
  source: string;
  /** Example of faulty text and its corrected form. */
  bad?: string;
  good?: string;
}

export interface Rule {
  /** Stable dotted id. */
  readonly id: string;
  /** One-line Chinese description shown in docs and settings. */
  readonly description: string;
  /**
   * The same one line in English, where an English text is needed: the SARIF rule descriptors
   * (gongwen lint --format sarif) and the `.gongwenrc.json` schema. Chinese terms of art may stay
   * as they are (请示, 特此通知). Every built-in rule has one (tests/unit/rule-descriptions.test.ts).
   */
  readonly descriptionEn?: string;
  readonly defaultSeverity: SeveritySetting;
  readonly docs?: RuleDocs;
  /** Document types the rule applies to; absent means all. */
  readonly appliesTo?: readonly DocType[];
  /** Document types the rule does not apply to (e.g. colloquial words in a speech). */
  readonly exceptIn?: readonly DocType[];
  /** The rule reads `context.words`; it is skipped when segmentation is not available. */
  readonly needsWords?: boolean;
  /**
   * 'line': the rule's findings on a line depend only on that line's text (and on the format,
   * document type, glossary, document facts and the ignored ranges within the line), never on other lines. Such a
   * rule gives the same findings when it is run on each line alone (with `context.text` the line,
   * offsets relative to it), which lets the incremental analyser cache them per line. Absent or
   * 'document': the rule reads the whole text (titles, numbering, drift, paragraphs over lines).
   */
  readonly scope?: 'line' | 'document';
  /** Options the user may set for this rule (`rules: { id: { severity, options } }`): declared once, validated, documented and handed to `check` from here. */
  readonly options?: OptionsSpec;
  /** Examples of what the rule flags and accepts, run by tests/unit/rule-examples.test.ts. */
  readonly examples?: RuleExamples;
  check(context: RuleContext): RuleFinding[];
}
