/**
 * The document tree of a 公文: title, address line, headings (from the shared heading parser) and,
 * as leaves, the in-paragraph enumerations (一是…二是…, 一要…二要…, 第一，…第二，…, 首先…其次…).
 * Each section carries its range, its character count, its unfilled placeholders (counted from
 * the findings given, never by re-running rules) and, for a level-1 section of a speech, work
 * summary or research report, its role (认识/问题/举措 …). Used by the Outline, folding, the
 * 公文结构 view, the `gongwen outline` CLI and the structure.* rules. Pure: no LSP imports.
 *
 *   buildDocumentTree(text, format, { docType, findings, ignored }) → DocumentTree
 *
 * All offsets are UTF-16 indexes into the text.
 */
import { markdownIgnoredRanges, overlapsAny } from '../markdown';
import { lines } from '../text/chars';
import { firstIndex } from '../text/search';
import type { DocType, OffsetRange, TextFormat } from '../types';
import { buildOutline, parseChineseNumeral, parseStructure, type HeadingLine, type OutlineNode, type Span } from './headings';
import { classifySection, schemeFor, type RoleScheme, type SectionRole } from './roles';

export type StructureKind = 'heading' | 'enumeration';

export interface StructureNode {
  kind: StructureKind;
  /** A heading's words (without marker and end punctuation); an enumeration item's first phrase. */
  title: string;
  /** The marker as written: 一、 （二） 3. 一是 第一 首先; '' for an unnumbered Markdown heading. */
  numbering: string;
  /** Depth in the tree: 1 for a top-level section, a child's is its parent's plus one. */
  level: number;
  /** The heading's nominal level (1..5: 一、 （一） 1. （1） ①); an enumeration's is 0. */
  headingLevel: number;
  /** The whole section: from the heading's line to the end of its last non-blank text. */
  range: OffsetRange;
  /** The heading's words (or the item's marker and first phrase): what a click selects. */
  selectionRange: OffsetRange;
  /** The heading's line (an enumeration: the item itself, possibly across lines). */
  headRange: OffsetRange;
  /** Han characters and full-width punctuation in the section, as writers count length. */
  chars: number;
  /** Unfilled placeholders in the section (placeholder.unfilled findings starting in it). */
  placeholders: number;
  /** For a top-level section of a type with a role scheme: its role. */
  role?: SectionRole;
  roleSource?: 'heading' | 'text';
  /** Which part of the document: 0 the main text, 1… the attachments. */
  part: number;
  /** The parsed heading, for a heading node. */
  heading?: HeadingLine;
  children: StructureNode[];
}

export interface DocumentTree {
  docType: DocType;
  /** The role scheme of the document type, if it has one. */
  scheme?: RoleScheme;
  title?: Span;
  address?: Span;
  /** A speech's closing paragraph, which opens with the address word (同志们，……): in no section. */
  closing?: Span;
  /** Top-level nodes, in text order. */
  nodes: StructureNode[];
  /** The top-level headings of the main text (part 0): the parts that carry roles. */
  sections: StructureNode[];
  chars: number;
  placeholders: number;
}

/** What counts as a placeholder finding: anything with this rule id and a start offset. */
export interface RuleSpan extends OffsetRange {
  rule: string;
}

export const PLACEHOLDER_RULE = 'placeholder.unfilled';

const COUNTED = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014]|[\ud840-\ud87f][\udc00-\udfff]/g;

/** Han characters and full-width punctuation in text[start, end) (as the status bar counts). */
export function countChars(text: string, start = 0, end = text.length): number {
  return (text.slice(start, end).match(COUNTED) ?? []).length;
}

/** True when the code unit at i starts a counted character (see COUNTED). */
function isCountedAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) return true;
  if ((c >= 0x2018 && c <= 0x201d) || c === 0x2026 || c === 0x2014) return true;
  if (c >= 0xd840 && c <= 0xd87f) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff;
  }
  return false;
}

/** Characters per block of charCounter's prefix sums. */
const BLOCK = 64;

/**
 * countChars for many ranges of one text: counts per block of 64 code units summed in one pass,
 * so that the nested ranges of a long document's tree cost two short scans each, not a scan of
 * the range (a 200k speech spent 60 ms a check counting). Per block, not per character: an
 * Int32Array as long as the text cost more in fresh memory than the pass itself.
 */
