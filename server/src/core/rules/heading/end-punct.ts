/**
 * heading.end-punct — sibling headings that end differently. A heading alone on its line takes no
 * end punctuation; a run-in heading (1.加强领导。正文……) ends its title with 。. Within a sibling
 * group the minority is flagged: 一、……。 among 二、…… 三、…… (no 。) loses its 。 (preferred fix:
 * the standard form). A tie is not reported, nor a group of bare numbered lines (a list of
 * sentences: 1.……。 2.…… with nothing under them), where a missing 。 may be the fault. Among
 * run-in headings only a ： among titles ending in 。 is flagged (1.时间：…… 2.地点：…… lists are fine). Adding or changing a
 * mark is offered, not preferred. Groups ending in ；，、 are enumerations, not headings, a
 * heading ending in ？ or ！ is a question or call and is left alone, and so is a numbered item
 * ending in ： that introduces a list (see introducesList).
 */
import { codePointBefore } from '../../text/chars';
import type { OutlineNode } from '../../structure/headings';
import type { Fix, Rule, RuleContext, RuleFinding } from '../../types';
import { finding, HEADING_SOURCE, markerText, numbered, outlineOf } from './helpers';

const ID = 'heading.end-punct';

/** The kind of ending: '' none, 。 full stop, ： colon, 'list' an enumeration mark, 'skip' ？！ or a ： introducing a list. */
function kind(text: string, n: OutlineNode): string {
  const p = n.heading.endPunct?.text ?? '';
  if (p === '') return '';
  if ('。．.'.includes(p)) return '。';
  if ('：:'.includes(p)) return introducesList(text, n) ? 'skip' : '：';
  if ('；;，,、'.includes(p)) return 'list';
  return 'skip';
}

/** Words with which a numbered sentence announces a list: 国务院由下列人员组成：, 是指：, 包括：. */
const ANNOUNCES = /(?:下列|如下|以下|包括|包含|是指|具备|组成|分为|具有|应有)[^，。；：,;:]{0,8}$/;
/** A list item opening the next line: （1） 1. ① 一是 第一 (a, b). */
const ITEM_START = /^[ \t\u3000]*(?:[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]|[0-9０-９]{1,2}[.．、]|[\u2460-\u2473]|[一二三四五六七八九十]{1,2}[是要]|第[一二三四五六七八九十]{1,2}[，、]|[a-zA-Z][.)）])/;

/**
 * A numbered item ending in ： that introduces a list is a sentence of a 条例 or 规则, not a heading
 * with the wrong end mark: sub-items follow it (（五）经营所得，是指：⏎1.……), its words announce
 * one (10.社会团体还应具备：), or the enumeration follows on its line (五、本会由下列人员组成：主任、副主任、委员。).
 */
function introducesList(text: string, n: OutlineNode): boolean {
  const h = n.heading;
  if (ANNOUNCES.test(h.title.text)) return true;
  if (h.runIn && h.body) {
    const first = /^[^。！？；;]*/.exec(text.slice(h.body.start, h.body.end))?.[0] ?? '';
    return /[、；;]/.test(first) && !/[，,]/.test(first);
  }
  if (n.children.length > 0) return true;
  const next = /[^\r\n]*\S[^\r\n]*/g;
  next.lastIndex = h.lineRange.end;
  return ITEM_START.test(next.exec(text)?.[0] ?? '');
}

/** The endings a group's members are counted by (kind gives these, 'list' and 'skip'; those two are never counted). */
const ENDINGS = ['', '。', '：'];

/** The ending most members share; undefined when all agree or on a tie (counted in place: a draft has hundreds of groups). */
function majority(members: OutlineNode[], kindOf: (n: OutlineNode) => string): string | undefined {
  const counts = [0, 0, 0];
  for (const m of members) {
    const i = ENDINGS.indexOf(kindOf(m));
    if (i < 0) throw new Error(`heading.end-punct: no count for the ending “${kindOf(m)}”`);
    counts[i] = (counts[i] as number) + 1;
  }
  let kinds = 0;
  let best = -1;
  let tie = false;
  for (let i = 0; i < counts.length; i++) {
    const n = counts[i] as number;
    if (n === 0) continue;
    kinds++;
    if (best < 0 || n > (counts[best] as number)) {
      best = i;
      tie = false;
    } else if (n === counts[best]) tie = true;
  }
  return kinds < 2 || tie ? undefined : ENDINGS[best];
}

