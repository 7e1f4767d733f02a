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

const O_NONBLOCK = fs.constants.O_NONBLOCK ?? 0;

export function readRegularFile(file: string, maxBytes: number = MAX_DRAFT_BYTES): ReadOutcome {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | O_NONBLOCK);
  } catch (e) {
    return failure(e);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) {
      return { ok: false, code: 'ENOTREG', reason: '不是普通文件（目录、管道或设备），已跳过。Not a regular file: skipped.' };
    }
    if (stat.size > maxBytes) {
      return { ok: false, code: 'EFBIG', reason: `文件过大（${mib(stat.size)}，上限 ${mib(maxBytes)}），已跳过。File too large: skipped.` };
    }
    // Read to the end, but never past the limit: the file may grow while it is read.
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size + 1, 4096), maxBytes + 1));
    for (;;) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) {
        return { ok: false, code: 'EFBIG', reason: `文件过大（超过 ${mib(maxBytes)}），已跳过。File too large: skipped.` };
      }
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return { ok: true, snapshot: { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs, bytes: Buffer.concat(chunks, total) } };
  } catch (e) {
    return failure(e);
  } finally {
    fs.closeSync(fd);
  }
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
  return { ok: false, code: (e as NodeJS.ErrnoException | undefined)?.code ?? 'EIO', reason: `无法读取：${describeFileError(e)}` };
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
