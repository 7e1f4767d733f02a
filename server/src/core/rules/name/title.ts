/**
 * name.title — a leader of the user's unit written with a post that is not theirs: with
 * `people: [{ "name": "王强", "titles": ["县长", "县委副书记"] }]`, 县委书记王强 is flagged and 县长王强,
 * 县委副书记王强, 县人民政府县长王强 are accepted. Only the post written right before the name is read
 * (县委副书记、县长王强 reads 县长). No list of real people ships with the product: the list is the
 * user's (settings and .gongwenrc.json `people`).
 *
 * The list reaches the rule in its context (`people`, the settings' `people`).
 */
import { overlapsAny } from '../../markdown';
import type { Person, Rule, RuleContext, RuleFinding } from '../../types';
import { insideBookTitle } from './helpers';

const ID = 'name.title';

/** The organ a post belongs to, written before it: 县委, 县人民政府, 市人大常委会. */
const ORGAN = '[省市县区州旗盟镇乡](?:委常委|委|人民政府|政府|人大常委会|人大|政协|纪委监委|纪委|监委|党委|党工委)';
const ORGAN_ONLY = new RegExp(`^(?:${ORGAN})?$`);
/** A post written right before a name: 县长, 副县长, 县委书记, 县委常委, 县人民政府县长, 常务副县长. */
const POST_BEFORE = new RegExp(
  `(?:${ORGAN})?(?:常务)?副?(?:[省市县区州旗盟镇乡]长|书记|主任|主席|部长|局长|厅长|处长|科长|院长|检察长|秘书长|常委|委员|组长|队长|所长|站长|行长|社长|校长|董事长|总经理|经理|政委|会长|理事长)$`,
);

/** True when `written` names the post `held` (or a shorter or longer form of it with only the organ added or left out). */
function samePost(written: string, held: string): boolean {
  if (written === held) return true;
  if (written.endsWith(held)) return ORGAN_ONLY.test(written.slice(0, -held.length));
  if (held.endsWith(written)) return ORGAN_ONLY.test(held.slice(0, -written.length).replace(/常务$/, ''));
  return false;
}

/** The people list, as the analyser hands it in the rule context. */
function peopleOf(context: RuleContext): readonly Person[] {
  return context.people ?? [];
}

export const nameTitle: Rule = {
  id: ID,
  description: '领导的职务写错（按设置 people 中的姓名和职务）',
  descriptionEn: 'Wrong post given for a leader (per the names and posts in the people setting)',
  defaultSeverity: 'warning',
  docs: {
    summary: '设置 people 列出本单位领导的姓名和职务；姓名前写的职务不在其中时提示（县长王强写成县委书记王强）。只看紧挨姓名的职务；本工具不内置任何人员名单。',
    source: '本单位设置（people）',
    bad: '县委书记王强出席会议（王强为县长）',
    good: '县长王强出席会议',
  },
  check(context: RuleContext): RuleFinding[] {
    const people = peopleOf(context);
    if (people.length === 0) return [];
    const { text } = context;
    const findings: RuleFinding[] = [];
    for (const person of people) {
      if (person.name === '') continue;
      for (let at = text.indexOf(person.name); at >= 0; at = text.indexOf(person.name, at + person.name.length)) {
        // Another configured person whose name starts with this one (王强华 and 王强): theirs.
        if (people.some((other) => other.name.length > person.name.length && other.name.startsWith(person.name) && text.startsWith(other.name, at))) continue;
        const post = POST_BEFORE.exec(text.slice(Math.max(0, at - 16), at))?.[0];
        if (!post) continue;
        const start = at - post.length;
        if (person.titles.some((held) => samePost(post, held))) continue;
        if (overlapsAny(context.ignored, start, at) || insideBookTitle(text, start)) continue;
        findings.push({
          rule: ID,
          start,
          end: at,
          message: `${person.name}的职务是“${person.titles.join('、')}”（见设置 people），此处写作“${post}”，请核对。`,
          fixes: person.titles.map((held) => ({ title: `改为“${held}”`, edits: [{ start, end: at, newText: held }] })),
        });
      }
    }
    return findings;
  },
};
