/**
 * A draft (.txt or .md) as the blocks of a 公文 page, one block per line of the draft: which part of
 * the document each line is (GB/T 9704-2012 7.2–7.4) and its text without indentation and Markdown
 * markup. The exporter lays the blocks out; `exportedText` is the plain text the .docx then holds
 * (paragraphs as lines), which is what a round trip through Word gives back.
 *
 * Recognised from the text (parseStructure: title, 主送 address, heading levels 1–4, 附件 lines):
 *   title          the first non-empty line                     2号小标宋, centred
 *   address        主送机关 right after the title (…：)           顶格
 *   heading 1–4    一、 （一） 1. （1） (a run-in heading keeps its body on the line)
 *   attachmentNote 附件说明 before the signature: 附件：1.…… and the lines 2.…… under it
 *   signature      the line right above the 成文日期               centred over the date
 *   date           成文日期 (2025年3月5日, also ×× placeholders)    右空四字
 *   attachmentLabel / attachmentTitle  an 附件 line after the date starts the attachment on a new page
 *   body           everything else
 * Dropped: blank lines (a 公文 has no empty lines between paragraphs; where GB/T 9704 wants 空一行 the
 * block gets `gapBefore`, spacing of one line), Markdown front matter, code, HTML comments and gongwen
 * suppression comments.
 */
import { analyzeDocument } from '../core';
import { markdownIgnoredRanges } from '../core';
import { placeholderUnfilled } from '../core';
import { DEFAULT_SETTINGS } from '../core';
import { parseStructure, type HeadingLine } from '../core';
import { scanSuppressions } from '../core';
import { lines } from '../core';
import type { OffsetRange, TextFormat } from '../core';

export type BlockKind =
  | 'title'
  | 'address'
  | 'heading'
  | 'body'
  | 'attachmentNote'
  | 'attachmentItem'
  | 'signature'
  | 'date'
  | 'attachmentLabel'
  | 'attachmentTitle';

/** A piece of a block's text; `bold` from Markdown **…**. */
export interface Segment {
  text: string;
  bold?: boolean;
}

export interface Block {
  kind: BlockKind;
  /** The block's text without indentation and markup. */
  text: string;
  segments: Segment[];
  /** 0-based line of the draft. */
  line: number;
  /** For a heading: level 1–4 and, when run-in, the length of marker + title + end mark (set in the heading's face). */
  level?: number;
  headLength?: number;
  /** The standard puts an empty line before this block (空一行). */
  gapBefore?: boolean;
}

/** 成文日期: 2025年3月5日, 二〇二五年三月五日, 2025年×月×日. */
export const DATE_LINE = /^(?:[0-9]{4}|[〇○零一二三四五六七八九]{4}|[×xX*＊]{2,4})年(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2}|[×xX*＊]{1,2})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}|[×xX*＊]{1,2})日$/;
const ATTACHMENT = /^附件[ \t\u3000]*[0-9０-９一二三四五六七八九十]*[ \t\u3000]*([:：])?/;
const ATTACHMENT_ITEM = /^[0-9]{1,2}[.．]/;
const SIGNATURE_MAX = 30;

/** The line [start, end) without the parts inside `drop`, with each kept character's offset. */
function keptText(text: string, start: number, end: number, drop: readonly OffsetRange[]): { kept: string; at: number[] } {
  let kept = '';
  const at: number[] = [];
  for (let i = start; i < end; i++) {
    if (drop.some((r) => r.start <= i && i < r.end)) continue;
    kept += text.charAt(i);
    at.push(i);
  }
  return { kept, at };
}

/**
 * Markdown: the ATX marks go, and **bold** becomes a bold segment. A `**` that the placeholder rule
 * reads as an unfilled figure (总投资**亿元, 于**月**日前) stays as it is.
 */
function markdownSegments(kept: string, at: readonly number[], placeholders: readonly OffsetRange[]): Segment[] {
  const prefix = /^[ \t\u3000]{0,3}#{1,6}[ \t]+/.exec(kept)?.[0].length ?? 0;
  const suffix = /[ \t]+#+[ \t]*$/.exec(kept.slice(prefix))?.[0].length ?? 0;
  const end = kept.length - suffix;
  const literal = (i: number): boolean => placeholders.some((r) => r.start <= (at[i] ?? -1) && (at[i] ?? -1) < r.end);
  const tokens: number[] = [];
  for (let i = kept.indexOf('**', prefix); i >= 0 && i + 2 <= end; i = kept.indexOf('**', i + 2)) if (!literal(i)) tokens.push(i);
  const segments: Segment[] = [];
  let from = prefix;
  for (let k = 0; k + 1 < tokens.length; k += 2) {
    const open = tokens[k] as number;
    const close = tokens[k + 1] as number;
    const inner = kept.slice(open + 2, close);
    if (inner.trim() !== inner || inner === '') {
      k--;
      continue;
    }
    segments.push({ text: kept.slice(from, open) }, { text: inner, bold: true });
    from = close + 2;
  }
  segments.push({ text: kept.slice(from, end) });
  return segments.filter((g) => g.text.length > 0);
}

