/**
 * The user's own patterns (rule phrase.custom, `phrases` in settings and .gongwenrc.json): a
 * literal, or a regular expression in JavaScript syntax that runs on RE2 (the re2js package, a
 * pure JavaScript port of RE2), whose search time grows linearly with the text. JavaScript's own
 * engine backtracks: (a|aa)+$ or .*.*.*= on a long line runs for minutes, and no filter of
 * "dangerous" patterns catches them all.
 *
 * The syntax stays JavaScript's (with the u flag), so that a pattern written for the old engine
 * means the same: the pattern is parsed by JavaScript first, then rewritten for RE2, keeping
 * JavaScript's meaning where the two differ (\s and \S include the ideographic space U+3000 and
 * the other Unicode spaces, . stops at \r and U+2028/U+2029, \uXXXX, [^] and []). What RE2
 * cannot do in linear time is refused with a Chinese message: back-references (\1, \k<name>)
 * and lookahead ((?=…), (?!…)). Lookbehind ((?<=…), (?<!…)) is kept: re2js runs it in linear
 * time (its LOOKBEHINDS option), and the built-in phrase rules use it the same way.
 *
 * Offsets are UTF-16 code-unit indexes (JavaScript string indexes): re2js reports them so for a
 * string input, a character outside the BMP (𠮷, an emoji) counting two.
 */
import type { Matcher, RE2JS } from 're2js';

type Re2js = typeof import('re2js');
let engine: Re2js | undefined;

/**
 * re2js, loaded on the first regular expression: evaluating it takes 15–40 ms (its Unicode
 * tables), which every start of the server and the CLI would pay, most of them without a single
 * custom regular expression. esbuild bundles the require and runs it on first call.
 */
function re2js(): Re2js {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (engine ??= require('re2js') as Re2js);
}

/**
 * A pattern RE2 cannot run, or an invalid one; the message is Chinese and says what to write
 * instead. From toRe2Syntax it continues a sentence that names the pattern (使用了…).
 */
export class UserPatternError extends Error {}

/** A compiled user pattern. */
export interface UserPattern {
  readonly source: string;
  readonly regex: boolean;
  /**
   * Calls `visit(start, end)` for each match in `text`, from left to right, without overlaps
   * (the next search starts where a match ends), in UTF-16 offsets. A regular expression also
   * reports its empty matches (start === end), so that a caller keeping a time budget sees each
   * search end. Stops when `visit` returns false. One search takes time linear in the length of
   * the text; all of them together may take the square of it (a.*b|a on "aaaa…"), which is why
   * the visitor may stop.
   */
  forEachMatch(text: string, visit: (start: number, end: number) => boolean): void;
}

/** Longest pattern accepted (UTF-16 units). */
export const MAX_PATTERN_LENGTH = 500;

// JavaScript's \s: WhiteSpace (tab, VT, FF, space, U+00A0, U+1680, U+2000–U+200A, U+202F,
// U+205F, U+3000 ideographic space, U+FEFF) and LineTerminator (LF, CR, U+2028, U+2029). RE2's \s
// is ASCII only and would miss the ideographic space of Chinese text.
const SPACE_ITEMS = '\\t\\n\\x{B}\\f\\r\\x{20}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';
/** The complement of SPACE_ITEMS as class items (so that \S can stand inside a class too). */
const NON_SPACE_ITEMS =
  '\\x{0}-\\x{8}\\x{E}-\\x{1F}\\x{21}-\\x{9F}\\x{A1}-\\x{167F}\\x{1681}-\\x{1FFF}\\x{200B}-\\x{2027}\\x{202A}-\\x{202E}' +
  '\\x{2030}-\\x{205E}\\x{2060}-\\x{2FFF}\\x{3001}-\\x{FEFE}\\x{FF00}-\\x{10FFFF}';
/** JavaScript's . without the s flag: anything but LF, CR, U+2028 and U+2029 (RE2's stops at LF only). */
const DOT = '[^\\n\\r\\x{2028}\\x{2029}]';
const ANY = '[\\x{0}-\\x{10FFFF}]';
const NOTHING = '[^\\x{0}-\\x{10FFFF}]';

