/**
 * Effective settings for one document: editor (or CLI) settings, overridden by the nearest
 * `.gongwenrc.json`, which is more specific to the documents beside it.
 */
import * as path from 'path';
import { SETTINGS_ENTRIES, type Settings } from '../core';
import type { ConfigFile } from './configFile';

export function mergeSettings(base: Settings, config: ConfigFile | undefined): Settings {
  if (!config) return base;
  const merged: Record<string, unknown> = { ...base, ruleOptions: { ...base.ruleOptions, ...config.ruleOptions } };
  const from = config as unknown as Record<string, unknown>;
  // How each key combines is declared in the settings table (`merge`).
  for (const entry of SETTINGS_ENTRIES) {
    if (!entry.rc) continue;
    const mine = merged[entry.key];
    const theirs = from[entry.key];
    if (theirs === undefined) continue;
    if (entry.merge === 'byKey') merged[entry.key] = { ...(mine as object), ...(theirs as object) };
    else if (entry.merge === 'concat') merged[entry.key] = [...(mine as unknown[]), ...(theirs as unknown[])];
    else merged[entry.key] = theirs;
  }
  return merged as unknown as Settings;
}

/** Answers per config (one per read of the file) and document path: a path is matched once, not on every check. */
const answers = new WeakMap<ConfigFile, Map<string, boolean>>();
const MAX_ANSWERS = 10000;

/** True when the config's `ignore` globs (relative to its folder; compiled when it was read) match the document. */
export function isIgnored(documentPath: string, config: ConfigFile | undefined): boolean {
  if (!config || config.ignoreMatchers.length === 0) return false;
  const relative = path.relative(path.dirname(config.path), path.resolve(documentPath)).split(path.sep).join('/');
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
  let known = answers.get(config);
  if (!known) answers.set(config, (known = new Map()));
  let answer = known.get(relative);
  if (answer === undefined) {
    answer = config.ignoreMatchers.some(({ matcher }) => matcher.match(relative));
    if (known.size >= MAX_ANSWERS) known.clear();
    known.set(relative, answer);
  }
  return answer;
}
