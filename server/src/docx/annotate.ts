/**
 * Findings as Word comments (`gongwen lint draft.docx --annotate reviewed.docx`): a copy of the
 * .docx where each finding is a comment (author 公文检查) anchored on the text it is about, between
 * w:commentRangeStart and w:commentRangeEnd, with a w:commentReference run after the range; the
 * comment says what is wrong and, when there are fixes, what to write. The input is never
 * modified: the caller writes the returned bytes elsewhere.
 *
 * Offsets are those of importDocx's text. The paragraphs of word/document.xml are read the way
 * mammoth reads them (w:t text, w:tab a tab, w:br a line break except in title-size type; deleted
 * text left out) and matched to the imported paragraphs by their text; a run is split where a
 * finding starts or ends inside it (the copy keeps the run's properties). A finding in a
 * paragraph that cannot be matched (content mammoth reads differently) is not anchored: the
 * caller is told how many.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';
import type { DocxText } from './import';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const COMMENT_AUTHOR = '公文检查';

/** The DOM this module uses (xmldom's), declared here: the build has no DOM library. */
interface XNode {
  nodeType: number;
  nodeName: string;
  parentNode: XNode | null;
  childNodes: ArrayLike<XNode>;
  nextSibling: XNode | null;
  textContent: string | null;
  insertBefore(node: XNode, ref: XNode | null): XNode;
  appendChild(node: XNode): XNode;
  removeChild(node: XNode): XNode;
  cloneNode(deep: boolean): XNode;
}
interface XElement extends XNode {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  getElementsByTagName(name: string): ArrayLike<XElement>;
}
interface XDocument extends XNode {
  documentElement: XElement;
  createElementNS(ns: string, name: string): XElement;
  createTextNode(text: string): XNode;
  getElementsByTagName(name: string): ArrayLike<XElement>;
}
const parser = new (DOMParser as unknown as new () => { parseFromString(xml: string, type: string): XDocument })();
const serializer = new (XMLSerializer as unknown as new () => { serializeToString(node: XNode): string })();

export interface DocxComment {
  /** UTF-16 offsets into the imported text (DocxText.text). */
  start: number;
  end: number;
  /** The comment's paragraphs. */
  paragraphs: string[];
}

export interface AnnotateResult {
  buffer: Buffer;
  /** Comments anchored on their text. */
  anchored: number;
  /** Findings whose paragraph could not be found in the document XML (no comment written). */
  unanchored: number;
}

interface Segment {
  node: XElement;
  run: XElement | null;
  text: string;
  start: number;
}

const SKIP = new Set(['w:del', 'w:delText', 'w:pPr', 'w:rPr', 'w:instrText', 'w:txbxContent', 'w:footnoteReference', 'w:endnoteReference', 'mc:Fallback']);

function isElement(n: XNode): n is XElement {
  return n.nodeType === 1;
}

function children(n: XNode): XNode[] {
  return Array.from(n.childNodes);
}

function runOf(n: XNode): XElement | null {
  for (let p = n.parentNode; p; p = p.parentNode) {
    if (p.nodeName === 'w:r') return p as XElement;
    if (p.nodeName === 'w:p') return null;
  }
  return null;
}

/** Title-size type (22 pt, w:sz 44, and up): a line break in it is no new line (import.ts). */
function titleSize(run: XElement | null): boolean {
  const rPr = run ? children(run).find((c) => c.nodeName === 'w:rPr') : undefined;
  const sz = rPr && isElement(rPr) ? children(rPr).find((c) => c.nodeName === 'w:sz') : undefined;
  return sz !== undefined && isElement(sz) && Number(sz.getAttribute('w:val')) >= 44;
}

/** The paragraph's text pieces, in order, with their offsets in the paragraph's text. */
function segments(p: XElement): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  const walk = (n: XNode): void => {
    for (const c of children(n)) {
      if (!isElement(c) || SKIP.has(c.nodeName)) continue;
      let text: string | undefined;
      if (c.nodeName === 'w:t') text = c.textContent ?? '';
      else if (c.nodeName === 'w:tab') text = '\t';
      else if (c.nodeName === 'w:br') text = (c.getAttribute('w:type') ?? 'textWrapping') === 'textWrapping' && !titleSize(runOf(c)) ? '\n' : '';
      if (text === undefined) walk(c);
      else {
        out.push({ node: c, run: runOf(c), text, start: at });
        at += text.length;
      }
    }
  };
  walk(p);
  return out;
}

function textOf(p: XElement): string {
  return segments(p)
    .map((s) => s.text)
    .join('')
    .replace(/\r\n?/g, '\n');
}

