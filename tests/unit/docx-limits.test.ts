/**
 * Word files that may be hostile: the limits checked before mammoth reads a .docx (docx/guard.ts:
 * zip bombs, entry counts, sizes the headers lie about, files that are no regular file).
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_SETTINGS } from '../../server/src/core';
import { lintDocxFile } from '../../server/src/cli/docx';
import { buildDocx } from '../../server/src/docx/export';
import { checkDocxArchive, DOCX_LIMITS, readDocxFile } from '../../server/src/docx/guard';
import { importDocx } from '../../server/src/docx/import';
import { CLEAN_NOTICE } from '../support/docx-samples';
import { writeZip, zipBombDocx } from '../support/zip';

const MiB = 1024 * 1024;

/** Runs `work`, sampling the resident set every few ms: its time and the largest growth seen. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T | Error; ms: number; rssGrowth: number }> {
  (global as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const start = Date.now();
  let result: T | Error;
  try {
    result = await work();
  } catch (e) {
    result = e as Error;
  }
  const ms = Date.now() - start;
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { result, ms, rssGrowth: peak - before };
}

const refusal = (e: unknown): string => {
  assert.ok(e instanceof Error && e.name === 'DocxRefusedError', `expected a DocxRefusedError, got ${String(e)}`);
  return e.message;
};

describe('Word limits before mammoth reads a .docx (docx/guard.ts)', function () {
  this.timeout(20000);
  let valid: Buffer;
  let dir: string;
  before(async () => {
    valid = await buildDocx(CLEAN_NOTICE, 'plaintext');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-docx-guard-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a zip bomb (400 MiB of zeros as word/document.xml, its headers declaring 4 KB) is refused within a second, memory bounded', async () => {
    const bomb = zipBombDocx(valid, 400);
    assert.ok(bomb.length < 600 * 1024, `${bomb.length} bytes`);
    const { result, ms, rssGrowth } = await measured(() => importDocx(bomb));
    assert.match(refusal(result), /Word 文档的文字部分解压后超过 16 MiB（word\/document\.xml；文档过长或是“压缩炸弹”），未读取。/);
    assert.ok(ms < 1000, `${ms} ms`);
    assert.ok(rssGrowth < 64 * MiB, `resident set grew by ${(rssGrowth / MiB).toFixed(0)} MiB`);
  });

  it('the CLI reads a .docx through the limits (refused with the message) and refuses a FIFO without blocking', async () => {
    const file = path.join(dir, 'bomb.docx');
    fs.writeFileSync(file, zipBombDocx(valid, 100));
    const result = await lintDocxFile(file, DEFAULT_SETTINGS);
    assert.ok(!result.ok && /压缩炸弹/.test(result.reason), JSON.stringify(result));
    if (process.platform !== 'win32') {
      const fifo = path.join(dir, 'fifo.docx');
      execFileSync('mkfifo', [fifo]);
      const read = readDocxFile(fifo);
      assert.ok(!read.ok && /不是普通文件/.test(read.reason), JSON.stringify(read));
    }
  });

  it('a .docx within the limits is read as before', async () => {
    await checkDocxArchive(valid);
    assert.strictEqual((await importDocx(valid)).text, CLEAN_NOTICE);
  });

  it('refuses a file over the size limit, and more than 2,000 entries whatever the count in the end record', async () => {
    assert.match(refusal(await checkDocxArchive(valid, { ...DOCX_LIMITS, fileBytes: 1000 }).catch((e) => e)), /Word 文档过大（.* MiB，上限 0\.0 MiB）/);
    const many = writeZip(Array.from({ length: 2001 }, (_, i) => ({ name: `word/media/${i}.bin`, data: Buffer.from('x'), method: 0 as const })));
    assert.match(refusal(await checkDocxArchive(many).catch((e) => e)), /超过 2000 个部件/);
    const lying = Buffer.from(many);
    lying.writeUInt16LE(3, lying.length - 22 + 8);
    lying.writeUInt16LE(3, lying.length - 22 + 10);
    assert.match(refusal(await checkDocxArchive(lying).catch((e) => e)), /超过 2000 个部件/);
  });

  it('pictures count only toward the total; a "picture" that unpacks to more than ten times its size counts as text', async () => {
    const limits = { ...DOCX_LIMITS, totalBytes: 8 * MiB, textBytes: 1 * MiB };
    const jpeg = (body: Buffer): Buffer => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), body]);
    const photo = jpeg(randomBytes(3 * MiB));
    const parts = (extra: Buffer): Buffer => writeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }, { name: 'word/media/image1.jpeg', data: extra }]);
    await checkDocxArchive(parts(photo), limits);
    assert.match(refusal(await checkDocxArchive(parts(jpeg(Buffer.alloc(3 * MiB))), limits).catch((e) => e)), /文字部分解压后超过 1 MiB（word\/media\/image1\.jpeg/);
    assert.match(refusal(await checkDocxArchive(parts(Buffer.concat([photo, photo, photo])), limits).catch((e) => e)), /解压后超过 8 MiB/);
  });

  it('refuses what the zip library would read differently: bytes before the zip, zip64 markers; and a file that is no zip', async () => {
    assert.match(refusal(await checkDocxArchive(Buffer.concat([Buffer.alloc(100), valid])).catch((e) => e)), /zip 目录位置与文件不符/);
    const zip64 = Buffer.from(valid);
    zip64.writeUInt32LE(0xffffffff, zip64.length - 22 + 16);
    assert.match(refusal(await checkDocxArchive(zip64).catch((e) => e)), /zip64/);
    assert.match(refusal(await checkDocxArchive(Buffer.from('not a zip')).catch((e) => e)), /找不到 zip 目录/);
  });
});
