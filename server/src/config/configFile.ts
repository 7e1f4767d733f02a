/**
 * `.gongwenrc.json`: the workspace configuration file (JSON with comments), found in the
 * document's folder or a parent up to a boundary (see findConfig). Parsing is pure (text in,
 * settings and problems out, with offsets into the file for diagnostics on it); finding and
 * reading files is kept apart.
 *
 * A workspace file is written by whoever made the workspace, so nothing in it may take the
 * checker down: it is read only when it is a regular file of at most MAX_CONFIG_BYTES
 * (io/readFile.ts), parsed only when its brackets nest at most MAX_NESTING deep, and its ignore
 * globs are compiled once, within limits (compileIgnore). Each refusal is a problem on the file.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createScanner, findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';
import { Minimatch } from 'minimatch';
import { normalizeEntry, RC_KEYS, SETTINGS_TABLE, type Settings } from '../core';
import type { OffsetRange } from '../core';
import { isWithin } from '../io/paths';
import { readRegularText } from '../io/readFile';

export const CONFIG_FILE_NAME = '.gongwenrc.json';

/**
 * Largest config file read: 1 MiB. A hand-written config is a few KB; a glossary of 5,000 terms
 * with two variants each is about 400 KB. 1 MiB parses in about 20 ms, and bounds what a file
 * can make the checker hold (a symlink to /dev/zero or a 16 GB file is refused before reading).
 */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * Deepest nesting of [ and { parsed: jsonc-parser parses recursively, and 16 KB of "[" overflowed
 * the stack. A config nests 4 deep (terms → entry → variants → string); 64 leaves room.
 */
export const MAX_NESTING = 64;
/** Ignore globs used, each at most MAX_GLOB_LENGTH characters. */
export const MAX_IGNORE_GLOBS = 1000;
export const MAX_GLOB_LENGTH = 256;
/**
 * Per glob: at most this many runs of `*` in one path segment (each run is a backtracking loop
 * when matched: `*a*a*a*a*ab` took 37 s on one 200-character file name), and this many `[` and
 * `{` (minimatch compiles [ in quadratic time; braces multiply).
 */
export const MAX_STARS_PER_SEGMENT = 2;
export const MAX_BRACKETS_PER_GLOB = 8;
/** Alternatives one glob's braces may expand to, and all globs together. */
export const MAX_GLOB_EXPANSIONS = 64;
export const MAX_TOTAL_EXPANSIONS = 2000;
/** Compiling stops (the rest refused) once it has taken this long: the backstop for the unforeseen. */
export const IGNORE_COMPILE_BUDGET_MS = 250;
/** Problems listed per file; the rest are counted in one last problem. */
export const MAX_PROBLEMS = 100;

export interface ConfigProblem extends OffsetRange {
  message: string;
  /** A limit refused the file or part of it (the CLI also says so on stderr). */
  refused?: true;
}

/** An ignore glob, compiled once per read of the file. */
export interface IgnoreMatcher {
  glob: string;
  matcher: Minimatch;
}

export interface ConfigFile {
  path: string;
  /** The file's text (for positions of problems). */
  text: string;
  /** What the file sets; absent keys are left to editor settings. */
  rules: Settings['rules'];
  /** Options of the rules set as `{ severity, options }`. */
  ruleOptions: Settings['ruleOptions'];
  profile: Settings['profile'] | undefined;
  phrases: Settings['phrases'];
  /** The workspace glossary: canonical forms and their variants. */
  terms: Settings['terms'];
  /** Glob patterns relative to the file's folder; matching documents are not checked. */
  ignore: string[];
  /** `ignore`, compiled (the globs that passed the limits). */
  ignoreMatchers: IgnoreMatcher[];
  problems: ConfigProblem[];
}

function emptyConfig(filePath: string, text: string): ConfigFile {
  return { path: filePath, text, rules: {}, ruleOptions: {}, profile: undefined, phrases: [], terms: [], ignore: [], ignoreMatchers: [], problems: [] };
}

/**
 * The offset of the first [ or { nested deeper than `max` (outside strings and comments), or
 * undefined. Uses jsonc-parser's own (iterative) scanner, so it sees the tokens its parser sees;
 * a closing bracket counts only when it matches the innermost open one, so the depth counted
 * is never less than the depth the parser recurses to.
 */
export function tooDeepAt(text: string, max: number = MAX_NESTING): number | undefined {
  const scanner = createScanner(text, true);
  const open: number[] = [];
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token === SyntaxKind.OpenBracketToken || token === SyntaxKind.OpenBraceToken) {
      open.push(token);
      if (open.length > max) return scanner.getTokenOffset();
    } else if (token === SyntaxKind.CloseBracketToken || token === SyntaxKind.CloseBraceToken) {
      const top = open[open.length - 1];
      if ((token === SyntaxKind.CloseBracketToken && top === SyntaxKind.OpenBracketToken) || (token === SyntaxKind.CloseBraceToken && top === SyntaxKind.OpenBraceToken)) open.pop();
    }
  }
  return undefined;
}

