/**
 * The role of a level-1 section in the three-part pattern of its document type (primer §3):
 *
 *   讲话稿 speech      认识 — 问题 — 举措
 *   工作总结 summary   成绩 — 问题 — 打算   (also used for a 报告, which often follows it)
 *   调研报告 research  情况 — 问题 — 建议
 *
 * Cue words in the heading decide first; when the heading says nothing clear, the section's
 * sub-headings and text decide, but only by a clear margin. Otherwise the role is 'unknown':
 * the view shows no badge and the structure.* rules stay quiet. Pure: plain strings in, role out.
 */
import type { DocType, SectionRole } from '../types';

// Declared with the core's vocabulary (types.ts, which the protocol may import), exported here too.
export type { SectionRole } from '../types';

export const ROLE_LABELS: Record<SectionRole, string> = {
  understanding: '认识',
  problems: '问题',
  measures: '举措',
  achievements: '成绩',
  plans: '打算',
  situation: '情况',
  suggestions: '建议',
  unknown: '未识别',
};

export interface RoleScheme {
  /** The pattern's name: 认识—问题—举措. */
  name: string;
  /** The document type's name in messages: 讲话稿. */
  typeName: string;
  /** The roles in their usual order. */
  roles: readonly Exclude<SectionRole, 'unknown'>[];
}

export const SCHEMES = {
  speech: { name: '认识—问题—举措', typeName: '讲话稿', roles: ['understanding', 'problems', 'measures'] },
  summary: { name: '成绩—问题—打算', typeName: '工作总结', roles: ['achievements', 'problems', 'plans'] },
  research: { name: '情况—问题—建议', typeName: '调研报告', roles: ['situation', 'problems', 'suggestions'] },
} as const satisfies Record<string, RoleScheme>;

/** The role scheme of a document type; undefined for types without a three-part pattern. */
export function schemeFor(docType: DocType): RoleScheme | undefined {
  if (docType === 'speech') return SCHEMES.speech;
  if (docType === 'summary' || docType === 'report') return SCHEMES.summary;
  if (docType === 'research') return SCHEMES.research;
  return undefined;
}

type Cues = Partial<Record<SectionRole, RegExp>>;

/** Verbs that turn a problem word into a measure: 解决……问题, 补齐短板. */
const SOLVING = /(?:解决|破解|整改|补齐|补强|补足|弥补|缩小|克服|化解|攻克|防范)[^，。；：,;]{0,12}?(?:问题|短板|不足|差距|弱项|瓶颈|困难|难题|风险)/g;

const PROBLEM_HEADING = /问题|短板|不足|差距|薄弱|绊脚石|清醒看到|直面|正视|困难|挑战|瓶颈|弱项|隐患|欠缺|不够|不到位/g;
const PROBLEM_TEXT = /问题|短板|不足|差距|薄弱|不够|偏慢|滞后|不到位|不平衡|不充分|有待|欠缺|隐患|困难|瓶颈|个别|有的(?:同志|单位|地方|部门)/g;

/** Heading cues: short, specific words. */
const HEADING_CUES: Record<keyof typeof SCHEMES, Cues> = {
  speech: {
    understanding: /认识|意义|站位|统一思想|思想|紧迫感|紧迫性|必要性|重要性|责任感|使命感|领会|形势|大局|定盘星|自觉/g,
    problems: PROBLEM_HEADING,
    measures: /聚焦|切实|扎实|抓好|抓实|强化|保障|下一步|对策|措施|举措|推进|推动|加强|加快|提升|落实|任务|部署|确保|狠抓|着力|做好|打好|守住|实施|排头兵|当好|重点|攻坚|坚决|全力/g,
  },
  summary: {
    achievements: /成效|成绩|成果|主要工作|工作开展|开展情况|完成情况|工作情况|基本情况|取得|进展|亮点|回顾|主要做法|经验|圆满|稳步|显著|明显|稳中有进/g,
    problems: PROBLEM_HEADING,
    plans: /下一步|打算|计划|思路|明年|今后|工作安排|展望|目标任务|工作重点|工作设想/g,
  },
  research: {
    situation: /基本情况|情况|现状|概况|总体|调研|成效|主要做法|做法|基本面|发展现状/g,
    problems: PROBLEM_HEADING,
    suggestions: /建议|对策|措施|思路|路径|意见|举措|思考|启示|办法/g,
  },
};

