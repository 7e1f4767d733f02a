/**
 * `.gongwenrc.json`: the workspace configuration file (JSON with comments), found in the
 * document's folder or any parent. Parsing is pure (text in, settings and problems out, with
 * offsets into the file for diagnostics on it); finding and reading files is kept apart.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, printParseErrorCode, parseTree, findNodeAtLocation, type ParseError, type Node } from 'jsonc-parser';
import { normalizeSettings, RULE_IDS, type Settings } from '../core';
import type { OffsetRange } from '../core';

export const CONFIG_FILE_NAME = '.gongwenrc.json';

export interface ConfigProblem extends OffsetRange {
  message: string;
}

export interface ConfigFile {
  path: string;
  /** The file's text (for positions of problems). */
  text: string;
  /** What the file sets; absent keys are left to editor settings. */
  rules: Settings['rules'];
  profile: Settings['profile'] | undefined;
  phrases: Settings['phrases'];
  /** The workspace glossary: canonical forms and their variants. */
  terms: Settings['terms'];
  /** Glob patterns relative to the file's folder; matching documents are not checked. */
  ignore: string[];
  problems: ConfigProblem[];
}

const KNOWN_KEYS = ['$schema', 'rules', 'profile', 'phrases', 'terms', 'ignore'];

/** Parses a config file's text. Never throws: problems come back with their offsets. */
export function parseConfig(filePath: string, text: string): ConfigFile {
  const errors: ParseError[] = [];
  const raw: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const tree = parseTree(text, [], { allowTrailingComma: true });
  const config: ConfigFile = { path: filePath, text, rules: {}, profile: undefined, phrases: [], terms: [], ignore: [], problems: [] };
  for (const e of errors) {
    config.problems.push({ start: e.offset, end: e.offset + Math.max(1, e.length), message: `配置文件 JSON 格式有误（${printParseErrorCode(e.error)}），已按默认设置检查。` });
  }
  if (errors.length > 0) return config;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    config.problems.push({ start: 0, end: text.length, message: '配置文件应为一个 JSON 对象。' });
    return config;
  }
  const where = (keyPath: Array<string | number>): OffsetRange => {
    const node: Node | undefined = tree ? findNodeAtLocation(tree, keyPath) : undefined;
    return node ? { start: node.offset, end: node.offset + node.length } : { start: 0, end: Math.min(1, text.length) };
  };
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.includes(key)) {
      const node = tree ? findNodeAtLocation(tree, [key]) : undefined;
      const keyNode = node?.parent?.children?.[0];
      const range = keyNode ? { start: keyNode.offset, end: keyNode.offset + keyNode.length } : where([key]);
      config.problems.push({ ...range, message: `未知配置项“${key}”，可用的有：rules、profile、phrases、terms、ignore。` });
    }
  }

  // Rules, profile and phrases are checked entry by entry so that each problem points at its place.
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      config.problems.push({ ...where(['rules']), message: 'rules 应为对象，如 { "placeholder.unfilled": "error" }。' });
    } else {
      for (const [id, level] of Object.entries(obj.rules as Record<string, unknown>)) {
        const { settings, problems } = normalizeSettings({ rules: { [id]: level } }, RULE_IDS);
        if (problems.length > 0) {
          const node = tree ? findNodeAtLocation(tree, ['rules', id]) : undefined;
          const keyNode = node?.parent?.children?.[0];
          const range = RULE_IDS.includes(id) || !keyNode ? where(['rules', id]) : { start: keyNode.offset, end: keyNode.offset + keyNode.length };
          for (const p of problems) config.problems.push({ ...range, message: p });
        } else {
          Object.assign(config.rules, settings.rules);
        }
      }
    }
  }
  if (obj.profile !== undefined) {
    const { settings, problems } = normalizeSettings({ profile: obj.profile });
    if (problems.length > 0) for (const p of problems) config.problems.push({ ...where(['profile']), message: p.replace('gongwen.profile', 'profile') });
    else config.profile = settings.profile;
  }
  if (obj.phrases !== undefined) {
    if (!Array.isArray(obj.phrases)) {
      config.problems.push({ ...where(['phrases']), message: 'phrases 应为数组。' });
    } else {
      obj.phrases.forEach((entry, i) => {
        const { settings, problems } = normalizeSettings({ phrases: [entry] });
        if (problems.length > 0) for (const p of problems) config.problems.push({ ...where(['phrases', i]), message: p.replace('第 1 项', `第 ${i + 1} 项`) });
        else config.phrases.push(...settings.phrases);
      });
    }
  }
  if (obj.terms !== undefined) {
    if (!Array.isArray(obj.terms)) {
      config.problems.push({ ...where(['terms']), message: 'terms 应为数组，如 [{ "canonical": "区委、区政府", "variants": ["区委区政府"] }]。' });
    } else {
      obj.terms.forEach((entry, i) => {
        const { settings, problems } = normalizeSettings({ terms: [entry] });
        if (problems.length > 0) for (const p of problems) config.problems.push({ ...where(['terms', i]), message: p.replace('第 1 项', `第 ${i + 1} 项`) });
        else config.terms.push(...settings.terms);
      });
    }
  }
  if (obj.ignore !== undefined) {
    if (Array.isArray(obj.ignore) && obj.ignore.every((g) => typeof g === 'string')) config.ignore = obj.ignore as string[];
    else config.problems.push({ ...where(['ignore']), message: 'ignore 应为字符串数组，如 ["归档/**"]。' });
  }
  return config;
}

/** The nearest config file for a document: in its folder or any parent, up to the root. */
export function findConfigPath(documentPath: string, exists: (p: string) => boolean = fs.existsSync): string | undefined {
  let dir = path.dirname(path.resolve(documentPath));
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (exists(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and parses a config file; an unreadable file is a problem, not an exception. */
export function readConfig(configPath: string): ConfigFile {
  let text: string;
  try {
    text = fs.readFileSync(configPath, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    return { path: configPath, text: '', rules: {}, profile: undefined, phrases: [], terms: [], ignore: [], problems: [{ start: 0, end: 0, message: `无法读取配置文件：${(e as Error).message}` }] };
  }
  return parseConfig(configPath, text);
}