const LOOKAHEAD_MESSAGE =
  '使用了向前查找（(?=…) 或 (?!…)）。自定义用语改由 RE2 引擎查找（保证长文本也不会卡住），它不支持向前查找，已停用。' +
  '请改写：把后面的文字直接写进表达式，如“急待(?=解决)”改为“急待解决”（replacement 也相应改为“亟待解决”）；' +
  '向后查找 (?<=…)、(?<!…) 可以照常使用。';
const BACKREFERENCE_MESSAGE =
  '使用了反向引用（\\1、\\k<名称>）。自定义用语改由 RE2 引擎查找（保证长文本也不会卡住），它不支持反向引用，已停用。' +
  '请改写：把要重复的文字逐一列出，如“([省市县])\\1委”改为“(省省|市市|县县)委”。';

function fail(message: string): never {
  throw new UserPatternError(message);
}

function hex(cp: number): string {
  return `\\x{${cp.toString(16).toUpperCase()}}`;
}

function isHexDigits(s: string): boolean {
  return s.length > 0 && /^[0-9a-fA-F]+$/.test(s);
}

/** One character of a class or a literal outside one, safe for RE2: ASCII punctuation escaped, controls as \x{…}. */
function literal(cp: number, inClass: boolean): string {
  if (cp < 0x20 || cp === 0x7f) return hex(cp);
  const ch = String.fromCodePoint(cp);
  if (cp < 0x80 && !/[0-9A-Za-z ]/.test(ch)) return inClass || '\\.+*?()|[]{}^$'.includes(ch) ? `\\${ch}` : ch;
  return ch;
}

/** \p{…} or \P{…} at `i` (the backslash): RE2's \p{Name} for JavaScript's Name, gc=Name, Script=Name. */
function property(p: string, i: number): [string, number] {
  const close = p.indexOf('}', i + 3);
  const body = p.slice(i + 3, close);
  const eq = body.indexOf('=');
  let name = body;
  if (eq >= 0) {
    const key = body.slice(0, eq);
    name = body.slice(eq + 1);
    if (key === 'Script_Extensions' || key === 'scx') {
      fail(`使用了 \\p{${body}}（Script_Extensions），RE2 引擎不支持，已停用。请改用 \\p{Script=${name}}。`);
    }
  }
  return [`\\${p[i + 1]}{${name}}`, close + 1];
}

/**
 * A character escape at `i` (the backslash) that stands for one code point: its code point and
 * the index after it, or undefined for a class escape (\d, \s, \p{…}…), an assertion or a
 * back-reference.
 */
function characterEscape(p: string, i: number, inClass: boolean): [number, number] | undefined {
  const c = p[i + 1] as string;
  switch (c) {
    case 't':
      return [9, i + 2];
    case 'n':
      return [10, i + 2];
    case 'v':
      return [11, i + 2];
    case 'f':
      return [12, i + 2];
    case 'r':
      return [13, i + 2];
    case '0':
      return [0, i + 2];
    case 'b':
      return inClass ? [8, i + 2] : undefined;
    case 'c':
      return [(p.charCodeAt(i + 2) as number) % 32, i + 3];
    case 'x':
      return [parseInt(p.slice(i + 2, i + 4), 16), i + 4];
    case 'u': {
      if (p[i + 2] === '{') {
        const close = p.indexOf('}', i + 3);
        return [parseInt(p.slice(i + 3, close), 16), close + 1];
      }
      const unit = parseInt(p.slice(i + 2, i + 6), 16);
      // \uD842\uDFB7 is one code point (𠮷) with the u flag.
      if (unit >= 0xd800 && unit <= 0xdbff && p[i + 6] === '\\' && p[i + 7] === 'u' && isHexDigits(p.slice(i + 8, i + 12))) {
        const low = parseInt(p.slice(i + 8, i + 12), 16);
        if (low >= 0xdc00 && low <= 0xdfff) return [0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00), i + 12];
      }
      return [unit, i + 6];
    }
    case 'd':
    case 'D':
    case 'w':
    case 'W':
    case 's':
    case 'S':
    case 'p':
    case 'P':
    case 'B':
    case 'k':
      return undefined;
    default: {
      if (c >= '1' && c <= '9') return undefined;
      // An identity escape: a syntax character, / or (in a class) -.
      const cp = p.codePointAt(i + 1) as number;
      return [cp, i + (cp > 0xffff ? 3 : 2)];
    }
  }
}

