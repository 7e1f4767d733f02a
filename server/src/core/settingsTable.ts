/**
 * Every setting, once: its key, type and default, its Chinese and English text, and where it acts
 * (the VS Code extension, the language server, the analysis core, `.gongwenrc.json`). Generated
 * from this table: package.json `contributes.configuration` and its nls entries, the schema of
 * `.gongwenrc.json` (config/schema.ts, scripts/generated.mjs), the normalisers of editor settings
 * (settings.ts normalizeSettings) and the reading of `.gongwenrc.json` (config/configFile.ts).
 * `npm run check:generated` fails when a generated file differs from what this table gives.
 */
import { DOCTYPE_ALIASES, DOCTYPE_NAMES, parseDocType } from './doctype';
import { userPatternProblem } from './text/userPattern';
import type { CustomPhrase, DocType, Person, TermEntry } from './types';

export interface Bilingual {
  zh: string;
  en: string;
}

/** A JSON-schema fragment (the value's type; descriptions are added from the entry's text). */
export type JsonSchema = Record<string, unknown>;

/** What a normaliser says about a raw value: the value, or problems (`name` stands for the setting's name where it was written). */
export type Normalized<T> = { ok: true; value: T } | { ok: false; problem: (name: string) => string };

interface BaseEntry {
  key: string;
  text: Bilingual;
  /** The text is Markdown (package.json markdownDescription). */
  markdown?: boolean;
  /**
   * A VS Code setting `gongwen.<key>` (package.json contributes.configuration) and its scope;
   * `restricted`: not read from an untrusted workspace. Absent: not shown in VS Code's settings
   * (other LSP clients may still send it: see `lsp`).
   */
  vscode?: { scope: 'window' | 'resource'; restricted?: boolean };
  /** The language server takes it from the client's settings (a field of core/settings.ts Settings). */
  lsp: boolean;
  /** Who acts on it: the extension (client), the language server (editor behaviour), or the analysis core. */
  reader: 'client' | 'server' | 'core';
  /** Accepted in `.gongwenrc.json` (which overrides editor settings for the documents beside it). */
  rc: boolean;
  /** How a `.gongwenrc.json` value combines with the editor's: it replaces it, or lists are joined. */
  merge?: 'replace' | 'concat' | 'byKey';
}

export interface ScalarEntry extends BaseEntry {
  kind: 'scalar';
  schema: JsonSchema;
  /** Its schema in `.gongwenrc.json`, where that accepts more than VS Code's setting (profile: the Chinese names too). */
  rcSchema?: JsonSchema;
  default: unknown;
  /** Per enum value, its text (package.json enumDescriptions). */
  enumText?: Record<string, Bilingual>;
  normalize(raw: unknown): Normalized<unknown>;
}

/** A list checked item by item, so that each problem points at its item. */
export interface ListEntry extends BaseEntry {
  kind: 'list';
  itemSchema: JsonSchema;
  /** Text of the item's properties (descriptions in package.json and the schema). */
  itemText?: Record<string, Bilingual>;
  /** Longest list used; the rest is refused with one problem. */
  maxItems: number;
  example: string;
  /** A valid item, or a Chinese description of what is wrong with it. */
  item(entry: unknown): Checked<unknown>;
}

/** One item of a list checked: its value, or a Chinese description of what is wrong with it. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/** `rules`: severities and options per rule id (settings.ts normalizeRules, which knows the registry). */
export interface RulesEntry extends BaseEntry {
  kind: 'rules';
}

export type SettingEntry = ScalarEntry | ListEntry | RulesEntry;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ok = <T>(value: T): Normalized<T> => ({ ok: true, value });
const bad = (problem: (name: string) => string): Normalized<never> => ({ ok: false, problem });
const valid = <T>(value: T): Checked<T> => ({ ok: true, value });
const invalid = (problem: string): Checked<never> => ({ ok: false, problem });