function setText(doc: XDocument, t: XElement, text: string): void {
  while (t.childNodes.length > 0) t.removeChild(t.childNodes[0]!);
  t.appendChild(doc.createTextNode(text));
  t.setAttribute('xml:space', 'preserve');
}

/** A new run with a copy of `run`'s properties. */
function emptyRunLike(doc: XDocument, run: XElement): XElement {
  const copy = doc.createElementNS(W, 'w:r');
  const rPr = children(run).find((c) => c.nodeName === 'w:rPr');
  if (rPr) copy.appendChild(rPr.cloneNode(true));
  return copy;
}

/** Makes `offset` (in the paragraph's text) fall between two runs, splitting the run around it. */
function ensureBoundary(doc: XDocument, p: XElement, offset: number): void {
  const segs = segments(p);
  const inside = segs.find((s) => s.start < offset && offset < s.start + s.text.length);
  if (inside && inside.run && inside.node.nodeName === 'w:t' && inside.node.parentNode === inside.run) {
    const run = inside.run;
    const cut = offset - inside.start;
    const after = emptyRunLike(doc, run);
    const t = doc.createElementNS(W, 'w:t');
    setText(doc, t, inside.text.slice(cut));
    after.appendChild(t);
    for (let n = inside.node.nextSibling; n; ) {
      const next = n.nextSibling;
      after.appendChild(run.removeChild(n));
      n = next;
    }
    setText(doc, inside.node, inside.text.slice(0, cut));
    run.parentNode?.insertBefore(after, run.nextSibling);
    return;
  }
  // At a piece's start inside a run that holds earlier pieces: split the run before it.
  const at = segs.find((s) => s.start === offset && s.text.length > 0);
  if (!at || !at.run || at.node.parentNode !== at.run) return;
  const earlier = segs.some((s) => s.run === at.run && s.start < offset);
  if (!earlier) return;
  const run = at.run;
  const after = emptyRunLike(doc, run);
  for (let n: XNode | null = at.node; n; ) {
    const next: XNode | null = n.nextSibling;
    after.appendChild(run.removeChild(n));
    n = next;
  }
  run.parentNode?.insertBefore(after, run.nextSibling);
}

/** The element a piece's comment mark goes beside: its run, or the piece itself outside a run. */
function holder(s: Segment): XElement {
  return s.run ?? s.node;
}

function anchor(doc: XDocument, p: XElement, start: number, end: number, id: number): void {
  ensureBoundary(doc, p, start);
  ensureBoundary(doc, p, end);
  const segs = segments(p).filter((s) => s.text.length > 0);
  const mark = (name: string): XElement => {
    const e = doc.createElementNS(W, name);
    e.setAttribute('w:id', String(id));
    return e;
  };
  const reference = doc.createElementNS(W, 'w:r');
  reference.appendChild(mark('w:commentReference'));
  const inRange = segs.filter((s) => s.start >= start && s.start + s.text.length <= end);
  if (inRange.length === 0) {
    // A zero-width finding: both marks at its place.
    const next = segs.find((s) => s.start >= start);
    const parent: XNode = next ? (holder(next).parentNode ?? p) : p;
    const ref = next ? holder(next) : null;
    parent.insertBefore(mark('w:commentRangeStart'), ref);
    parent.insertBefore(mark('w:commentRangeEnd'), ref);
    parent.insertBefore(reference, ref);
    return;
  }
  const first = holder(inRange[0]!);
  const last = holder(inRange[inRange.length - 1]!);
  first.parentNode?.insertBefore(mark('w:commentRangeStart'), first);
  const endMark = mark('w:commentRangeEnd');
  last.parentNode?.insertBefore(endMark, last.nextSibling);
  last.parentNode?.insertBefore(reference, endMark.nextSibling);
}

function commentsPart(existing: string | undefined): XDocument {
  return parser.parseFromString(existing ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}"></w:comments>`, 'text/xml');
}

