/**
 * Seeded drafts for the incremental-analysis tests: 公文 paragraphs with headings of four levels
 * (some faulty), figures, dates, quotes, placeholders, drift, half-width marks, Markdown code
 * blocks, front matter, inline code, suppression comments, hard-wrapped lines, emoji and 𠮷.
 */
import * as fs from 'fs';
import * as path from 'path';
import { EXAMPLES, FIXTURES } from '../support/paths';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

const TITLES = ['关于2025年全县重点工作推进情况的报告', '关于开展安全生产大检查的通知', '关于申请拨付专项资金的请示', '在全县经济工作会议上的讲话', '2025年工作总结', '关于乡村振兴的调研报告'];
const TOPICS = ['粮食生产', '文旅融合发展', '营商环境优化', '安全生产', '乡村振兴', '基层治理'];
const CN = ['一', '二', '三', '四', '五', '六'];
const SENTENCES: ReadonlyArray<(t: string, r: () => number) => string> = [
  (t, r) => `全年完成${t}投资${(r() * 90 + 5).toFixed(1)}亿元，同比增长${(r() * 15).toFixed(1)}%。`,
  (t) => `县委、县政府高度重视${t}工作，多次召开专题会议研究部署。`,
  (t) => `坚持以“${t}”为抓手，推动“十四五”规划目标任务落地见效。`,
  (t) => `计划新建${t}示范点**个，总投资**亿元，涉及××镇。`,
  (t) => `各单位要加强对${t}的督促检查,及时发现和解决问题.`,
  (t) => `县委县政府将把${t}纳入年度考核（待补）。`,
  () => '文化旅游融合示范区建设稳步推进，文旅融合示范区累计接待游客12万人次。',
  () => '截至25年3月底，共实施项目１２个，约20余个村受益，其中一、二等奖各3个。',
  () => '详见https://www.example.gov.cn/a,b.html或发送邮件至a.b@example.cn。',
  () => '他说:“我们要把工作做实做细!”大家纷纷表示赞同😀。',
  () => '吉林省𠮷祥村完成改造任务，打造了《美丽乡村建设指南.第二版》示范样板。。',
  () => '会议要求，要进一步加强领导——确保各项工作落实到位……',
  () => '2025年3月5日至2025-03-10，开展“回头看”工作(为期一周)。',
  () => '这个事情咱们必须搞定，坚决杜绝走过场，请各单位于二零二五年12月底前报送。',
  () => 'The plan (draft) is ready, see page 3.',
];

function paragraph(r: () => number, topic: string): string {
  let p = '';
  const n = 1 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) p += pick(r, SENTENCES)(topic, r);
  return p;
}

/** A draft of roughly `size` characters; Markdown adds front matter, code blocks and `#` headings. */
export function draft(size: number, seed: number, markdown = false): string {
  const r = rng(seed);
  const out: string[] = [];
  if (markdown && r() < 0.7) out.push('---', 'doctype: 报告', 'author: 办公室', '---');
  out.push((markdown ? '# ' : '') + pick(r, TITLES), '', '县人民政府：');
  let l1 = 0;
  while (out.join('\n').length < size) {
    const topic = pick(r, TOPICS);
    const faulty = r() < 0.15;
    out.push(`${markdown && r() < 0.5 ? '## ' : '    '}${CN[l1 % CN.length]}${faulty ? '.' : '、'}${topic}工作${faulty ? '。' : ''}`);
    l1++;
    const subs = 1 + Math.floor(r() * 3);
    for (let j = 0; j < subs; j++) {
      const skip = r() < 0.1 ? 1 : 0;
      out.push(`    ${r() < 0.1 ? '(' : '（'}${CN[j + skip]}）推进${topic}`);
      for (let k = 0; k < 2; k++) {
        const x = r();
        if (x < 0.5) out.push(`    ${k + 1}.${paragraph(r, topic)}`);
        else if (x < 0.6) out.push(`    （${k + 1}）${paragraph(r, topic)}`);
        else if (x < 0.65) out.push(`    ①${paragraph(r, topic)}`);
        else if (x < 0.7) out.push('    各单位要高度重视，认真组织，', '    确保“按时完成', '    任务”。'); // hard-wrapped
        else if (x < 0.75) out.push('<!-- gongwen-disable-next-line punct.halfwidth -->', `    ${paragraph(r, topic)}`);
        else if (x < 0.78) out.push(`    ${paragraph(r, topic)}<!-- gongwen-disable-line -->`);
        else if (x < 0.8) out.push('<!-- gongwen-disable phrase.colloquial -->', `    ${paragraph(r, topic)}`, '<!-- gongwen-enable phrase.colloquial -->');
        else if (markdown && x < 0.87) out.push('', '```js', 'const a = "工作,落实";  // 总投资**亿元', '```', '');
        else if (markdown && x < 0.9) out.push(`    使用\`npm run build,test\`命令，${paragraph(r, topic)}`);
        else out.push(`    ${paragraph(r, topic)}`);
      }
    }
    if (r() < 0.1) out.push('');
  }
  out.push('    特此报告。', '', '附件：1.项目清单', '      2.资金明细', '', '青山县发展和改革局', r() < 0.5 ? '2026年1月15日' : '二〇二六年一月十五日', '');
  return out.join('\n');
}

/** The same text with CRLF line ends and a BOM. */
export function crlfBom(text: string): string {
  return '\uFEFF' + text.replace(/\r?\n/g, '\r\n');
}

/** The fixtures and examples: [name, text, format]. */
export function fixtureDocuments(): Array<[string, string, 'plaintext' | 'markdown']> {
  const out: Array<[string, string, 'plaintext' | 'markdown']> = [];
  for (const dir of [FIXTURES, path.join(FIXTURES, 'faulty'), path.join(FIXTURES, 'structure'), path.join(FIXTURES, 'terms'), EXAMPLES]) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir)) {
      const p = path.join(dir, f);
      if (!/\.(txt|md)$/.test(f) || /gbk|binary/.test(f) || !fs.statSync(p).isFile()) continue;
      out.push([path.relative(FIXTURES, p), fs.readFileSync(p, 'utf8'), f.endsWith('.md') ? 'markdown' : 'plaintext']);
    }
  }
  return out;
}