/** Parses a config file's text. Never throws: problems come back with their offsets. */
export function parseConfig(filePath: string, text: string): ConfigFile {
  const config = emptyConfig(filePath, text);
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    config.problems.push({ start: deep, end: deep + 1, refused: true, message: `配置文件的括号嵌套超过 ${MAX_NESTING} 层，已拒绝解析，按默认设置检查。` });
    return config;
  }
  let unlisted: number;
  try {
    unlisted = parseInto(config, text);
  } catch (e) {
    // Not expected after the depth check; should the parser still fail, the file is refused, not the checker.
    return { ...emptyConfig(filePath, text), problems: [{ start: 0, end: Math.min(1, text.length), refused: true, message: `配置文件无法解析（${(e as Error).message}），已按默认设置检查。` }] };
  }
  const rest = unlisted + Math.max(0, config.problems.length - MAX_PROBLEMS);
  if (rest > 0) {
    config.problems.length = Math.min(config.problems.length, MAX_PROBLEMS);
    config.problems.push({ start: 0, end: Math.min(1, text.length), message: `配置文件另有 ${rest} 个问题未列出。` });
  }
  return config;
}

/** Fills `config` from the text; returns how many parse errors were left unlisted (beyond MAX_PROBLEMS). */
function parseInto(config: ConfigFile, text: string): number {
  const errors: ParseError[] = [];
  // One parse: the tree gives both the value and the places of problems.
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  // A megabyte of stray brackets is a million errors: the messages are made for the listed ones only.
  for (const e of errors.slice(0, MAX_PROBLEMS)) {
    config.problems.push({ start: e.offset, end: e.offset + Math.max(1, e.length), message: `配置文件 JSON 格式有误（${printParseErrorCode(e.error)}），已按默认设置检查。` });
  }
  if (errors.length > 0) return Math.max(0, errors.length - MAX_PROBLEMS);
  const raw: unknown = tree ? getNodeValue(tree) : undefined;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    config.problems.push({ start: 0, end: text.length, message: '配置文件应为一个 JSON 对象。' });
    return 0;
  }
  const where = (keyPath: Array<string | number>): OffsetRange => {
    const node: Node | undefined = tree ? findNodeAtLocation(tree, keyPath) : undefined;
    return node ? { start: node.offset, end: node.offset + node.length } : { start: 0, end: Math.min(1, text.length) };
  };
  const obj = raw as Record<string, unknown>;
  const keyRange = (keyPath: Array<string | number>): OffsetRange => {
    const keyNode = tree ? findNodeAtLocation(tree, keyPath)?.parent?.children?.[0] : undefined;
    return keyNode ? { start: keyNode.offset, end: keyNode.offset + keyNode.length } : where(keyPath);
  };
  for (const key of Object.keys(obj)) {
    if (key !== '$schema' && !RC_KEYS.includes(key)) config.problems.push({ ...keyRange([key]), message: `未知配置项“${key}”，可用的有：${RC_KEYS.join('、')}。` });
  }
  // Each key is read with the normalisers of the settings table, each problem placed on its key or value.
  for (const entry of SETTINGS_TABLE) {
    const value = obj[entry.key];
    if (!entry.rc || value === undefined) continue;
    const result = normalizeEntry(entry, value, entry.key);
    for (const p of result.problems) {
      const keyPath = [entry.key, ...p.path];
      config.problems.push({ ...(p.atKey ? keyRange(keyPath) : where(keyPath)), message: p.message, ...(p.refused ? { refused: true as const } : {}) });
    }
    if (result.value === undefined) continue;
    if (entry.key === 'ignore') compileIgnore(config, result.value as string[], where);
    else (config as unknown as Record<string, unknown>)[entry.key] = result.value;
    if (result.ruleOptions) config.ruleOptions = result.ruleOptions;
  }
  return 0;
}

