/**
 * name.renamed — an organisation abolished or renamed by the institutional reforms of 2018 and
 * 2023 (and the local reforms that followed): 县环保局 → 县生态环境局, 工商局 → 市场监督管理局,
 * 银保监会 → 国家金融监督管理总局. The names, what replaced them, the reform plan and the year are
 * data (./data/renamed.ts).
 *
 * Quiet where the old name is history: after 原 (原县环保局, 原青山县国土资源局), in a sentence
 * with 时任、曾任、前身、更名、组建、不再保留… or a year before the reform (2017年，县环保局…), in a
 * cited title 《…》, and in a document dated (成文日期) before the reform. A document dated after
 * the reform year that names a local organ after its place or level (县环保局) or a national organ
 * is certain (warning); otherwise (undated, the reform year itself, a bare 环保局) information.
 * No fix is preferred: which organ took the work over and how the unit writes its name is the
 * writer's to decide.
 */
import { overlapsAny } from '../../markdown';
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { RENAMED, type RenamedEntry } from './data/renamed';
import { insideBookTitle, isHanChar, sentenceFinder, yearsIn, type Sentences } from './helpers';
import { factsOf } from '../../facts';

const ID = 'name.renamed';

/** Every old name, with its entry, by its first code unit; the matcher takes the longest at a position. */
const BY_FIRST = new Map<number, Array<{ name: string; entry: RenamedEntry }>>();
for (const entry of RENAMED) {
  for (const name of entry.old) {
    const list = BY_FIRST.get(name.charCodeAt(0)) ?? [];
    list.push({ name, entry });
    BY_FIRST.set(name.charCodeAt(0), list);
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.name.length - a.name.length);
/** The code units an old name starts with, one byte each: most characters of a text are passed over without a lookup. */
const STARTS = new Uint8Array(0x10000);
for (const unit of BY_FIRST.keys()) STARTS[unit] = 1;

/** Short local names distinctive enough to be read after any character (青山银保监分局). */
const DISTINCTIVE = /^(?:银保监|银监|保监|卫计|卫生计生|食药监|质监|安监|国税|地税|工商行政管理)/;
/** The character before a local organ that names its place or level (县环保局, 青山县工商局). */
const LEVEL_BEFORE = /[省市县区州旗盟]$/;
/** Words that put a sentence in the past or describe the reform itself. */
const HISTORY = /时任|曾任|历任|前身|更名|改名|改为|组建|撤销|撤并|不再保留|整合|划入|并入|合并|划转|机构改革|当时|时为|原来/;
/** 原 before the name or before its place: 原县环保局, 原青山县国土资源局, 原国家林业局. */
const FORMER = /原(?:[\u4e00-\u9fff]{0,8}?(?:省|市|县|区|州|旗|盟))?$/;

function isFormer(text: string, start: number): boolean {
  return FORMER.test(text.slice(Math.max(0, start - 12), start));
}

export const nameRenamed: Rule = {
  id: ID,
  description: '已撤销或更名的机构名称（2018年、2023年机构改革）',
  descriptionEn: 'Name of an abolished or renamed institution (2018 and 2023 institutional reforms)',
  defaultSeverity: 'warning',
  // Each match is read within its line (sentence, 《》, 原) and against the document's year, a fact the analyser hands every line.
  scope: 'line',
  docs: {
    summary:
      '机构改革后已不再保留或已更名的机构，现行公文应使用新名称（县环保局→县生态环境局，工商局→市场监督管理局，银保监会→国家金融监督管理总局）。“原”“时任”、改革之前的年份、成文日期在改革之前的文件和引用的文件标题不报。',
    source: '《深化党和国家机构改革方案》（2018年）；《国税地税征管体制改革方案》（2018年）；《党和国家机构改革方案》（2023年）；各地机构改革方案',
    bad: '县环保局要会同县安监局开展检查',
    good: '县生态环境局要会同县应急管理局开展检查',
  },
  examples: {
    invalid: [
      { text: '青山县人民政府关于开展安全检查的通知\n县直各单位：\n县⟦环保局⟧要会同县⟦安监局⟧开展联合检查。\n青山县人民政府\n2026年3月5日' },
      { text: '请⟦中国银保监会⟧青山监管分局予以指导。' },
      { text: '各乡镇、⟦工商局⟧、税务局要抓好落实。😀' },
    ],
    valid: [
      '县生态环境局、县农业农村局、县文化和旅游局、县市场监管局要抓好落实。',
      '原县环保局的职责划入县生态环境局。时任县安监局局长王强。',
      '2017年，县环保局开展了专项整治。',
      '青山县人民政府关于开展安全检查的通知\n县直各单位：\n县环保局要会同县安监局开展联合检查。\n青山县人民政府\n2016年3月5日',
      '依照《国土资源部关于加强土地管理的通知》执行。各地农业部门和环保部门要配合。',
      '县生态环保局和县文化广电旅游局、县文旅局联合开展检查。',
    ],
  },
  check(context: RuleContext): RuleFinding[] {
    const { text } = context;
    const findings: RuleFinding[] = [];
    let docYear: number | undefined | null = null; // read on the first match
    let sentences: Sentences | undefined;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (STARTS[unit] === 0) continue;
      const candidates = BY_FIRST.get(unit);
      if (!candidates) continue;
      let hit: (typeof candidates)[number] | undefined;
      // A loop, not find(): a closure per position that starts a name would be most of the rule's allocation.
      for (const c of candidates) {
        if (text.startsWith(c.name, i)) {
          hit = c;
          break;
        }
      }
      if (!hit) continue;
      const { name, entry } = hit;
      const start = i;
      const end = i + name.length;
      i = end - 1; // a match, even a quiet one, hides the shorter names inside it (银保监局 ⊃ 保监局)
      if (entry.notBefore?.some((s) => text.startsWith(s, end))) continue;
      if (entry.notAfter?.some((s) => text.slice(0, start).endsWith(s))) continue;
      const before = text.charAt(start - 1);
      const afterLevel = LEVEL_BEFORE.test(before);
      if (entry.local && !afterLevel && isHanChar(before) && !DISTINCTIVE.test(name)) continue;
      if (overlapsAny(context.ignored, start, end) || insideBookTitle(text, start) || isFormer(text, start)) continue;
      const sentence = (sentences ??= sentenceFinder(text))(start, end);
      if (HISTORY.test(sentence.text) || yearsIn(sentence.text).some((y) => y < entry.year)) continue;
      if (docYear === null) docYear = factsOf(context).year;
      if (docYear !== undefined && docYear < entry.year) continue;
      const certain = docYear !== undefined && docYear > entry.year && (!entry.local || afterLevel);
      const now = entry.current.join('或');
      findings.push({
        rule: ID,
        start,
        end,
        message: `“${name}”在${entry.year}年机构改革中已不再保留（${entry.source}），现为“${now}”；如指改革前的机构，请在前面加“原”。`,
        fixes: entry.current.map((c) => ({ title: `改为“${c}”`, edits: [{ start, end, newText: c }] })),
        ...(certain ? {} : { soft: true }),
      });
    }
    return findings;
  },
};