function trimSegments(segments: Segment[]): Segment[] {
  const out = segments.map((g) => ({ ...g }));
  const first = out[0];
  if (first) first.text = first.text.replace(/^[ \t\u3000]+/, '');
  const last = out[out.length - 1];
  if (last) last.text = last.text.replace(/[ \t\u3000]+$/, '');
  return out.filter((g) => g.text.length > 0);
}

/** The draft's lines as blocks. */
export function draftBlocks(text: string, format: TextFormat): Block[] {
  const markdown = format === 'markdown';
  // Front matter, fenced code and HTML comments are dropped; inline `code` stays as text.
  const masked = markdown
    ? markdownIgnoredRanges(text).filter((r) => {
        const s = text.slice(r.start, r.end);
        return s.startsWith('<!--') || s.includes('\n');
      })
    : [];
  const drop = [...scanSuppressions(text).directives, ...masked];
  const placeholders = markdown ? analyzeDocument({ text, format }, DEFAULT_SETTINGS, [placeholderUnfilled]).findings : [];
  const structure = parseStructure(text, format);
  const headings = new Map<number, HeadingLine>(structure.headings.map((h) => [h.line, h]));
  const blocks: Block[] = [];

  for (const line of lines(text)) {
    if (line.text.trim() === '') continue;
    const { kept, at } = keptText(text, line.start, line.end, drop);
    if (kept.trim() === '') continue;
    const segments = trimSegments(markdown ? markdownSegments(kept, at, placeholders) : [{ text: kept }]);
    const plain = segments.map((g) => g.text).join('');
    if (plain === '') continue;
    const block: Block = { kind: 'body', text: plain, segments, line: line.index };
    const isTitle = structure.title !== undefined && structure.title.start >= line.start && structure.title.start <= line.end;
    const heading = headings.get(line.index);
    if (isTitle) block.kind = 'title';
    else if (structure.address && structure.address.start >= line.start && structure.address.start <= line.end) block.kind = 'address';
    else if (heading && heading.level >= 1) {
      block.kind = 'heading';
      block.level = Math.min(4, heading.level);
      if (heading.runIn && heading.endPunct) block.headLength = headLength(plain, heading, text);
    } else if (DATE_LINE.test(plain)) block.kind = 'date';
    blocks.push(block);
  }
  markClosing(blocks);
  markGaps(blocks);
  return blocks;
}

/** Length, in the block's plain text, of a run-in heading's marker + title + end mark. */
function headLength(plain: string, heading: HeadingLine, text: string): number {
  const head = text.slice(heading.marker?.start ?? heading.title.start, (heading.endPunct?.end ?? heading.title.end)).replace(/\*\*|__/g, '');
  const at = plain.indexOf(head.replace(/^[ \t\u3000]+/, ''));
  return at === 0 ? head.trimStart().length : 0;
}

/** 署名, 成文日期, 附件说明 and the attachments after the date. */
function markClosing(blocks: Block[]): void {
  const dateIndex = blocks.findIndex((b) => b.kind === 'date');
  if (dateIndex >= 0) {
    const above = blocks[dateIndex - 1];
    if (above && above.kind === 'body' && above.line >= (blocks[dateIndex] as Block).line - 2 && above.text.length <= SIGNATURE_MAX && !/[。：:；;，,！？]$/.test(above.text)) above.kind = 'signature';
  }
  const end = dateIndex >= 0 ? dateIndex : blocks.length;
  let inNote = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    const attachment = ATTACHMENT.exec(b.text);
    if (i < end) {
      if (attachment && (b.kind === 'body' || b.kind === 'heading')) {
        b.kind = 'attachmentNote';
        inNote = true;
        delete b.level;
        delete b.headLength;
      } else if (inNote && ATTACHMENT_ITEM.test(b.text) && b.kind !== 'signature' && blocks[i - 1]?.line === b.line - 1) {
        b.kind = 'attachmentItem';
        delete b.level;
        delete b.headLength;
      } else inNote = false;
    } else if (i > end && attachment && b.text.length <= 8) {
      b.kind = 'attachmentLabel';
      const next = blocks[i + 1];
      if (next && (next.kind === 'body' || next.kind === 'heading')) {
        next.kind = 'attachmentTitle';
        delete next.level;
        delete next.headLength;
      }
    }
  }
}

/** 空一行 before the address (7.3.1), the 附件说明 (7.3.4), the 署名 (7.3.5) and the attachment title (7.4). */
function markGaps(blocks: Block[]): void {
  blocks.forEach((b, i) => {
    const previous = blocks[i - 1];
    if (!previous) return;
    const first = (kind: BlockKind): boolean => b.kind === kind && previous.kind !== kind && !(kind === 'attachmentNote' && previous.kind === 'attachmentItem');
    if (first('address') || first('attachmentNote') || first('attachmentTitle') || (b.kind === 'signature') || (b.kind === 'date' && previous.kind !== 'signature')) {
      b.gapBefore = true;
    }
  });
}

/** The plain text of the exported .docx: one paragraph a line. */
export function exportedText(text: string, format: TextFormat): string {
  return draftBlocks(text, format)
    .map((b) => b.text)
    .join('\n');
}
