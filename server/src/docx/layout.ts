/**
 * The numbers of GB/T 9704-2012 《党政机关公文格式》 as Word measures them. Word counts lengths in
 * twips (1/20 pt; 1 mm = 1440 / 25.4 = 56.693 twips) and font sizes in half-points.
 *
 * Page (GB/T 9704 5.2.1, 5.2.2): A4 210 × 297 mm; 天头 (top) 37 mm, 订口 (left) 28 mm, 版心 156 × 225 mm,
 * hence right 210 − 28 − 156 = 26 mm and bottom 297 − 37 − 225 = 35 mm.
 *
 *   A4            11906 × 16838 twips (Word's own A4)
 *   top 37 mm     2097.6 → 2098     bottom 35 mm  1984.3 → 1984
 *   left 28 mm    1587.4 → 1587     right 26 mm   1474.0 → 1474
 *   版心           11906 − 1587 − 1474 = 8845 twips wide (156.0 mm), 16838 − 2098 − 1984 = 12756 high (225.0 mm)
 *
 * Grid (5.2.3 "一般每面排22行，每行排28个字"): 22 lines of 28 characters of 3号 (16 pt).
 *   line pitch  12756 / 22 = 579.8 → 579 twips = 28.95 pt (22 × 579 = 12738 ≤ 12756; 23 lines would need 13317)
 *   char pitch  8845 / 28 = 315.9 twips = 15.795 pt. Word's w:charSpace is the difference from the
 *               default font size (16 pt, docDefaults w:sz=32) in 1/4096 pt: (15.795 − 16) × 4096 = −841.3.
 *               −842 is the largest value for which 28 characters fit: 28 × (16 − 842/4096) pt = 442.24 pt
 *               ≤ 442.25 pt (8845 twips); −841 gives 442.251 pt and Word would set only 27.
 * Paragraphs also get an exact line height of 579 twips (固定值 28.95 磅), so that a reader that ignores
 * the document grid (LibreOffice, WPS in some modes) still sets 22 lines a page.
 *
 * Page numbers (7.5.1): 4号 (14 pt) 半角宋体阿拉伯数字, "— 1 —", 一字线上距版心下边缘 7 mm, 单页码居右空一字,
 * 双页码居左空一字. The footer paragraph is 14 pt high (exact), so the dash (mid-height) sits 7 pt ≈ 2.5 mm
 * above the footer's bottom; the dash must be 35 − 7 = 28 mm above the page edge, so the footer distance
 * is 28 − 2.5 = 25.5 mm = 1446 twips. "空一字" is one character of the number's size: 14 pt = 280 twips.
 */

export const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (millimetres: number): number => Math.round(millimetres * TWIPS_PER_MM);

export const PAGE = { width: 11906, height: 16838 } as const;
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: 1446 } as const;
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right; // 8845
export const TEXT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom; // 12756
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** 579 twips (28.95 pt). */
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);
/** Body font size: 3号 = 16 pt = 32 half-points. */
export const BODY_SIZE = 32;
/** −842: the grid's character pitch less 16 pt, in 1/4096 pt (see above). */
export const CHAR_SPACE = Math.floor((TEXT_WIDTH / 20 / CHARS_PER_LINE - BODY_SIZE / 2) * 4096);
/** One grid character, in twips (316), for indents given in twips beside the *Chars form. */
export const CHAR_PITCH = Math.round(TEXT_WIDTH / CHARS_PER_LINE);
/** Title: 2号 = 22 pt = 44 half-points (GB/T 9704 7.2.5). */
export const TITLE_SIZE = 44;
/** Page number: 4号 = 14 pt = 28 half-points (7.5.1). */
export const PAGE_NUMBER_SIZE = 28;
/** "空一字" beside the page number: one 4号 character, 14 pt. */
export const PAGE_NUMBER_INDENT = 280;

/**
 * Typefaces. They are named, not embedded (the standard's fonts are licensed). Each run names an
 * East Asian face (w:eastAsia) and a face for Latin letters and digits (w:ascii, w:hAnsi):
 * Times New Roman for body text, as government templates do, so that 半角 digits stay narrow; the
 * title and the page number keep their own face for digits too (2号小标宋 title, 半角宋体 page number).
 * word/fontTable.xml names each face's fallback (w:altName) with its GB2312 charset and family, which
 * Word uses on a machine that lacks the face: 仿宋_GB2312 → 仿宋 (FangSong, in Windows since Vista),
 * 楷体_GB2312 → 楷体 (KaiTi), 方正小标宋简体 → 宋体 (SimSun; 华文中宋 is closer where Office is
 * installed), 黑体 → SimHei, 宋体 → SimSun.
 */
export interface Face {
  name: string;
  altName: string;
  /** OOXML font family: roman (serif), modern (fixed pitch), swiss (sans), script. */
  family: 'roman' | 'modern' | 'swiss' | 'script' | 'auto';
  panose: string;
}

export const FACES = {
  fangsong: { name: '仿宋_GB2312', altName: '仿宋', family: 'modern', panose: '02010609030101010101' },
  kaiti: { name: '楷体_GB2312', altName: '楷体', family: 'modern', panose: '02010609030101010101' },
  heiti: { name: '黑体', altName: 'SimHei', family: 'modern', panose: '02010609060101010101' },
  xiaobiaosong: { name: '方正小标宋简体', altName: '宋体', family: 'script', panose: '02000000000000000000' },
  songti: { name: '宋体', altName: 'SimSun', family: 'auto', panose: '02010600030101010101' },
  latin: { name: 'Times New Roman', altName: 'Liberation Serif', family: 'roman', panose: '02020603050405020304' },
} satisfies Record<string, Face>;

export type FaceKey = keyof typeof FACES;

/** Fonts of a run: an East Asian face and the face for Latin letters and digits. */
export function runFonts(eastAsia: FaceKey, latin: FaceKey = 'latin'): { eastAsia: string; ascii: string; hAnsi: string; cs: string } {
  const l = FACES[latin].name;
  return { eastAsia: FACES[eastAsia].name, ascii: l, hAnsi: l, cs: l };
}

/** word/fontTable.xml: every face used, with its fallback. Replaces the empty table the docx package writes. */
export function fontTableXml(): string {
  const font = (f: Face): string => {
    const charset = f.name === 'Times New Roman' ? '00' : '86';
    const pitch = f.family === 'roman' || f.family === 'swiss' ? 'variable' : 'fixed';
    return `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:panose1 w:val="${f.panose}"/><w:charset w:val="${charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${pitch}"/></w:font>`;
  };
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    Object.values(FACES).map(font).join('') +
    '</w:fonts>'
  );
}

/**
 * Width of a string in characters of its own font size: 汉字 and full-width marks count 1, 半角
 * letters, digits and spaces ½. Used to centre the 署名 over the 成文日期.
 */
export function widthInChars(s: string): number {
  let w = 0;
  for (const c of s) w += /[\u0020-\u007e]/.test(c) ? 0.5 : 1;
  return w;
}
