/**
 * docs/rules.md, generated from the rule registry (`npm run gen:schema`): the severity policy, then
 * every rule with its id, default level, where it applies, what it checks, the standard it follows,
 * an example and what it found on the corpus of real published documents (corpusPrecision.ts).
 */
import { DOCTYPE_NAMES, RULES, type OptionSpec, type Rule } from '../core';
import { CORPUS_PRECISION } from './corpusPrecision';
import { escapeMarkdown, ruleAnchor } from '../lsp/markdown';

interface Measured {
  loud: number;
  quiet: number;
  loudTrue: number;
  loudFalse: number;
  loudDebatable: number;
  quietTrue: number;
  quietFalse: number;
  quietDebatable: number;
}

/** What a rule found on the corpus: loud and quiet findings, with the judged ones among them. */
function measured(id: string): string {
  const m = (CORPUS_PRECISION.rules as Readonly<Record<string, Measured | undefined>>)[id];
  if (!m) return '无发现';
  const judged = (t: number, f: number, d: number): string => (t + f + d === 0 ? '' : `（判定：对 ${t}，误 ${f}，两可 ${d}）`);
  const parts: string[] = [];
  if (m.loud > 0) parts.push(`警告 ${m.loud}${judged(m.loudTrue, m.loudFalse, m.loudDebatable)}`);
  if (m.quiet > 0) parts.push(`提示 ${m.quiet}${judged(m.quietTrue, m.quietFalse, m.quietDebatable)}`);
  return parts.join('；');
}

const POLICY = [
  '## 级别原则 Severity policy',
  '',
  '- **error / warning**：只用于文字确实违反国家标准（GB/T 15834-2011、GB/T 15835-2011、GB/T 9704-2012）或',
  '  《党政机关公文处理工作条例》、或属无争议的用字用词错误，且在真实公文上实测无误报的规则和条目。',
  '- **information / hint**：软规则——标准只说“通常”“宜”“一般”的，本单位或新闻行业的习惯，',
  '  以及靠推测的判断（如术语写法只各出现一次）。同一规则中把握不大的单条发现也降为提示（soft）。',
  '- 自动修复（--fix、source.fixAll）只用于改法唯一确定的发现；不改历史日期、引文、标题和专名，',
  '  不改网址、路径和代码。',
  '',
  `“真实公文实测”一栏：在 ${CORPUS_PRECISION.documents} 篇公开发布的公文（${CORPUS_PRECISION.characters.toLocaleString('en-US')} 字，国务院及国务院办公厅文件、政府工作报告、`,
  '人大决议；语料不随项目发布）上的发现数，括注其中经人工对照国家标准判定为对、误、两可的条数。这些',
  '文件经过专业编校，警告数应接近零；由 `npm run precision -- --write-docs` 测得（提交 ' + CORPUS_PRECISION.commit + '）。',
  '',
  '## 规则 Rules',
  '',
];

function where(rule: Rule): string {
  if (rule.appliesTo) return rule.appliesTo.map((t) => DOCTYPE_NAMES[t]).join('、');
  if (rule.exceptIn) return `除${rule.exceptIn.map((t) => DOCTYPE_NAMES[t]).join('、')}外`;
  return '全部';
}

function cell(text: string | undefined): string {
  // Rules speak of ** placeholders and Markdown bold: the asterisks are shown, not rendered (the
  // hover's escaping, which also covers the table's |), on one line.
  return escapeMarkdown(text ?? '').replace(/\r?\n/g, ' ');
}

/** The type of an option, as a reader writes its value. */
function optionType(option: OptionSpec): string {
  if (option.type === 'strings') return `字符串数组（最多 ${option.maxItems} 项）`;
  if (option.type === 'number') return `${option.integer ? '整数' : '数'}，${option.minimum}～${option.maximum}`;
  return 'true / false';
}

/** The rules that take options: each option's name, type, default and meaning, and how to write it. */
function optionsSection(): string[] {
  const withOptions = RULES.filter((r) => r.options && Object.keys(r.options).length > 0);
  if (withOptions.length === 0) return [];
  const lines = [
    '## 规则选项 Rule options',
    '',
    '有选项的规则在 `rules` 中写作 `{ "severity": 级别, "options": { 选项: 值 } }`（设置 `gongwen.rules` 与 `.gongwenrc.json` 相同）；',
    '未写的选项取默认值。A rule with options takes `{ "severity": …, "options": { … } }` in `rules`.',
    '',
    '| 规则 id | 选项 | 类型 | 默认值 | 说明 |',
    '|---|---|---|---|---|',
  ];
  for (const rule of withOptions) {
    for (const [name, option] of Object.entries(rule.options ?? {})) {
      lines.push(`| \`${rule.id}\` | \`${name}\` | ${optionType(option)} | \`${cell(JSON.stringify(option.default))}\` | ${cell(option.zh)} ${cell(option.en)} |`);
    }
  }
  lines.push('');
  return lines;
}

export function rulesMarkdown(): string {
  const lines = [
    '# 规则一览 Rules',
    '',
    '由 `npm run gen:schema` 从规则注册表生成，请勿手改。Generated from the rule registry; do not edit.',
    '',
    ...POLICY,
    '| 规则 id | 默认级别 | 适用文种 | 检查内容 | 依据 | 示例（误 → 正） | 真实公文实测 |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const rule of RULES) {
    const example = rule.docs?.bad && rule.docs.good ? `${cell(rule.docs.bad)} → ${cell(rule.docs.good)}` : '';
    lines.push(`| <a id="${ruleAnchor(rule.id)}"></a>\`${rule.id}\` | ${rule.defaultSeverity} | ${where(rule)} | ${cell(rule.docs?.summary ?? rule.description)} | ${cell(rule.docs?.source)} | ${example} | ${measured(rule.id)} |`);
  }
  lines.push('| <a id="phrase.custom"></a>`phrase.custom` | warning | 全部 | 本单位在 .gongwenrc.json 或设置中规定不使用的词语。 | 本单位规定 | | — |', '');
  lines.push(...optionsSection());
  return lines.join('\n');
}
