/**
 * Writing a writer's files without ever losing them. A file is replaced by writing a new file
 * beside it (same folder, so the rename stays on one file system), flushing it, and renaming it
 * over the old one: on any failure (disk full, file-size limit, permissions) the original is
 * untouched and the temporary file is removed. A file that changed since it was read (its size,
 * time, inode or bytes differ) is not replaced. New files are created exclusively, so nothing that
 * appeared meanwhile is overwritten.
 */
import * as fs from 'fs';
import * as path from 'path';
import { describeFileError, type FileSnapshot } from './readFile';

export type { FileSnapshot };

export type WriteOutcome = { ok: true } | { ok: false; reason: string };

/** Why the file on disk is no longer the one in `snapshot`, or undefined when it is the same. */
export function changedSince(file: string, snapshot: FileSnapshot): string | undefined {
  let now: fs.Stats;
  try {
    now = fs.lstatSync(file);
  } catch (e) {
    return `文件已被移走或删除（${describeFileError(e)}）`;
  }
  if (!now.isFile()) return '文件已被换成非普通文件。The file is no longer a regular file.';
  if (now.dev !== snapshot.dev || now.ino !== snapshot.ino) return '文件已被替换。The file was replaced by another.';
  if (now.size !== snapshot.size || now.mtimeMs !== snapshot.mtimeMs) return '文件在检查期间被修改。The file changed while it was being checked.';
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return `无法再次读取文件（${describeFileError(e)}）`;
  }
  if (!bytes.equals(snapshot.bytes)) return '文件在检查期间被修改。The file changed while it was being checked.';
  return undefined;
}

/**
 * Replaces `file` with `data`, keeping its mode and (when allowed) its owner. With `snapshot`,
 * refuses when the file changed since it was read. Never throws.
 */
export function replaceFile(file: string, data: string | Uint8Array, snapshot?: FileSnapshot): WriteOutcome {
  let target: fs.Stats;
  try {
    target = fs.lstatSync(file);
  } catch (e) {
    return { ok: false, reason: `无法读取文件信息：${describeFileError(e)}` };
  }
  if (target.isSymbolicLink()) return { ok: false, reason: '这是符号链接，不替换；请对它指向的文件操作。Not replaced: the path is a symbolic link.' };
  if (!target.isFile()) return { ok: false, reason: '不是普通文件，不写入。Not a regular file: not written.' };
  // A file marked read-only is left alone, even where the folder would allow replacing it (and for root).
  if ((target.mode & 0o222) === 0 || !writable(file)) return { ok: false, reason: '文件是只读的，未写入。The file is read-only: not written.' };
  if (snapshot) {
    const changed = changedSince(file, snapshot);
    if (changed) return { ok: false, reason: `${changed}未写入，以免覆盖新的改动；请重新运行。Not written, so as not to lose those edits: run again.` };
  }
  const temp = tempPathFor(file);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', target.mode & 0o7777);
    writeAll(fd, data);
    fs.fsyncSync(fd);
    if (typeof process.getuid === 'function' && process.getuid() === 0) fs.fchownSync(fd, target.uid, target.gid);
    fs.fchmodSync(fd, target.mode & 0o7777);
    fs.closeSync(fd);
    fd = undefined;
    // The last moment to notice an edit made while this file was written.
    if (snapshot) {
      const changed = changedSince(file, snapshot);
      if (changed) {
        removeQuietly(temp);
        return { ok: false, reason: `${changed}未写入，以免覆盖新的改动；请重新运行。Not written, so as not to lose those edits: run again.` };
      }
    }
    fs.renameSync(temp, file);
    return { ok: true };
  } catch (e) {
    if (fd !== undefined) closeQuietly(fd);
    removeQuietly(temp);
    return { ok: false, reason: `写入失败，原文件未改动：${describeFileError(e)} Write failed; the original is unchanged.` };
  }
}

/**
 * Writes a new file at `file`; refuses when anything (a file, a link, a FIFO) is already there.
 * A partly written file is removed on failure. Never throws.
 */
export function createFile(file: string, data: string | Uint8Array, mode = 0o666): WriteOutcome {
  const temp = tempPathFor(file);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', mode);
    writeAll(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    // link() fails if the name exists, unlike rename(): nothing that appeared meanwhile is replaced.
    try {
      fs.linkSync(temp, file);
    } catch (e) {
      if (codeOf(e) === 'EEXIST') throw e;
      // No hard links on this file system (FAT, some network shares): create the name exclusively.
      fs.copyFileSync(temp, file, fs.constants.COPYFILE_EXCL);
    }
    removeQuietly(temp);
    return { ok: true };
  } catch (e) {
    if (fd !== undefined) closeQuietly(fd);
    removeQuietly(temp);
    if (codeOf(e) === 'EEXIST') return { ok: false, reason: '目标文件已存在，未覆盖。The file exists: not overwritten.' };
    return { ok: false, reason: `写入失败：${describeFileError(e)} Write failed.` };
  }
}

function writable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** A fresh name beside `file`, hidden, that no other writer picks. */
function tempPathFor(file: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  const name = `.${path.basename(file).slice(0, 100)}.${process.pid}.${random}.gongwen-tmp`;
  return path.join(path.dirname(file), name);
}

function writeAll(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let offset = 0;
  while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
}

function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // Already closed or never opened: nothing to release.
  }
}

function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // Not created, or already renamed: nothing to remove.
  }
}

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException | undefined)?.code ?? 'error';
}