/** A glossary entry, or what is wrong with it. */
function termItem(entry: unknown): Checked<TermEntry> {
  if (!isRecord(entry)) return invalid('应为对象，如 { "canonical": "区委、区政府", "variants": ["区委区政府"] }。');
  const { canonical, variants } = entry;
  if (typeof canonical !== 'string' || canonical.trim() === '') return invalid('canonical 应为非空字符串。');
  if (!Array.isArray(variants) || !variants.every((v) => typeof v === 'string' && v.trim() !== '')) return invalid('variants 应为非空字符串数组。');
  return valid({ canonical, variants: variants as string[] });
}

/** A custom phrase, or what is wrong with it. */
function phraseItem(entry: unknown): Checked<CustomPhrase> {
  if (!isRecord(entry)) return invalid('应为对象，如 { "pattern": "搞好", "replacement": "做好" }。');
  const { pattern, regex, replacement, message } = entry;
  if (typeof pattern !== 'string' || pattern.length === 0) return invalid('pattern 应为非空字符串。');
  if (regex !== undefined && typeof regex !== 'boolean') return invalid('regex 应为 true 或 false。');
  if (replacement !== undefined && typeof replacement !== 'string') return invalid('replacement 应为字符串。');
  if (message !== undefined && typeof message !== 'string') return invalid('message 应为字符串。');
  if (regex === true) {
    // Invalid syntax, too long, or what RE2 (which runs these patterns) cannot do: lookahead, back-references.
    const problem = userPatternProblem(pattern);
    if (problem) return invalid(problem);
  }
  return valid({
    pattern,
    regex: regex === true,
    ...(replacement !== undefined ? { replacement } : {}),
    ...(message !== undefined ? { message } : {}),
  });
}

/** A person of the `people` list, or what is wrong with it. */
function personItem(entry: unknown): Checked<Person> {
  if (!isRecord(entry)) return invalid('应为对象，如 { "name": "王强", "titles": ["县长", "县委副书记"] }。');
  const { name, titles } = entry;
  if (typeof name !== 'string' || name.trim() === '') return invalid('name 应为非空字符串。');
  if (name.trim().length > 10 || /[\s\u3000]/.test(name.trim())) return invalid('name 应为姓名（不超过 10 个字，不含空格）。');
  if (!Array.isArray(titles) || titles.length === 0 || !titles.every((t) => typeof t === 'string' && t.trim() !== '')) return invalid('titles 应为非空字符串数组，如 ["县长", "县委副书记"]。');
  return valid({ name: name.trim(), titles: (titles as string[]).map((t) => t.trim()) });
}

const PROFILE_VALUES: readonly string[] = ['auto', ...(Object.keys(DOCTYPE_NAMES) as DocType[]).filter((t) => t !== 'unknown')];

/** What `.gongwenrc.json` accepts as a profile: the ids, the Chinese names and their aliases (parseDocType reads them all). */
const RC_PROFILE_VALUES: readonly string[] = [...PROFILE_VALUES, ...Object.values(DOCTYPE_NAMES).filter((n) => n !== '未识别'), ...Object.keys(DOCTYPE_ALIASES)];

const PROFILE_TEXT: Record<string, Bilingual> = {
  auto: { zh: '按标题行自动识别文种。', en: 'Detect the type from the title line.' },
  speech: { zh: '讲话稿：允许口语化表达。', en: 'Speech (讲话稿): spoken style is allowed.' },
  notice: { zh: '通知。', en: 'Notice (通知).' },
  request: { zh: '请示：一文一事，以“妥否，请批示”等结尾。', en: 'Request for instructions (请示): one matter per document, ends with 妥否，请批示.' },
  report: { zh: '报告：不得夹带请示事项。', en: 'Report (报告): must not contain a request.' },
  letter: { zh: '函、复函。', en: 'Letter or reply letter (函、复函).' },
  reply: { zh: '批复。', en: 'Official reply (批复).' },
  opinion: { zh: '意见。', en: 'Opinion (意见).' },
  decision: { zh: '决定。', en: 'Decision (决定).' },
  bulletin: { zh: '通报、通告、公告、公报。', en: 'Circular or announcement (通报、通告、公告、公报).' },
  minutes: { zh: '纪要。', en: 'Minutes (纪要).' },
  summary: { zh: '工作总结、年度工作报告。', en: 'Work summary or annual work report (工作总结、工作报告).' },
  research: { zh: '调研报告。', en: 'Research report (调研报告).' },
  plan: { zh: '实施方案、工作方案、工作要点。', en: 'Plan or work programme (实施方案、工作要点).' },
  'congress-report': {
    zh: '向代表大会所作的报告：政府工作报告、党代会报告、常委会工作报告（不套用讲话稿、工作总结的结构模板）。',
    en: "Report to a people's congress or a Party congress (政府工作报告、党代会报告、常委会工作报告): no speech or work-summary structure template.",
  },
  resolution: { zh: '决议。', en: 'Resolution (决议).' },
};