export function charCounter(text: string): (start: number, end: number) => number {
  const length = text.length;
  const blocks = new Int32Array((length >> 6) + 2);
  let n = 0;
  for (let i = 0; i < length; i++) {
    if ((i & (BLOCK - 1)) === 0) blocks[i >> 6] = n;
    const c = text.charCodeAt(i);
    // Most characters of a 公文 are Han (counted) or ASCII (not): decide those without a call.
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x2014 && isCountedAt(text, i))) n++;
  }
  blocks[(length >> 6) + 1] = n;
  // Counted characters starting before k (a pair counts at its high half; a lone low half never does).
  const before = (k: number): number => {
    if (k >= length) return n;
    let count = blocks[k >> 6] as number;
    for (let i = k & ~(BLOCK - 1); i < k; i++) if (isCountedAt(text, i)) count++;
    return count;
  };
  return (start, end) => {
    // A range ending inside a pair: the pair was matched whole only if it lies within the slice.
    let count = before(end) - before(start);
    if (end > start && end < length && isSplitPairEnd(text, end)) count--;
    return count;
  };
}

/** The counted pair at end-1 is cut by a range ending at `end` (its high half is inside). */
function isSplitPairEnd(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  return c >= 0xd840 && c <= 0xd87f && isCountedAt(text, end - 1);
}

export interface TreeOptions {
  docType: DocType;
  /** Findings of the analysis; only placeholder.unfilled ones are counted. */
  findings?: readonly RuleSpan[];
  /** Ranges not to read as prose (Markdown code); defaults to the Markdown mask of a Markdown text. */
  ignored?: readonly OffsetRange[];
}

/** Space, tab or the ideographic space (U+3000). */
function isIndent(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

/** The end of the last non-blank character in text[start, end). */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s|\u3000/.test(text.charAt(e - 1))) e--;
  return e;
}

// ---------------------------------------------------------------------------------------------
// Enumerations

type Family = 'shi' | 'yao' | 'di' | 'order';

interface Marker {
  family: Family;
  ordinal: number;
  start: number;
  /** End of the marker, punctuation included. */
  end: number;
  /** The marker without punctuation: 一是 第二 其次. */
  label: string;
  /** End of the paragraph (line) holding it. */
  lineEnd: number;
}

const CN = '一二三四五六七八九十';
const ORDER_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 4 };
/** A marker at a sentence boundary: line start (after indent) or after 。；！？： (and a closing quote). */
const ENUM = new RegExp(`(^|[。；！？：;!?]”?)([ \\t\\u3000]*)(?:([${CN}]{1,2})([是要])|第([${CN}]{1,2})([，,、：:])|(首先|其次|再次|最后)([，,]))`, 'g');

/** The ordinal of a marker's numeral; -1 (follows nothing, starts nothing) for one like 十十. */
function ordinalOf(s: string): number {
  return parseChineseNumeral(s) ?? -1;
}

function markersIn(text: string, from: number, to: number, lineEnd: number, out: Marker[]): void {
  const s = text.slice(from, to);
  ENUM.lastIndex = 0;
  for (let m = ENUM.exec(s); m; m = ENUM.exec(s)) {
    const lead = (m[1] ?? '').length + (m[2] ?? '').length;
    const start = from + m.index + lead;
    const end = from + m.index + m[0].length;
    if (m[3] && m[4]) out.push({ family: m[4] === '是' ? 'shi' : 'yao', ordinal: ordinalOf(m[3]), start, end, label: m[3] + m[4], lineEnd });
    else if (m[5]) out.push({ family: 'di', ordinal: ordinalOf(m[5]), start, end, label: `第${m[5]}`, lineEnd });
    else if (m[7]) out.push({ family: 'order', ordinal: ORDER_WORDS[m[7]] ?? 0, start, end, label: m[7], lineEnd });
    if (m[0].length === 0) ENUM.lastIndex++;
  }
}

/**
 * Sequences of markers of one family numbered 1, 2, 3 … (at least two items). 首先 … 其次 …
 * may skip 再次 and end with 最后.
 */
function sequences(markers: readonly Marker[]): Marker[][] {
  const result: Marker[][] = [];
  const open = new Map<Family, Marker[]>();
  const close = (family: Family): void => {
    const seq = open.get(family);
    if (seq && seq.length >= 2) result.push(seq);
    open.delete(family);
  };
  for (const m of markers) {
    const seq = open.get(m.family);
    const last = seq?.[seq.length - 1];
    const follows = last !== undefined && (m.ordinal === last.ordinal + 1 || (m.family === 'order' && m.ordinal === 4 && last.ordinal >= 2));
    if (seq && follows) seq.push(m);
    else {
      close(m.family);
      if (m.ordinal === 1) open.set(m.family, [m]);
    }
  }
  for (const family of [...open.keys()]) close(family);
  return result.sort((a, b) => (a[0]?.start ?? 0) - (b[0]?.start ?? 0));
}

