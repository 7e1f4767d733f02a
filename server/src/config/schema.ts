/**
 * What is generated from the settings table (core/settingsTable.ts) and the rule registry: the
 * JSON schema of `.gongwenrc.json`, VS Code's settings (package.json contributes.configuration)
 * and their English and Chinese text (package.nls.json, package.nls.zh-cn.json), so that
 * completion, validation and the settings UI always know every setting, rule and rule option.
 * `npm run gen:schema` writes them (scripts/generated.mjs); `npm run check:generated` fails when
 * a committed file differs.
 */
import { optionsSchema, RULES, SETTINGS_TABLE, type Bilingual, type SettingEntry } from '../core';
import { CUSTOM_PHRASE_RULE_ID, findRule, type Rule } from '../core';

const LEVELS = ['error', 'warning', 'information', 'hint', 'off'];

/** A rule's schema description: the Chinese line, then the English one. */
function ruleDescription(rule: Rule): string {
  return rule.descriptionEn ? `${rule.description} ${rule.descriptionEn}` : rule.description;
}

/** `properties` for the rules object: one entry per rule id, with its default, description (Chinese and English) and, for a rule with options, the `{ severity, options }` form. */
export function ruleProperties(): Record<string, object> {
  const props: Record<string, object> = {};
  for (const rule of RULES) {
    const level = { type: 'string', enum: LEVELS };
    props[rule.id] = rule.options
      ? {
          default: rule.defaultSeverity,
          description: ruleDescription(rule),
          anyOf: [level, { type: 'object', properties: { severity: level, options: optionsSchema(rule.options) }, additionalProperties: false }],
        }
      : { ...level, default: rule.defaultSeverity, description: ruleDescription(rule) };
  }
  const custom = findRule(CUSTOM_PHRASE_RULE_ID);
  props[CUSTOM_PHRASE_RULE_ID] = { type: 'string', enum: LEVELS, default: 'warning', description: custom ? ruleDescription(custom) : CUSTOM_PHRASE_RULE_ID };
  return props;
}

/** A list's item schema with its properties' descriptions (`text` picks the language or the nls key). */
function itemSchema(entry: SettingEntry & { kind: 'list' }, text: (prop: string, t: Bilingual) => string): object {
  const properties = entry.itemSchema.properties as Record<string, object> | undefined;
  if (!properties) return entry.itemSchema;
  const described: Record<string, object> = {};
  for (const [prop, schema] of Object.entries(properties)) {
    const t = entry.itemText?.[prop];
    described[prop] = t ? { ...schema, description: text(prop, t) } : schema;
  }
  return { ...entry.itemSchema, properties: described };
}

function rcProperty(entry: SettingEntry): object {
  const description = `${entry.text.zh} ${entry.text.en}`;
  switch (entry.kind) {
    case 'rules':
      return { description, type: 'object', properties: ruleProperties(), additionalProperties: false };
    case 'list':
      return { description, type: 'array', maxItems: entry.maxItems, items: itemSchema(entry, (_, t) => t.zh) };
    case 'scalar':
      return { description, ...(entry.rcSchema ?? entry.schema) };
  }
}

export function configSchema(): object {
  const properties: Record<string, object> = { $schema: { type: 'string' } };
  for (const entry of SETTINGS_TABLE) if (entry.rc) properties[entry.key] = rcProperty(entry);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Gongwen 公文写作助手配置 (.gongwenrc.json)',
    type: 'object',
    additionalProperties: false,
    properties,
  };
}

const nlsKey = (entry: SettingEntry, ...parts: string[]): string => ['config', entry.key, ...parts].join('.');
const textKey = (entry: SettingEntry): string => nlsKey(entry, entry.markdown ? 'markdownDescription' : 'description');

/** package.json `contributes.configuration.properties`: the VS Code settings, their text as %nls% keys. */
export function vscodeProperties(): Record<string, object> {
  const properties: Record<string, object> = {};
  for (const entry of SETTINGS_TABLE) {
    if (!entry.vscode) continue;
    const text = { [entry.markdown ? 'markdownDescription' : 'description']: `%${textKey(entry)}%` };
    const base = { scope: entry.vscode.scope };
    if (entry.kind === 'rules') properties[`gongwen.${entry.key}`] = { ...base, type: 'object', default: {}, ...text, properties: ruleProperties(), additionalProperties: { type: 'string', enum: LEVELS } };
    else if (entry.kind === 'list') properties[`gongwen.${entry.key}`] = { ...base, type: 'array', default: [], ...text, items: itemSchema(entry, (prop) => `%${nlsKey(entry, prop, 'description')}%`) };
    else {
      const values = entry.schema.enum as string[] | undefined;
      const enumText = entry.enumText && values ? { enumDescriptions: values.map((v) => `%${nlsKey(entry, v)}%`) } : {};
      properties[`gongwen.${entry.key}`] = { ...base, ...entry.schema, default: entry.default, ...text, ...enumText };
    }
  }
  return properties;
}

/** The settings VS Code does not read from an untrusted workspace (package.json capabilities). */
export function restrictedSettings(): string[] {
  return SETTINGS_TABLE.filter((e) => e.vscode?.restricted).map((e) => `gongwen.${e.key}`);
}

/** The nls entries of the settings, in one language. */
export function settingsNls(language: 'en' | 'zh'): Record<string, string> {
  const nls: Record<string, string> = {};
  for (const entry of SETTINGS_TABLE) {
    if (!entry.vscode) continue;
    nls[textKey(entry)] = entry.text[language];
    if (entry.kind === 'scalar' && entry.enumText) for (const [value, t] of Object.entries(entry.enumText)) nls[nlsKey(entry, value)] = t[language];
    if (entry.kind === 'list' && entry.itemText) for (const [prop, t] of Object.entries(entry.itemText)) nls[nlsKey(entry, prop, 'description')] = t[language];
  }
  return nls;
}
