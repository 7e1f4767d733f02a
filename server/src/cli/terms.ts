/**
 * `gongwen terms FILE…`: prints the term groups of each file (terminology drift), as text or JSON.
 * Segments with nodejieba and the bundled 公文 user dictionary; glossary terms are inserted as
 * words so they come out whole. Exit status: 0 done (groups or not), 2 a file or the segmenter
 * could not be used.
 */
import { formatOf, type TermEntry, type Word } from '../core';
import { markdownIgnoredRanges } from '../core/markdown';
import { findTermGroups, formatGroupsText, groupsToJson, type TermGroupJson } from '../core/terms';
import { createSegmenter } from '../segmentation/dictionaries';
import { expandPaths, readDraft } from './files';

export function termsCommand(
  files: string[],
  format: 'text' | 'json',
  out: (l: string) => void,
  err: (l: string) => void,
  terms: readonly TermEntry[] = [],
): number {
  const { files: paths, errors } = expandPaths(files);
  let status = errors.length > 0 ? 2 : 0;
  for (const e of errors) err(`${e.file}: ${e.reason}`);
  const segmenter = createSegmenter();
  try {
    segmenter.load();
    for (const t of terms) segmenter.insertWord(t.canonical.replace(/[“”‘’《》]/g, ''));
  } catch (e) {
    err(`分词器不可用：${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const report: Array<{ file: string; groups: TermGroupJson[] }> = [];
  for (const file of paths) {
    const read = readDraft(file);
    if (!read.ok) {
      err(`${file}: ${read.reason}`);
      status = 2;
      continue;
    }
    const words: Word[] = segmenter.cut(read.text);
    const ignored = formatOf(file) === 'markdown' ? markdownIgnoredRanges(read.text) : [];
    const groups = findTermGroups(read.text, words, terms, ignored);
    if (format === 'json') report.push({ file, groups: groupsToJson(read.text, groups) });
    else for (const line of formatGroupsText(file, read.text, groups)) out(line);
  }
  if (format === 'json') out(JSON.stringify(report, null, 2));
  return status;
}
