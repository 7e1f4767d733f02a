/**
 * Limits on a .docx before mammoth reads it. A .docx is a zip; a small one can unpack to gigabytes
 * (a 420 KB file of deflated zeros took 1.7 GB), and mammoth keeps a tree of every XML part it
 * reads (measured: about 15 times the XML, 17.6 MB of document.xml → 260 MB and 5 s). So a file is
 * refused, before mammoth sees it, when
 *   the file is larger than 64 MiB (the zip library holds all of it; a 公文 with scanned
 *     attachments is a few MB, one with many photographs some tens),
 *   it has more than 2,000 entries (Word writes 10–30, a few hundred with many pictures),
 *   its entries unpack to more than 128 MiB in all (pictures hardly compress, so this admits
 *     any picture-heavy file within the size limit, and bounds the unpacking work), or
 *   its entries other than already-compressed pictures and packages (JPEG, PNG, GIF, WebP, zip,
 *     and unpacking to at most ten times their packed size) unpack to more than 16 MiB: these are
 *     what mammoth parses — about 250 MB at most; a document of 890,000 characters has 3.5 MB.
 * Sizes are not taken from the zip's headers, which can lie: every deflated entry is inflated,
 * streaming, counting and discarding the output, and stops at the limit. The zip is read as the
 * zip library (JSZip) reads it: the end record found from the end, the central directory where it
 * says, each entry's data after its local header; anything that would make the two readings
 * differ (bytes before the zip, zip64 records) is refused.
 */
import { createInflateRaw } from 'zlib';
import { readRegularFile } from '../io/readFile';

export interface DocxLimits {
  /** The .docx file itself. */
  fileBytes: number;
  /** Entries in the zip. */
  entries: number;
  /** All entries, unpacked. */
  totalBytes: number;
  /** Entries other than compressed pictures and packages, unpacked: what mammoth may parse. */
  textBytes: number;
}

const MiB = 1024 * 1024;

export const DOCX_LIMITS: Readonly<DocxLimits> = { fileBytes: 64 * MiB, entries: 2000, totalBytes: 128 * MiB, textBytes: 16 * MiB };

/** A .docx refused before it is read: `message` says why, in Chinese then English. */
export class DocxRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocxRefusedError';
  }
}

/**
 * Reads a .docx from disk: a regular file only (a FIFO or a device is refused without blocking),
 * at most `limits.fileBytes`.
 */
export function readDocxFile(file: string, limits: Readonly<DocxLimits> = DOCX_LIMITS): { ok: true; bytes: Buffer } | { ok: false; reason: string } {
  const read = readRegularFile(file, limits.fileBytes);
  return read.ok ? { ok: true, bytes: read.snapshot.bytes } : { ok: false, reason: read.reason };
}

const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const END_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

interface Entry {
  name: string;
  method: number;
  data: Buffer;
}

/** Resolves when `buffer` is within `limits`; rejects with a DocxRefusedError otherwise. */
export async function checkDocxArchive(buffer: Buffer, limits: Readonly<DocxLimits> = DOCX_LIMITS): Promise<void> {
  if (buffer.length > limits.fileBytes) {
    throw new DocxRefusedError(`Word 文档过大（${mib(buffer.length)}，上限 ${mib(limits.fileBytes)}），未读取。The .docx is too large.`);
  }
  let total = 0;
  let text = 0;
  for (const entry of entriesOf(buffer, limits)) {
    let size: number;
    let head: Buffer;
    // A picture that unpacks to more than ten times its packed size is no picture: it counts as text.
    const pictureAtMost = 10 * entry.data.length + 64 * 1024;
    if (entry.method === 0) {
      size = entry.data.length;
      head = entry.data.subarray(0, 16);
    } else if (entry.method === 8) {
      const totalLeft = limits.totalBytes - total;
      const textLeft = limits.textBytes - text;
      const inflated = await inflatedSize(entry.data, (h) => Math.min(totalLeft, compressedFormat(h) ? Math.max(pictureAtMost, textLeft) : textLeft));
      size = inflated.size;
      head = inflated.head;
    } else {
      // The zip library reads only stored and deflated entries: it refuses this file itself.
      continue;
    }
    total += size;
    if (!compressedFormat(head) || size > pictureAtMost) text += size;
    if (total > limits.totalBytes) {
      throw new DocxRefusedError(`Word 文档解压后超过 ${mib(limits.totalBytes)}（可能是“压缩炸弹”），未读取。The .docx unpacks to more than ${mib(limits.totalBytes)}: not read.`);
    }
    if (text > limits.textBytes) {
      throw new DocxRefusedError(
        `Word 文档的文字部分解压后超过 ${mib(limits.textBytes)}（${entry.name}；文档过长或是“压缩炸弹”），未读取。The .docx's text parts unpack to more than ${mib(limits.textBytes)}: not read.`,
      );
    }
  }
}

