/**
 * Shared by the heading.* rules: the parsed headings and their tree (computed once per analysis),
 * how a heading's number should read, and renumbering fixes.
 */
import { buildOutline, markerFor, numeralFor, parseChineseNumeral, parseStructure, type HeadingLine, type OutlineNode, type Span } from '../../structure/headings';
import type { Fix, RuleContext, RuleFinding, TextEdit } from '../../types';

export interface Outline {
  headings: HeadingLine[];
  nodes: OutlineNode[];
  /** The first non-empty line (the title of a whole document). */
  title?: Span;
}

const cache = new WeakMap<RuleContext, Outline>();

/** The headings and tree of the analysed text; every heading rule of one analysis shares them. */
export function outlineOf(context: RuleContext): Outline {
  let outline = cache.get(context);
  if (!outline) {
    const { headings, title } = parseStructure(context.text, context.format, context.ignored);
    outline = { headings, nodes: buildOutline(headings), ...(title ? { title } : {}) };
    cache.set(context, outline);
  }
  return outline;
}

/** The marker as written, for messages: “（二）、”. */
export function markerText(h: HeadingLine): string {
  return h.marker?.text ?? '';
}

/** The standard marker of the heading's own form for another ordinal: （三）. */
export function standardMarker(h: HeadingLine, ordinal: number): string {
  return markerFor(h.form, ordinal);
}

export const LEVEL_NAMES = ['', '第一层', '第二层', '第三层', '第四层', '第五层'];

/** Edit replacing the number of a heading (only the numeral: brackets and marks stay as they are). */
export function renumberEdit(h: HeadingLine, ordinal: number): TextEdit | undefined {
  if (!h.marker) return undefined;
  return { start: h.marker.numeral.start, end: h.marker.numeral.end, newText: numeralFor(h.form, ordinal) };
}

/** The members of a node's sibling group, in order. */
export function groupOf(nodes: readonly OutlineNode[], node: OutlineNode): OutlineNode[] {
  return nodes.filter((n) => n.group === node.group);
}

/**
 * Fixes for a heading whose number is off: renumber just this heading, and renumber it and the rest
 * of its group in sequence. Neither is preferred: the writer may have dropped a section on purpose.
 * The second fix edits the later siblings' numbers too (outside the finding): that is its purpose.
 * No renumbering is offered that would change a number the text refers to (第（三）项, 本意见第十条:
 * see crossReference); the caller can name the reference in its message.
 */
export function renumberFixes(nodes: readonly OutlineNode[], node: OutlineNode, expected: number, text?: string): Fix[] {
  const h = node.heading;
  const fixes: Fix[] = [];
  const own = renumberEdit(h, expected);
  if (!own) return fixes;
  const refs = text === undefined ? undefined : referencesOf(text, nodes);
  const safe = (members: readonly OutlineNode[]): boolean => !refs || members.every((m) => crossReference(refs, m.heading) === undefined);
  if (safe([node])) fixes.push({ title: `改为“${standardMarker(h, expected)}”`, edits: [own] });
  const later = groupOf(nodes, node).filter((n) => n.index > node.index);
  if (later.length > 0) {
    const edits = [own];
    const changed = [node];
    later.forEach((n, i) => {
      const e = renumberEdit(n.heading, expected + i + 1);
      if (e && e.newText !== n.heading.marker?.numeral.text) {
        edits.push(e);
        changed.push(n);
      }
    });
    if (edits.length > 1 && safe(changed)) fixes.push({ title: `从“${standardMarker(h, expected)}”起依次重新编号`, edits });
  }
  return fixes;
}

/** A reference in the text to a numbered item: its numeral kind ('cn' 三, 'arabic' 3), whether bracketed, and the number. */
interface Reference {
  kind: 'cn' | 'arabic';
  bracketed: boolean;
  ordinal: number;
  text: string;
}

const REF_CN = '[一二三四五六七八九十]{1,3}';
const REF_ARABIC = '[0-9]{1,2}';
/**
 * Cross-references to numbered items: 第（三）项, （三）项, 第（2）目, 本意见第十条, 第三部分, 第5项,
 * 前款第（一）项. A bracketed number needs 第 before it or 项/款/目/条/点/所列/规定 after it; a bare
 * one needs 第 before and 条/项/款/部分/点/段 after.
 */
const REFERENCE = new RegExp(
  `第[（(](${REF_CN}|${REF_ARABIC})[）)](?:项|款|目|条|点)?|[（(](${REF_CN}|${REF_ARABIC})[）)](?:项|款|目|条|点|所列|规定)|第(${REF_CN}|${REF_ARABIC})(?:条|项|款|部分|点|段)`,
  'g',
);

