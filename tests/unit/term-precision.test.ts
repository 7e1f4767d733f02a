/**
 * Terminology drift stays quiet on well-edited text (issue 16): quoted mentions, titles and
 * signature lines, 汉字 dates of record, pairs across a 、 between phrases, invented
 * abbreviations and shared prefixes are not drift; what is drift is still found, and speaks at
 * warning only when it is certain. Fixtures are invented (青山县, 白河县).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument, applyFixes, DEFAULT_SETTINGS, type Finding, type Settings, type TermEntry } from '../../server/src/core';
import { TERM_RULES } from '../../server/src/core/rules/term';
import { isLayoutLine, markSpans } from '../../server/src/core/terms/layout';
import { FIXTURES } from '../support/paths';
import { groupsOf, segmenter } from './term.test';

function termFindings(text: string, terms: TermEntry[] = []): Finding[] {
  const settings: Settings = { ...DEFAULT_SETTINGS, terms };
  return analyzeDocument({ text, format: 'plaintext', words: segmenter().cut(text) }, settings, TERM_RULES).findings;
}

/** Each finding as [its text, its severity]. */
function shown(text: string, findings: readonly Finding[]): Array<[string, string]> {
  return findings.map((f) => [text.slice(f.start, f.end), f.severity]);
}

const forms = (text: string): string[] => groupsOf(text).map((g) => `${g.relation}:${g.forms.map((f) => f.text).join('/')}`);

