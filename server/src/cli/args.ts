/** Parses the `gongwen` command line. Returns a usage error message instead of throwing. */
import { CHECK_USAGE, type CheckCommand, type CheckFormat } from './check';
import { EXPORT_USAGE, parseExportArgs, type ExportCommand } from './docx';
import { parseEncoding, type DraftEncoding } from './files';
import type { OutputFormat } from './report';

/** lint's formats: text, json, or SARIF 2.1.0 for code-scanning tools (sarif.ts). */
export type LintFormat = OutputFormat | 'sarif';

export type Command =
  | { kind: 'lint'; format: LintFormat; files: string[]; rules: Record<string, string>; fix: 'no' | 'write' | 'dry-run'; config: string | undefined; jobs: number | undefined; encoding: DraftEncoding; annotate?: string }
  | { kind: 'terms'; format: OutputFormat; files: string[] }
  | { kind: 'outline'; format: OutputFormat; files: string[] }
  | ExportCommand
  | CheckCommand
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'error'; message: string };

export const USAGE = `用法 Usage: gongwen outline [--format text|json] FILE...
            gongwen terms [--format text|json] FILE|DIR...
            gongwen check [--format text|json|html] [-o FILE] [--rule RULE=LEVEL]... [--config FILE] FILE|DIR...
            gongwen lint [--format text|json|sarif] [--rule RULE=LEVEL]... [--fix | --fix-dry-run] [--config FILE] [--jobs N] [--encoding gbk] FILE|DIR...
            gongwen lint FILE.docx --annotate OUT.docx

  outline         列出文档结构（标题层次、部分角色、字数）/ print the document outline
  terms           列出术语不一致的写法（同一概念的不同写法）/ list terminology drift groups
  lint            检查公文草稿（.txt、.md；目录按扩展名递归查找）
                  Lint drafts (.txt, .md; directories are searched recursively)
                  .docx 文件须逐个列出，问题位置按“第N段第M字”给出 / name .docx files one by one
${CHECK_USAGE}
${EXPORT_USAGE}
  --format, -f    text（默认，path:line:col  severity  message  rule-id）、json，或 sarif（lint：
                  SARIF 2.1.0，供 GitHub code scanning 等 CI 工具读取 / for code-scanning tools）
  --rule, -r      设置规则级别，如 --rule placeholder.unfilled=error（定稿检查）
                  Set a rule's level: error|warning|information|hint|off
  --annotate OUT  （lint 一个 .docx）另存一份带批注的副本：每个问题一条 Word 批注（作者“公文检查”），
                  标在问题文字上，写明修改建议；原文件不改动 / a copy with each finding as a Word comment
  --fix           自动修复确定无误的问题并写回文件，列出改动 / apply certain fixes, write files
  --fix-dry-run   只列出将作的改动，不写文件 / show what --fix would change
  --config FILE   使用指定的配置文件，而不是就近的 .gongwenrc.json
  --encoding gbk  按 GBK / GB 18030 读取草稿（默认 UTF-8；--fix 不写回此类文件）
                  Read drafts as GBK / GB 18030 (default UTF-8; --fix does not write them)
  --jobs N        同时检查的文件数（默认：草稿约每 8 MB 用一个核，最多为 CPU 核数；1 为逐个检查）
                  Files checked at once (default: a core per ~8 MB of drafts, up to the cores; 1 checks one by one)
  --              其后的参数都是文件名（如 -x.txt）/ everything after -- is a file name
  --help, -h      显示帮助 / show this help
  --version, -v   显示版本 / show the version

退出码 Exit status: 0 无问题或仅有警告 (clean or warnings only), 1 有错误级问题 (errors found),
2 用法或文件错误 (usage or file errors).
check: 0 全部可以送审 (every file ready), 1 有文件不宜送审 (a file not ready), 2 用法或文件错误.`;

