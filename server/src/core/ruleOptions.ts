/**
 * Options a rule declares for itself: each with its type, default and Chinese and English text.
 * From the declaration alone come the validation of what a user writes
 * (`rules: { "<id>": { "severity": …, "options": { … } } }` in settings or .gongwenrc.json), the
 * JSON schema of both, the rule's documentation and the values the analyser hands the rule
 * (`optionsOf`). Nothing else is written to add an option.
 */
import type { OptionSpec, OptionsSpec, OptionValue, OptionValues, RuleContext } from './types';

export type { OptionSpec, OptionsSpec, OptionValue, OptionValues } from './types';

/** The values of a declared spec, typed: strings → readonly string[], number → number, boolean → boolean. */
export type ValuesOf<S extends OptionsSpec> = {
  readonly [K in keyof S]: S[K] extends { type: 'strings' } ? readonly string[] : S[K] extends { type: 'number' } ? number : boolean;
};

/** Declares a rule's options (an identity function that keeps the literal types for `optionsOf`). */
export function defineOptions<S extends OptionsSpec>(spec: S): S {
  return spec;
}

/** The options the analyser handed this rule, or the declared defaults (a rule run on its own, in a test). */
export function optionsOf<S extends OptionsSpec>(context: RuleContext, spec: S): ValuesOf<S> {
  return (context.options ?? defaultOptions(spec)) as ValuesOf<S>;
}

export function defaultOptions(spec: OptionsSpec): OptionValues {
  const values: Record<string, OptionValue> = {};
  for (const [name, option] of Object.entries(spec)) values[name] = option.type === 'strings' ? [...option.default] : option.default;
  return values;
}

/** A problem with a user's options: where (the option's name, or none for the whole object) and what. */
export interface OptionProblem {
  option?: string;
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The options a user wrote, checked against the rule's declaration: the valid ones over the
 * defaults, and a Chinese problem for each one left out. `ruleId` names the rule in messages.
 */
export function normalizeOptions(ruleId: string, spec: OptionsSpec | undefined, raw: unknown): { values: OptionValues | undefined; problems: OptionProblem[] } {
  const problems: OptionProblem[] = [];
  const names = Object.keys(spec ?? {});
  if (raw === undefined || raw === null) return { values: undefined, problems };
  if (!spec || names.length === 0) return { values: undefined, problems: [{ message: `规则“${ruleId}”没有选项，options 已忽略。` }] };
  if (!isRecord(raw)) return { values: undefined, problems: [{ message: `规则“${ruleId}”的 options 应为对象，可用的选项有：${names.join('、')}。` }] };
  const values: Record<string, OptionValue> = { ...defaultOptions(spec) };
  for (const [name, value] of Object.entries(raw)) {
    const option = spec[name];
    if (!option) {
      problems.push({ option: name, message: `规则“${ruleId}”没有选项“${name}”，可用的有：${names.join('、')}。` });
      continue;
    }
    const problem = optionProblem(option, value);
    if (problem) problems.push({ option: name, message: `规则“${ruleId}”的选项 ${name} ${problem}` });
    else values[name] = option.type === 'strings' ? [...(value as string[])] : (value as number | boolean);
  }
  return { values, problems };
}

/** What is wrong with a value for an option, or undefined. */
function optionProblem(option: OptionSpec, value: unknown): string | undefined {
  switch (option.type) {
    case 'strings':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.length > 0)) return '应为非空字符串的数组。';
      if (value.length > option.maxItems) return `最多 ${option.maxItems} 项，现有 ${value.length} 项。`;
      return undefined;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value) || value < option.minimum || value > option.maximum) return `应为 ${option.minimum} 到 ${option.maximum} 之间的数。`;
      if (option.integer && !Number.isInteger(value)) return '应为整数。';
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : '应为 true 或 false。';
    default:
      return undefined;
  }
}

/** The JSON schema of a rule's `options` object. */
export function optionsSchema(spec: OptionsSpec): object {
  const properties: Record<string, object> = {};
  for (const [name, option] of Object.entries(spec)) {
    const description = `${option.zh} ${option.en}`;
    if (option.type === 'strings') properties[name] = { type: 'array', items: { type: 'string', minLength: 1 }, maxItems: option.maxItems, default: option.default, description };
    else if (option.type === 'number') properties[name] = { type: option.integer ? 'integer' : 'number', minimum: option.minimum, maximum: option.maximum, default: option.default, description };
    else properties[name] = { type: 'boolean', default: option.default, description };
  }
  return { type: 'object', properties, additionalProperties: false };
}
