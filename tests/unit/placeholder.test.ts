import * as assert from 'assert';
import { analyze, DEFAULT_SETTINGS, type TextFormat } from '../../server/src/core';
import { unmark } from '../support/marked';

interface Case {
  /** Text with ⟦…⟧ around each expected placeholder. */
  marked: string;
  format?: TextFormat;
  /** Words the message of each finding must contain, in order. */
  says?: string[];
}

const INVALID: Case[] = [
  { marked: '总投资⟦**⟧亿元', says: ['金额（亿元）'] },
  { marked: '全市共有⟦**⟧家港口。', says: ['数量（家）'] },
  { marked: '深入⟦**⟧等镇的⟦**⟧个试点村', says: ['地名', '数量（个）'] },
  { marked: '成功举办了⟦**⟧活动。', says: ['活动名称'] },
  { marked: '稳定在⟦**⟧万亩，总产量达到⟦**⟧万吨，实现“⟦**⟧连丰”。', says: ['面积（万亩）', '重量（万吨）', '数量（连）'] },
  { marked: '增长⟦**⟧%，比上年提高⟦**⟧个百分点。', says: ['比例（%）', '比例（个百分点）'] },
  { marked: '完成投资⟦＊＊⟧万元。', says: ['金额（万元）'] },
  { marked: '⟦××⟧县人民政府：', says: ['地名'] },
  { marked: '⟦×××⟧同志任局长。' },
  { marked: '停车位缺口约⟦XX⟧个，⟦xx⟧万元。' },
  { marked: '由⟦○○⟧镇牵头，⟦□□⟧公司配合。' },
  { marked: '于2025年⟦×⟧月⟦×⟧日前报送。', says: ['月份', '日期'] },
  { marked: '检查结果于⟦**⟧月⟦**⟧日前报县应急管理局。', says: ['月份', '日期'] },
  { marked: '2025年⟦**⟧月完成。', says: ['月份'] },
  { marked: '总投资为⟦待定⟧万元，资金来源（⟦待补⟧）。', says: ['金额（万元）'] },
  { marked: '项目负责人：⟦待补⟧。' },
  { marked: '同比增长1.⟦**⟧。' },
  { marked: '这是一个未配对的⟦**⟧占位。' },
  { marked: '实现收入⟦****⟧元。' },
  { marked: '| 项目 | 投资 |\n| 一期 | ⟦**⟧ |', format: 'markdown' },
  { marked: '**重点工作**：新建⟦**⟧个站点。', format: 'markdown' },
  { marked: '**重点工作**完成⟦**⟧项，**难点工作**完成⟦**⟧项。', format: 'markdown' },
  { marked: '在⟦**⟧万亩的基础上，**再扩大**规模', format: 'markdown' },
  { marked: '年底前建成⟦**⟧所学校。\r\n投入⟦**⟧亿元。' },
  // Around a figure or a unit, ** is never bold.
  { marked: '附件：2.⟦**⟧个工作台账', format: 'markdown', says: ['数量（个）'] },
  { marked: '**重点项目**完成投资⟦**⟧亿元。', format: 'markdown', says: ['金额（亿元）'] },
  { marked: '完成投资⟦**⟧亿元，新建⟦**⟧所学校。', format: 'markdown' },
  { marked: '投资⟦**⟧3.5亿元⟦**⟧，同比增长。', format: 'markdown' },
  { marked: '于2025年⟦**⟧月⟦**⟧日召开。', format: 'markdown', says: ['月份', '日期'] },
];