export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return { kind: 'help' };
  if (first === '--version' || first === '-v') return { kind: 'version' };
  if (first === 'export') return parseExportArgs(rest);
  if (first !== 'lint' && first !== 'terms' && first !== 'outline' && first !== 'check') return { kind: 'error', message: `未知命令“${first}”。Unknown command "${first}".` };
  type AnyFormat = OutputFormat | 'sarif' | 'html';
  let format: AnyFormat = 'text' as AnyFormat;
  let output: string | undefined;
  let annotate: string | undefined;
  const files: string[] = [];
  const rules: Record<string, string> = {};
  let fix: 'no' | 'write' | 'dry-run' = 'no';
  let config: string | undefined;
  let jobs: number | undefined;
  let encoding: DraftEncoding = 'utf-8';
  let optionsEnded = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (optionsEnded) {
      files.push(arg);
    } else if (arg === '--') {
      // Everything after -- is a file, so that a file named -x.txt can be named.
      optionsEnded = true;
    } else if (arg === '--format' || arg === '-f' || arg.startsWith('--format=')) {
      const value = arg.startsWith('--format=') ? arg.slice('--format='.length) : rest[++i];
      const allowed = first === 'lint' ? ['text', 'json', 'sarif'] : first === 'check' ? ['text', 'json', 'html'] : ['text', 'json'];
      if (value === undefined || !allowed.includes(value)) {
        return { kind: 'error', message: `${first} 的 --format 应为 ${allowed.join('、')}。--format must be ${allowed.join(', ')}.` };
      }
      format = value as AnyFormat;
    } else if ((arg === '--annotate' || arg.startsWith('--annotate=')) && first === 'lint') {
      annotate = arg.startsWith('--annotate=') ? arg.slice('--annotate='.length) : rest[++i];
      if (!annotate) return { kind: 'error', message: '--annotate 需要一个 .docx 文件路径。--annotate needs an output .docx file.' };
    } else if ((arg === '--output' || arg === '-o' || arg.startsWith('--output=')) && first === 'check') {
      output = arg.startsWith('--output=') ? arg.slice('--output='.length) : rest[++i];
      if (!output) return { kind: 'error', message: '--output 需要一个文件路径。--output needs a file.' };
    } else if (arg === '--rule' || arg === '-r' || arg.startsWith('--rule=')) {
      const value = arg.startsWith('--rule=') ? arg.slice('--rule='.length) : rest[++i];
      const match = /^([\w.-]+)=(\w+)$/.exec(value ?? '');
      if (!match) return { kind: 'error', message: '--rule 的格式应为 规则=级别，如 placeholder.unfilled=error。' };
      rules[match[1] as string] = match[2] as string;
    } else if (arg === '--fix') {
      fix = 'write';
    } else if (arg === '--fix-dry-run') {
      fix = 'dry-run';
    } else if (arg === '--config' || arg.startsWith('--config=')) {
      config = arg.startsWith('--config=') ? arg.slice('--config='.length) : rest[++i];
      if (!config) return { kind: 'error', message: '--config 需要一个文件路径。' };
    } else if (arg === '--encoding' || arg.startsWith('--encoding=')) {
      const value = parseEncoding((arg.startsWith('--encoding=') ? arg.slice('--encoding='.length) : rest[++i]) ?? '');
      if (!value) return { kind: 'error', message: '--encoding 应为 utf-8 或 gbk（gb18030）。--encoding must be utf-8 or gbk (gb18030).' };
      encoding = value;
    } else if (arg === '--jobs' || arg === '-j' || arg.startsWith('--jobs=')) {
      const value = arg.startsWith('--jobs=') ? arg.slice('--jobs='.length) : rest[++i];
      jobs = Number(value);
      if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) return { kind: 'error', message: '--jobs 应为 1 到 64 的整数。--jobs must be an integer from 1 to 64.' };
    } else if (arg === '--help' || arg === '-h') {
      return { kind: 'help' };
    } else if (arg.startsWith('-') && arg !== '-') {
      return { kind: 'error', message: `未知选项“${arg}”。Unknown option "${arg}".` };
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) return { kind: 'error', message: '请指定要检查的文件。No files given.' };
  if (first === 'terms') return { kind: 'terms', format: format as OutputFormat, files };
  if (first === 'outline') return { kind: 'outline', format: format as OutputFormat, files };
  if (first === 'check') {
    if (fix !== 'no') return { kind: 'error', message: 'check 只检查，不修改文件（不接受 --fix）。check does not take --fix.' };
    return { kind: 'check', format: format as CheckFormat, files, rules, config, encoding, output };
  }
  if (annotate !== undefined) {
    if (files.length !== 1 || !/\.docx$/i.test(files[0] ?? '')) return { kind: 'error', message: '--annotate 只用于检查一个 .docx 文件。--annotate takes exactly one .docx file.' };
    if (fix !== 'no') return { kind: 'error', message: '--annotate 不能与 --fix 同用。--annotate does not take --fix.' };
    if (format === 'sarif') return { kind: 'error', message: '--annotate 不能与 --format sarif 同用。' };
  }
  return { kind: 'lint', format: format as LintFormat, files, rules, fix, config, jobs, encoding, ...(annotate !== undefined ? { annotate } : {}) };
}