/** Text cues: counted in the section's sub-headings (double weight) and its text. */
const TEXT_CUES: Record<keyof typeof SCHEMES, Cues> = {
  speech: {
    understanding: /意义|认识到|深刻认识|充分认识|站位|大局|使命|责任感|紧迫|必须看到|要看到|形势/g,
    problems: PROBLEM_TEXT,
    measures: /加强|推进|落实|确保|抓好|强化|切实|扎实|进一步|着力|健全|完善/g,
  },
  summary: {
    achievements: /完成|实现|达到|增长|同比|累计|取得|获得|建成|新增|成效|提高了|提升了/g,
    problems: PROBLEM_TEXT,
    plans: /将|计划|下一步|明年|力争|拟|今后|预计|争取/g,
  },
  research: {
    situation: /目前|现有|共有|占|截至|累计|达到|调研|现状|全县|全市|全区|全省/g,
    problems: PROBLEM_TEXT,
    suggestions: /建议|应当|应|加强|推进|完善|建立|健全|探索|引导/g,
  },
};

export interface RoleResult {
  role: SectionRole;
  /** What decided it: the heading's words or the section's text. */
  source?: 'heading' | 'text';
}

function count(re: RegExp | undefined, text: string): number {
  if (!re) return 0;
  re.lastIndex = 0;
  return (text.match(re) ?? []).length;
}

function scores(scheme: RoleScheme, cues: Cues, text: string): Map<SectionRole, number> {
  const solved = count(SOLVING, text);
  const result = new Map<SectionRole, number>();
  for (const role of scheme.roles) result.set(role, count(cues[role], text));
  // A solved problem (解决……问题) is a measure or a suggestion, not a problem.
  if (solved > 0) {
    result.set('problems', Math.max(0, (result.get('problems') ?? 0) - solved));
    const doing = scheme.roles[2];
    if (doing) result.set(doing, (result.get(doing) ?? 0) + solved);
  }
  return result;
}

function best(s: Map<SectionRole, number>): [SectionRole, number, number] {
  const sorted = [...s.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = sorted;
  return [first?.[0] ?? 'unknown', first?.[1] ?? 0, second?.[1] ?? 0];
}

function keyOf(scheme: RoleScheme): keyof typeof SCHEMES {
  return scheme === SCHEMES.summary ? 'summary' : scheme === SCHEMES.research ? 'research' : 'speech';
}

/**
 * The role of a level-1 section: `heading` its words, `subheadings` the words of the headings
 * below it, `body` the rest of its text.
 */
export function classifySection(scheme: RoleScheme, heading: string, subheadings: readonly string[], body: string): RoleResult {
  const key = keyOf(scheme);
  const [role, top, second] = best(scores(scheme, HEADING_CUES[key], heading));
  if (top > 0 && top > second) return { role, source: 'heading' };
  const sub = scores(scheme, TEXT_CUES[key], subheadings.join('\n'));
  const text = scores(scheme, TEXT_CUES[key], body);
  const headingTie = top > 0 ? new Set([...scores(scheme, HEADING_CUES[key], heading)].filter(([, n]) => n === top).map(([r]) => r)) : undefined;
  const combined = new Map<SectionRole, number>();
  for (const r of scheme.roles) {
    // A tie in the heading limits the choice to the tied roles.
    if (headingTie && !headingTie.has(r)) continue;
    combined.set(r, 2 * (sub.get(r) ?? 0) + (text.get(r) ?? 0));
  }
  const [textRole, textTop, textSecond] = best(combined);
  if (textTop >= 3 && textTop >= 2 * textSecond) return { role: textRole, source: 'text' };
  return { role: 'unknown' };
}