function booleanSetting(raw: unknown): Normalized<unknown> {
  return typeof raw === 'boolean' ? ok(raw) : bad((name) => `${name} 应为 true 或 false。`);
}

function stringsSetting(example: string): (raw: unknown) => Normalized<unknown> {
  return (raw) => (Array.isArray(raw) && raw.every((l) => typeof l === 'string') ? ok([...(raw as string[])]) : bad((name) => `${name} 应为字符串数组，如 ${example}。`));
}

/** A number of at least `min`; above `max` it is capped (a typo of 50000 for 500 should not freeze the checker). */
function numberSetting(min: number, max: number, integer: boolean): (raw: unknown) => Normalized<unknown> {
  return (raw) =>
    typeof raw === 'number' && Number.isFinite(raw) && raw >= min ? ok(Math.min(integer ? Math.floor(raw) : raw, max)) : bad((name) => `${name} 应为不小于 ${min} 的数。`);
}

export const SETTINGS_TABLE: readonly SettingEntry[] = [
  {
    key: 'enable',
    lsp: true,
    kind: 'scalar',
    reader: 'server',
    rc: false,
    vscode: { scope: 'resource' },
    schema: { type: 'boolean' },
    default: true,
    text: { zh: '启用公文检查。', en: 'Check documents with Gongwen.' },
    normalize: booleanSetting,
  },
  {
    key: 'languages',
    lsp: true,
    kind: 'scalar',
    reader: 'server',
    rc: false,
    vscode: { scope: 'window' },
    schema: { type: 'array', items: { type: 'string' } },
    default: ['plaintext', 'markdown'],
    text: { zh: '要检查的文档语言（语言标识符）。', en: 'Language ids of the documents to check.' },
    normalize: stringsSetting('["plaintext", "markdown"]'),
  },
  {
    key: 'rules',
    lsp: true,
    kind: 'rules',
    reader: 'core',
    rc: true,
    merge: 'byKey',
    vscode: { scope: 'resource' },
    markdown: true,
    text: {
      zh: '按规则 id 设置级别：`error`、`warning`、`information`、`hint` 或 `off`（关闭），例如 `{ "placeholder.unfilled": "error" }`；有选项的规则写作 `{ "severity": "warning", "options": { … } }`。规则一览见文档。',
      en: 'Severity per rule id: `error`, `warning`, `information`, `hint` or `off`, e.g. `{ "placeholder.unfilled": "error" }`; a rule with options takes `{ "severity": "warning", "options": { … } }`. See the rule list in the documentation.',
    },
  },
  {
    key: 'profile',
    lsp: true,
    kind: 'scalar',
    reader: 'core',
    rc: true,
    merge: 'replace',
    vscode: { scope: 'resource' },
    schema: { type: 'string', enum: PROFILE_VALUES },
    rcSchema: { type: 'string', enum: RC_PROFILE_VALUES },
    default: 'auto',
    enumText: PROFILE_TEXT,
    text: {
      zh: '文种：决定哪些规则适用。`auto` 按标题行自动识别（……的通知、……的请示、在……上的讲话）。',
      en: 'Document type (文种): decides which rules apply. `auto` detects it from the title line (…的通知, …的请示, 在…上的讲话).',
    },
    normalize: (raw) => {
      if (raw === 'auto') return ok('auto');
      const type = parseDocType(raw);
      return type ? ok(type) : bad((name) => `${name}“${String(raw)}”无法识别，应为 auto、通知、请示、讲话稿等。`);
    },
  },
  {
    key: 'phrases',
    lsp: true,
    kind: 'list',
    reader: 'core',
    rc: true,
    merge: 'concat',
    // Regular expressions from a workspace are not run until the workspace is trusted.
    vscode: { scope: 'resource', restricted: true },
    text: { zh: '本单位规定不用的词语。', en: 'Custom disallowed phrases of your organisation.' },
    itemSchema: {
      type: 'object',
      required: ['pattern'],
      additionalProperties: false,
      properties: { pattern: { type: 'string', minLength: 1 }, regex: { type: 'boolean', default: false }, replacement: { type: 'string' }, message: { type: 'string' } },
    },
    itemText: {
      pattern: { zh: '词语（`regex` 为 true 时为正则表达式）。', en: 'The phrase (or a regular expression when `regex` is true).' },
      regex: { zh: '把 `pattern` 当作正则表达式。', en: 'Treat `pattern` as a regular expression.' },
      replacement: { zh: '应改用的写法（作为快速修复提供）。', en: 'What to write instead (offered as a quick fix).' },
      message: { zh: '在该词语上显示的提示。', en: 'The message shown on the phrase.' },
    },
    // Each is run over the whole document at every check: 15,000 regular expressions took 1.6–1.9 s
    // per check of a 900-character draft, 1,000 about 30 ms. A unit's list of phrases is hundreds.
    maxItems: 1000,
    example: '[{ "pattern": "搞好", "replacement": "做好" }]',
    item: phraseItem,
  },
  {
    key: 'terms',
    lsp: true,
    kind: 'list',
    reader: 'core',
    rc: true,
    merge: 'concat',
    vscode: { scope: 'resource' },
    text: { zh: '本单位术语表：规范写法及其不规范的变体。', en: 'Glossary: canonical forms and the variants not to use.' },
    itemSchema: {
      type: 'object',
      required: ['canonical', 'variants'],
      additionalProperties: false,
      properties: { canonical: { type: 'string', minLength: 1 }, variants: { type: 'array', items: { type: 'string', minLength: 1 } } },
    },
    itemText: {
      canonical: { zh: '规范写法。', en: 'The canonical form.' },
      variants: { zh: '不规范的写法。', en: 'Variants not to use.' },
    },
    // 5,000 terms with two variants each is about 400 KB.
    maxItems: 5000,
    example: '[{ "canonical": "区委、区政府", "variants": ["区委区政府"] }]',
    item: termItem,
  },
  {
    key: 'words',
    lsp: true,
    kind: 'list',
    reader: 'core',
    rc: true,
    merge: 'concat',
    vscode: { scope: 'resource' },
    text: {
      zh: '本单位词典：地名、人名、专有名词等，其中的字词不按错别字（typo.*）报告。可在错别字上用快速修复“加入词典”添加。',
      en: 'Your dictionary: place names, personal names, proper nouns; nothing inside them is reported as a typo (typo.*). The quick fix 加入词典 on a typo adds one.',
    },
    // A word lies within a line (a line-scoped rule must find it on the line alone), and is short.
    itemSchema: { type: 'string', minLength: 1, maxLength: 50, pattern: '^[^\\r\\n]+$' },
    // Each typo finding is looked up against every word (a few characters each): 10,000 words is
    // still well under a millisecond per finding.
    maxItems: 10000,
    example: '["青山县", "稻虾共作"]',
    item: (entry) => {
      if (typeof entry !== 'string' || entry.trim() === '') return invalid('应为非空字符串，如 "青山县"。');
      if (/[\r\n]/.test(entry)) return invalid('不能含换行。');
      if (entry.trim().length > 50) return invalid('超过 50 个字符，不像一个词。');
      return valid(entry.trim());
    },
  },
  {
    key: 'ignore',
    lsp: false,
    kind: 'scalar',
    reader: 'server',
    rc: true,
    merge: 'replace',
    schema: { type: 'array', items: { type: 'string' } },
    default: [],
    text: { zh: '不检查的文件（相对于本配置文件所在目录的 glob）。', en: 'Files not to check (globs relative to the folder of this file).' },
    normalize: stringsSetting('["归档/**"]'),
  },
  {
    key: 'people',
    lsp: true,
    kind: 'list',
    reader: 'core',
    rc: true,
    merge: 'concat',
    vscode: { scope: 'resource' },
    text: {
      zh: '本单位领导的姓名和职务：姓名前写的职务不是其职务时提示（如把县长写成县委书记，规则 name.title）。本工具不内置任何人员名单。',
      en: "Your unit's leaders and their posts: a post written before a name that is not theirs is reported (rule name.title). No list of people ships with the product.",
    },
    itemSchema: {
      type: 'object',
      required: ['name', 'titles'],
      additionalProperties: false,
      properties: { name: { type: 'string', minLength: 1, maxLength: 10 }, titles: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } } },
    },
    itemText: {
      name: { zh: '姓名。', en: 'The name.' },
      titles: { zh: '此人的全部职务，按姓名前的写法（县长、县委副书记）。', en: 'Every post the person holds, as written before the name (县长, 县委副书记).' },
    },
    // Each name is searched once per check: a unit's leaders are tens.
    maxItems: 1000,
    example: '[{ "name": "王强", "titles": ["县长", "县委副书记"] }]',
    item: personItem,
  },
  {
    key: 'speakingRate',
    lsp: false,
    kind: 'scalar',
    reader: 'client',
    rc: false,
    vscode: { scope: 'resource' },
    schema: { type: 'number', minimum: 60, maximum: 600 },
    default: 220,
    text: { zh: '讲话稿按每分钟多少字估算讲话时长。', en: 'Speaking rate for the estimated speaking time, in Chinese characters a minute.' },
    normalize: numberSetting(60, 600, false),
  },
  {
    key: 'maxDocumentChars',
    lsp: true,
    kind: 'scalar',
    reader: 'server',
    rc: false,
    vscode: { scope: 'resource' },
    schema: { type: 'number', minimum: 1000 },
    default: 150_000,
    text: {
      zh: '超过此长度（字符）的文档暂停需要分词的检查（术语一致性）；超过十倍则不检查。会提示一次。',
      en: 'Documents longer than this (characters) skip the checks that need word segmentation (terminology drift); ten times longer, they are not checked. You are told once.',
    },
    normalize: numberSetting(1000, Number.MAX_SAFE_INTEGER, true),
  },
  {
    key: 'maxProblems',
    lsp: true,
    kind: 'scalar',
    reader: 'server',
    rc: true,
    merge: 'replace',
    vscode: { scope: 'resource' },
    schema: { type: 'number', minimum: 1 },
    // VS Code shows at most 1,000 diagnostics of one collection per file (and replaces the rest by its
    // own English note): 500 plus the one note stays under that, and is more than anyone reads on
    // screen. A dense 200,000-character draft has 8,000–15,000 findings; publishing them all on
    // every keystroke cost megabytes. The pre-submission check and the CLI count everything.
    default: 500,
    text: {
      zh: '每个文档在编辑器中最多显示多少处问题（先显示错误和警告）；超出时在文首用一条提示说明未显示的数量。“送审前检查”命令和命令行 gongwen check 仍统计全部问题，gongwen lint 仍列出全部问题。',
      en: 'The most problems shown in the editor per document (errors and warnings first); beyond it, one note at the top says how many are not shown. The pre-submission check (送审前检查) and the CLI gongwen check still count every problem, gongwen lint still lists them all.',
    },
    normalize: numberSetting(1, Number.MAX_SAFE_INTEGER, true),
  },
  {
    // Not shown in VS Code, which pulls diagnostics when it wants them; for LSP clients that receive pushed ones.
    key: 'debounceMs',
    lsp: true,
    kind: 'scalar',
    reader: 'server',
    rc: false,
    schema: { type: 'number', minimum: 0, maximum: 5000 },
    default: 200,
    text: { zh: '文档改动后等待多少毫秒再检查（推送诊断的客户端）。', en: 'Delay in milliseconds before re-checking a changed document (clients that receive pushed diagnostics).' },
    normalize: numberSetting(0, 5000, false),
  },
];

export function settingEntry(key: string): SettingEntry | undefined {
  return SETTINGS_TABLE.find((e) => e.key === key);
}

/** The keys `.gongwenrc.json` accepts (besides `$schema`). */
export const RC_KEYS: readonly string[] = SETTINGS_TABLE.filter((e) => e.rc).map((e) => e.key);
