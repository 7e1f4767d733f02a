/**
 * `gongwen` command-line tool: lints drafts with the same core as the language server.
 * Exit status: 0 clean or warnings only, 1 any error-severity finding, 2 usage or file errors.
 */
import { analyze, formatOf, normalizeSettings, RULE_IDS } from '../core';
import { parseArgs, USAGE } from './args';
import { expandPaths, readDraft } from './files';
import { formatText, toJsonReport, type JsonFileReport } from './report';

declare const GONGWEN_VERSION: string | undefined;

export function main(argv: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
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
    case 'lint':
      break;
  }

  const { settings, problems } = normalizeSettings({ rules: command.rules }, RULE_IDS);
  if (problems.length > 0) {
    for (const p of problems) err(p);
    return 2;
  }
  const { files, errors } = expandPaths(command.files);
  let fileErrors = errors.length;
  for (const e of errors) err(`${e.file}: ${e.reason}`);
  const reports: JsonFileReport[] = [];
  let hasError = false;
  for (const file of files) {
    const read = readDraft(file);
    if (!read.ok) {
      err(`${file}: ${read.reason}`);
      fileErrors++;
      continue;
    }
    const findings = analyze({ text: read.text, format: formatOf(file) }, settings);
    if (findings.some((f) => f.severity === 'error')) hasError = true;
    const report = toJsonReport(file, read.text, findings);
    reports.push(report);
    if (command.format === 'text') for (const line of formatText(report)) out(line);
  }
  if (command.format === 'json') out(JSON.stringify(reports, null, 2));
  else {
    const total = reports.reduce((n, r) => n + r.diagnostics.length, 0);
    err(`${reports.length} 个文件，${total} 个问题。${reports.length} file(s), ${total} problem(s).`);
  }
  if (fileErrors > 0) return 2;
  return hasError ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), (l) => process.stdout.write(l + '\n'), (l) => process.stderr.write(l + '\n'));
}
