/**
 * docs/settings.md, generated from the settings table (core/settingsTable.ts) by `npm run
 * gen:schema`: every setting with its names in VS Code and in `.gongwenrc.json`, its default,
 * where it acts and what it does, in Chinese and English.
 */
import { SETTINGS_TABLE, type SettingEntry } from '../core';
import { escapeMarkdown } from '../lsp/markdown';

const READERS: Record<SettingEntry['reader'], string> = {
  client: 'VS Code 扩展 extension',
  server: '语言服务器 server',
  core: '检查核心 checker',
};

function defaultOf(entry: SettingEntry): string {
  if (entry.kind === 'scalar') return `\`${JSON.stringify(entry.default)}\``;
  return entry.kind === 'list' ? '`[]`' : '`{}`';
}

function names(entry: SettingEntry): string {
  const where: string[] = [];
  if (entry.vscode) where.push(`\`gongwen.${entry.key}\``);
  else if (entry.lsp) where.push(`\`gongwen.${entry.key}\`（其他编辑器 other LSP clients）`);
  if (entry.rc) where.push(`.gongwenrc.json \`${entry.key}\``);
  return where.join('<br>');
}

export function settingsMarkdown(): string {
  const lines = [
    '# 设置一览 Settings',
    '',
    '由 `npm run gen:schema` 从设置表（server/src/core/settingsTable.ts）生成，请勿手改。Generated from the settings table; do not edit.',
    '',
    '`.gongwenrc.json` 中的值覆盖编辑器设置（`rules` 按规则覆盖，`phrases`、`terms` 等列表合并）。缺省或 `null` 即默认值；无效的值报告一次并改用默认值。',
    'Values in `.gongwenrc.json` override editor settings (`rules` rule by rule; lists are joined).',
    '',
    '| 设置 setting | 默认 default | 作用于 acts in | 说明 | description |',
    '|---|---|---|---|---|',
  ];
  for (const entry of SETTINGS_TABLE) {
    lines.push(`| ${names(entry)} | ${defaultOf(entry)} | ${READERS[entry.reader]} | ${escapeMarkdown(entry.text.zh)} | ${escapeMarkdown(entry.text.en)} |`);
  }
  lines.push('', '规则的级别和选项见 [rules.md](rules.md)。Rule levels and options: [rules.md](rules.md).', '');
  return lines.join('\n');
}
