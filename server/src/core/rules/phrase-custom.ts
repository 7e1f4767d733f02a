/**
 * phrase.custom — the user's own disallowed phrases from settings or .gongwenrc.json, each a
 * literal or a regular expression with an optional replacement (literal text) and message.
 *
 * Literals are found with indexOf. Regular expressions run on RE2 (text/userPattern.ts), where
 * one search reads the rest of the line once at most: long lines are searched too, and a pattern
 * whose searches read the text a few times over takes time in proportion to its length, however
 * slow its automaton. Finding all the matches of a line can still take the square of its length
 * (a.*b|a on "aaaa…": each search reads to the end of the line for a one-character match). So
 * once the searches of a pattern may have read more than LINEAR_READS times the text (counting
 * the rest of the line for each search), its time counts against a budget of BUDGET_MS per
 * document: a pattern that uses it up stops where it is, with one finding that says so, and is
 * not searched again until its budget has refilled (REFILL_MS without searching). A pattern
 * within the linear allowance is never stopped, however busy the machine or cold the JIT.
 *
 * The analyser builds this rule for every analysis of a document, so there the budget is exactly
 * per document. The language server's incremental analyser keeps one rule while the settings stay
 * the same and runs it line by line (the rule is line-scoped, its findings cached per line): there
 * each line has the allowance of its own length, and the time beyond it shares one budget across
 * the lines checked one after another, because the budget refills only while the pattern is not
 * searching (BUDGET_MS per REFILL_MS, 5% of the time).
 */
import { codePointAt } from '../text/chars';
import { compileUserPattern, type UserPattern } from '../text/userPattern';
import type { CustomPhrase, Rule, RuleContext, RuleFinding } from '../types';

export const CUSTOM_PHRASE_RULE_ID = 'phrase.custom';

/**
 * Time (ms) a regular expression may spend per document beyond the linear allowance. A runaway
 * pattern stops once its searches may have read the text LINEAR_READS times and 50 ms more. re2js
 * reads a character in 0.002–0.12 µs warm (up to ten times that before the JIT has compiled it),
 * so eight readings of a 10 000-character draft take 0.2–10 ms, of the largest document checked
 * in full (gongwen.maxDocumentChars, 150 000 characters) 2–150 ms: a few runaway patterns still
 * leave the editor responsive, and a real pattern on a real document never gets there.
 */
export const BUDGET_MS = 50;
/** Times the text a pattern's searches may read before their time counts against the budget. */
export const LINEAR_READS = 8;
/** Time without searching in which a used-up budget refills completely. */
export const REFILL_MS = 1000;
/** Characters the searches may read between two looks at the clock, beyond the allowance (a look costs about as much as reading 100–1000). */
const CHARS_PER_LOOK = 4096;

export interface CustomPhraseOptions {
  /** Overrides BUDGET_MS (tests). */
  budgetMs?: number;
  /** The clock in milliseconds (tests); performance.now by default. */
  now?: () => number;
}

/** A regular expression's time budget, kept across the checks of one rule. */
class Budget {
  private left: number;
  private last: number;
  /** The budget was used up; the pattern waits until it is full again. */
  private resting = false;

  constructor(
    private readonly size: number,
    now: () => number,
  ) {
    this.left = size;
    this.last = now();
  }

  /**
   * At `time`, before a check: refills for the time since the last search. 'skip' while resting;
   * 'stop' when earlier checks used the budget up without being stopped (each finished before a
   * look at the clock): this check reports it, and the pattern rests.
   */
  begin(time: number): 'run' | 'skip' | 'stop' {
    this.left = Math.min(this.size, this.left + ((time - this.last) * this.size) / REFILL_MS);
    this.last = time;
    if (this.resting) {
      if (this.left < this.size) return 'skip';
      this.resting = false;
    }
    if (this.left > 0) return 'run';
    this.resting = true;
    return 'stop';
  }

  /** The time by which searching that counts from `time` must stop. */
  deadline(time: number): number {
    return time + this.left;
  }

  /** After searching that counted from `began` to `time`; `stopped` when it stopped for the budget. */
  end(began: number, time: number, stopped: boolean): void {
    this.left -= time - began;
    this.last = time;
    if (stopped) this.resting = true;
  }
}

interface Compiled {
  phrase: CustomPhrase;
  pattern: UserPattern;
  /** Regular expressions only: a literal's indexOf cannot run away. */
  budget?: Budget;
}

