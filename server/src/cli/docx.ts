/**
 * Word in and out for the `gongwen` CLI.
 *
 *   gongwen export FILE.md|FILE.txt -o FILE.docx [--force] [--overwrite] [--rule RULE=LEVEL]... [--config FILE]
 *     Lints the draft with the nearest .gongwenrc.json, then writes a .docx laid out to GB/T 9704-2012.
 *     Refuses (exit 1) while error-level findings or unfilled placeholders remain; --force exports
 *     anyway and lists them as warnings. An existing FILE.docx (perhaps edited in Word since) is
 *     never replaced without --overwrite, and then atomically (safeWrite.ts); a symbolic link or
 *     anything but a regular file at that path is never written through. Exit 0 written,
 *     1 refused, 2 usage or file errors (an existing output without --overwrite among them).
 *
 *   gongwen lint FILE.docx
 *     Lints the document's text (paragraphs as lines). Text output names places as Word users find
 *     them: `FILE.docx:第3段第12字  warning  message  rule`. JSON keeps the usual report (range in the
 *     extracted text, where line N is the document's paragraph N + 1 counting empty ones) and adds
 *     `paragraph: { index, character, label }` (第N段第M字, 1-based). A .docx over the limits of
 *     docx/guard.ts (file size, entries, unpacked size: zip bombs) or not a regular file is refused
 *     with the reason, exit 2, the other files still checked.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze, formatOf, normalizeSettings, type Finding, type Settings } from '../core';
import { findConfigPath, readConfig } from '../config/configFile';
import { mergeSettings } from '../config/effective';
// docx and mammoth load on first use, from their own bundle (docx/load.ts).
import { wordSupport } from '../docx/load';
import { findingComments } from '../docx/comments';
import { readDocxFile } from '../docx/guard';
import type { DocxText } from '../docx/import';
import { describeFileError } from '../io/readFile';
import { createFile, replaceFile } from '../io/safeWrite';
import { readDraft } from './files';
import { CliWords } from './words';
import { toJsonReport, type JsonDiagnostic, type JsonFileReport, type OutputFormat } from './report';

type Out = (line: string) => void;

export interface ExportCommand {
  kind: 'export';
  file: string;
  output: string;
  force: boolean;
  /** Replace an existing output file (atomically; never a link or a non-regular file). */
  overwrite: boolean;
  rules: Record<string, string>;
  config: string | undefined;
}

export const EXPORT_USAGE = `  export FILE -o FILE.docx [--force] [--overwrite]
                  按 GB/T 9704-2012 版式导出 Word 文档；有错误级问题或未填写的占位符时拒绝导出，
                  --force 仍然导出并给出警告；FILE.docx 已存在时不覆盖（退出码 2），
                  --overwrite 才替换它 / export a GB/T 9704 .docx (refused while errors or
                  placeholders remain, unless --force; an existing FILE.docx is replaced only
                  with --overwrite)`;

export function isDocx(file: string): boolean {
  return path.extname(file).toLowerCase() === '.docx';
}

/** Parses the arguments after `export`. */
export function parseExportArgs(rest: readonly string[]): ExportCommand | { kind: 'error'; message: string } {
  const files: string[] = [];
  const rules: Record<string, string> = {};
  let output: string | undefined;
  let force = false;
  let overwrite = false;
  let config: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '-o' || arg === '--output' || arg.startsWith('--output=')) {
      output = arg.startsWith('--output=') ? arg.slice('--output='.length) : rest[++i];
      if (!output) return { kind: 'error', message: '-o 需要一个 .docx 文件路径。-o needs a file.' };
    } else if (arg === '--force' || arg === '--warn') {
      force = true;
    } else if (arg === '--overwrite') {
      overwrite = true;
    } else if (arg === '--rule' || arg === '-r' || arg.startsWith('--rule=')) {
      const value = arg.startsWith('--rule=') ? arg.slice('--rule='.length) : rest[++i];
      const match = /^([\w.-]+)=(\w+)$/.exec(value ?? '');
      if (!match) return { kind: 'error', message: '--rule 的格式应为 规则=级别，如 placeholder.unfilled=error。' };
      rules[match[1] as string] = match[2] as string;
    } else if (arg === '--config' || arg.startsWith('--config=')) {
      config = arg.startsWith('--config=') ? arg.slice('--config='.length) : rest[++i];
      if (!config) return { kind: 'error', message: '--config 需要一个文件路径。' };
    } else if (arg.startsWith('-') && arg !== '-') {
      return { kind: 'error', message: `未知选项“${arg}”。Unknown option "${arg}".` };
    } else files.push(arg);
  }
  const [file] = files;
  if (!file || files.length > 1) return { kind: 'error', message: '请指定一个要导出的 .md 或 .txt 草稿。Give one draft to export.' };
  if (!/\.(md|markdown|txt)$/i.test(file)) return { kind: 'error', message: `只能导出 .md 或 .txt 草稿：${file}。Only .md/.txt drafts can be exported.` };
  output ??= file.replace(/\.[^.\\/]+$/, '') + '.docx';
  if (!isDocx(output)) return { kind: 'error', message: `输出文件应以 .docx 结尾：${output}。` };
  return { kind: 'export', file, output, force, overwrite, rules, config };
}

