/**
 * Export a draft (.md/.txt) as a .docx laid out to GB/T 9704-2012 《党政机关公文格式》, with the npm
 * `docx` package. The numbers (page, margins, grid, sizes, fonts) and their derivation are in
 * layout.ts; which line is which part of the document is decided in draft.ts.
 *
 * Faces and sizes (GB/T 9704-2012):
 *   标题          2号 (22 pt) 方正小标宋简体, centred (7.2.5); a long title breaks between words, the
 *                 lines balanced (7.3.1 回行: 词意完整，排列对称; titleBreak.ts)
 *   正文          3号 (16 pt) 仿宋_GB2312, first line indented two characters (7.3.3)
 *   一、          3号 黑体, plain (黑体 is already heavy; the standard asks for no bold) (7.3.3)
 *   （一）        3号 楷体_GB2312, plain
 *   1. （1）      3号 仿宋_GB2312, plain: the standard names 仿宋体 and no bold (bold 1. is a house style)
 *   A run-in heading (一是…… / 1.加强领导。正文……) sets its marker and title in the heading's face and
 *   the body text after it in 仿宋.
 *   主送机关      标题下空一行, 顶格 (7.3.1)
 *   附件说明      正文下空一行, 左空二字, "附件：1.……", later items aligned with the first name (7.3.4)
 *   署名/成文日期  成文日期右空四字; 署名 centred over the date (7.3.5.1, 加盖印章的公文); 空一行 above
 *   附件          另面编排: "附件1" 3号黑体顶格 on the first line, its title (2号小标宋, centred) on the third (7.4)
 *   页码          4号半角宋体 "— 1 —", odd pages right (空一字), even pages left (空一字) (7.5.1)
 */
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import { PLACEHOLDER_RULE_ID } from '../core';
import type { Finding, OffsetRange, TextFormat } from '../core';
import { draftBlocks, type Block } from './draft';
import { titleLines } from './titleBreak';
import {
  BODY_SIZE,
  CHAR_PITCH,
  CHAR_SPACE,
  fontTableXml,
  LINE_PITCH,
  MARGIN,
  PAGE,
  PAGE_NUMBER_INDENT,
  PAGE_NUMBER_SIZE,
  runFonts,
  TITLE_SIZE,
  widthInChars,
  type FaceKey,
} from './layout';

/** Findings that stop an export: any error-level finding and every unfilled placeholder. */
export function exportBlockers(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error' || f.rule === PLACEHOLDER_RULE_ID);
}

const EXACT = { line: LINE_PITCH, lineRule: LineRuleType.EXACT } as const;
/** 左空二字: 200 hundredths of a character, and the same in twips for readers that ignore *Chars. */
const FIRST_LINE = { firstLineChars: 200, firstLine: 2 * CHAR_PITCH } as const;
const HEADING_FACE: Record<number, FaceKey> = { 1: 'heiti', 2: 'kaiti', 3: 'fangsong', 4: 'fangsong' };

function run(text: string, face: FaceKey, extra: IRunOptions = {}): TextRun {
  return new TextRun({ text, font: runFonts(face), size: BODY_SIZE, ...extra });
}

function segmentRuns(block: Block, face: FaceKey, from = 0, to = Infinity): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const g of block.segments) {
    const s = Math.max(from, at);
    const e = Math.min(to, at + g.text.length);
    if (e > s) runs.push(run(g.text.slice(s - at, e - at), face, g.bold ? { bold: true } : {}));
    at += g.text.length;
  }
  return runs;
}

/** Right indent that centres the 署名 over a 成文日期 set 右空四字. */
function signatureIndent(signature: string, date: string | undefined): number {
  if (date === undefined) return 4 * CHAR_PITCH;
  const offset = 4 + (widthInChars(date) - widthInChars(signature)) / 2;
  return Math.max(0, Math.round(offset * CHAR_PITCH));
}

/** A title's words (offsets into the title), from the segmentation when the caller has it. */
export type TitleWords = (title: string) => readonly OffsetRange[] | undefined;