function finding(phrase: CustomPhrase, start: number, text: string): RuleFinding {
  const end = start + text.length;
  const replacement = phrase.replacement;
  const message =
    phrase.message ?? (replacement !== undefined ? `“${text}”不符合本单位用语规定，应改为“${replacement}”。` : `“${text}”不符合本单位用语规定，请改写。`);
  return {
    rule: CUSTOM_PHRASE_RULE_ID,
    start,
    end,
    message,
    // Certain (applied by fix-all) only for a literal whose replacement does not hold it again:
    // 局 → 县农业农村局 would match its own rule after every fix.
    fixes:
      replacement !== undefined
        ? [{ title: `改为“${replacement}”`, edits: [{ start, end, newText: replacement }], preferred: !phrase.regex && !replacement.includes(phrase.pattern) }]
        : [],
  };
}

/**
 * The one finding of a pattern that used up its budget, at `at`, where its search stopped: on the
 * character there, or empty at the end of a line.
 */
function usedUp(phrase: CustomPhrase, budget: string, text: string, at: number): RuleFinding {
  const cp = codePointAt(text, at);
  return {
    rule: CUSTOM_PHRASE_RULE_ID,
    start: at,
    end: at + (cp === undefined || cp === 10 || cp === 13 ? 0 : cp > 0xffff ? 2 : 1),
    message:
      `自定义用语的正则表达式“${phrase.pattern}”查找太慢，超出了时间限额（${budget}），在这里停止了查找，此后的用语可能漏报。` +
      '请简化该表达式，如减少 .*、可以互相重叠的重复和分支。',
    fixes: [],
    soft: true,
  };
}

/** The lines of `text` that are not empty, without their line breaks, and where they start. */
function linesOf(text: string): Array<{ start: number; text: string }> {
  const lines: Array<{ start: number; text: string }> = [];
  const n = text.length;
  for (let start = 0; start < n; ) {
    let end = start;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    if (end > start) lines.push({ start, text: start === 0 && end === n ? text : text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

export function customPhraseRule(phrases: readonly CustomPhrase[], options: CustomPhraseOptions = {}): Rule {
  const budgetMs = options.budgetMs ?? BUDGET_MS;
  const now = options.now ?? (() => performance.now());
  const limit = `每篇 ${budgetMs} 毫秒`;
  const compiled: Compiled[] = [];
  for (const phrase of phrases) {
    let pattern: UserPattern;
    try {
      pattern = compileUserPattern(phrase.pattern, phrase.regex);
    } catch {
      continue; // refused when the settings were read (normalizeSettings), with the reason
    }
    compiled.push({ phrase, pattern, ...(phrase.regex ? { budget: new Budget(budgetMs, now) } : {}) });
  }
  return {
    id: CUSTOM_PHRASE_RULE_ID,
    description: '自定义的禁用或不规范用语',
    descriptionEn: 'Custom banned or nonstandard phrases (phrases setting)',
    defaultSeverity: 'warning',
    scope: 'line',
    docs: { summary: '本单位在 .gongwenrc.json 或设置中规定不使用的词语。', source: '本单位规定（.gongwenrc.json）' },
    check(context: RuleContext): RuleFinding[] {
      const findings: RuleFinding[] = [];
      if (compiled.length === 0) return findings;
      const lines = linesOf(context.text);
      let time = compiled.some((c) => c.budget) ? now() : 0;
      for (const { phrase, pattern, budget } of compiled) {
        if (!budget) {
          for (const line of lines) {
            pattern.forEachMatch(line.text, (start, end) => {
              findings.push(finding(phrase, line.start + start, line.text.slice(start, end)));
              return true;
            });
          }
          continue;
        }
        const state = budget.begin(time);
        if (state === 'skip') continue;
        if (state === 'stop') {
          if (lines[0]) findings.push(usedUp(phrase, limit, context.text, lines[0].start));
          continue;
        }
        let read = 0; // the most the searches may have read: the rest of the line for each
        let look = LINEAR_READS * context.text.length; // read, at which to look at the clock next
        let counting: number | undefined; // when the time began to count
        let deadline = Infinity;
        let stopped = false;
        const over = (): boolean => {
          look = read + CHARS_PER_LOOK;
          time = now();
          if (counting === undefined) {
            counting = time;
            deadline = budget.deadline(time);
          }
          stopped = time > deadline;
          return stopped;
        };
        for (const line of lines) {
          if (read >= look && over()) {
            findings.push(usedUp(phrase, limit, context.text, line.start));
            break;
          }
          read += line.text.length;
          let at = line.start;
          pattern.forEachMatch(line.text, (start, end) => {
            if (end > start) findings.push(finding(phrase, line.start + start, line.text.slice(start, end)));
            at = line.start + end;
            read += line.text.length - end;
            return read < look || !over();
          });
          if (stopped) {
            findings.push(usedUp(phrase, limit, context.text, at));
            break;
          }
        }
        if (counting !== undefined) {
          time = now();
          budget.end(counting, time, stopped);
        }
      }
      return findings;
    },
  };
}
