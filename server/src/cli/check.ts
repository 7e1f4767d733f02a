/**
 * `gongwen check FILE...`: the 送审前检查 (pre-submission check). For each draft a verdict:
 * `ready` when it has no error-level finding, no unfilled placeholder (placeholder.unfilled) and
 * no missing element (主送机关, 落款, 成文日期, 附件说明, 请示's 联系人和电话, the 版记's 印发 line:
 * ELEMENT_RULE_IDS), otherwise `not-ready`, with the reasons: the errors, each placeholder with its
 * place, the missing elements, the structure (parts, their balance, the 认识—问题—举措 pattern for a
 * speech), the document type and the findings counted per family. Formats: text (default), json
 * (`[{ file, verdict, … }]`) and html (one self-contained printable page: checkHtml.ts).
 * Exit status: 0 every file ready, 1 a file not ready, 2 usage or file errors.
 */
import * as fs from 'fs';
import { analyze, docTypeFor, formatOf, needsWords, type Settings } from '../core';
import { isDocx } from './docx';
import { expandPaths, readDraft, type DraftEncoding } from './files';
import { commandSettings } from './lintFile';
import { shownPath } from './report';
import { checkHtml } from '../report/checkHtml';
import { checkText, familyName, verdictText, type CheckItem, type CheckReport } from '../report/check';
import { CliWords } from './words';

export type CheckFormat = 'text' | 'json' | 'html';

export interface CheckCommand {
  kind: 'check';
  format: CheckFormat;
  files: string[];
  rules: Record<string, string>;
  config: string | undefined;
  encoding: DraftEncoding;
  output: string | undefined;
}

export const CHECK_USAGE = `  check           送审前检查：每个文件给出结论 ready（可以送审）或 not-ready（不宜送审）
                  Pre-submission check: a verdict per file, ready or not-ready
                  ready = 没有错误级问题、没有未填写的占位符、不缺少必备要素（主送机关、落款、
                  成文日期、附件说明、请示的联系人和电话、版记的印发机关和日期）
                  ready = no error-level finding, no unfilled placeholder (placeholder.unfilled),
                  no missing element (doctype.recipient, .signature, .date, .attachment-note,
                  .request-contact, .imprint); exit 0 only when every file is ready
  --format        check: text（默认）、json 或 html（可打印的单页报告）/ text, json or html
  -o, --output F  把报告写入文件 F（html 时常用）/ write the report to F`;

export function formatCheckText(r: CheckReport): string[] {
  const out: string[] = [];
  out.push(`${shownPath(r.file)}: ${verdictText(r.verdict)}${r.reasons.length > 0 ? `（${r.reasons.join('；')}）` : ''}`);
  out.push(`  文种：${r.docTypeName}　标题：${r.title ?? '（无标题）'}　字数：${r.chars}`);
  const list = (head: string, items: CheckItem[], show: (i: CheckItem) => string) => {
    if (items.length === 0) return;
    out.push(`  ${head}（${items.length}）：`);
    for (const i of items) out.push(`    ${i.line}:${i.column}  ${show(i)}`);
  };
  list('错误', r.errors, (i) => `${i.message}  ${i.rule}`);
  list('未填写的占位符', r.placeholders, (i) => `“${i.text}”  ${i.message}`);
  list('缺少的要素', r.missingElements, (i) => `${i.message}  ${i.rule}`);
  const s = r.structure;
  if (s.parts.length > 0) {
    const balance = s.balance === null ? '' : `，最短/最长 ${Math.round(s.balance * 100)}%`;
    const pattern = s.pattern ? `，${s.pattern}${s.missingRoles.length > 0 ? `（缺“${s.missingRoles.join('”“')}”）` : '（齐全）'}` : '';
    out.push(`  结构：${s.parts.length} 个部分${balance}${pattern}`);
    for (const p of s.parts) out.push(`    ${p.roleName ? `【${p.roleName}】` : ''}${p.numbering}${p.title}（${p.chars}字）`);
  } else out.push('  结构：没有一级标题');
  for (const n of s.notes) out.push(`    ${n.line}:${n.column}  ${n.message}  ${n.rule}`);
  const families = Object.entries(r.families).map(([f, n]) => `${familyName(f)} ${n}`);
  out.push(`  问题统计：错误 ${r.counts.error}，警告 ${r.counts.warning}，提示 ${r.counts.information + r.counts.hint}${families.length > 0 ? `；${families.join('，')}` : ''}`);
  return out;
}

/** Runs `gongwen check`. */
export function checkCommand(command: CheckCommand, out: (line: string) => void, err: (line: string) => void): number {
  const setup = commandSettings(command, err);
  if (!setup) return 2;
  const { base, configs } = setup;
  const words = new CliWords();
  const { files, errors } = expandPaths(command.files);
  let status = errors.length > 0 ? 2 : 0;
  for (const e of errors) err(`${shownPath(e.file)}: ${e.reason}`);
  const reports: CheckReport[] = [];
  for (const file of files) {
    if (isDocx(file)) {
      err(`${shownPath(file)}: check 暂不支持 Word 文档，请用 gongwen lint 检查。check does not read .docx files yet.`);
      status = 2;
      continue;
    }
    const settings: Settings | undefined = configs.settingsFor(file, base);
    if (!settings) continue;
    const read = readDraft(file, command.encoding);
    if (!read.ok) {
      err(`${shownPath(file)}: ${read.reason}`);
      status = 2;
      continue;
    }
    const text = read.text;
    const docType = docTypeFor(text, settings);
    const w = needsWords(settings, docType) ? words.wordsFor(text) : undefined;
    const findings = analyze({ text, format: formatOf(file), ...(w ? { words: w } : {}) }, settings);
    reports.push(checkText(file, text, findings, docType));
  }
  for (const r of configs.reports) for (const d of r.diagnostics) err(`${shownPath(r.file)}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${d.message}`);
  let output: string;
  if (command.format === 'json') output = JSON.stringify(reports, null, 2);
  else if (command.format === 'html') output = checkHtml(reports);
  else output = reports.flatMap(formatCheckText).join('\n');
  if (command.output) {
    try {
      fs.writeFileSync(command.output, output.endsWith('\n') ? output : `${output}\n`);
    } catch (e) {
      err(`${command.output}: 无法写入报告：${(e as Error).message}`);
      return 2;
    }
  } else if (output !== '') out(output);
  const ready = reports.filter((r) => r.verdict === 'ready').length;
  err(`${reports.length} 个文件，${ready} 个可以送审，${reports.length - ready} 个不宜送审。${reports.length} file(s), ${ready} ready, ${reports.length - ready} not ready.`);
  if (status !== 0) return status;
  // A broken config file counts as an error, as in lint.
  return ready === reports.length && configs.reports.length === 0 ? 0 : 1;
}
