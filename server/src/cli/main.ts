/**
 * `gongwen` command-line tool: lints drafts with the same core as the language server, with the
 * nearest `.gongwenrc.json` applied. Exit status: 0 clean or warnings only, 1 any error-severity
 * finding (a broken config file counts), 2 usage or file errors. `gongwen check` (check.ts): 0
 * every file ready to submit, 1 a file not ready, 2 usage or file errors.
 */
import { isMainThread } from 'worker_threads';
import { tuneHeap } from '../heap';
import type { Settings } from '../core';
import { parseArgs, USAGE } from './args';
import { checkCommand } from './check';
import { annotateCommand, exportCommand, isDocx, lintDocxFiles } from './docx';
import { expandPaths } from './files';
import { commandSettings, type FileOutcome } from './lintFile';
import { outlineCommand } from './outline';
import { lintFiles } from './parallel';
import { formatText, shownPath, type JsonFileReport } from './report';
import { toSarif } from './sarif';
import { termsCommand } from './terms';

declare const GONGWEN_VERSION: string | undefined;

type Out = (line: string) => void;

/** The exit status; a promise when Word files are read or written (export, lint FILE.docx). */
export function main(argv: readonly string[], out: Out, err: Out): number | Promise<number> {
  tuneHeap(); // a folder of large drafts: every thread's heap grows by half its live size (heap.ts)
  // Past a file-size limit (ulimit -f) a write then fails with EFBIG instead of killing the
  // process: a failed --fix or export write is reported and its temporary file removed.
  if (process.listenerCount('SIGXFSZ') === 0) process.on('SIGXFSZ', () => undefined);
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
    case 'check':
      return checkCommand(command, out, err);
    case 'lint':
      if (command.annotate !== undefined) return annotateCommand(command.files[0] as string, command.annotate, command, out, err);
      break;
  }

  const setup = commandSettings(command, err);
  if (!setup) return 2;
  const { base, configs } = setup;
  let segmentationReported = false;
  const { files: expanded, errors } = expandPaths(command.files);
  const files = expanded.filter((f) => !isDocx(f));
  const docxFiles = expanded.filter(isDocx);
  let fileErrors = errors.length;
  for (const e of errors) err(`${shownPath(e.file)}: ${e.reason}`);
  // Config problems are reported from this thread, once per config file, whichever thread lints.
  for (const file of files) configs.for(file);
  // json and sarif print one document at the end, so they keep every file's report; text is
  // printed file by file and keeps only the counts (keeping the reports made a run over 2,000
  // drafts of 50,000 characters grow by about 20 MB a file: drift fixes carry every occurrence).
  const reports: JsonFileReport[] = [];
  const tally = { files: 0, problems: 0, errors: false };
  const keep = (report: JsonFileReport): void => {
    tally.files++;
    tally.problems += report.diagnostics.length;
    if (report.diagnostics.some((d) => d.severity === 'error')) tally.errors = true;
    if (command.format !== 'text') reports.push(report);
  };
  const onOutcome = (o: FileOutcome): void => {
    for (const line of o.errors) err(line);
    if (o.failed) fileErrors++;
    if (o.segmentationError && !segmentationReported) {
      segmentationReported = true;
      err(`分词不可用，已跳过术语一致性检查：${o.segmentationError}`);
    }
    if (!o.report) return;
    if (command.format === 'text') for (const line of formatText(o.report)) out(line);
    keep(o.report);
  };
  const finish = (): number => {
    for (const r of configs.reports) if (command.format === 'text') for (const line of formatText(r)) out(line);
    const all = [...configs.reports, ...reports];
    if (command.format === 'json') out(JSON.stringify(all, null, 2));
    else if (command.format === 'sarif') out(JSON.stringify(toSarif(all, typeof GONGWEN_VERSION === 'string' ? GONGWEN_VERSION : 'dev'), null, 2));
    else {
      const total = configs.reports.reduce((n, r) => n + r.diagnostics.length, tally.problems);
      err(`${tally.files} 个文件，${total} 个问题。${tally.files} file(s), ${total} problem(s).`);
    }
    if (fileErrors > 0) return 2;
    return tally.errors || configs.reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
  };
  // .docx files (named one by one): read with mammoth, asynchronously, after the drafts.
  const lintDocx = (): Promise<number> => {
    if (command.fix !== 'no') err('Word 文档不能自动修复（--fix），只作检查。--fix does not apply to .docx files.');
    const docxSettings = (file: string): Settings | undefined => configs.settingsFor(file, base);
    return lintDocxFiles(docxFiles, docxSettings, command.format === 'text' ? 'text' : 'json', out, err).then((docx) => {
      for (const r of docx.reports) keep(r);
      fileErrors += docx.errors;
      return finish();
    });
  };
  const linted = lintFiles(files, base, command.config, command.fix, command.encoding, command.jobs, onOutcome);
  if (linted) return linted.then(() => (docxFiles.length === 0 ? finish() : lintDocx()));
  return docxFiles.length === 0 ? finish() : lintDocx();
}

if (require.main === module && isMainThread) {
  void Promise.resolve(main(process.argv.slice(2), (l) => process.stdout.write(l + '\n'), (l) => process.stderr.write(l + '\n'))).then((code) => {
    process.exitCode = code;
  });
}