/** The zip's entries, as JSZip finds them; refuses what it cannot read the same way. */
function entriesOf(buffer: Buffer, limits: Readonly<DocxLimits>): Entry[] {
  const corrupt = (why: string): DocxRefusedError => new DocxRefusedError(`不是有效的 Word 文档（.docx 是 zip 文件；${why}），未读取。Not a valid .docx.`);
  const end = buffer.lastIndexOf(END_SIGNATURE);
  if (end < 0 || end + 22 > buffer.length || buffer.readUInt32LE(end) !== END) throw corrupt('找不到 zip 目录');
  const declared = buffer.readUInt16LE(end + 10);
  const directorySize = buffer.readUInt32LE(end + 12);
  const directoryAt = buffer.readUInt32LE(end + 16);
  const zip64 = [4, 6, 8, 10].some((o) => buffer.readUInt16LE(end + o) === 0xffff) || directorySize === 0xffffffff || directoryAt === 0xffffffff;
  if (zip64) throw corrupt('不支持 zip64 格式');
  if (directoryAt + directorySize !== end) throw corrupt('zip 目录位置与文件不符');
  const tooMany = (): DocxRefusedError => new DocxRefusedError(`Word 文档含有超过 ${limits.entries} 个部件，未读取。The .docx has more than ${limits.entries} entries.`);
  if (declared > limits.entries) throw tooMany();
  const entries: Entry[] = [];
  // JSZip reads entries while their signature is there, whatever the count says.
  for (let at = directoryAt; at + 46 <= buffer.length && buffer.readUInt32LE(at) === CENTRAL; ) {
    if (entries.length >= limits.entries) throw tooMany();
    const method = buffer.readUInt16LE(at + 10);
    const compressed = buffer.readUInt32LE(at + 20);
    const uncompressed = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, Math.min(buffer.length, at + 46 + nameLength));
    if (compressed === 0xffffffff || uncompressed === 0xffffffff || local === 0xffffffff) throw corrupt('不支持 zip64 格式');
    if (local + 30 > buffer.length || buffer.readUInt32LE(local) !== LOCAL) throw corrupt(`${name} 的位置不对`);
    const dataAt = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    if (dataAt + compressed > buffer.length) throw corrupt(`${name} 不完整`);
    entries.push({ name, method, data: buffer.subarray(dataAt, dataAt + compressed) });
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  if (declared !== 0 && entries.length === 0) throw corrupt('zip 目录为空');
  return entries;
}

/**
 * Inflates `data`, counting and discarding the output, and stops once it passes the limit that
 * `limitFor` gives for the output's first bytes. The result's size is past the limit when it stopped.
 */
function inflatedSize(data: Buffer, limitFor: (head: Buffer) => number): Promise<{ size: number; head: Buffer }> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    let size = 0;
    let head: Buffer | undefined;
    let limit = Infinity;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      inflate.destroy();
      resolve({ size, head: head ?? Buffer.alloc(0) });
    };
    inflate.on('data', (chunk: Buffer) => {
      if (done) return;
      if (!head) {
        head = Buffer.from(chunk.subarray(0, 16));
        limit = limitFor(head);
      }
      size += chunk.length;
      if (size > limit) finish();
    });
    inflate.on('end', finish);
    inflate.on('error', (e: Error) => {
      if (done) return;
      done = true;
      reject(new DocxRefusedError(`不是有效的 Word 文档（压缩数据损坏：${e.message}），未读取。Not a valid .docx: corrupt data.`));
    });
    inflate.end(data);
  });
}

/** Data that is compressed already (JPEG, PNG, GIF, WebP, zip): pictures and embedded packages, which mammoth does not parse. */
function compressedFormat(head: Buffer): boolean {
  const starts = (...bytes: number[]): boolean => bytes.every((b, i) => head[i] === b);
  return (
    starts(0xff, 0xd8, 0xff) ||
    starts(0x89, 0x50, 0x4e, 0x47) ||
    starts(0x47, 0x49, 0x46, 0x38) ||
    (starts(0x52, 0x49, 0x46, 0x46) && head.toString('latin1', 8, 12) === 'WEBP') ||
    starts(0x50, 0x4b, 0x03, 0x04)
  );
}

function mib(bytes: number): string {
  return `${(bytes / MiB).toFixed(bytes % MiB === 0 ? 0 : 1)} MiB`;
}
