/**
 * Memory of a long CLI run (issue 23): `gongwen lint DIR` in text format prints each file's
 * findings as they come and keeps only the counts, so a folder of thousands of drafts does not
 * hold every report until the end. A draft with terminology drift makes a large report (each
 * drift finding carries the fix of every occurrence), so a kept report shows at once.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../server/src/cli/main';
import { heapAfterGc } from '../support/heap';


describe('gongwen lint: memory over many files', function () {
  this.timeout(120000);

  it('text output keeps no report of the files already printed (5 drafts with drift, one by one)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-memory-'));
    const body = Array.from({ length: 400 }, (_, i) =>
      i % 2 ? '    县委县政府高度重视文旅融合发展工作，多次召开专题会议研究部署。' : '    县委、县政府要求各乡镇压实文化旅游融合发展责任，确保各项措施落到实处。',
    );
    const text = ['关于文旅融合发展工作的报告', '', '县人民政府：', ...body, ''].join('\n');
    for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(dir, `draft-${i}.txt`), text);
    // The heap when each file's first finding is printed: the files before it are done.
    const heaps: number[] = [];
    let current = '';
    let lines = 0;
    const out = (line: string): void => {
      lines++;
      const file = line.slice(0, line.indexOf('.txt:'));
      if (file === current) return;
      current = file;
      heaps.push(heapAfterGc());
    };
    const code = main(['lint', '--jobs', '1', dir], out, () => {});
    fs.rmSync(dir, { recursive: true, force: true });
    assert.strictEqual(code, 0);
    assert.strictEqual(heaps.length, 5);
    assert.ok(lines > 5 * 150, `${lines} lines`);
    // Kept reports add about 13 MiB a file here (39 MiB over these 3 files, measured without the fix).
    const grownMiB = ((heaps[4] as number) - (heaps[1] as number)) / 2 ** 20;
    assert.ok(grownMiB < 8, `the heap grew ${grownMiB.toFixed(1)} MiB over 3 files`);
  });
});
