/**
 * doctype.title-type — a title shaped like a 公文 title (……关于……的……) that does not end with a
 * 文种 (通知、请示、报告、函……) or a recognised 事务文书 or article ending (讲话、方案、办法、思考……):
 * “关于春节放假的安排” should be “关于春节放假安排的通知”. Titles without 关于……的, and endings
 * longer than eight characters or holding quotes and brackets, are left alone.
 */
import type { Rule, RuleContext, RuleFinding } from '../../types';
import { AFFAIR_ENDINGS, documentTitle, LEGAL_TYPES } from './helpers';
import { invalidTypeOf } from './invalid-type';

const ID = 'doctype.title-type';

const KNOWN = [...LEGAL_TYPES, ...AFFAIR_ENDINGS];

export const doctypeTitleType: Rule = {
  id: ID,
  description: '公文标题没有以文种结尾',
  descriptionEn: 'The title does not end with a document type',
  defaultSeverity: 'warning',
  docs: {
    summary: '公文标题由发文机关、事由和文种组成（“关于……的通知”），应以法定文种或讲话、方案等事务文书名称结尾。',
    source: '《党政机关公文处理工作条例》第八条、第九条；GB/T 9704-2012 7.3.2',
    bad: '关于做好春节期间安全生产工作的要求',
    good: '关于做好春节期间安全生产工作的通知',
  },
  check(context: RuleContext): RuleFinding[] {
    const title = documentTitle(context.text);
    if (!title) return [];
    const m = /关于.+的([^的]{1,8})$/.exec(title.core);
    const ending = m?.[1];
    if (!ending || /[《》“”"（）()\s，。、：]/.test(ending)) return [];
    if (KNOWN.some((k) => title.core.endsWith(k)) || invalidTypeOf(title.core)) return [];
    const end = title.start + title.core.length;
    const start = end - ending.length;
    return [
      {
        rule: ID,
        start,
        end,
        message: `标题以“${ending}”结尾，不是法定文种：公文标题应写成“关于……的＋文种”，如“关于……${ending}的通知”或“……的报告”。`,
        fixes: [],
      },
    ];
  },
};
