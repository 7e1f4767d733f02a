/**
 * A small zip reader and writer for tests (a .docx is a zip): reads the central directory and
 * inflates entries with node's zlib. Stored (0) and deflated (8) entries only, no zip64 — enough
 * for the files the `docx` package writes. The writer also makes the zip bombs of the Word limits'
 * tests (docx/guard.ts).
 */
import { constants as zlibConstants, deflateRawSync, inflateRawSync } from 'zlib';

export function readZip(buffer: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let eocd = buffer.length - 22;
  while (eocd >= 0 && buffer.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const method = buffer.readUInt16LE(at + 10);
    const compressed = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(dataStart, dataStart + compressed);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** The text of one entry; throws when it is missing. */
export function zipText(files: Map<string, Buffer>, name: string): string {
  const data = files.get(name);
  if (!data) throw new Error(`${name} not in the zip (has: ${[...files.keys()].join(', ')})`);
  return data.toString('utf8');
}

/** The <w:p> elements of a WordprocessingML part, with their text. */
export function paragraphsOf(xml: string): Array<{ xml: string; text: string }> {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) => ({
    xml: p,
    text: (p.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''),
  }));
}

export interface ZipInput {
  name: string;
  /** The entry's bytes; with `deflated`, already a raw deflate stream. */
  data: Buffer;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  deflated?: boolean;
  /** The unpacked size the headers declare (default: the real one, when known). */
  declaredSize?: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of `entries` (no zip64). Sizes in the headers can be made to lie with `declaredSize`. */
export function writeZip(entries: readonly ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const packed = e.deflated || method === 0 ? e.data : deflateRawSync(e.data);
    const size = e.declaredSize ?? (e.deflated ? 0 : e.data.length);
    const crc = e.deflated ? 0 : crc32(e.data);
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A raw deflate stream of `mib` MiB of zeros, about 1 KB a MiB, built without ever holding the
 * zeros: one MiB deflated with a full flush (which resets the history, so the piece can be
 * repeated) `mib` times, then an empty final block.
 */
export function zerosDeflated(mib: number): Buffer {
  const piece = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: zlibConstants.Z_FULL_FLUSH, level: 9 });
  return Buffer.concat([...Array<Buffer>(mib).fill(piece), Buffer.from([0x03, 0x00])]);
}

/** A .docx whose word/document.xml unpacks to `mib` MiB of zeros, while its headers declare 4 KB. */
export function zipBombDocx(validDocx: Buffer, mib: number): Buffer {
  const parts = [...readZip(validDocx)].filter(([name]) => name !== 'word/document.xml');
  return writeZip([
    ...parts.map(([name, data]) => ({ name, data })),
    { name: 'word/document.xml', data: zerosDeflated(mib), deflated: true, declaredSize: 4096 },
  ]);
}
