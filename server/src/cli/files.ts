/**
 * Reading drafts from disk for the CLI: expands directories, decodes UTF-8 (with or without a
 * BOM, which is dropped as editors do), and refuses binary or non-UTF-8 files with a clear reason;
 * `--encoding gb18030` reads GBK / GB 18030 drafts (Node's TextDecoder; GB 18030 includes GBK).
 */
import * as fs from 'fs';
import * as path from 'path';
import { decodeDraft, describeFileError, readRegularFile, type FileSnapshot } from '../io/readFile';
import { shownPath } from './report';

export const DRAFT_EXTENSIONS = ['.txt', '.md', '.markdown'];

/** A draft read: its text (BOM dropped) and how the file looked, for a safe write back. */
export type ReadResult = { ok: true; text: string; bom: boolean; snapshot: FileSnapshot } | { ok: false; reason: string };

/** Encodings `--encoding` accepts: UTF-8 (default) and GB 18030 (which GBK and GB 2312 are subsets of). */
export type DraftEncoding = 'utf-8' | 'gb18030';

export function parseEncoding(name: string): DraftEncoding | undefined {
  const n = name.toLowerCase().replace(/[-_]/g, '');
  if (n === 'utf8') return 'utf-8';
  if (n === 'gb18030' || n === 'gbk' || n === 'gb2312' || n === 'cp936') return 'gb18030';
  return undefined;
}

/**
 * Files named on the command line, with directories expanded (sorted, drafts only). Walks never
 * follow symbolic links, and a folder that cannot be read is reported, not fatal.
 */
export function expandPaths(paths: readonly string[]): { files: string[]; errors: Array<{ file: string; reason: string }> } {
  const files: string[] = [];
  const errors: Array<{ file: string; reason: string }> = [];
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      errors.push({ file: dir, reason: `无法读取文件夹：${describeFileError(e)}` });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && DRAFT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) files.push(full);
    }
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      errors.push({ file: p, reason: describeFileError(e) });
      continue;
    }
    if (stat.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, errors };
}

const SKIPPED: Record<string, string> = {
  ENOTREG: 'Not a regular file: skipped.',
  EFBIG: 'File too large: skipped.',
  ENOENT: 'No such file: skipped.',
  EACCES: 'Permission denied: skipped.',
};

export function readDraft(file: string, encoding: DraftEncoding = 'utf-8'): ReadResult {
  const read = readRegularFile(file);
  if (!read.ok) return { ok: false, reason: `${read.reason}，已跳过。${SKIPPED[read.code] ?? 'Skipped.'}` };
  const { snapshot } = read;
  const decoded = decodeDraft(snapshot.bytes, encoding);
  if (decoded.ok) return { ok: true, text: decoded.text, bom: decoded.bom, snapshot };
  if (decoded.why === 'binary') return { ok: false, reason: '这是二进制文件，不是文本草稿，已跳过。Binary file skipped.' };
  if (encoding === 'gb18030') return { ok: false, reason: '文件不是有效的 GB 18030 / GBK 编码。Not valid GB 18030 / GBK.' };
  return {
    ok: false,
    reason: '文件不是 UTF-8 编码（可能是 GBK），请另存为 UTF-8，或加 --encoding gbk 检查。Not UTF-8 (GBK?): save it as UTF-8, or use --encoding gbk.',
  };
}

/**
 * For commands that read drafts one by one (outline, terms): expands the paths, tells `err` of
 * each missing or unreadable file and calls `visit` with the others. Returns the exit status so
 * far: 2 if any file was missing or unreadable, else 0.
 */
export function forEachDraft(paths: readonly string[], err: (line: string) => void, visit: (file: string, text: string, count: number) => void): number {
  const { files, errors } = expandPaths(paths);
  let status = errors.length > 0 ? 2 : 0;
  for (const e of errors) err(`${shownPath(e.file)}: ${e.reason}`);
  for (const file of files) {
    const read = readDraft(file);
    if (!read.ok) {
      err(`${shownPath(file)}: ${read.reason}`);
      status = 2;
      continue;
    }
    visit(file, read.text, files.length);
  }
  return status;
}