/** A class escape (\d \D \w \W \s \S \p{…} \P{…}) at `i`, as RE2 text for inside a class (items) or outside. */
function classEscape(p: string, i: number, inClass: boolean): [string, number] {
  const c = p[i + 1] as string;
  if (c === 'p' || c === 'P') return property(p, i);
  if (c === 's') return [inClass ? SPACE_ITEMS : `[${SPACE_ITEMS}]`, i + 2];
  if (c === 'S') return [inClass ? NON_SPACE_ITEMS : `[${NON_SPACE_ITEMS}]`, i + 2];
  return [`\\${c}`, i + 2]; // \d \D \w \W: ASCII in both engines
}

/** A character class at `i` (the [), as RE2 text, and the index after it. */
function characterClass(p: string, i: number): [string, number] {
  let j = i + 1;
  const negated = p[j] === '^';
  if (negated) j++;
  if (p[j] === ']') return [negated ? ANY : NOTHING, j + 1];
  let out = negated ? '[^' : '[';
  /** The next class atom: RE2 text, and whether it is one code point (may start or end a range). */
  const atom = (): [string, boolean] => {
    if (p[j] === '\\') {
      const single = characterEscape(p, j, true);
      if (single) {
        j = single[1];
        return [literal(single[0], true), true];
      }
      const [text, next] = classEscape(p, j, true);
      j = next;
      return [text, false];
    }
    const cp = p.codePointAt(j) as number;
    j += cp > 0xffff ? 2 : 1;
    return [literal(cp, true), true];
  };
  while (j < p.length && p[j] !== ']') {
    const [first, single] = atom();
    out += first;
    // a-b is a range; a - at the start, at the end or after a range is the character itself.
    if (single && p[j] === '-' && p[j + 1] !== ']' && j + 1 < p.length) {
      j++;
      out += `-${atom()[0]}`;
    }
  }
  return [`${out}]`, j + 1];
}

/**
 * The RE2 form of a JavaScript regular expression that `new RegExp(pattern, 'u')` accepts, or a
 * UserPatternError for what RE2 cannot run. Capturing groups become non-capturing: nothing reads
 * them (a replacement is literal text) and RE2 refuses captures inside a lookbehind.
 */