/**
 * Whether a heading has something under it before the next heading: body text or sub-headings.
 * Bare numbered lines one after another (1.……。 2.…… 3.……) are a list of sentences, not headings.
 */
function hasContent(text: string, nodes: readonly OutlineNode[], n: OutlineNode): boolean {
  if (n.children.length > 0 || n.heading.markdownDepth !== undefined) return true;
  const next = nodes[n.index + 1]?.heading.lineRange.start ?? text.length;
  return text.slice(n.heading.lineRange.end, next).trim() !== '';
}

function label(n: OutlineNode): string {
  const t = n.heading.title.text;
  return `“${markerText(n.heading)}${t.length > 10 ? `${t.slice(0, 10)}……` : t}”`;
}

function report(n: OutlineNode, want: string, runIn: boolean): RuleFinding {
  const h = n.heading;
  const p = h.endPunct;
  const shape = runIn ? '同级的段首标题' : '同级的独占一行的标题';
  if (p && want === '') {
    const fix: Fix = { title: `删去“${p.text}”`, edits: [{ start: p.start, end: p.end, newText: '' }], preferred: true };
    return finding(ID, p.start, p.end, `${shape}末尾都不加标点，${label(n)}末尾的“${p.text}”应删去（标题独占一行时不加句末标点）。`, [fix]);
  }
  if (p) {
    const fix: Fix = { title: `改为“${want}”`, edits: [{ start: p.start, end: p.end, newText: want }] };
    return finding(ID, p.start, p.end, `${shape}多以“${want}”结束，${label(n)}用了“${p.text}”，请统一。`, [fix]);
  }
  const end = h.title.end;
  const last = codePointBefore(h.title.text, h.title.text.length);
  const start = end - (last !== undefined && last > 0xffff ? 2 : 1);
  const fix: Fix = { title: `末尾加“${want}”`, edits: [{ start: end, end, newText: want }] };
  return finding(ID, start, end, `${shape}多以“${want}”结尾，${label(n)}没有，请统一（标题独占一行时按规范不加句末标点，也可删去其他标题的“${want}”）。`, [fix]);
}

export const headingEndPunct: Rule = {
  id: ID,
  description: '同级标题末尾标点不一致',
  descriptionEn: 'Inconsistent end punctuation in headings of the same level',
  defaultSeverity: 'warning',
  docs: {
    summary: '独占一行的标题末尾不加标点；与正文同段的标题（如“1.加强领导。正文……”）以句号结束。同级标题应保持一致。',
    source: `${HEADING_SOURCE}；GB/T 15834-2011 4.1（句号）`,
    bad: '一、提高政治站位，充分认识重要意义。\n二、正视问题短板\n三、聚焦重点任务',
    good: '一、提高政治站位，充分认识重要意义\n二、正视问题短板\n三、聚焦重点任务',
  },
  check(context: RuleContext): RuleFinding[] {
    const { nodes } = outlineOf(context);
    // Sibling groups by their number (every node has one, 0 up), and each node's ending by its index:
    // arrays, not maps (a draft numbered paragraph by paragraph has thousands of headings).
    const groups: OutlineNode[][] = [];
    for (const n of numbered(nodes)) (groups[n.group] ??= []).push(n);
    const findings: RuleFinding[] = [];
    const kinds = new Array<string | undefined>(nodes.length);
    const kindOf = (m: OutlineNode): string => (kinds[m.index] ??= kind(context.text, m));
    for (const members of groups) {
      if (!members) continue;
      if (members.some((m) => kindOf(m) === 'list')) continue;
      for (const runIn of [false, true]) {
        const subset = members.filter((m) => m.heading.runIn === runIn && kindOf(m) !== 'skip');
        const want = majority(subset, kindOf);
        if (want === undefined) continue;
        if (want === '' && !subset.every((m) => kindOf(m) !== '' || hasContent(context.text, nodes, m))) continue;
        // Run-in labels ending in ： (1.时间：…… 2.地点：……) may close with a sentence title: only 。 wins.
        if (runIn && want !== '。') continue;
        for (const m of subset) if (kindOf(m) !== want) findings.push(report(m, want, runIn));
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