/** What is wrong with a glob before it is compiled, or undefined. */
function globTooComplex(glob: string): string | undefined {
  if (glob.length > MAX_GLOB_LENGTH) return `长 ${glob.length} 个字符，超过上限 ${MAX_GLOB_LENGTH} 个`;
  let brackets = 0;
  for (let i = 0; i < glob.length; i++) if (glob[i] === '[' || glob[i] === '{') brackets++;
  if (brackets > MAX_BRACKETS_PER_GLOB) return `有 ${brackets} 个“[”“{”，超过上限 ${MAX_BRACKETS_PER_GLOB} 个`;
  return undefined;
}

/** What is wrong with a compiled glob (as its braces expand it), or undefined. */
function matcherTooComplex(matcher: Minimatch): string | undefined {
  if (matcher.set.length > MAX_GLOB_EXPANSIONS) return `的花括号展开后超过 ${MAX_GLOB_EXPANSIONS} 种`;
  for (const parts of matcher.globParts) {
    for (const segment of parts) {
      if (segment === '**') continue;
      const stars = segment.match(/\*+/g)?.length ?? 0;
      if (stars > MAX_STARS_PER_SEGMENT) return `的一段路径“${segment}”中有 ${stars} 处“*”，超过上限 ${MAX_STARS_PER_SEGMENT} 处（匹配时可能极慢）`;
    }
  }
  return undefined;
}

/**
 * Compiles the ignore globs once, for every check until the file changes: at most
 * MAX_IGNORE_GLOBS, each within the per-glob limits, MAX_TOTAL_EXPANSIONS in all, and only for
 * IGNORE_COMPILE_BUDGET_MS. Extended globs (`+(a|b)`) are off: they compile to regular
 * expressions that backtrack catastrophically; `(` and `|` are then plain characters.
 */
function compileIgnore(config: ConfigFile, globs: readonly string[], where: (keyPath: Array<string | number>) => OffsetRange): void {
  const started = Date.now();
  let expansions = 0;
  const restRefused = (i: number, why: string): void => {
    config.problems.push({ ...where(['ignore', i]), refused: true, message: `ignore ${why}：第 ${i + 1} 项起的 ${globs.length - i} 项未采用（这些文件照常检查）。` });
  };
  for (let i = 0; i < globs.length; i++) {
    const glob = globs[i] as string;
    if (i >= MAX_IGNORE_GLOBS) return restRefused(i, `有 ${globs.length} 项，超过上限 ${MAX_IGNORE_GLOBS} 项`);
    if (Date.now() - started > IGNORE_COMPILE_BUDGET_MS) return restRefused(i, `编译用时超过 ${IGNORE_COMPILE_BUDGET_MS} 毫秒`);
    const before = globTooComplex(glob);
    if (before) {
      config.problems.push({ ...where(['ignore', i]), refused: true, message: `ignore 第 ${i + 1} 项${before}，已忽略该项。` });
      continue;
    }
    let matcher: Minimatch;
    try {
      matcher = new Minimatch(glob, { dot: true, matchBase: !glob.includes('/'), noext: true, braceExpandMax: MAX_GLOB_EXPANSIONS + 1 });
    } catch (e) {
      config.problems.push({ ...where(['ignore', i]), message: `ignore 第 ${i + 1} 项无效（${(e as Error).message}），已忽略该项。` });
      continue;
    }
    const after = matcherTooComplex(matcher);
    if (after) {
      config.problems.push({ ...where(['ignore', i]), refused: true, message: `ignore 第 ${i + 1} 项${after}，已忽略该项。` });
      continue;
    }
    if (expansions + matcher.set.length > MAX_TOTAL_EXPANSIONS) return restRefused(i, `展开后共超过 ${MAX_TOTAL_EXPANSIONS} 种`);
    expansions += matcher.set.length;
    config.ignore.push(glob);
    config.ignoreMatchers.push({ glob, matcher });
  }
}

/**
 * Where the upward search for a config file may look. It searches the document's folder, then
 * each parent, and stops after the first that is a workspace folder, the home directory or a
 * repository root (holds `.git`). The filesystem root and the temporary directory (and its
 * parents) are never searched: anyone can write there. If no stop lies on the way, the search
 * goes up to `fallback` when the document is inside it (the CLI: the current directory), else up
 * to the folder below the root or the temporary directory.
 */