export function toRe2Syntax(p: string): string {
  let out = '';
  let i = 0;
  while (i < p.length) {
    const c = p[i] as string;
    if (c === '\\') {
      const d = p[i + 1] as string;
      if ((d >= '1' && d <= '9') || d === 'k') fail(BACKREFERENCE_MESSAGE);
      if (d === 'b' || d === 'B') {
        out += `\\${d}`; // ASCII word boundaries in both engines
        i += 2;
        continue;
      }
      const single = characterEscape(p, i, false);
      if (single) {
        out += literal(single[0], false);
        i = single[1];
      } else {
        const [text, next] = classEscape(p, i, false);
        out += text;
        i = next;
      }
    } else if (c === '[') {
      const [text, next] = characterClass(p, i);
      out += text;
      i = next;
    } else if (c === '(') {
      if (p[i + 1] !== '?') {
        out += '(?:';
        i += 1;
      } else if (p.startsWith('(?:', i)) {
        out += '(?:';
        i += 3;
      } else if (p.startsWith('(?=', i) || p.startsWith('(?!', i)) {
        fail(LOOKAHEAD_MESSAGE);
      } else if (p.startsWith('(?<=', i) || p.startsWith('(?<!', i)) {
        out += p.slice(i, i + 4);
        i += 4;
      } else if (p.startsWith('(?<', i)) {
        out += '(?:'; // a named group
        i = p.indexOf('>', i) + 1;
      } else {
        fail(`使用了 RE2 引擎不支持的写法“${p.slice(i, i + 4)}”，已停用。请改写。`);
      }
    } else if (c === '.') {
      out += DOT;
      i += 1;
    } else {
      // ^ $ | ) * + ? {n,m} and literal characters: the same in RE2.
      const cp = p.codePointAt(i) as number;
      out += '^$|)*+?{},'.includes(c) || (c >= '0' && c <= '9') ? c : literal(cp, false);
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return out;
}

/** Why RE2 refused a translated pattern, in Chinese (after the pattern), from re2js's English message. */
function engineMessage(e: unknown): string {
  const detail = e instanceof Error ? e.message : String(e);
  const property = /invalid character class range: `(\\[pP]\{[^}]*\})`/.exec(detail);
  if (property) return `使用了 RE2 引擎不认识的 Unicode 属性 ${property[1]}，已停用。请改用简写，如 \\p{L}、\\p{Script=Han}。`;
  if (/invalid repeat count/.test(detail)) return '的重复次数超过 1000（如 {1001}，或嵌套的重复次数相乘超过 1000），RE2 引擎不支持，已停用。请改写。';
  return `无法由 RE2 引擎执行（${detail}），已停用。请改写。`;
}

/** Compiled regular expressions by source; the rule is rebuilt for every analysis, the patterns rarely change. */
const compiled = new Map<string, RE2JS>();
const MAX_CACHED = 2048;

function compileRegex(pattern: string): RE2JS {
  const hit = compiled.get(pattern);
  if (hit) return hit;
  try {
    new RegExp(pattern, 'u');
  } catch (e) {
    fail(`正则表达式无效：${(e as Error).message}`);
  }
  if (pattern.length > MAX_PATTERN_LENGTH) fail(`正则表达式过长（超过 ${MAX_PATTERN_LENGTH} 字符），已停用。`);
  let re: RE2JS;
  try {
    const { RE2JS: Engine } = re2js();
    re = Engine.compile(toRe2Syntax(pattern), Engine.LOOKBEHINDS);
  } catch (e) {
    fail(`正则表达式“${pattern}”${e instanceof UserPatternError ? e.message : engineMessage(e)}`);
  }
  if (compiled.size >= MAX_CACHED) compiled.clear();
  compiled.set(pattern, re);
  return re;
}

/**
 * Why a regular expression cannot be used as a custom phrase (invalid, too long, or beyond RE2),
 * as a Chinese sentence, or undefined when it can.
 */
export function userPatternProblem(pattern: string): string | undefined {
  try {
    compileRegex(pattern);
    return undefined;
  } catch (e) {
    if (e instanceof UserPatternError) return e.message;
    throw e;
  }
}

class LiteralPattern implements UserPattern {
  readonly regex = false;
  constructor(readonly source: string) {}

  forEachMatch(text: string, visit: (start: number, end: number) => boolean): void {
    const n = this.source.length;
    if (n === 0) return;
    for (let at = text.indexOf(this.source); at >= 0; at = text.indexOf(this.source, at + n)) {
      if (!visit(at, at + n)) return;
    }
  }
}

class RegexPattern implements UserPattern {
  readonly regex = true;
  constructor(
    readonly source: string,
    private readonly re: RE2JS,
  ) {}

  /** A matcher kept for the next text (cheaper than a new one per line); taken while in use. */
  private idle: Matcher | undefined;

  forEachMatch(text: string, visit: (start: number, end: number) => boolean): void {
    const m = this.idle ? this.idle.resetMatcherInput(text) : this.re.matcher(text);
    this.idle = undefined;
    try {
      while (m.find()) {
        if (!visit(m.start(), m.end())) return;
      }
    } finally {
      this.idle = m.resetMatcherInput(''); // not holding on to the text (a slice keeps a whole document alive)
    }
  }
}

/** Compiles a custom phrase's pattern; throws UserPatternError (a Chinese message) for a regex RE2 cannot run. */
export function compileUserPattern(pattern: string, regex: boolean): UserPattern {
  return regex ? new RegexPattern(pattern, compileRegex(pattern)) : new LiteralPattern(pattern);
}