/** Settings for a file: defaults, then its .gongwenrc.json (or --config), then --rule. */
function settingsFor(file: string, rules: Record<string, string>, configPath: string | undefined): { settings: Settings } | { problems: string[] } {
  const { settings: base, problems } = normalizeSettings({ rules });
  if (problems.length > 0) return { problems };
  const found = configPath ?? findConfigPath(file);
  const merged = mergeSettings(base, found ? readConfig(found) : undefined);
  return { settings: { ...merged, rules: { ...merged.rules, ...base.rules } } };
}

function place(file: string, text: string, f: Finding): string {
  const { start } = toJsonReport(file, text, [f]).diagnostics[0]?.range ?? { start: { line: 0, character: 0 } };
  return `${file}:${start.line + 1}:${start.character + 1}`;
}

const OVERWRITE_HINT = '确需替换请加 --overwrite。Use --overwrite to replace it.';

/** Why `output` may not be written, or undefined: checked before the work, and again by the write. */
function outputProblem(output: string, overwrite: boolean): string | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(output);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return `无法访问：${describeFileError(e)}`;
  }
  if (stat.isSymbolicLink()) return '这是符号链接，不写入（也不替换它指向的文件）。Not written: the path is a symbolic link.';
  if (!stat.isFile()) return '已存在且不是普通文件，不写入。Not written: not a regular file.';
  if (!overwrite) return `文件已存在，未覆盖（它可能已在 Word 中修改过）；${OVERWRITE_HINT}`;
  return undefined;
}

/** Writes the .docx: a new file exclusively, or with `overwrite` an existing regular file replaced atomically. */
function writeOutput(output: string, data: Buffer, overwrite: boolean): string | undefined {
  const problem = outputProblem(output, overwrite);
  if (problem) return problem;
  const exists = fs.existsSync(output);
  const outcome = overwrite && exists ? replaceFile(output, data) : createFile(output, data);
  if (outcome.ok) return undefined;
  return !overwrite && fs.existsSync(output) ? `${outcome.reason}${OVERWRITE_HINT}` : outcome.reason;
}

/** `gongwen export`. */
export async function exportCommand(command: ExportCommand, out: Out, err: Out): Promise<number> {
  // Before any work: an existing output is not replaced without --overwrite.
  const problem = outputProblem(command.output, command.overwrite);
  if (problem) {
    err(`${command.output}: ${problem}`);
    return 2;
  }
  if (command.config && !fs.existsSync(command.config)) {
    err(`${command.config}: 配置文件不存在。No such config file.`);
    return 2;
  }
  const resolved = settingsFor(command.file, command.rules, command.config);
  if ('problems' in resolved) {
    for (const p of resolved.problems) err(p);
    return 2;
  }
  const read = readDraft(command.file);
  if (!read.ok) {
    err(`${command.file}: ${read.reason}`);
    return 2;
  }
  const format = formatOf(command.file);
  const findings = analyze({ text: read.text, format }, resolved.settings);
  // A long title breaks between words: the segmentation gives them (nodejieba, loaded for the title alone).
  const segmentation = new CliWords();
  const result = await wordSupport().exportDocx(read.text, format, findings, { force: command.force, titleWords: (title) => segmentation.wordsFor(title) });
  for (const f of result.blocking) err(`${place(command.file, read.text, f)}  ${result.ok ? 'warning' : f.severity}  ${f.message}  ${f.rule}`);
  if (!result.ok) {
    err(`未导出：还有 ${result.blocking.length} 处错误或未填写的占位符，请先修改；确需导出请加 --force。Not exported: fix these first, or use --force.`);
    return 1;
  }
  const failed = writeOutput(command.output, result.buffer, command.overwrite);
  if (failed) {
    err(`${command.output}: 未导出：${failed}`);
    return 2;
  }
  if (result.blocking.length > 0) err(`警告：已按 --force 导出，但仍有 ${result.blocking.length} 处问题未改。Exported with --force; problems remain.`);
  out(`已导出 ${command.output}（GB/T 9704-2012 版式）。Wrote ${command.output}.`);
  return 0;
}

export interface DocxDiagnostic extends JsonDiagnostic {
  /** 第N段第M字: `index` N and `character` M, both 1-based. */
  paragraph: { index: number; character: number; label: string };
}

export interface DocxFileReport extends JsonFileReport {
  diagnostics: DocxDiagnostic[];
}