const PHRASE_END = /[，。；！？：,;!?:]/;

function enumerationNodes(text: string, seq: readonly Marker[], countIn: (r: OffsetRange) => number, count: (start: number, end: number) => number, part: number): StructureNode[] {
  return seq.map((m, i) => {
    const next = seq[i + 1];
    const end = trimEnd(text, m.start, next && next.start < m.lineEnd ? next.start : m.lineEnd);
    let phraseEnd = m.end;
    while (phraseEnd < end && !PHRASE_END.test(text.charAt(phraseEnd))) phraseEnd++;
    let title = text.slice(m.end, phraseEnd).trim();
    if (title.length > 30) title = `${title.slice(0, 29)}…`;
    const range = { start: m.start, end };
    return {
      kind: 'enumeration' as const,
      title,
      numbering: m.label,
      level: 0,
      headingLevel: 0,
      range,
      selectionRange: { start: m.start, end: Math.max(m.end, phraseEnd) },
      headRange: range,
      chars: count(m.start, end),
      placeholders: countIn(range),
      part,
      children: [],
    };
  });
}

// ---------------------------------------------------------------------------------------------

function markerText(h: HeadingLine): string {
  if (h.marker) return h.marker.text;
  return h.markdownDepth ? '#'.repeat(h.markdownDepth) : '';
}

/** The document tree with ranges, counts and roles. */
export function buildDocumentTree(text: string, format: TextFormat, options: TreeOptions): DocumentTree {
  const ignored = options.ignored ?? (format === 'markdown' ? markdownIgnoredRanges(text) : []);
  const structure = parseStructure(text, format, ignored);
  const { headings } = structure;
  const outline = buildOutline(headings);
  const placeholderStarts = (options.findings ?? []).filter((f) => f.rule === PLACEHOLDER_RULE).map((f) => f.start);
  placeholderStarts.sort((a, b) => a - b);
  const firstAtOrAfter = (offset: number): number => firstIndex(placeholderStarts.length, (i) => (placeholderStarts[i] as number) < offset);
  const countIn = (r: OffsetRange): number => firstAtOrAfter(r.end) - firstAtOrAfter(r.start);
  const count = charCounter(text);
  const attachments = structure.attachments ?? [];
  // A title line that is itself a heading (a document starting with 一、) is not a title.
  const title = structure.title && !headings.some((h) => h.lineRange.start <= structure.title!.start && structure.title!.start < h.lineRange.end) ? structure.title : undefined;

  const closing = closingOf(text, structure.address, headings, attachments);
  const stops = closing ? [...attachments, closing] : attachments;
  const isDescendant = (j: number, i: number): boolean => {
    for (let p = outline[j]?.parent; p !== undefined; p = outline[p]?.parent) if (p === i) return true;
    return false;
  };
  const nodes: StructureNode[] = outline.map((o: OutlineNode, i) => {
    const h = o.heading;
    let limit = text.length;
    for (let j = i + 1; j < outline.length; j++) {
      if (!isDescendant(j, i)) {
        limit = headings[j]?.lineRange.start ?? limit;
        break;
      }
    }
    const stop = stops.find((a) => a.start > h.lineRange.start && a.start < limit);
    if (stop) limit = stop.start;
    let first = h.lineRange.start;
    while (first < h.lineRange.end && isIndent(text.charCodeAt(first))) first++;
    const range = { start: first, end: Math.max(trimEnd(text, first, limit), h.lineRange.end) };
    return {
      kind: 'heading',
      title: h.title.text,
      numbering: markerText(h),
      level: 0,
      headingLevel: h.level,
      range,
      selectionRange: { start: h.title.start, end: h.title.end },
      headRange: h.lineRange,
      chars: count(range.start, range.end),
      placeholders: countIn(range),
      part: h.part,
      heading: h,
      children: [],
    };
  });
  const roots: StructureNode[] = [];
  outline.forEach((o, i) => {
    const node = nodes[i] as StructureNode;
    if (o.parent === undefined) roots.push(node);
    else nodes[o.parent]?.children.push(node);
  });

  // Enumerations: markers in body text (and in run-in heading bodies), owned by the deepest section.
  const headingAt = new Map(headings.map((h, i) => [h.line, i]));
  const skip = [title, structure.address].filter((s): s is Span => s !== undefined);
  const byOwner = new Map<number, Marker[]>();
  for (const line of lines(text)) {
    if (line.text.trim() === '' || overlapsAny(ignored, line.start, line.end) || skip.some((s) => s.start >= line.start && s.start <= line.end)) continue;
    const hi = headingAt.get(line.index);
    const h = hi !== undefined ? headings[hi] : undefined;
    if (h && !h.body) continue;
    const from = h?.body ? h.body.start : line.start;
    const owner = hi ?? ownerOf(nodes, line.start);
    const found: Marker[] = [];
    markersIn(text, from, line.end, line.end, found);
    if (found.length === 0) continue;
    const list = byOwner.get(owner) ?? [];
    list.push(...found);
    byOwner.set(owner, list);
  }
  for (const [owner, markers] of byOwner) {
    const parent = owner >= 0 ? nodes[owner] : undefined;
    const part = parent?.part ?? partAt(attachments, markers[0]?.start ?? 0);
    const items = sequences(markers).flatMap((seq) => enumerationNodes(text, seq, countIn, count, part));
    const siblings = parent ? parent.children : roots;
    siblings.push(...items);
    siblings.sort((a, b) => a.range.start - b.range.start);
  }

  const setLevels = (list: StructureNode[], level: number): void => {
    for (const n of list) {
      n.level = level;
      setLevels(n.children, level + 1);
    }
  };
  setLevels(roots, 1);

  const scheme = schemeFor(options.docType);
  const sections = roots.filter((n) => n.kind === 'heading' && n.part === 0);
  if (scheme) {
    for (const s of sections) {
      const subheadings: string[] = [];
      const walk = (list: StructureNode[]): void => {
        for (const c of list) {
          if (c.kind === 'heading') subheadings.push(c.title);
          walk(c.children);
        }
      };
      walk(s.children);
      const body = text.slice(s.headRange.end, s.range.end);
      const r = classifySection(scheme, s.title, subheadings, body);
      s.role = r.role;
      if (r.source) s.roleSource = r.source;
    }
  }
  return {
    docType: options.docType,
    ...(scheme ? { scheme } : {}),
    ...(title ? { title } : {}),
    ...(structure.address ? { address: structure.address } : {}),
    ...(closing ? { closing } : {}),
    nodes: roots,
    sections,
    chars: count(0, text.length),
    placeholders: placeholderStarts.length,
  };
}

