import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument, DEFAULT_SETTINGS, detectDocType, formatOf, type DocType, type TextFormat } from '../../server/src/core';
import { STRUCTURE_RULES } from '../../server/src/core/rules/structure';
import { FIXTURES } from '../support/paths';
import { unmark } from '../support/marked';

const DIR = [path.join(FIXTURES, 'structure'), path.join(process.cwd(), 'tests', 'fixtures', 'structure')].find((d) => fs.existsSync(d)) as string;

interface Case {
  text: string;
  format?: TextFormat;
  docType?: DocType;
  /** Substrings the messages must contain. */
  messages?: string[];
}

function findings(rule: string, text: string, format: TextFormat = 'plaintext', docType?: DocType) {
  return analyzeDocument({ text, format, ...(docType ? { docType } : {}) }, DEFAULT_SETTINGS, STRUCTURE_RULES).findings.filter((f) => f.rule === rule);
}

/** Like tests/support/rule-table.ts, but over STRUCTURE_RULES (not yet in the registry). */
function table(rule: string, t: { invalid: Case[]; valid: Array<Case | string> }): void {
  describe(rule, () => {
    for (const c of t.invalid) {
      it(`flags: ${c.text.replace(/\n/g, '⏎').slice(0, 60)}`, () => {
        const { text, ranges } = unmark(c.text);
        const got = findings(rule, text, c.format, c.docType);
        assert.deepStrictEqual(got.map((f) => ({ start: f.start, end: f.end })), ranges);
        for (const f of got) {
          assert.strictEqual(f.severity, 'information');
          assert.deepStrictEqual(f.fixes, []);
          assert.match(f.message, /[\u4e00-\u9fff]/);
        }
        const all = got.map((f) => f.message).join('\n');
        for (const m of c.messages ?? []) assert.ok(all.includes(m), `«${all}» should contain «${m}»`);
      });
    }
    for (const v of t.valid) {
      const c = typeof v === 'string' ? { text: v } : v;
      it(`accepts: ${c.text.replace(/\n/g, '⏎').slice(0, 60)}`, () => {
        assert.deepStrictEqual(findings(rule, c.text, c.format, c.docType).map((f) => f.message), []);
      });
    }
  });
}

const fixture = (name: string): string => fs.readFileSync(path.join(DIR, name), 'utf8');
const SPEECH_TITLE = '在全县工作会议上的讲话';
const para = (n: number, word = '工作'): string => `    ${word.repeat(Math.ceil(n / word.length)).slice(0, n - 1)}。`;

