/**
 * Findings as Word comments (the text of each): the message and rule id, then each fix as
 * 建议：…, for `gongwen lint --annotate` and the editor's 批注 Word 文档. Kept out of annotate.ts,
 * which is in the Word bundle (loaded on first use), so the server can build them without it.
 */
import type { Finding } from '../core';
import type { DocxComment } from './annotate';

export function findingComments(findings: readonly Finding[]): DocxComment[] {
  return findings.map((f) => ({
    start: f.start,
    end: f.end,
    paragraphs: [`${f.message}（${f.rule}）`, ...f.fixes.map((x) => `建议：${x.title}`)],
  }));
}