const refCache = new WeakMap<readonly OutlineNode[], { text: string; refs: Reference[] }>();

/** The cross-references of a text, outside the heading markers themselves. */
function referencesOf(text: string, nodes: readonly OutlineNode[]): Reference[] {
  const cached = refCache.get(nodes);
  if (cached && cached.text === text) return cached.refs;
  const markers = nodes.map((n) => n.heading.marker).filter((m): m is NonNullable<typeof m> => m !== undefined);
  const refs: Reference[] = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
    const at = m.index;
    if (markers.some((k) => at >= k.start && at < k.end)) continue;
    const bracketed = m[3] === undefined;
    const numeral = (m[1] ?? m[2] ?? m[3]) as string;
    const arabic = /^[0-9]/.test(numeral);
    const ordinal = arabic ? Number(numeral) : parseChineseNumeral(numeral);
    if (ordinal === undefined) continue;
    refs.push({ kind: arabic ? 'arabic' : 'cn', bracketed, ordinal, text: m[0] });
  }
  refCache.set(nodes, { text, refs });
  return refs;
}

/**
 * The first reference that may point at this heading's number: same numeral kind and number
 * (第（三）项 and 第三条 for （三）, 第三部分 for 三、, 第（2）项 for （2）, 第2项 for 2.).
 */
function crossReference(refs: readonly Reference[], h: HeadingLine): Reference | undefined {
  if (h.ordinal === undefined) return undefined;
  const kind = h.form === 'cn-dun' || h.form === 'cn-paren' ? 'cn' : h.form === 'arabic-dot' || h.form === 'arabic-paren' ? 'arabic' : undefined;
  if (!kind) return undefined;
  const paren = h.form === 'cn-paren' || h.form === 'arabic-paren';
  return refs.find((r) => r.kind === kind && r.ordinal === h.ordinal && (paren || !r.bracketed));
}

/** A reference in the text to the number of one of these headings (for messages), if any. */
export function referenceTo(text: string, nodes: readonly OutlineNode[], members: readonly OutlineNode[]): string | undefined {
  const refs = referencesOf(text, nodes);
  for (const m of members) {
    const r = crossReference(refs, m.heading);
    if (r) return r.text;
  }
  return undefined;
}

/**
 * The numbering scheme of one level in one run (see OutlineNode.run): where a new parent begins,
 * does this level start again at 1 (restarting) or carry on from the last number under the
 * previous parent (continuing)? Documents do either: 国务院 意见 often number （一）…（二十五） right
 * through their parts. The minority is inconsistent; a tie says nothing for sure.
 */
export interface LevelScheme {
  continuing: OutlineNode[];
  restarting: OutlineNode[];
}

const schemeCache = new WeakMap<readonly OutlineNode[], Map<string, LevelScheme>>();

export function schemeOf(nodes: readonly OutlineNode[], node: OutlineNode): LevelScheme {
  let schemes = schemeCache.get(nodes);
  if (!schemes) {
    schemes = new Map();
    for (const n of nodes) {
      if (n.cousin === undefined && n.restarts === undefined) continue;
      const key = `${n.run}:${n.level}`;
      const s = schemes.get(key) ?? { continuing: [], restarting: [] };
      if (n.cousin !== undefined) s.continuing.push(n);
      else s.restarting.push(n);
      schemes.set(key, s);
    }
    schemeCache.set(nodes, schemes);
  }
  return schemes.get(`${node.run}:${node.level}`) ?? { continuing: [], restarting: [] };
}

export function finding(rule: string, start: number, end: number, message: string, fixes: Fix[] = []): RuleFinding {
  return { rule, start, end, message, fixes };
}

const NUMBERED = new WeakMap<readonly OutlineNode[], readonly OutlineNode[]>();

/** Numbered headings only (unnumbered Markdown headings carry no marker); worked out once per tree, for every rule that asks. */
export function numbered(nodes: readonly OutlineNode[]): readonly OutlineNode[] {
  let out = NUMBERED.get(nodes);
  if (!out) NUMBERED.set(nodes, (out = nodes.filter((n) => n.heading.marker !== undefined)));
  return out;
}

/**
 * What a heading rule's per-heading check returns for a heading without a finding: one shared
 * empty list, not a new one per heading per rule (a draft numbered paragraph by paragraph has thousands).
 */
export const NO_FINDINGS: readonly RuleFinding[] = Object.freeze([]);

export const HEADING_SOURCE = 'GB/T 9704-2012 7.3.3';
export const ORDINAL_PUNCT_SOURCE = 'GB/T 15834-2011 附录B.3（序次语之后的标点）';