/**
 * The closing paragraph of a speech: after the last heading of the main text, a paragraph that
 * opens with the address word (同志们：… 同志们，让我们……). Undefined when there is none.
 */
function closingOf(text: string, address: Span | undefined, headings: readonly HeadingLine[], attachments: readonly Span[]): Span | undefined {
  const word = address?.text.replace(/[：:]$/, '');
  const last = headings.filter((h) => h.part === 0).pop();
  if (!word || word.length > 8 || !last) return undefined;
  const end = attachments[0]?.start ?? text.length;
  for (const line of lines(text)) {
    if (line.start <= last.lineRange.end || line.start >= end) continue;
    const indent = /^[ \t\u3000]*/.exec(line.text)?.[0].length ?? 0;
    if (line.text.startsWith(word, indent) && /^[，,！!]/.test(line.text.slice(indent + word.length))) {
      return { start: line.start + indent, end: trimEnd(text, line.start, end), text: text.slice(line.start + indent, trimEnd(text, line.start, end)) };
    }
  }
  return undefined;
}

/**
 * The index of the deepest heading node whose section holds `offset` (its range, or the line break
 * after it); -1 for none. Nodes are in text order and sections nest, so the owner is the last node
 * starting at or before the offset that still holds it: found by a binary search and a short walk
 * back over the sections that ended before it.
 */
function ownerOf(nodes: readonly StructureNode[], offset: number): number {
  const after = firstIndex(nodes.length, (i) => (nodes[i] as StructureNode).range.start <= offset);
  for (let i = after - 1; i >= 0; i--) if (offset < (nodes[i] as StructureNode).range.end + 1) return i;
  return -1;
}

function partAt(attachments: readonly OffsetRange[], offset: number): number {
  return attachments.filter((a) => a.start <= offset).length;
}

/** Every node of the tree, depth first, in text order. */
export function* walkTree(nodes: readonly StructureNode[]): Generator<StructureNode> {
  for (const n of nodes) {
    yield n;
    yield* walkTree(n.children);
  }
}
