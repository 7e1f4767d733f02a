/**
 * `gongwen` command-line tool: lints drafts with the same core as the language server, with the
 * nearest `.gongwenrc.json` applied. Exit status: 0 clean or warnings only, 1 any error-severity
 * finding (a broken config file counts), 2 usage or file errors.
 */
import * as fs from 'fs';
import { analyze, detectDocType, fixAll, formatOf, LineIndex, needsWords, normalizeSettings, RULE_IDS, type Settings } from '../core';
import { findConfigPath, readConfig, type ConfigFile } from '../config/configFile';
import { isIgnored, mergeSettings } from '../config/effective';
import { parseArgs, USAGE } from './args';
import { expandPaths, readDraft } from './files';
import { describeChanges } from './changes';
import { exportCommand, isDocx, lintDocxFiles } from './docx';
import { formatText, toJsonReport, type JsonFileReport } from './report';
import { outlineCommand } from './outline';
import { termsCommand } from './terms';
import { CliWords } from './words';

declare const GONGWEN_VERSION: string | undefined;

type Out = (line: string) => void;

/** Reads each config file once, and reports its problems once, as findings on the file itself. */
class Configs {
  private readonly cache = new Map<string, ConfigFile>();
  readonly reports: JsonFileReport[] = [];

  constructor(private readonly explicit: string | undefined) {}

  for(file: string): ConfigFile | undefined {
    const configPath = this.explicit ?? findConfigPath(file);
    if (!configPath) return undefined;
    let config = this.cache.get(configPath);
    if (!config) {
      config = readConfig(configPath);
      this.cache.set(configPath, config);
      if (config.problems.length > 0) {
        const lines = new LineIndex(config.text);
        this.reports.push({
          file: configPath,
          diagnostics: config.problems.map((p) => ({ rule: 'config.invalid', severity: 'error', message: p.message, range: lines.rangeAt(p.start, p.end), fixes: [] })),
        });
      }
    }
    return config;
  }
}

/** The exit status; a promise when Word files are read or written (export, lint FILE.docx). */
export function main(argv: readonly string[], out: Out, err: Out): number | Promise<number> {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      out(USAGE);
      return 0;
    case 'version':
      out(typeof GONGWEN_VERSION === 'string' ? GONGWEN_VERSION : 'dev');
      return 0;
    case 'error':
      err(command.message);
      err(USAGE);
      return 2;
    case 'outline':
      return outlineCommand(command.files, command.format, out, err);
    case 'terms':
      return termsCommand(command.files, command.format, out, err);
    case 'export':
      return exportCommand(command, out, err);
    case 'lint':
      break;
  }

  const { settings: base, problems } = normalizeSettings({ rules: command.rules }, RULE_IDS);
  if (problems.length > 0) {
    for (const p of problems) err(p);
    return 2;
  }
  if (command.config && !fs.existsSync(command.config)) {
    err(`${command.config}: 配置文件不存在。No such config file.`);
    return 2;
  }
  const configs = new Configs(command.config);
  const segmentation = new CliWords();
  let segmentationReported = false;
  const { files: expanded, errors } = expandPaths(command.files);
  const files = expanded.filter((f) => !isDocx(f));
  const docxFiles = expanded.filter(isDocx);
  let fileErrors = errors.length;
  for (const e of errors) err(`${e.file}: ${e.reason}`);
  const reports: JsonFileReport[] = [];
  for (const file of files) {
    const config = configs.for(file);
    if (isIgnored(file, config)) continue;
    const read = readDraft(file);
    if (!read.ok) {
      err(`${file}: ${read.reason}`);
      fileErrors++;
      continue;
    }
    // Command-line --rule wins over the config file, which wins over defaults.
    const merged = mergeSettings(base, config);
    const settings: Settings = { ...merged, rules: { ...merged.rules, ...base.rules } };
    let text = read.text;
    const input = { text, format: formatOf(file) };
    // Rules that need words (terminology drift) get them from nodejieba, loaded on first need.
    const wantsWords = needsWords(settings, settings.profile !== 'auto' ? settings.profile : detectDocType(text));
    const wordsFor = (t: string) => (wantsWords ? segmentation.wordsFor(t, settings.terms) : undefined);
    if (command.fix !== 'no') {
      const result = fixAll(input, settings, () => true, wordsFor);
      if (result.text !== text) {
        for (const line of describeChanges(file, text, result.text, result.fixed.length, command.fix === 'write')) err(line);
        if (command.fix === 'write') {
          fs.writeFileSync(file, (read.bom ? '\uFEFF' : '') + result.text);
          text = result.text;
        }
      }
    }
    const words = wordsFor(text);
    if (wantsWords && !words && !segmentationReported) {
      segmentationReported = true;
      err(`分词不可用，已跳过术语一致性检查：${segmentation.error ?? '未知原因'}`);
    }
    const report = toJsonReport(file, text, analyze({ ...input, text, ...(words ? { words } : {}) }, settings));
    reports.push(report);
    if (command.format === 'text') for (const line of formatText(report)) out(line);
  }
  const finish = (): number => {
    for (const r of configs.reports) if (command.format === 'text') for (const line of formatText(r)) out(line);
    const all = [...configs.reports, ...reports];
    if (command.format === 'json') out(JSON.stringify(all, null, 2));
    else {
      const total = all.reduce((n, r) => n + r.diagnostics.length, 0);
      err(`${reports.length} 个文件，${total} 个问题。${reports.length} file(s), ${total} problem(s).`);
    }
    if (fileErrors > 0) return 2;
    return all.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
  };
  if (docxFiles.length === 0) return finish();
  // .docx files (named one by one): read with mammoth, asynchronously, after the drafts.
  if (command.fix !== 'no') err('Word 文档不能自动修复（--fix），只作检查。--fix does not apply to .docx files.');
  const docxSettings = (file: string): Settings | undefined => {
    const config = configs.for(file);
    if (isIgnored(file, config)) return undefined;
    const merged = mergeSettings(base, config);
    return { ...merged, rules: { ...merged.rules, ...base.rules } };
  };
  return lintDocxFiles(docxFiles, docxSettings, command.format, out, err).then((docx) => {
    for (const r of docx.reports) reports.push(r);
    fileErrors += docx.errors;
    return finish();
  });
}

if (require.main === module) {
  void Promise.resolve(main(process.argv.slice(2), (l) => process.stdout.write(l + '\n'), (l) => process.stderr.write(l + '\n'))).then((code) => {
    process.exitCode = code;
  });
}
