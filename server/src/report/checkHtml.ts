/**
 * The 送审前检查 as one self-contained, printable HTML page: inline CSS, no script, no external
 * resource (no font, image or stylesheet link), so it opens offline and prints on A4. Every piece
 * of document text (titles, placeholders, messages, file names) goes through escapeHtml.
 */
import { familyName, verdictText, type CheckItem, type CheckReport } from './check';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const STYLE = `
body { font-family: "FangSong", "仿宋", "STFangsong", "Songti SC", serif; margin: 2em auto; max-width: 52em; color: #111; line-height: 1.6; }
h1 { font-family: "SimHei", "黑体", "Heiti SC", sans-serif; font-size: 1.5em; text-align: center; margin-bottom: 0.2em; }
.meta { text-align: center; color: #555; margin-bottom: 1.5em; }
section.file { border: 1px solid #bbb; padding: 0.8em 1.2em; margin-bottom: 1.5em; page-break-inside: avoid; }
h2 { font-size: 1.15em; margin: 0 0 0.4em; word-break: break-all; }
.verdict { display: inline-block; padding: 0.1em 0.6em; border-radius: 0.3em; font-weight: bold; }
.ready { background: #e3f4e3; color: #135c13; border: 1px solid #135c13; }
.not-ready { background: #fbe6e6; color: #8a1111; border: 1px solid #8a1111; }
h3 { font-size: 1em; margin: 0.8em 0 0.2em; }
table { border-collapse: collapse; width: 100%; font-size: 0.95em; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.4em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.place { white-space: nowrap; width: 5em; }
code { font-family: monospace; font-size: 0.9em; color: #444; }
.none { color: #555; }
@media print { body { margin: 0; max-width: none; } section.file { border-color: #888; } }
`;

function items(head: string, list: readonly CheckItem[], showText: boolean): string {
  if (list.length === 0) return '';
  const rows = list
    .map((i) => `<tr><td class="place">${i.line}:${i.column}</td>${showText ? `<td class="place">“${escapeHtml(i.text)}”</td>` : ''}<td>${escapeHtml(i.message)}</td><td><code>${escapeHtml(i.rule)}</code></td></tr>`)
    .join('\n');
  return `<h3>${head}（${list.length}）</h3>\n<table><tr><th>位置</th>${showText ? '<th>原文</th>' : ''}<th>说明</th><th>规则</th></tr>\n${rows}\n</table>`;
}

function structure(r: CheckReport): string {
  const s = r.structure;
  if (s.parts.length === 0) return '<h3>结构</h3><p class="none">没有一级标题。</p>';
  const summary = [`${s.parts.length} 个部分`];
  if (s.balance !== null) summary.push(`最短部分为最长部分的 ${Math.round(s.balance * 100)}%`);
  if (s.pattern) summary.push(`${s.pattern}${s.missingRoles.length > 0 ? `：缺“${s.missingRoles.join('”“')}”` : '：齐全'}`);
  const rows = s.parts
    .map((p) => `<tr><td>${escapeHtml(p.numbering)}</td><td>${escapeHtml(p.title)}</td><td>${p.roleName ? escapeHtml(p.roleName) : ''}</td><td>${p.chars}</td><td>${p.placeholders || ''}</td></tr>`)
    .join('\n');
  const notes = s.notes.length > 0 ? `<ul>${s.notes.map((n) => `<li>${n.line}:${n.column} ${escapeHtml(n.message)}</li>`).join('')}</ul>` : '';
  return `<h3>结构</h3><p>${escapeHtml(summary.join('；'))}</p>\n<table><tr><th>序号</th><th>一级标题</th><th>角色</th><th>字数</th><th>待填</th></tr>\n${rows}\n</table>${notes}`;
}

function fileSection(r: CheckReport): string {
  const families = Object.entries(r.families)
    .map(([f, n]) => `${escapeHtml(familyName(f))} ${n}`)
    .join('，');
  return `<section class="file">
<h2>${escapeHtml(r.file)}</h2>
<p><span class="verdict ${r.verdict}">${verdictText(r.verdict)}</span>${r.reasons.length > 0 ? ` ${escapeHtml(r.reasons.join('；'))}` : ''}</p>
<p>文种：${escapeHtml(r.docTypeName)}　标题：${escapeHtml(r.title ?? '（无标题）')}　字数：${r.chars}</p>
${items('错误', r.errors, false)}
${items('未填写的占位符', r.placeholders, true)}
${items('缺少的要素', r.missingElements, false)}
${structure(r)}
<h3>问题统计</h3>
<p>错误 ${r.counts.error}，警告 ${r.counts.warning}，提示 ${r.counts.information + r.counts.hint}${families ? `；${families}` : ''}</p>
</section>`;
}

export function checkHtml(reports: readonly CheckReport[]): string {
  const ready = reports.filter((r) => r.verdict === 'ready').length;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>送审前检查</title>
<style>${STYLE}</style>
</head>
<body>
<h1>送审前检查</h1>
<p class="meta">${reports.length} 个文件：${ready} 个可以送审，${reports.length - ready} 个不宜送审。可以送审＝没有错误级问题、没有未填写的占位符、不缺少必备要素。</p>
${reports.map(fileSection).join('\n')}
</body>
</html>
`;
}