/** Lints one .docx: its text with `settings`, positions also as 第N段第M字. */
export async function lintDocxFile(file: string, settings: Settings): Promise<{ ok: true; report: DocxFileReport; text: string } | { ok: false; reason: string }> {
  const { importDocx, paragraphLabel, paragraphPosition } = wordSupport();
  const read = readDocxFile(file);
  if (!read.ok) return { ok: false, reason: read.reason };
  let docx: DocxText;
  try {
    docx = await importDocx(read.bytes);
  } catch (e) {
    // Over the limits of docx/guard.ts (its own message). By name: the error comes from the Word bundle's copy of the class.
    if ((e as Error).name === 'DocxRefusedError') return { ok: false, reason: (e as Error).message };
    return { ok: false, reason: `无法读取 Word 文档（文件损坏或不是 .docx）：${(e as Error).message}` };
  }
  const findings = analyze({ text: docx.text, format: 'plaintext' }, settings);
  const report = toJsonReport(file, docx.text, findings);
  const diagnostics = report.diagnostics.map((d, i) => {
    const position = paragraphPosition(docx, (findings[i] as Finding).start);
    return { ...d, paragraph: { index: position.paragraph, character: position.character, label: paragraphLabel(position) } };
  });
  return { ok: true, report: { file, diagnostics }, text: docx.text };
}

export function formatDocxText(report: DocxFileReport): string[] {
  return report.diagnostics.map((d) => `${report.file}:${d.paragraph.label}  ${d.severity}  ${d.message}  ${d.rule}`);
}

/**
 * Lints .docx files for `gongwen lint` (main.ts): prints text lines as it goes, returns the reports
 * and the number of unreadable files. `settings` gives a file's settings, or undefined when ignored.
 */
export async function lintDocxFiles(
  files: readonly string[],
  settings: (file: string) => Settings | undefined,
  format: OutputFormat,
  out: Out,
  err: Out,
): Promise<{ reports: DocxFileReport[]; errors: number }> {
  const reports: DocxFileReport[] = [];
  let errors = 0;
  for (const file of files) {
    const s = settings(file);
    if (!s) continue;
    const result = await lintDocxFile(file, s);
    if (!result.ok) {
      err(`${file}: ${result.reason}`);
      errors++;
      continue;
    }
    reports.push(result.report);
    if (format === 'text') for (const line of formatDocxText(result.report)) out(line);
  }
  return { reports, errors };
}

/**
 * `gongwen lint FILE.docx --annotate OUT.docx`: the lint report as usual, and a copy of the Word
 * document with every finding as a comment (author 公文检查) anchored on its text, the fixes
 * described in it. The input is never written; OUT must be a new .docx file, not the input.
 */
export async function annotateCommand(
  file: string,
  output: string,
  options: { rules: Record<string, string>; config: string | undefined; format: OutputFormat | 'sarif' },
  out: Out,
  err: Out,
): Promise<number> {
  if (!/\.docx$/i.test(output)) {
    err(`${output}: 批注文件须以 .docx 结尾。The annotated copy must end in .docx.`);
    return 2;
  }
  if (path.resolve(output) === path.resolve(file) || (fs.existsSync(output) && fs.realpathSync(output) === fs.realpathSync(file))) {
    err(`${output}: 不能写回被检查的文件，请另取文件名。--annotate never writes the input.`);
    return 2;
  }
  const problem = outputProblem(output, false);
  if (problem) {
    err(`${output}: ${problem}`);
    return 2;
  }
  if (options.config && !fs.existsSync(options.config)) {
    err(`${options.config}: 配置文件不存在。No such config file.`);
    return 2;
  }
  const resolved = settingsFor(file, options.rules, options.config);
  if ('problems' in resolved) {
    for (const p of resolved.problems) err(p);
    return 2;
  }
  const read = readDocxFile(file);
  if (!read.ok) {
    err(`${file}: ${read.reason}`);
    return 2;
  }
  const word = wordSupport();
  let docx: DocxText;
  try {
    docx = await word.importDocx(read.bytes);
  } catch (e) {
    err(`${file}: ${(e as Error).name === 'DocxRefusedError' ? (e as Error).message : `无法读取 Word 文档（文件损坏或不是 .docx）：${(e as Error).message}`}`);
    return 2;
  }
  const findings = analyze({ text: docx.text, format: 'plaintext' }, resolved.settings);
  const lint = await lintDocxFile(file, resolved.settings);
  if (lint.ok) {
    if (options.format === 'text') for (const line of formatDocxText(lint.report)) out(line);
    else out(JSON.stringify([lint.report], null, 2));
  }
  const result = await word.annotateDocx(read.bytes, docx, findingComments(findings));
  const failed = writeOutput(output, result.buffer, false);
  if (failed) {
    err(`${output}: 未写入：${failed}`);
    return 2;
  }
  err(`已写入 ${output}：${result.anchored} 条批注${result.unanchored > 0 ? `，${result.unanchored} 个问题的位置在文档中找不到，未加批注` : ''}。Wrote ${result.anchored} comment(s).`);
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
