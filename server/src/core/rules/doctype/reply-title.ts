/**
 * doctype.reply-title — “关于对……的批复” doubles the preposition: 关于 already introduces the
 * matter, so 对 goes. Left alone when 对 governs a verb (关于对……予以表彰的决定 is correct Chinese).
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { documentTitle } from './helpers';

const ID = 'doctype.reply-title';

export const doctypeReplyTitle: Rule = {
  id: ID,
  description: '批复、复函标题中“关于对……”介词重复',
  descriptionEn: 'Doubled preposition 关于对…… in the title of a reply (批复, 复函)',
  defaultSeverity: 'warning',
  docs: {
    summary: '批复、复函的标题写“关于……的批复”，不写“关于对……的批复”：“关于”与“对”重复。',
    source: '《党政机关公文处理工作条例》第九条（标题）；本工具约定',
    bad: '××县人民政府关于对县农业农村局申请拨付资金的批复',
    good: '××县人民政府关于县农业农村局申请拨付资金的批复',
  },
  check(context: RuleContext): RuleFinding[] {
    const title = documentTitle(context.text);
    if (!title) return [];
    const m = /关于对(.+)的(?:批复|复函)$/.exec(title.core);
    if (!m || /进行|给予|予以|作出|实施|开展|实行/.test(m[1] ?? '')) return [];
    const start = title.start + m.index;
    const end = start + 3;
    return [
      {
        rule: ID,
        start,
        end,
        message: '“关于对”介词重复：批复标题应写“关于……的批复”，删去“对”。',
        fixes: [{ title: '改为“关于”', edits: [{ start, end, newText: '关于' }], preferred: true }],
      },
    ];
  },
};
