/**
 * Reading a file that may be hostile: only a regular file is read, only up to a size limit, and
 * opening never blocks (a FIFO or a device named as a draft would otherwise hang the reader, and
 * /dev/zero would fill memory). The file is checked through the opened descriptor, so a file
 * swapped between the check and the read is still the one checked.
 */
import * as fs from 'fs';

/** What a file looked like when it was read: compared again before it is replaced (safeWrite.ts). */
export interface FileSnapshot {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  bytes: Buffer;
}

export type ReadOutcome = { ok: true; snapshot: FileSnapshot } | { ok: false; reason: string; code: string };

/** Drafts larger than this are refused (a 9 MB draft lints in about 13 s; 64 MiB would take minutes). */
export const MAX_DRAFT_BYTES = 64 * 1024 * 1024;

/** O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOCTTY: a terminal never becomes ours. */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

/**
 * The bytes of `file` if it is a regular file of at most `maxBytes`; otherwise why not, as a
 * Chinese clause without end punctuation (它不是普通文件，而是管道（FIFO）). Never throws, never
 * blocks, never reads more than maxBytes + 1 bytes.
 */
export function readRegularFile(file: string, maxBytes: number = MAX_DRAFT_BYTES): ReadOutcome {
  // A first look by path (following links): a device or FIFO is not even opened, since opening
  // some devices does something by itself.
  let before: fs.Stats;
  try {
    before = fs.statSync(file);
  } catch (e) {
    return failure(e);
  }
  const refusal = refuse(before, maxBytes);
  if (refusal) return refusal;
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (e) {
    return failure(e);
  }
  try {
    // What was opened decides (the path may have been swapped since the first look).
    const stat = fs.fstatSync(fd);
    const swapped = refuse(stat, maxBytes);
    if (swapped) return swapped;
    // Read to the end, but never past the limit: the file may grow while it is read.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) return tooLarge(total, maxBytes);
      chunks.push(Buffer.from(buffer.subarray(0, n)));
    }
    return { ok: true, snapshot: { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs, bytes: Buffer.concat(chunks, total) } };
  } catch (e) {
    return failure(e);
  } finally {
    try {
      fs.closeSync(fd);
    } catch {
      // Already closed: nothing to release.
    }
  }
}

/**
 * A draft's text from its bytes: refused as binary when a NUL byte stands in its first 8 KiB, or
 * when the bytes are not valid in the encoding (UTF-8 by default; a leading BOM is dropped and
 * reported; `gb18030` also reads GBK and GB 2312).
 */
export function decodeDraft(bytes: Uint8Array, encoding: 'utf-8' | 'gb18030' = 'utf-8'): { ok: true; text: string; bom: boolean } | { ok: false; why: 'binary' | 'encoding' } {
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, why: 'binary' };
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return { ok: true, text, bom: encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
  } catch {
    return { ok: false, why: 'encoding' };
  }
}

/** The UTF-8 text (a leading BOM dropped) of a regular file of at most `maxBytes`, as readRegularFile. */
export function readRegularText(file: string, maxBytes: number): { ok: true; text: string } | { ok: false; reason: string } {
  const read = readRegularFile(file, maxBytes);
  return read.ok ? { ok: true, text: read.snapshot.bytes.toString('utf8').replace(/^\uFEFF/, '') } : { ok: false, reason: read.reason };
}

/** 1 MiB, 64 KiB or 100 字节. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} 字节`;
}

function refuse(stat: fs.Stats, maxBytes: number): { ok: false; reason: string; code: string } | undefined {
  if (!stat.isFile()) return { ok: false, code: 'ENOTREG', reason: `它不是普通文件，而是${kindOf(stat)}` };
  if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes);
  return undefined;
}

function tooLarge(size: number, maxBytes: number): { ok: false; reason: string; code: string } {
  return { ok: false, code: 'EFBIG', reason: `文件有 ${size} 字节，超过上限 ${formatBytes(maxBytes)}` };
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return '文件夹';
  if (stat.isFIFO()) return '管道（FIFO）';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return '设备文件';
  if (stat.isSocket()) return '套接字';
  return '特殊文件';
}

/** A reason in Chinese (with English) for a failed file operation, by its error code. */
export function describeFileError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? '';
  switch (code) {
    case 'ENOENT':
      return '文件不存在。No such file.';
    case 'EACCES':
    case 'EPERM':
      return '没有权限。Permission denied.';
    case 'ENAMETOOLONG':
      return '路径过长。Path too long.';
    case 'EISDIR':
      return '这是目录。Is a directory.';
    case 'ELOOP':
      return '符号链接循环。Too many symbolic links.';
    case 'EROFS':
      return '文件系统只读。Read-only file system.';
    case 'ENOSPC':
      return '磁盘已满。No space left on device.';
    case 'EFBIG':
      return '超出文件大小限制。File too large.';
    default:
      return `${code || '错误'}：${e instanceof Error ? e.message : String(e)}`;
  }
}

function failure(e: unknown): { ok: false; reason: string; code: string } {
  return { ok: false, code: (e as NodeJS.ErrnoException | undefined)?.code ?? 'EIO', reason: `无法读取：${describeFileError(e).replace(/。[^。]*$/, '')}` };
}