function paragraphFor(block: Block, date: string | undefined, titleWords?: TitleWords): Paragraph {
  const base: IParagraphOptions = { spacing: { ...EXACT, ...(block.gapBefore ? { before: LINE_PITCH } : {}) } };
  const title = (): Paragraph =>
    new Paragraph({
      ...base,
      alignment: AlignmentType.CENTER,
      children: titleLines(block.text, titleWords?.(block.text)).map(
        (line, i) => new TextRun({ text: line, font: runFonts('xiaobiaosong', 'xiaobiaosong'), size: TITLE_SIZE, ...(i > 0 ? { break: 1 } : {}) }),
      ),
    });
  switch (block.kind) {
    case 'title':
    case 'attachmentTitle':
      return title();
    case 'address':
      return new Paragraph({ ...base, alignment: AlignmentType.JUSTIFIED, children: segmentRuns(block, 'fangsong') });
    case 'heading': {
      const face = HEADING_FACE[block.level ?? 1] ?? 'fangsong';
      const head = block.headLength ?? Infinity;
      const children = [...segmentRuns(block, face, 0, head), ...(Number.isFinite(head) ? segmentRuns(block, 'fangsong', head) : [])];
      return new Paragraph({ ...base, alignment: AlignmentType.JUSTIFIED, indent: FIRST_LINE, outlineLevel: (block.level ?? 1) - 1, children });
    }
    case 'attachmentNote': {
      // 附件：1.名称 — a wrapped name aligns with its first character: 2 (左空二字) + 3 (附件：) [+ 1 (1.)].
      const numbered = /^附件[:：][0-9]/.test(block.text);
      const left = (numbered ? 6 : 5) * CHAR_PITCH;
      return new Paragraph({ ...base, indent: { left, hanging: left - 2 * CHAR_PITCH }, children: segmentRuns(block, 'fangsong') });
    }
    case 'attachmentItem':
      return new Paragraph({ ...base, indent: { left: 6 * CHAR_PITCH, hanging: CHAR_PITCH }, children: segmentRuns(block, 'fangsong') });
    case 'signature':
      return new Paragraph({ ...base, alignment: AlignmentType.RIGHT, indent: { right: signatureIndent(block.text, date) }, children: segmentRuns(block, 'fangsong') });
    case 'date':
      return new Paragraph({ ...base, alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR_PITCH }, children: segmentRuns(block, 'fangsong') });
    case 'attachmentLabel':
      return new Paragraph({ ...base, pageBreakBefore: true, children: segmentRuns(block, 'heiti') });
    case 'body':
      return new Paragraph({ ...base, alignment: AlignmentType.JUSTIFIED, indent: FIRST_LINE, children: segmentRuns(block, 'fangsong') });
  }
}

function pageNumberFooter(odd: boolean): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: PAGE_NUMBER_INDENT } : { left: PAGE_NUMBER_INDENT },
        spacing: { line: PAGE_NUMBER_SIZE * 10, lineRule: LineRuleType.EXACT },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: runFonts('songti', 'songti'), size: PAGE_NUMBER_SIZE })],
      }),
    ],
  });
}

/** The .docx of a draft, laid out to GB/T 9704-2012 (no lint check: see exportDocx). */
export async function buildDocx(text: string, format: TextFormat, titleWords?: TitleWords): Promise<Buffer> {
  const blocks = draftBlocks(text, format);
  const date = blocks.find((b) => b.kind === 'date')?.text;
  const title = blocks.find((b) => b.kind === 'title')?.text ?? '';
  const doc = new Document({
    title,
    creator: 'Gongwen',
    lastModifiedBy: 'Gongwen',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: runFonts('fangsong'), size: BODY_SIZE, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
          paragraph: { spacing: EXACT },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...MARGIN, gutter: 0 } },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: { default: pageNumberFooter(true), even: pageNumberFooter(false) },
        children: blocks.map((b) => paragraphFor(b, date, titleWords)),
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}

export interface ExportOptions {
  /** Export although error-level findings or unfilled placeholders remain (the caller warns). */
  force?: boolean;
  /** The words of a title, so that a long title breaks between words (without: safe breaks only). */
  titleWords?: TitleWords;
}

export type ExportResult =
  | { ok: true; buffer: Buffer; /** Blocking findings that `force` overrode. */ blocking: Finding[] }
  | { ok: false; blocking: Finding[] };

/**
 * Export after a lint check: refuses while `findings` (the draft's, with the user's settings) hold
 * an error-level finding or an unfilled placeholder, unless `force`.
 */
export async function exportDocx(text: string, format: TextFormat, findings: readonly Finding[], options: ExportOptions = {}): Promise<ExportResult> {
  const blocking = exportBlockers(findings);
  if (blocking.length > 0 && !options.force) return { ok: false, blocking };
  return { ok: true, buffer: await buildDocx(text, format, options.titleWords), blocking };
}
