/**
 * The text of a .docx, read with mammoth, as lines a lint run can check: one paragraph a line (a
 * line break inside a paragraph, Shift+Enter in Word, also starts a line, except in title-size
 * type, 2号 (22 pt) or larger: a title broken over lines (GB/T 9704-2012 7.3.1 回行, as the
 * exporter breaks it) is one title), tables cell by cell,
 * headers, footers, footnotes and deleted revisions left out. Each paragraph keeps its place so a
 * finding can be reported as "第N段第M字" that a writer can find in Word:
 *   N counts the non-empty paragraphs from the top, as a reader counts them (blank paragraphs,
 *     which Word shows as empty lines, are not counted);
 *   M counts characters from the start of that paragraph, 1-based, one per character as Word
 *     shows it (𠮷 and 😀 count once).
 */
import mammoth from 'mammoth';
import type { OffsetRange } from '../core';
import { checkDocxArchive } from './guard';

export interface DocxParagraph extends OffsetRange {
  /** 1-based number among the non-empty paragraphs (第N段); 0 for an empty paragraph. */
  index: number;
}

export interface DocxText {
  /** Paragraphs joined by \n. */
  text: string;
  /** Every paragraph, in order, with its range in `text`. */
  paragraphs: DocxParagraph[];
  /** mammoth's warnings (unsupported content), for the log. */
  warnings: string[];
}

/** A place in Word terms: 第N段第M字 (both 1-based). */
export interface ParagraphPosition {
  paragraph: number;
  character: number;
}

interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  breakType?: string;
  /** A run's size in points (w:sz / 2), when set. */
  fontSize?: number | null;
}

/** Title-size type: 2号 (22 pt) and up. A line break in it continues the title (回行). */
const TITLE_POINTS = 22;

/** The paragraphs' texts, in document order (tables included, cell by cell). */
function collect(element: MammothElement, out: string[]): void {
  if (element.type === 'paragraph') {
    out.push(textOf(element));
    return;
  }
  for (const child of element.children ?? []) collect(child, out);
}

function textOf(element: MammothElement, inTitle = false): string {
  switch (element.type) {
    case 'text':
      return element.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return element.breakType === 'line' && !inTitle ? '\n' : '';
    case 'run': {
      const title = inTitle || (element.fontSize ?? 0) >= TITLE_POINTS;
      return (element.children ?? []).map((c) => textOf(c, title)).join('');
    }
    default:
      return (element.children ?? []).map((c) => textOf(c, inTitle)).join('');
  }
}

/**
 * Reads a .docx (its bytes). Rejects when the file is not a Word document, and with a
 * DocxRefusedError when it is over the limits of guard.ts (checked before mammoth reads it).
 */
export async function importDocx(buffer: Buffer): Promise<DocxText> {
  await checkDocxArchive(buffer);
  const texts: string[] = [];
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      transformDocument: (document: MammothElement) => {
        collect(document, texts);
        return { ...document, children: [] };
      },
    },
  );
  const paragraphs: DocxParagraph[] = [];
  let at = 0;
  let index = 0;
  for (const t of texts) {
    const text = t.replace(/\r\n?/g, '\n');
    paragraphs.push({ start: at, end: at + text.length, index: text.trim() === '' ? 0 : ++index });
    at += text.length + 1;
  }
  const text = texts.map((t) => t.replace(/\r\n?/g, '\n')).join('\n');
  return { text, paragraphs, warnings: result.messages.map((m) => m.message) };
}

/** 第N段第M字 of a UTF-16 offset into `docx.text`. */
export function paragraphPosition(docx: DocxText, offset: number): ParagraphPosition {
  let low = 0;
  let high = docx.paragraphs.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((docx.paragraphs[mid] as DocxParagraph).start <= offset) low = mid;
    else high = mid - 1;
  }
  const p = docx.paragraphs[low];
  if (!p) return { paragraph: 1, character: 1 };
  const before = docx.text.slice(p.start, Math.max(p.start, Math.min(offset, p.end)));
  // An empty paragraph holds no finding; name the next non-empty one.
  const paragraph = p.index || (docx.paragraphs.slice(low).find((q) => q.index > 0)?.index ?? 1);
  return { paragraph, character: [...before].length + 1 };
}

/** "第3段第12字". */
export function paragraphLabel(position: ParagraphPosition): string {
  return `第${position.paragraph}段第${position.character}字`;
}
