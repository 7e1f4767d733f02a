// Generates realistic 公文 text of a given size, deterministically (seeded): headings at four
// levels, figures, dates, quotes, placeholders, a few faults and some terminology drift.

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const TOPICS = ['粮食生产', '高标准农田建设', '文旅融合发展', '营商环境优化', '安全生产', '生态环境保护', '乡村振兴', '重点项目建设', '民生保障', '基层治理'];
const SENTENCES = [
  (r, t) => `全年完成${t}投资${(r() * 90 + 5).toFixed(1)}亿元，同比增长${(r() * 15).toFixed(1)}%。`,
  (r, t) => `围绕${t}目标任务，各乡镇各部门细化责任分工，压实工作责任，确保各项措施落到实处。`,
  (r, t) => `截至2025年${Math.floor(r() * 12) + 1}月底，全县${t}共实施项目${Math.floor(r() * 90) + 10}个，带动就业${Math.floor(r() * 9000) + 1000}人。`,
  (r, t) => `县委、县政府高度重视${t}工作，多次召开专题会议研究部署。`,
  (r, t) => `坚持以“${t}”为抓手，推动“十四五”规划目标任务落地见效。`,
  (r, t) => `计划新建${t}示范点**个，总投资**亿元。`, // placeholders
  (r, t) => `从全局上看，${t}事关发展大局，必须一以贯之抓紧抓好。`,
  (r) => `文化旅游融合示范区建设稳步推进，文旅融合示范区累计接待游客${Math.floor(r() * 900) + 100}万人次。`, // drift
  (r, t) => `各单位要加强对${t}的督促检查,及时发现和解决问题。`, // half-width comma
  (r, t) => `县委县政府将把${t}纳入年度考核。`, // drift against 县委、县政府
];

export function generateDocument(size, seed = 1) {
  const r = rng(seed);
  const parts = ['关于2025年全县重点工作推进情况的报告', '', '县人民政府：'];
  let length = parts.join('\n').length;
  let l1 = 0;
  while (length < size) {
    const topic = TOPICS[Math.floor(r() * TOPICS.length)];
    const heading = `    ${CN[l1 % 10]}、${topic}工作`;
    l1++;
    parts.push(heading);
    length += heading.length + 1;
    for (let l2 = 0; l2 < 3 && length < size; l2++) {
      const h2 = `    （${CN[l2]}）推进${topic}`;
      parts.push(h2);
      length += h2.length + 1;
      for (let p = 0; p < 3 && length < size; p++) {
        let paragraph = `    ${p + 1}.`;
        for (let s = 0; s < 4; s++) paragraph += SENTENCES[Math.floor(r() * SENTENCES.length)](r, topic);
        parts.push(paragraph);
        length += paragraph.length + 1;
      }
    }
  }
  parts.push('    特此报告。', '', '青山县发展和改革局', '2026年1月15日', '');
  return parts.join('\n');
}

// A dense draft, as text pasted from a web page: the same kind of report, but most of its
// punctuation half-width (ASCII commas, periods, colons, semicolons, parentheses and quotes between
// Chinese), no paragraph indent, Latin abbreviations without spacing, and now and then a misspelt
// word of the kind a prh dictionary lists (scripts/bench/prh.yml). About 8,000 Gongwen findings in
// 200,000 chars, most of them punct.halfwidth.
const HALF = { '，': ',', '。': '.', '：': ':', '；': ';', '（': '(', '）': ')', '“': '"', '”': '"', '！': '!', '？': '?' };
const DENSE_EXTRA = [
  (r, t) => `全县新建5G基站${Math.floor(r() * 90) + 10}个，${t}相关APP注册用户突破${Math.floor(r() * 90) + 10}万人。`,
  (r, t) => `各单位要认真研究部暑${t}工作，按排专人负责。`, // 部暑, 按排
  (r, t) => `截止目前，${t}领域GDP贡献率达到${(r() * 30 + 5).toFixed(1)}%（初步统计）。`, // 截止目前
  (r, t) => `对群众反应的${t}问题，要做到件件有回音；既使困难再大，也要再接再励。`, // 反应, 既使, 再接再励
  (r, t) => `针对${t}中急待解决的问题：一是加强统筹；二是压实责任；三是强化考核。`, // 急待
];

export function generateDenseDraft(size, seed = 1, halfShare = 0.3, extraShare = 0.12) {
  const r = rng(seed);
  // A sentence, heading or paragraph number comes from the web (all its punctuation half-width) or not.
  const half = (s) => (r() < halfShare ? s.replace(/[，。：；（）“”！？]/g, (c) => HALF[c]) : s);
  const sentence = () => (r() < extraShare ? DENSE_EXTRA[Math.floor(r() * DENSE_EXTRA.length)] : SENTENCES[Math.floor(r() * SENTENCES.length)]);
  const parts = ['关于2025年全县重点工作推进情况的报告', '', '县人民政府：'];
  let length = parts.join('\n').length;
  let l1 = 0;
  while (length < size) {
    const topic = TOPICS[Math.floor(r() * TOPICS.length)];
    const heading = half(`${CN[l1 % 10]}、${topic}工作`);
    l1++;
    parts.push(heading);
    length += heading.length + 1;
    for (let l2 = 0; l2 < 3 && length < size; l2++) {
      const h2 = half(`（${CN[l2]}）推进${topic}`);
      parts.push(h2);
      length += h2.length + 1;
      for (let p = 0; p < 3 && length < size; p++) {
        let paragraph = `${p + 1}.`;
        for (let s = 0; s < 4; s++) paragraph += half(sentence()(r, topic));
        parts.push(paragraph);
        length += paragraph.length + 1;
      }
    }
  }
  parts.push('特此报告.', '', '青山县发展和改革局', '2026年1月15日', '');
  return parts.join('\n');
}
