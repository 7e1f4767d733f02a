/**
 * The JSON schema of `.gongwenrc.json` and the `gongwen.rules` setting, generated from the rule
 * registry so that completion and validation in VS Code always know every rule id.
 * `npm run gen:schema` writes them; a test fails when they are out of date.
 */
import { DOCTYPE_ALIASES, DOCTYPE_NAMES, RULES } from '../core';
import { CUSTOM_PHRASE_RULE_ID } from '../core/rules/phrase-custom';

const LEVELS = ['error', 'warning', 'information', 'hint', 'off'];

/** `properties` for the rules object: one entry per rule id, with its default and description. */
export function ruleProperties(): Record<string, object> {
  const props: Record<string, object> = {};
  for (const rule of RULES) {
    props[rule.id] = { type: 'string', enum: LEVELS, default: rule.defaultSeverity, description: rule.description };
  }
  props[CUSTOM_PHRASE_RULE_ID] = { type: 'string', enum: LEVELS, default: 'warning', description: '自定义的禁用或不规范用语（phrases）' };
  return props;
}

export function configSchema(): object {
  const profiles = ['auto', ...Object.keys(DOCTYPE_NAMES).filter((t) => t !== 'unknown'), ...Object.values(DOCTYPE_NAMES).filter((n) => n !== '未识别'), ...Object.keys(DOCTYPE_ALIASES)];
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Gongwen 公文写作助手配置 (.gongwenrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: '按规则设置级别或关闭。Severity per rule id.',
        type: 'object',
        properties: ruleProperties(),
        additionalProperties: false,
      },
      profile: {
        description: '文种（决定哪些规则适用），auto 为按标题自动识别。Document type, or auto.',
        type: 'string',
        enum: profiles,
      },
      phrases: {
        description: '本单位规定不用的词语。Custom disallowed phrases.',
        type: 'array',
        items: {
          type: 'object',
          required: ['pattern'],
          additionalProperties: false,
          properties: {
            pattern: { type: 'string', minLength: 1, description: '要查找的文字（regex 为 true 时为正则表达式）' },
            regex: { type: 'boolean', default: false },
            replacement: { type: 'string', description: '应改为' },
            message: { type: 'string', description: '提示信息' },
          },
        },
      },
      terms: {
        description: '本单位术语表：规范写法及其不规范的变体。Glossary: canonical forms and their variants.',
        type: 'array',
        items: {
          type: 'object',
          required: ['canonical', 'variants'],
          additionalProperties: false,
          properties: {
            canonical: { type: 'string', minLength: 1, description: '规范写法' },
            variants: { type: 'array', items: { type: 'string', minLength: 1 }, description: '不规范的写法' },
          },
        },
      },
      ignore: {
        description: '不检查的文件（相对于本配置文件所在目录的 glob）。Files not to check.',
        type: 'array',
        items: { type: 'string' },
      },
    },
  };
}
