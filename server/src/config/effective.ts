/**
 * Effective settings for one document: editor (or CLI) settings, overridden by the nearest
 * `.gongwenrc.json`, which is more specific to the documents beside it.
 */
import * as path from 'path';
import { minimatch } from 'minimatch';
import type { Settings } from '../core';
import type { ConfigFile } from './configFile';

export function mergeSettings(base: Settings, config: ConfigFile | undefined): Settings {
  if (!config) return base;
  return {
    ...base,
    rules: { ...base.rules, ...config.rules },
    profile: config.profile ?? base.profile,
    phrases: [...base.phrases, ...config.phrases],
    terms: [...base.terms, ...config.terms],
  };
}

/** True when the config's `ignore` globs (relative to its folder) match the document. */
export function isIgnored(documentPath: string, config: ConfigFile | undefined): boolean {
  if (!config || config.ignore.length === 0) return false;
  const relative = path.relative(path.dirname(config.path), path.resolve(documentPath)).split(path.sep).join('/');
  if (relative.startsWith('..')) return false;
  return config.ignore.some((glob) => minimatch(relative, glob, { dot: true, matchBase: !glob.includes('/') }));
}
