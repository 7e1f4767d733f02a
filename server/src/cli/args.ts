/** Parses the `gongwen` command line. Returns a usage error message instead of throwing. */

export type OutputFormat = 'text' | 'json';

export type Command =
  | { kind: 'lint'; format: OutputFormat; files: string[] }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'error'; message: string };

export const USAGE = `用法 Usage: gongwen lint [--format text|json] FILE|DIR...

  lint            检查公文草稿（.txt、.md；目录按扩展名递归查找）
                  Lint drafts (.txt, .md; directories are searched recursively)
  --format, -f    text（默认，path:line:col  severity  message  rule-id）或 json
  --help, -h      显示帮助 / show this help
  --version, -v   显示版本 / show the version

退出码 Exit status: 0 无问题或仅有警告 (clean or warnings only), 1 有错误级问题 (errors found),
2 用法或文件错误 (usage or file errors).`;

export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return { kind: 'help' };
  if (first === '--version' || first === '-v') return { kind: 'version' };
  if (first !== 'lint') return { kind: 'error', message: `未知命令“${first}”。Unknown command "${first}".` };
  let format: OutputFormat = 'text';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--format' || arg === '-f' || arg.startsWith('--format=')) {
      const value = arg.startsWith('--format=') ? arg.slice('--format='.length) : rest[++i];
      if (value !== 'text' && value !== 'json') {
        return { kind: 'error', message: `--format 应为 text 或 json。--format must be text or json.` };
      }
      format = value;
    } else if (arg === '--help' || arg === '-h') {
      return { kind: 'help' };
    } else if (arg.startsWith('-') && arg !== '-') {
      return { kind: 'error', message: `未知选项“${arg}”。Unknown option "${arg}".` };
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) return { kind: 'error', message: '请指定要检查的文件。No files given.' };
  return { kind: 'lint', format, files };
}
