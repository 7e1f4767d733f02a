/**
 * URLs, Markdown link targets, code spans and file paths are not prose: no rule reports inside
 * them and fix-all (--fix, source.fixAll) never edits them, while the prose around them is fixed.
 */
import * as assert from 'assert';
import { analyze, DEFAULT_SETTINGS, fixAll, IncrementalAnalyzer, type TextFormat } from '../../server/src/core';
import { nonProseRanges } from '../../server/src/core/text/nonProse';

const cases: Array<{ name: string; format: TextFormat; text: string; kept: string[]; fixed: string }> = [
  {
    name: 'a date and a comma inside a link URL',
    format: 'markdown',
    text: '详见[通知](https://example.org/2026.3.5/a,b.html)，各单位要认真落实,确保实效。\n',
    kept: ['(https://example.org/2026.3.5/a,b.html)'],
    fixed: '各单位要认真落实，确保实效。',
  },
  {
    name: 'a link target without a scheme',
    format: 'markdown',
    text: '附件：[实施方案](附件/2026.3.5方案,终稿.md)\n请于2026年01月05日前报送,逾期不候。\n',
    kept: ['(附件/2026.3.5方案,终稿.md)'],
    fixed: '请于2026年1月5日前报送，逾期不候。',
  },
  {
    name: 'a code span',
    format: 'markdown',
    text: '在命令行输入 `gongwen lint a,b.txt` 即可,无需联网。\n',
    kept: ['`gongwen lint a,b.txt`'],
    fixed: '即可，无需联网。',
  },
  {
    name: 'a Windows path in plain text',
    format: 'plaintext',
    text: '材料已存入C:\\办公室\\2026年,材料\\汇总.docx，请各单位查收,并于本周内反馈。\n',
    kept: ['C:\\办公室\\2026年,材料\\汇总.docx'],
    fixed: '请各单位查收，并于本周内反馈。',
  },
  {
    name: 'a UNC path and a POSIX path',
    format: 'plaintext',
    text: '共享目录为\\\\fileserver\\公文,2026\\通知，备份在/home/bangongshi/公文,备份/a.txt，请知悉,谢谢。\n',
    kept: ['\\\\fileserver\\公文,2026\\通知', '/home/bangongshi/公文,备份/a.txt'],
    fixed: '请知悉，谢谢。',
  },
];

describe('non-prose stretches: no findings inside, no fix edits them', () => {
  for (const c of cases) {
    it(c.name, () => {
      const once = fixAll({ text: c.text, format: c.format }, DEFAULT_SETTINGS);
      for (const k of c.kept) assert.ok(once.text.includes(k), `«${k}» kept in ${JSON.stringify(once.text)}`);
      assert.ok(once.text.includes(c.fixed), `prose fixed: ${JSON.stringify(once.text)}`);
      // Nothing is reported inside the protected stretches, by either analyser.
      for (const findings of [analyze({ text: c.text, format: c.format }), new IncrementalAnalyzer().analyze({ text: c.text, format: c.format }).findings]) {
        for (const k of c.kept) {
          const at = c.text.indexOf(k);
          const inside = findings.filter((f) => f.start < at + k.length && at < Math.max(f.end, f.start + 1));
          assert.deepStrictEqual(inside.map((f) => f.rule), [], `findings inside «${k}»`);
        }
      }
    });
  }

  it('dates like 2026/3/5 and fractions are prose, not paths', () => {
    assert.deepStrictEqual(nonProseRanges('于2026/3/5召开，占比1/3，是/否/待定,请选择。', 'plaintext'), []);
  });
});