/** The copy of `buffer` with `comments` anchored; `docx` is what importDocx read from it. */
export async function annotateDocx(buffer: Buffer, docx: DocxText, comments: readonly DocxComment[], date = new Date()): Promise<AnnotateResult> {
  const zip = await JSZip.loadAsync(buffer);
  const documentFile = zip.file('word/document.xml');
  if (!documentFile) throw new Error('word/document.xml missing');
  const doc = parser.parseFromString(await documentFile.async('string'), 'text/xml');
  const body = doc.getElementsByTagName('w:body')[0];
  if (!body) throw new Error('w:body missing');
  // The paragraphs in document order, as mammoth reads them (not those inside text boxes).
  const ours = Array.from(body.getElementsByTagName('w:p')).filter((p) => {
    for (let n = p.parentNode; n && n !== body; n = n.parentNode) if (n.nodeName === 'w:txbxContent' || n.nodeName === 'w:del') return false;
    return true;
  });
  const texts = ours.map(textOf);
  // Match the imported paragraphs to ours by their text, in order.
  const matched = new Map<number, XElement>();
  let from = 0;
  docx.paragraphs.forEach((para, j) => {
    const want = docx.text.slice(para.start, para.end);
    for (let i = from; i < Math.min(texts.length, from + 8); i++) {
      if (texts[i] === want) {
        matched.set(j, ours[i]!);
        from = i + 1;
        return;
      }
    }
  });
  const part = zip.file('word/comments.xml');
  const commentsDoc = commentsPart(part ? await part.async('string') : undefined);
  const root = commentsDoc.documentElement;
  const used = Array.from(root.getElementsByTagName('w:comment')).map((c) => Number(c.getAttribute('w:id')) || 0);
  let nextId = Math.max(-1, ...used, ...Array.from(doc.getElementsByTagName('w:commentRangeStart')).map((c) => Number(c.getAttribute('w:id')) || 0)) + 1;
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  let anchored = 0;
  let unanchored = 0;
  // Splitting runs and adding marks changes no text: every comment's offsets stay valid, in any order.
  for (const c of comments) {
    const j = docx.paragraphs.findIndex((p) => p.start <= c.start && c.start <= p.end);
    const para = j >= 0 ? docx.paragraphs[j] : undefined;
    const p = j >= 0 ? matched.get(j) : undefined;
    if (!para || !p) {
      unanchored++;
      continue;
    }
    const id = nextId++;
    anchor(doc, p, c.start - para.start, Math.min(c.end, para.end) - para.start, id);
    const comment = commentsDoc.createElementNS(W, 'w:comment');
    comment.setAttribute('w:id', String(id));
    comment.setAttribute('w:author', COMMENT_AUTHOR);
    comment.setAttribute('w:initials', 'GW');
    comment.setAttribute('w:date', stamp);
    for (const text of c.paragraphs) {
      const wp = commentsDoc.createElementNS(W, 'w:p');
      const wr = commentsDoc.createElementNS(W, 'w:r');
      const wt = commentsDoc.createElementNS(W, 'w:t');
      setText(commentsDoc, wt, text);
      wr.appendChild(wt);
      wp.appendChild(wr);
      comment.appendChild(wp);
    }
    root.appendChild(comment);
    anchored++;
  }
  zip.file('word/document.xml', serializer.serializeToString(doc));
  zip.file('word/comments.xml', serializer.serializeToString(commentsDoc));
  if (!part) await registerComments(zip);
  return { buffer: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), anchored, unanchored };
}

/** A new comments part: its content type and the document's relationship to it. */
async function registerComments(zip: JSZip): Promise<void> {
  const typesFile = zip.file('[Content_Types].xml');
  if (typesFile) {
    const types = parser.parseFromString(await typesFile.async('string'), 'text/xml');
    const exists = Array.from(types.getElementsByTagName('Override')).some((o) => o.getAttribute('PartName') === '/word/comments.xml');
    if (!exists) {
      const o = types.createElementNS('http://schemas.openxmlformats.org/package/2006/content-types', 'Override');
      o.setAttribute('PartName', '/word/comments.xml');
      o.setAttribute('ContentType', COMMENTS_TYPE);
      types.documentElement.appendChild(o);
      zip.file('[Content_Types].xml', serializer.serializeToString(types));
    }
  }
  const relsPath = 'word/_rels/document.xml.rels';
  const relsFile = zip.file(relsPath);
  const rels = parser.parseFromString(relsFile ? await relsFile.async('string') : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`, 'text/xml');
  const all = Array.from(rels.getElementsByTagName('Relationship'));
  if (!all.some((r) => r.getAttribute('Type') === COMMENTS_REL)) {
    const ids = new Set(all.map((r) => r.getAttribute('Id')));
    let n = all.length + 1;
    while (ids.has(`rId${n}`)) n++;
    const r = rels.createElementNS(REL_NS, 'Relationship');
    r.setAttribute('Id', `rId${n}`);
    r.setAttribute('Type', COMMENTS_REL);
    r.setAttribute('Target', 'comments.xml');
    rels.documentElement.appendChild(r);
    zip.file(relsPath, serializer.serializeToString(rels));
  }
}