const VALID: Case[] = [
  { marked: '2025年，全区接待游客1260万人次，实现旅游收入98.6亿元，同比增长12.3%。' },
  { marked: '**重点工作**：抓好粮食生产。', format: 'markdown' },
  { marked: '（三）**严格值班值守**。各单位要落实领导带班制度。', format: 'markdown' },
  { marked: '**个人所得税**改革稳步推进。', format: 'markdown' },
  { marked: '**项目建设**和**人才引进**同步推进。', format: 'markdown' },
  { marked: '***加粗斜体***说明。', format: 'markdown' },
  { marked: '***', format: 'markdown' },
  { marked: '* * *', format: 'markdown' },
  { marked: '代码 `a**2` 不检查。', format: 'markdown' },
  { marked: '```\nx = 3**2亿元\n```\n正文。', format: 'markdown' },
  { marked: '<!-- **万元 -->\n正文。', format: 'markdown' },
  { marked: '---\ntitle: **万元\n---\n正文。', format: 'markdown' },
  { marked: '服装尺码为XXL。网址 www.xxx.com。' },
  { marked: '二○○八年，本县遭受特大洪灾。' },
  { marked: '这是XX世纪的遗存。' },
  { marked: '需要补充完善的材料有待补充，具体时间待定。' },
  { marked: '规格为3×4米，面积为12平方米。' },
  { marked: '单个星号*不算，乘号3×5也不算。' },
  { marked: '第一，加强领导。第二，强化保障。' },
  // A CommonMark emphasis pair around text with no digit, unit or measure word at its edges is bold.
  { marked: '附件：1.**青山县项目清单**\n      2.**工作台账**', format: 'markdown' },
  { marked: '附件：2.**工作台账**' },
  { marked: '（1）**完善制度**；（2）**强化考核**。', format: 'markdown' },
  { marked: '**一是**加强领导，**二是**强化保障。', format: 'markdown' },
  { marked: '“**两个确立**”，**“四个意识”**。', format: 'markdown' },
];

function run(c: Case): ReturnType<typeof analyze> {
  return analyze({ text: unmark(c.marked).text, format: c.format ?? 'plaintext' }, DEFAULT_SETTINGS).filter((f) => f.rule === 'placeholder.unfilled');
}

describe('placeholder.unfilled', () => {
  describe('flags unfilled figures', () => {
    for (const c of INVALID) {
      it(c.marked.replace(/\n/g, '⏎').replace(/\r/g, '␍'), () => {
        const { ranges } = unmark(c.marked);
        const findings = run(c);
        assert.deepStrictEqual(
          findings.map((f) => ({ start: f.start, end: f.end })),
          ranges,
        );
        for (const f of findings) {
          assert.strictEqual(f.rule, 'placeholder.unfilled');
          assert.strictEqual(f.severity, 'warning');
          assert.match(f.message, /^未填写的占位符“.+”：/);
          assert.deepStrictEqual(f.fixes, [], 'no fix may invent a figure');
        }
        (c.says ?? []).forEach((word, i) => assert.ok(findings[i]?.message.includes(word), `${findings[i]?.message} should say ${word}`));
      });
    }
  });

  describe('leaves clean text alone', () => {
    for (const c of VALID) {
      it(c.marked.replace(/\n/g, '⏎'), () => assert.deepStrictEqual(run(c), []));
    }
  });

  it('names the marker it found in the message', () => {
    const [finding] = run({ marked: '共有××家企业' });
    assert.ok(finding);
    assert.strictEqual(finding.message, '未填写的占位符“××”：此处缺少数量（家），定稿前请填入实际数量。');
  });

  it('can be turned off or raised to error by settings', () => {
    const text = '总投资**亿元';
    const only = (s: typeof DEFAULT_SETTINGS) => analyze({ text, format: 'plaintext' }, s).filter((f) => f.rule === 'placeholder.unfilled');
    assert.deepStrictEqual(only({ ...DEFAULT_SETTINGS, rules: { 'placeholder.unfilled': 'off' } }), []);
    const [f] = only({ ...DEFAULT_SETTINGS, rules: { 'placeholder.unfilled': 'error' } });
    assert.strictEqual(f?.severity, 'error');
    assert.deepStrictEqual(analyze({ text, format: 'plaintext' }, { ...DEFAULT_SETTINGS, enable: false }), []);
  });
});
