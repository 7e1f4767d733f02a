/**
 * Reading a workspace file that anyone could have put there (`.gongwenrc.json`): only a regular
 * file, only up to a size limit, and never blocking. A FIFO, /dev/stdin, /dev/zero, a directory
 * or a socket (directly or through a symlink) is refused before a byte is read; a file that grows
 * while it is read is cut at the limit and refused.
 */
import * as fs from 'fs';

export type LimitedRead = { ok: true; text: string } | { ok: false; reason: string };

/** O_NONBLOCK: opening a FIFO for reading must not wait for a writer (not on Windows, which has no FIFOs to open). */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} 字节`;
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return '文件夹';
  if (stat.isFIFO()) return '管道（FIFO）';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return '设备文件';
  if (stat.isSocket()) return '套接字';
  return '特殊文件';
}

/**
 * The text (UTF-8, a leading BOM dropped) of `file` if it is a regular file of at most `maxBytes`;
 * otherwise why not, in Chinese. Never throws, never blocks on a FIFO or device, never reads
 * more than maxBytes + 1 bytes.
 */
export function readRegularFile(file: string, maxBytes: number): LimitedRead {
  // A first look by path (following symlinks): a device or FIFO is not even opened, since
  // opening some devices does something by itself.
  let before: fs.Stats;
  try {
    before = fs.statSync(file);
  } catch (e) {
    return { ok: false, reason: `读取出错（${(e as Error).message}）` };
  }
  if (!before.isFile()) return { ok: false, reason: `它不是普通文件，而是${kindOf(before)}` };
  if (before.size > maxBytes) return { ok: false, reason: `文件有 ${before.size} 字节，超过上限 ${formatBytes(maxBytes)}` };
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (e) {
    return { ok: false, reason: `读取出错（${(e as Error).message}）` };
  }
  try {
    // What was opened decides (the path may have been swapped for a FIFO since the first look).
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: `它不是普通文件，而是${kindOf(stat)}` };
    if (stat.size > maxBytes) return { ok: false, reason: `文件有 ${stat.size} 字节，超过上限 ${formatBytes(maxBytes)}` };
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return { ok: false, reason: `文件超过上限 ${formatBytes(maxBytes)}` };
    return { ok: true, text: buffer.toString('utf8', 0, length).replace(/^\uFEFF/, '') };
  } catch (e) {
    return { ok: false, reason: `读取出错（${(e as Error).message}）` };
  } finally {
    try {
      fs.closeSync(fd);
    } catch {
      // already closed or never usable: nothing to release
    }
  }
}
