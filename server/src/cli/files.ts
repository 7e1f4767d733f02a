/**
 * Reading drafts from disk for the CLI: expands directories, decodes UTF-8 (with or without a
 * BOM, which is dropped as editors do), and refuses binary or non-UTF-8 files with a clear reason.
 */
import * as fs from 'fs';
import * as path from 'path';

export const DRAFT_EXTENSIONS = ['.txt', '.md', '.markdown'];

export type ReadResult = { ok: true; text: string; bom: boolean } | { ok: false; reason: string };

/** Files named on the command line, with directories expanded (sorted, drafts only). */
export function expandPaths(paths: readonly string[]): { files: string[]; errors: Array<{ file: string; reason: string }> } {
  const files: string[] = [];
  const errors: Array<{ file: string; reason: string }> = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
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
    } catch {
      errors.push({ file: p, reason: '文件不存在。No such file.' });
      continue;
    }
    if (stat.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, errors };
}

export function readDraft(file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, reason: `无法读取：${(e as Error).message}` };
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    return { ok: false, reason: '这是二进制文件，不是文本草稿，已跳过。Binary file skipped.' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: '文件不是 UTF-8 编码（可能是 GBK），请另存为 UTF-8 后再检查。Not UTF-8 (GBK?): save it as UTF-8.' };
  }
  return { ok: true, text, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
}