describe('term: quiet on good text', function () {
  this.timeout(30000);

  it('a term quoted where it is named in a speech is not drift (容不得半点“差不多”)', () => {
    const text =
      '同志们：\n安全生产容不得半点“差不多”。有的同志觉得隐患排查做得差不多了，有的企业认为安全投入差不多就行，这种想法要不得。\n我们常说的“借东风”，就是要用好上级督查的契机，而不是等着借东风。\n';
    assert.deepStrictEqual(termFindings(text), []);
    const speech = fs.readFileSync(path.join(FIXTURES, 'terms', 'clean-speech.txt'), 'utf8');
    assert.match(speech, /容不得半点“差不多”/);
    assert.deepStrictEqual(shown(speech, termFindings(speech)), []);
  });

  it('a quoted term is never unquoted; a bare one is quoted only where the quoted form dominates', () => {
    const bareMajority = '“亩均效益”是今年考核的重要指标。亩均效益低于全县平均水平的园区要约谈。亩均效益每季度通报，亩均效益纳入年度考核。';
    assert.deepStrictEqual(termFindings(bareMajority), []);
    const tie = '推行“亩均效益”评价。亩均效益纳入年度考核。';
    assert.deepStrictEqual(termFindings(tie), []);
    const twice = '推行“亩均效益”评价，“亩均效益”排名靠后的园区要整改。亩均效益纳入年度考核。';
    assert.deepStrictEqual(shown(twice, termFindings(twice)), [['亩均效益', 'information']]);
    const thrice = '推行“亩均效益”评价，“亩均效益”排名靠后的园区要整改，“亩均效益”每季度通报。亩均效益纳入年度考核。';
    const findings = termFindings(thrice);
    assert.deepStrictEqual(shown(thrice, findings), [['亩均效益', 'warning']]);
    assert.strictEqual(applyFixes(thrice, findings[0]?.fixes[0]?.edits ?? []), thrice.replace('。亩均效益纳入', '。“亩均效益”纳入'));
  });

  it('a name inside a longer title or quotation is not a variant; a bare title running into a longer name is that name', () => {
    const nested = '按照《青山县河道管理条例》要求，制定《青山县河道管理条例实施细则》，落实“青山县河道管理条例进万家”活动。';
    assert.deepStrictEqual(forms(nested), []);
    const extended = '县里制定了《青山县农产品质量安全考核指标》。要不断完善青山县农产品质量安全考核指标体系。';
    assert.deepStrictEqual(forms(extended), []);
    const otherTitle = '要认真落实《青山县防汛抗旱应急预案》。按照县政府关于印发青山县防汛抗旱应急预案的通知精神，制定本办法。';
    assert.deepStrictEqual(forms(otherTitle), []);
    // Recall: a bare title in running text is still found, and certain when 《》 is not the minority.
    const bare = '《青山县河道管理条例》已于今年3月1日起施行。各乡镇要严格执行青山县河道管理条例的规定。';
    assert.deepStrictEqual(shown(bare, termFindings(bare)), [['青山县河道管理条例', 'warning']]);
  });

  it('title, enclosed-title, letter-spaced, attachment and signature lines are layout, not drift', () => {
    const text = [
      '青山县人民政府、青山县人民武装部关于印发',
      '青山县河长制工作方案的通知',
      '各乡镇人民政府，县直各有关单位：',
      '《青山县河长制工作方案》已经县人民政府同意，现印发给你们，请认真贯彻执行。',
      '青山县人民政府　青山县人民武装部',
      '2026年3月2日',
      '青 山 县 河 长 制 工 作 方 案',
      '为全面落实《青山县河长制工作方案》，各乡镇要明确河长、压实责任。',
      '附件：青山县河长制工作方案',
      '',
    ].join('\n');
    assert.deepStrictEqual(termFindings(text), []);
    for (const line of ['青山县河长制工作方案的通知', '青山县人民政府　青山县人民武装部', '二〇〇九年五月二十六日', '青 山 县 河 长 制 工 作 方 案', '附件：青山县河长制工作方案', '附件2.重点任务分解表']) {
      assert.ok(isLayoutLine(line), line);
    }
    for (const line of ['一、总体要求', '（二）压实部门监管责任', '1.2　工作原则', '区委、区政府高度重视。', '各乡镇人民政府，县直各有关单位：', '- 区委区政府督办事项']) {
      assert.ok(!isLayoutLine(line), line);
    }
  });

  it('a 汉字 date on a date line or in a parenthesis is a date of record; in prose it is drift', () => {
    const record = [
      '青山县人民政府关于印发防汛抗旱应急预案的通知',
      '2009年汛期，各乡镇要落实防汛责任，2009年6月30日前完成物资储备。',
      '青山县人民政府',
      '二〇〇九年五月二十六日',
      '（二〇〇九年五月二十日县人民政府第12次常务会议通过）',
      '（县水务局　二〇〇九年五月十八日）',
    ].join('\n');
    assert.deepStrictEqual(termFindings(record), []);
    // A cited title keeps its year as issued; so does the document's own title line.
    const cited = '关于印发二〇二五年重点工作要点的通知\n2025年，全县经济稳中有进。按照《青山县二〇二五年民生实事实施方案》要求，2025年新增就业3000人。';
    assert.deepStrictEqual(termFindings(cited), []);
    const prose = '二〇二五年三月五日，县委召开农村工作会议，部署2025年重点任务。2025年全县要新建高标准农田3万亩。';
    assert.deepStrictEqual(shown(prose, termFindings(prose)), [['二〇二五年', 'warning']]);
  });

  it('a 、 pairs whole items only, never the end of one phrase and the start of the next', () => {
    for (const text of [
      '全县粮食产量稳步提升、农村面貌明显改善。要着力提升农村人居环境质量。',
      '全年收支执行符合预算、支出结构持续优化。县本级预算支出增长5%。',
      '出现险情要及时向县政府、有关部门报告。县政府有关部门要加强指导。',
      '对生产、生活性服务业实行差别化政策。统筹生产生活用水。',
      '这是一场带有全局性的、根本性的变革。要推动这场带有全局性的根本性变革。',
      '为抽查检查、结果集中公示提供支撑。检查结果要及时录入系统，检查结果要向社会公开。',
    ]) {
      assert.deepStrictEqual(forms(text), [], text);
    }
  });

  it('an organ pair is drift wherever it stands, and certain when seen several times; other pairs only inform', () => {
    const organs = '方案报请县委、县政府审定。县委、县政府专题研究后，要求各部门全力支持。年底前县委县政府将组织专项验收。';
    assert.deepStrictEqual(shown(organs, termFindings(organs)), [['县委县政府', 'warning']]);
    const once = '县委、县政府高度重视。县委县政府将组织专项验收。';
    assert.deepStrictEqual(shown(once, termFindings(once)), [['县委县政府', 'information']]);
    // The user's glossary makes it certain.
    assert.deepStrictEqual(shown(once, termFindings(once, [{ canonical: '县委、县政府', variants: [] }])), [['县委县政府', 'warning']]);
    // An office named after both organs is a proper name, not the joined form.
    const office = '县委、县政府高度重视。县委、县政府印发方案。县委县政府督查室负责督办，县委县政府组织专项验收。';
    assert.deepStrictEqual(shown(office, termFindings(office)), [['县委县政府', 'warning']]);
    assert.strictEqual(termFindings(office)[0]?.start, office.lastIndexOf('县委县政府'));
    const pair = '3名责任人受到党纪政纪处分，党纪政纪处分决定已送达。另有2名人员被给予了党纪、政纪处分。';
    assert.deepStrictEqual(shown(pair, termFindings(pair)), [['党纪、政纪', 'information']]);
  });

  it('invented abbreviations, shared prefixes and proper names are not drift', () => {
    const mech = '我县坚持发展农业机械化，同步抓好农机装备配套。农机装备是农业机械化的重要支撑，农业机械化水平持续提高，农机购置补贴政策不断完善，农机作业服务加快发展。';
    assert.deepStrictEqual(forms(mech), []);
    const output = '扩大优势产品出口，产品出口增长12%。园区亩均产出持续提高，亩均产出增长8%。';
    assert.deepStrictEqual(forms(output), []);
    const prefix = '我们坚持问题导向，我们坚持目标导向，我们坚持结果导向，我们坚决反对形式主义。';
    assert.deepStrictEqual(forms(prefix), []);
    const ministry = '加强科学技术普及，推动科学技术创新。经科技部审核，县科学技术协会获评先进单位。';
    assert.deepStrictEqual(forms(ministry), []);
  });

  it('term.nonstandard leaves a cited title alone and still flags the body', () => {
    const text = '认真学习《关于深入学习贯彻二十大精神的通知》，深入学习贯彻二十大精神。';
    const findings = termFindings(text);
    assert.deepStrictEqual(findings.map((f) => [f.rule, f.start]), [['term.nonstandard', text.lastIndexOf('二十大')]]);
  });

  it('no term fix rewrites a title, a quotation, a layout line or drops a mark (fixtures and labelled cases)', () => {
    const dir = path.join(FIXTURES, 'terms');
    const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    const { cases } = JSON.parse(fs.readFileSync(path.join(dir, 'drift-cases.json'), 'utf8')) as { cases: Array<{ text: string }> };
    texts.push(...cases.map((c) => c.text));
    let edits = 0;
    for (const text of texts) {
      const lineStarts = [0];
      for (let i = 0; i < text.length; i++) if (text.charAt(i) === '\n') lineStarts.push(i + 1);
      for (const f of termFindings(text)) {
        for (const e of f.fixes.flatMap((x) => x.edits)) {
          edits++;
          const start = lineStarts.filter((s) => s <= e.start).pop() ?? 0;
          const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
          const line = text.slice(start, end);
          assert.ok(!isLayoutLine(line), `an edit on a layout line: ${line}`);
          const spans = markSpans(line);
          for (let k = 0; k + 1 < spans.length; k += 2) {
            const s = start + (spans[k] as number);
            const t = start + (spans[k + 1] as number);
            const inside = s <= e.start && e.end <= t && !(s === e.start && t === e.end);
            assert.ok(!inside, `an edit inside ${text.slice(s, t)}: ${text.slice(e.start, e.end)} → ${e.newText}`);
          }
          const marks = (x: string): number => x.replace(/[^“”‘’《》]/g, '').length;
          assert.ok(marks(e.newText) >= marks(text.slice(e.start, e.end)), `an edit drops marks: ${text.slice(e.start, e.end)} → ${e.newText}`);
        }
      }
    }
    assert.ok(edits >= 40, `only ${edits} edits checked`);
  });
});