describe('structure.* rules', () => {
  it('every rule is documented, information level, and limited to its types', () => {
    for (const r of STRUCTURE_RULES) {
      assert.match(r.id, /^structure\.[a-z-]+$/);
      assert.strictEqual(r.defaultSeverity, 'information');
      assert.ok(r.docs?.summary && r.docs.source && r.docs.bad && r.docs.good, r.id);
      assert.ok(r.appliesTo && r.appliesTo.every((t) => ['speech', 'summary', 'research'].includes(t)), r.id);
    }
  });

  it('the well-formed fixtures produce no structure finding', () => {
    for (const name of ['speech.txt', 'summary.txt', 'research.txt', 'report.txt', 'notice.txt', 'unknown-roles.txt', 'speech-draft.txt']) {
      const text = fixture(name);
      const got = analyzeDocument({ text, format: formatOf(name) }, DEFAULT_SETTINGS, STRUCTURE_RULES).findings;
      assert.deepStrictEqual(got.map((f) => `${f.rule}: ${f.message}`), [], name);
    }
  });

  it('the Markdown speech with parts out of order and a heading breaking the pattern', () => {
    const text = fixture('speech-md.md');
    assert.strictEqual(detectDocType(text), 'speech');
    const got = analyzeDocument({ text, format: 'markdown' }, DEFAULT_SETTINGS, STRUCTURE_RULES).findings;
    assert.deepStrictEqual(got.map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`), ['structure.parallel: 正视问题短板', 'structure.role-order: 正视问题短板']);
  });

  it('no structure template for a report to a congress, a resolution, an opinion, a plan or a regulation', () => {
    const parts = '一、提高思想认识，增强做好工作的责任感\n正文。\n二、聚焦重点任务，扎实推进各项工作\n正文。\n三、问题\n正文。';
    for (const title of ['2026年青山县人民政府工作报告', '在中国共产党青山县第十五次代表大会上的报告', '青山县第十届人民代表大会第三次会议关于县人民政府工作报告的决议', '关于加快推进乡村振兴的若干意见', '青山县高标准农田建设实施方案', '青山县河道管理条例']) {
      const text = `${title}\n${parts}`;
      assert.deepStrictEqual(analyzeDocument({ text, format: 'plaintext' }, DEFAULT_SETTINGS, STRUCTURE_RULES).findings.map((f) => f.rule), [], title);
    }
    const opening = `各位代表：\n现在，我代表县人民政府，向大会报告政府工作，请予审议。\n${parts}`;
    assert.deepStrictEqual(analyzeDocument({ text: opening, format: 'plaintext' }, DEFAULT_SETTINGS, STRUCTURE_RULES).findings.map((f) => f.rule), []);
    // The same parts in a speech are checked.
    assert.notDeepStrictEqual(analyzeDocument({ text: `${SPEECH_TITLE}\n${parts}`, format: 'plaintext' }, DEFAULT_SETTINGS, STRUCTURE_RULES).findings, []);
  });

  table('structure.role-missing', {
    invalid: [
      {
        text: `⟦${SPEECH_TITLE}⟧\n\n同志们：\n    一、提高思想认识，增强做好工作的责任感\n    正文。\n    二、聚焦重点任务，扎实推进各项工作\n    正文。`,
        messages: ['缺少“问题”部分'],
      },
      {
        text: '⟦县商务局2025年工作总结⟧\r\n\r\n一、主要工作及成效\r\n完成目标。\r\n二、存在的问题\r\n有差距。\r\n',
        messages: ['成绩—问题—打算', '缺少“打算”部分'],
      },
      {
        text: '⟦关于𠮷祥村产业发展情况的调研报告⟧\n一、基本情况\n😀现有农户三百户。\n二、对策建议\n建议加强引导。',
        messages: ['缺少“问题”部分'],
      },
    ],
    valid: [
      fixture('speech.txt'),
      // all three present, in any order (order is another rule)
      `${SPEECH_TITLE}\n一、聚焦重点任务，扎实推进\n正文。\n二、直面问题短板\n正文。\n三、提高思想认识\n正文。`,
      // one role only: a 部署 speech, not an incomplete one
      `${SPEECH_TITLE}\n一、抓好粮食生产\n正文。\n二、抓好产业发展\n正文。\n三、抓好农村改革\n正文。`,
      // a part with no clear role: unsure, so quiet
      `${SPEECH_TITLE}\n一、提高思想认识\n正文。\n二、关于人才\n正文。\n三、聚焦重点任务\n正文。`,
      // one part only
      `${SPEECH_TITLE}\n一、提高思想认识\n正文。`,
      // not a type with a pattern
      { text: '关于做好安全工作的通知\n一、提高思想认识\n正文。\n二、聚焦重点任务\n正文。' },
      // Markdown without numbered headings
      { text: `# ${SPEECH_TITLE}\n\n同志们：\n\n今天讲两点。`, format: 'markdown' },
    ],
  });

  table('structure.role-order', {
    invalid: [
      {
        text: `${SPEECH_TITLE}\n一、聚焦重点任务，扎实推进各项工作\n正文。\n二、⟦直面问题短板，正视工作中的差距⟧\n正文。`,
        messages: ['“二、直面问题短板，正视工作中的差距”是“问题”部分，宜放在“一、聚焦重点任务，扎实推进各项工作”（“举措”部分）之前'],
      },
      {
        text: '县商务局2025年工作总结\n一、2026年工作打算\n正文。\n二、⟦主要工作及成效⟧\n正文。\n三、存在的问题\n正文。',
      },
    ],
    valid: [
      fixture('speech.txt'),
      fixture('summary.txt'),
      // repeated roles in order
      `${SPEECH_TITLE}\n一、提高思想认识\n正文。\n二、聚焦重点任务\n正文。\n三、强化组织保障\n正文。`,
      // unknown parts are skipped, not guessed
      `${SPEECH_TITLE}\n一、关于人才\n正文。\n二、提高思想认识\n正文。`,
      { text: '关于做好安全工作的通知\n一、聚焦重点任务\n正文。\n二、提高思想认识\n正文。' },
    ],
  });

  const long = para(400);
  table('structure.short-part', {
    invalid: [
      {
        text: `${SPEECH_TITLE}\n一、提高思想认识\n${long}\n二、⟦直面问题短板⟧\n${para(40)}\n三、聚焦重点任务\n${long}`,
        messages: ['只有'],
      },
    ],
    valid: [
      // balanced
      `${SPEECH_TITLE}\n一、提高思想认识\n${long}\n二、直面问题短板\n${para(300)}\n三、聚焦重点任务\n${long}`,
      // short overall: not checked
      `${SPEECH_TITLE}\n一、提高思想认识\n${para(100)}\n二、直面问题短板\n${para(10)}\n三、聚焦重点任务\n${para(100)}`,
      // two parts only
      `${SPEECH_TITLE}\n一、提高思想认识\n${long}\n二、直面问题短板\n${para(10)}`,
      { text: `关于做好安全工作的通知\n一、总体要求\n${long}\n二、工作安排\n${para(10)}\n三、保障措施\n${long}` },
    ],
  });

  table('structure.parallel', {
    invalid: [
      {
        text: `${SPEECH_TITLE}\n一、提高思想认识，把准发展的“定盘星”\n正文。\n二、⟦问题⟧\n正文。\n三、聚焦提质增效，当好发展的“排头兵”\n正文。`,
        messages: ['2个分句', '却是1个'],
      },
      {
        text: `${SPEECH_TITLE}\n一、提高思想认识\n正文。\n二、⟦正视当前工作中依然存在的各种各样的突出问题和明显短板⟧\n正文。\n三、狠抓工作落实\n正文。`,
        messages: ['明显偏长'],
      },
    ],
    valid: [
      fixture('speech.txt'),
      fixture('speech-draft.txt'),
      // two level-1 headings: no pattern to break
      `${SPEECH_TITLE}\n一、提高认识\n正文。\n二、正视当前工作中依然存在的各种各样的突出问题\n正文。`,
      // no common pattern among the others
      `${SPEECH_TITLE}\n一、提高思想认识，把准方向\n正文。\n二、问题\n正文。\n三、聚焦提质增效\n正文。\n四、强化保障，确保落实，务求实效\n正文。`,
      // short headings of similar length
      `${SPEECH_TITLE}\n一、统一思想\n正文。\n二、正视问题\n正文。\n三、狠抓落实\n正文。`,
      // a work summary's headings are not expected to be parallel
      { text: '县商务局2025年工作总结\n一、主要工作及成效\n正文。\n二、问题\n正文。\n三、2026年工作打算\n正文。' },
    ],
  });
});
