/**
 * docs/rules.md, generated from the rule registry (`npm run gen:schema`): every rule with its id,
 * default level, where it applies, what it checks, the standard it follows and an example.
 */
import { DOCTYPE_NAMES, RULES, type Rule } from '../core';

function where(rule: Rule): string {
  if (rule.appliesTo) return rule.appliesTo.map((t) => DOCTYPE_NAMES[t]).join('、');
  if (rule.exceptIn) return `除${rule.exceptIn.map((t) => DOCTYPE_NAMES[t]).join('、')}外`;
  return '全部';
}

function cell(text: string | undefined): string {
  return (text ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function rulesMarkdown(): string {
  const lines = [
    '# 规则一览 Rules',
    '',
    '由 `npm run gen:schema` 从规则注册表生成，请勿手改。Generated from the rule registry; do not edit.',
    '',
    '| 规则 id | 默认级别 | 适用文种 | 检查内容 | 依据 | 示例（误 → 正） |',
    '|---|---|---|---|---|---|',
  ];
  for (const rule of RULES) {
    const example = rule.docs?.bad && rule.docs.good ? `${cell(rule.docs.bad)} → ${cell(rule.docs.good)}` : '';
    lines.push(`| \`${rule.id}\` | ${rule.defaultSeverity} | ${where(rule)} | ${cell(rule.docs?.summary ?? rule.description)} | ${cell(rule.docs?.source)} | ${example} |`);
  }
  lines.push('| `phrase.custom` | warning | 全部 | 本单位在 .gongwenrc.json 或设置中规定不使用的词语。 | 本单位规定 | |', '');
  return lines.join('\n');
}
