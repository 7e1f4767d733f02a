/**
 * structure.parallel — in a speech, level-1 headings are written in parallel (排比): similar
 * length and the same shape, e.g. “提高思想认识，把准……的“定盘星”” / “直面问题短板，扫清……的
 * “绊脚石””. With three or more level-1 headings of which all but one agree, the odd one is
 * reported: a different number of clauses, or a length under half or over twice the others'.
 * Information; speeches only; no fix.
 */
import { codePointAt } from '../../text/chars';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { headingText, numberedSections, onHeading, STRUCTURE_SOURCE, treeOf } from './helpers';

const ID = 'structure.parallel';

/** Clauses of a heading: parts between ， ； , ;. */
function clauses(title: string): number {
  return title.split(/[，；,;]/).filter((p) => p.trim() !== '').length;
}

/** Length in characters (code points), punctuation and spaces not counted. */
function length(title: string): number {
  let n = 0;
  for (let i = 0; i < title.length; i++) {
    const cp = codePointAt(title, i) ?? 0;
    if (cp > 0xffff) i++;
    if (!/[\s\p{P}\p{S}]/u.test(String.fromCodePoint(cp))) n++;
  }
  return n;
}

export const structureParallel: Rule = {
  id: ID,
  description: '讲话稿一级标题不对仗（句式或长短与其他一级标题明显不同）',
  descriptionEn: 'A first-level heading of a speech breaks the parallelism (its pattern or length differs clearly from the others)',
  defaultSeverity: 'information',
  appliesTo: ['speech'],
  docs: {
    summary: '讲话稿的一级标题一般采用排比句式，长短相近、结构一致。其他一级标题句式一致、唯独某一个明显不同时提示。',
    source: STRUCTURE_SOURCE,
    bad: '一、提高思想认识，把准发展的“定盘星”\n二、问题\n三、聚焦提质增效，当好发展的“排头兵”',
    good: '一、提高思想认识，把准发展的“定盘星”\n二、直面问题短板，扫清发展的“绊脚石”\n三、聚焦提质增效，当好发展的“排头兵”',
  },
  check(context: RuleContext): RuleFinding[] {
    const sections = numberedSections(treeOf(context)).filter((s) => s.heading?.form === 'cn-dun');
    if (sections.length < 3) return [];
    // Shapes and lengths once per heading, counted, so that “the others” cost nothing per heading.
    const shapes = sections.map((s) => clauses(s.title));
    const lengths = sections.map((s) => length(s.title));
    const shapeCount = new Map<number, number>();
    for (const n of shapes) shapeCount.set(n, (shapeCount.get(n) ?? 0) + 1);
    const order = lengths.map((_, i) => i).sort((a, b) => (lengths[a] as number) - (lengths[b] as number));
    const at = (k: number): number => lengths[order[k] as number] as number;
    return sections.flatMap((s, i) => {
      const shape = shapes[i] as number;
      // The others' shapes: every shape counted, less this heading's own.
      const otherShapes = [...shapeCount].filter(([n, c]) => c - (n === shape ? 1 : 0) > 0).map(([n]) => n);
      const [common] = otherShapes;
      if (otherShapes.length === 1 && common !== undefined && common >= 2 && shape !== common) {
        return [onHeading(ID, s, `其他一级标题都由${common}个分句组成，“${headingText(s)}”却是${shape}个，句式不对仗；可参照其他一级标题改写。`)];
      }
      // The others' shortest and longest: skip this heading's own place in the order.
      const last = order.length - 1;
      const min = order[0] === i ? at(1) : at(0);
      const max = order[last] === i ? at(last - 1) : at(last);
      const own = lengths[i] as number;
      if (max > min * 1.5 || min < 6) return [];
      if (own * 2 < min || own > max * 2) {
        const how = own * 2 < min ? `只有 ${own} 字，明显偏短` : `有 ${own} 字，明显偏长`;
        return [onHeading(ID, s, `其他一级标题约 ${min}～${max} 字，“${headingText(s)}”${how}，与其他一级标题不对仗；可参照其他一级标题改写。`)];
      }
      return [];
    });
  },
};
