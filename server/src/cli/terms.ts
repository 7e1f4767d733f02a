/**
 * `gongwen terms FILE…`: prints the term groups of each file (terminology drift), as text or JSON.
 * Segments with nodejieba and the bundled 公文 user dictionary, line by line, as lint and the
 * server do. Exit status: 0 done (groups or not), 2 a file or the segmenter could not be used.
 */
import { formatOf, type TermEntry } from '../core';
import { markdownIgnoredRanges } from '../core';
import { findTermGroups, formatGroupsText, groupsToJson, type TermGroupJson } from '../core';
import { forEachDraft } from './files';
import { CliWords } from './words';

export function termsCommand(
  files: string[],
  format: 'text' | 'json',
  out: (l: string) => void,
  err: (l: string) => void,
  terms: readonly TermEntry[] = [],
): number {
  // Words line by line, exactly as `gongwen lint` and the server get them.
  const segmentation = new CliWords();
  const report: Array<{ file: string; groups: TermGroupJson[] }> = [];
  let failed = false;
  const status = forEachDraft(files, err, (file, text) => {
    if (failed) return;
    const words = segmentation.wordsFor(text);
    if (!words) {
      failed = true;
      err(`分词器不可用：${segmentation.error ?? '未知原因'}`);
      return;
    }
    const ignored = formatOf(file) === 'markdown' ? markdownIgnoredRanges(text) : [];
    const groups = findTermGroups(text, words, terms, ignored);
    if (format === 'json') report.push({ file, groups: groupsToJson(text, groups) });
    else for (const line of formatGroupsText(file, text, groups)) out(line);
  });
  if (failed) return 2;
  if (format === 'json') out(JSON.stringify(report, null, 2));
  return status;
}
