/**
 * Linting one draft for `gongwen lint`: read it, apply the nearest config and the command line's
 * rules, fix if asked, segment if drift rules run, and report. The same function runs in the main
 * thread and in the lint workers (cli/parallel.ts); it returns what to print instead of printing,
 * so that output keeps the order of the files whichever thread did the work.
 */
import * as fs from 'fs';
import { analyze, docTypeFor, fixAll, fixedByFixAll, formatOf, LineIndex, needsWords, normalizeSettings, type Settings } from '../core';
import { isMainThread } from 'worker_threads';
import { cliSearchBounds, type ConfigFile } from '../config/configFile';
import { ConfigLookup } from '../config/lookup';
import { isIgnored, mergeSettings } from '../config/effective';
import { describeChanges } from './changes';
import { readDraft, type DraftEncoding } from './files';
import { replaceFile } from '../io/safeWrite';
import { shownPath, toJsonReport, type JsonFileReport } from './report';
import type { CliWords } from './words';

export type FixMode = 'no' | 'write' | 'dry-run';

/** The outcome of one file: its report (unless ignored or unreadable) and lines for stderr. */
export interface FileOutcome {
  file: string;
  report?: JsonFileReport;
  errors: string[];
  /** The file could not be read (counts towards exit status 2). */
  failed: boolean;
  /** Segmentation was wanted and unavailable: why. */
  segmentationError?: string;
}

/** Refusals already written to stderr by this thread (main.ts and lintFiles each make a Configs). */
const warned = new Set<string>();

/** Writes a refusal to stderr once; lint workers leave it to the main thread, which reads the same configs first. */
function warnOnce(line: string): void {
  if (!isMainThread || warned.has(line)) return;
  warned.add(line);
  process.stderr.write(`${line}\n`);
}

/**
 * Reads each config file once, and reports its problems once, as findings on the file itself;
 * a refused file (not a regular file, too big, nested too deep, too many ignore globs: see
 * config/configFile.ts) also gets a line on stderr. The search for a file's config stops at the
 * repository root or home folder, else at the current directory if the file is inside it; it
 * never looks in the temporary directory itself or the root.
 */
export class Configs {
  readonly reports: JsonFileReport[] = [];
  private readonly lookup: ConfigLookup;

  constructor(explicit: string | undefined, warn: (line: string) => void = warnOnce) {
    this.lookup = new ConfigLookup({
      bounds: cliSearchBounds,
      ...(explicit !== undefined ? { explicit } : {}),
      onRead: (config) => {
        if (config.problems.length > 0) {
          const lines = new LineIndex(config.text);
          this.reports.push({
            file: config.path,
            diagnostics: config.problems.map((p) => ({ rule: 'config.invalid', severity: 'error', message: p.message, range: lines.rangeAt(p.start, p.end), fixes: [] })),
          });
          for (const p of config.problems) if (p.refused) warn(`${config.path}: ${p.message}`);
        }
        return config;
      },
    });
  }

  for(file: string): ConfigFile | undefined {
    return this.lookup.for(file);
  }

  /** The settings for a file, or undefined when the config's ignore globs skip it. Command-line rules win. */
  settingsFor(file: string, base: Settings): Settings | undefined {
    const config = this.for(file);
    if (isIgnored(file, config)) return undefined;
    const merged = mergeSettings(base, config);
    return { ...merged, rules: { ...merged.rules, ...base.rules } };
  }
}

/**
 * The command line's --rule levels and --config, checked: the base settings and the configs, or
 * undefined after saying on `err` what is wrong (the command then exits 2).
 */
export function commandSettings(command: { rules: Record<string, string>; config: string | undefined }, err: (line: string) => void): { base: Settings; configs: Configs } | undefined {
  const { settings: base, problems } = normalizeSettings({ rules: command.rules });
  if (problems.length > 0) {
    for (const p of problems) err(p);
    return undefined;
  }
  if (command.config && !fs.existsSync(command.config)) {
    err(`${command.config}: 配置文件不存在。No such config file.`);
    return undefined;
  }
  return { base, configs: new Configs(command.config) };
}

export function lintFile(file: string, base: Settings, configs: Configs, segmentation: CliWords, fix: FixMode, encoding: DraftEncoding = 'utf-8'): FileOutcome {
  const settings = configs.settingsFor(file, base);
  if (!settings) return { file, errors: [], failed: false };
  const read = readDraft(file, encoding);
  if (!read.ok) return { file, errors: [`${shownPath(file)}: ${read.reason}`], failed: true };
  const errors: string[] = [];
  let failed = false;
  let text = read.text;
  const input = { text, format: formatOf(file) };
  // Rules that need words (terminology drift) get them from nodejieba, loaded on first need.
  const wantsWords = needsWords(settings, docTypeFor(text, settings));
  const wordsFor = (t: string) => (wantsWords ? segmentation.wordsFor(t) : undefined);
  if (fix !== 'no') {
    const result = fixAll(input, settings, fixedByFixAll, wordsFor);
    if (result.text !== text) {
      if (fix === 'dry-run') errors.push(...describeChanges(file, text, result.text, result.fixed.length, false));
      else if (encoding !== 'utf-8') {
        errors.push(...describeChanges(file, text, result.text, result.fixed.length, false));
        errors.push(`${shownPath(file)}: 不写回 GBK / GB 18030 文件（以上改动未保存）；请先另存为 UTF-8。Not written: the file is not UTF-8.`);
      } else {
        // A new file renamed over the old, only if nobody changed it since it was read.
        const written = replaceFile(file, (read.bom ? '\uFEFF' : '') + result.text, read.snapshot);
        errors.push(...describeChanges(file, text, result.text, result.fixed.length, written.ok));
        if (written.ok) text = result.text;
        else {
          errors.push(`${shownPath(file)}: 以上改动未保存：${written.reason}`);
          failed = true;
        }
      }
    }
  }
  const words = wordsFor(text);
  const report = toJsonReport(file, text, analyze({ ...input, text, ...(words ? { words } : {}) }, settings));
  return { file, report, errors, failed, ...(wantsWords && !words ? { segmentationError: segmentation.error ?? '未知原因' } : {}) };
}