export interface SearchBounds {
  /** Workspace folders (paths) of the editor. */
  workspaceFolders?: readonly string[];
  /** Default: os.homedir(). */
  home?: string;
  fallback?: string;
}

export interface ConfigSearch {
  /** The nearest config file, if any. */
  configPath: string | undefined;
  /** The highest folder the search may look in (a config found must stay inside it: see readConfig). */
  top: string | undefined;
}

let neverSearched: string[] | undefined;

/** Temporary directories, as given and as resolved through symlinks (macOS: /var → /private/var). */
function temporaryDirs(): string[] {
  if (neverSearched) return neverSearched;
  const dirs = new Set<string>();
  for (const dir of [os.tmpdir(), ...(process.platform === 'win32' ? [] : ['/tmp', '/var/tmp', '/dev/shm'])]) {
    dirs.add(path.resolve(dir));
    try {
      dirs.add(fs.realpathSync(dir));
    } catch {
      // absent here: the path as given is enough
    }
  }
  return (neverSearched = [...dirs]);
}

/** The filesystem root, a temporary directory or a parent of one. */
function neverSearch(dir: string): boolean {
  return path.dirname(dir) === dir || temporaryDirs().some((tmp) => isWithin(tmp, dir));
}

/** The folders searched for a document's config file, nearest first (see SearchBounds). */
export function searchFolders(documentPath: string, bounds: SearchBounds = {}, exists: (p: string) => boolean = fs.existsSync): string[] {
  const workspaceFolders = new Set((bounds.workspaceFolders ?? []).map((f) => path.resolve(f)));
  const home = path.resolve(bounds.home ?? os.homedir());
  const chain: string[] = [];
  for (let dir = path.dirname(path.resolve(documentPath)); !neverSearch(dir); dir = path.dirname(dir)) {
    chain.push(dir);
    if (workspaceFolders.has(dir) || dir === home || exists(path.join(dir, '.git'))) return chain;
  }
  const fallback = bounds.fallback === undefined ? -1 : chain.indexOf(path.resolve(bounds.fallback));
  return fallback >= 0 ? chain.slice(0, fallback + 1) : chain;
}

/** The CLI's bounds: no workspace folders; outside a repository and home, up to the current directory if the file is inside it. */
export function cliSearchBounds(): SearchBounds {
  return { fallback: process.cwd() };
}

/** The nearest config file for a document, within the bounds, and the highest folder searched. */
export function findConfig(documentPath: string, bounds: SearchBounds = cliSearchBounds(), exists: (p: string) => boolean = fs.existsSync): ConfigSearch {
  const folders = searchFolders(documentPath, bounds, exists);
  const top = folders[folders.length - 1];
  for (const dir of folders) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (exists(candidate)) return { configPath: candidate, top };
  }
  return { configPath: undefined, top };
}

/** The nearest config file for a document (see findConfig). */
export function findConfigPath(documentPath: string, exists: (p: string) => boolean = fs.existsSync, bounds: SearchBounds = cliSearchBounds()): string | undefined {
  return findConfig(documentPath, bounds, exists).configPath;
}

/**
 * Why a config found under `top` must not be read: it resolves (through a symlink) to a regular
 * file outside `top`. A symlink to a device or FIFO is left to readRegularFile, which says so.
 */
function escapesTop(configPath: string, top: string): string | undefined {
  let real: string;
  let root: string;
  try {
    real = fs.realpathSync(configPath);
    root = fs.realpathSync(top);
  } catch {
    return undefined;
  }
  if (isWithin(real, root)) return undefined;
  try {
    if (!fs.statSync(real).isFile()) return undefined;
  } catch {
    return undefined;
  }
  return `它是指向 ${real} 的符号链接，在 ${top} 之外`;
}

/**
 * Reads and parses a config file; an unreadable or refused file is a problem, not an exception.
 * `top` (from findConfig): a config found by searching must resolve to a file inside it.
 */
export function readConfig(configPath: string, top?: string): ConfigFile {
  const refused = (why: string): ConfigFile => ({ ...emptyConfig(configPath, ''), problems: [{ start: 0, end: 0, refused: true, message: `配置文件未读取：${why}，已按默认设置检查。` }] });
  const escapes = top === undefined ? undefined : escapesTop(configPath, top);
  if (escapes) return refused(escapes);
  const read = readRegularText(configPath, MAX_CONFIG_BYTES);
  if (!read.ok) return refused(read.reason);
  return parseConfig(configPath, read.text);
}
