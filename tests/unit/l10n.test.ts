/**
 * The bilingual UI: package.nls.json (English) and package.nls.zh-cn.json have the same keys, every
 * %key% in package.json is defined, every runtime string passed to vscode.l10n.t in client/src has a
 * zh-cn translation in l10n/bundle.l10n.zh-cn.json (and the bundle has nothing stale), and the
 * {0} {1} arguments agree between the English and the Chinese text.
 *
 * GONGWEN_PACKAGE_JSON may point to another package.json (e.g. a merged copy) to check.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, DEFAULT_SETTINGS } from '../../server/src/core';

function repoRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const pkg = path.join(dir, 'package.json');
      if (fs.existsSync(pkg) && fs.existsSync(path.join(dir, 'package.nls.json')) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'gongwen') return dir;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error(`no gongwen repository above ${__dirname} or ${process.cwd()}`);
}

const ROOT = repoRoot();
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.isAbsolute(file) ? file : path.join(ROOT, file), 'utf8'));
const PACKAGE_JSON = process.env.GONGWEN_PACKAGE_JSON ?? path.join(ROOT, 'package.json');

const HAN = /[\u4e00-\u9fff]/;
const args = (s: string): string[] => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort();

/** Every string value in a JSON tree, with its path. */
function strings(value: unknown, at = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}/${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${at}/${k}`));
  return [];
}

/** The first argument of each vscode.l10n.t('…') call in the TypeScript sources under `dir`. */
function l10nCalls(dir: string): Array<{ file: string; message: string }> {
  const out: Array<{ file: string; message: string }> = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...l10nCalls(file));
    else if (entry.name.endsWith('.ts')) {
      const source = fs.readFileSync(file, 'utf8');
      const call = /l10n\.t\(\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|(`))/g;
      for (let m = call.exec(source); m; m = call.exec(source)) {
        assert.ok(!m[3], `${path.relative(ROOT, file)}: vscode.l10n.t with a template literal cannot be translated`);
        const raw = m[1] ?? m[2] ?? '';
        const message = JSON.parse(`"${raw.replace(/\\'/g, "'").replace(/(^|[^\\])"/g, '$1\\"')}"`) as string;
        out.push({ file: path.relative(ROOT, file), message });
      }
    }
  }
  return out;
}

describe('bilingual UI (l10n)', () => {
  const en = readJson('package.nls.json') as Record<string, string>;
  const zh = readJson('package.nls.zh-cn.json') as Record<string, string>;
  const bundle = readJson('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;

  it('package.nls.json and package.nls.zh-cn.json have the same keys', () => {
    assert.deepStrictEqual(
      Object.keys(zh).filter((k) => !(k in en)),
      [],
      'keys only in package.nls.zh-cn.json',
    );
    assert.deepStrictEqual(
      Object.keys(en).filter((k) => !(k in zh)),
      [],
      'keys only in package.nls.json',
    );
  });

  it('every value is non-empty; the Chinese ones are Chinese; the command links agree', () => {
    for (const [key, value] of Object.entries(en)) {
      assert.ok(value.trim(), `package.nls.json ${key} is empty`);
      const chinese = zh[key] ?? '';
      assert.ok(chinese.trim() && (HAN.test(chinese) || chinese === value), `package.nls.zh-cn.json ${key}: «${chinese}»`);
      const links = (s: string): string[] => (s.match(/\(command:[^)]+\)/g) ?? []).sort();
      assert.deepStrictEqual(links(chinese), links(value), `${key}: the same command links in both languages`);
    }
  });

  it('every %key% used in package.json exists in package.nls.json', () => {
    const pkg = readJson(PACKAGE_JSON);
    const used = strings(pkg).flatMap(([at, s]) => [...s.matchAll(/^%([^%\s]+)%$/g)].map((m) => [at, m[1] as string] as const));
    assert.deepStrictEqual(
      used.filter(([, key]) => !(key in en)).map(([at, key]) => `${at}: %${key}%`),
      [],
    );
  });

  it('package.json declares "l10n", and its command titles and walkthrough strings are all %keys%', function () {
    const pkg = readJson(PACKAGE_JSON) as { l10n?: string; contributes?: { commands?: unknown[]; walkthroughs?: unknown[] } };
    assert.strictEqual(pkg.l10n, './l10n');
    const contributed = [...strings(pkg.contributes?.commands ?? [], 'commands'), ...strings(pkg.contributes?.walkthroughs ?? [], 'walkthroughs')];
    const literal = contributed.filter(([at, s]) => /\/(title|shortTitle|category|description)$/.test(at) && !/^%[^%]+%$/.test(s));
    assert.deepStrictEqual(literal, [], 'untranslatable literal strings');
    for (const [at, s] of strings(pkg.contributes?.walkthroughs ?? [], 'walkthroughs')) {
      if (/\/media\/markdown$/.test(at)) assert.ok(fs.existsSync(path.join(ROOT, s)), `${at}: ${s} exists`);
    }
  });

  it('every vscode.l10n.t message in client/src has a zh-cn translation with the same {n} arguments', () => {
    const calls = l10nCalls(path.join(ROOT, 'client', 'src'));
    assert.ok(calls.length > 0, 'the client uses vscode.l10n.t');
    for (const { file, message } of calls) {
      const chinese = bundle[message];
      assert.ok(chinese !== undefined, `${file}: «${message}» is missing from l10n/bundle.l10n.zh-cn.json`);
      assert.ok(HAN.test(chinese) || /^[\p{P}\s]+$/u.test(message), `${file}: the translation of «${message}» is not Chinese`);
      assert.deepStrictEqual(args(chinese), args(message), `arguments of «${message}»`);
    }
  });

  it('the zh-cn bundle has no stale entry (each key is used by some vscode.l10n.t call)', () => {
    const used = new Set(l10nCalls(path.join(ROOT, 'client', 'src')).map((c) => c.message));
    assert.deepStrictEqual(
      Object.keys(bundle).filter((k) => !used.has(k)),
      [],
    );
  });

  it('in an English VS Code every command is found by typing 公文, and 新建公文 by typing 新建', () => {
    const pkg = readJson(PACKAGE_JSON) as {
      contributes: { commands: Array<{ command: string; title: string; category?: string }>; menus?: { commandPalette?: Array<{ command: string; when?: string }> } };
    };
    const text = (s: string | undefined): string => (s ?? '').replace(/^%([^%]+)%$/, (_, key: string) => en[key] ?? '');
    const hidden = new Set((pkg.contributes.menus?.commandPalette ?? []).filter((m) => m.when === 'false').map((m) => m.command));
    // The Command Palette matches "Category: Title".
    const shown = pkg.contributes.commands.filter((c) => !hidden.has(c.command)).map((c) => ({ command: c.command, label: `${text(c.category)}: ${text(c.title)}` }));
    assert.deepStrictEqual(shown.filter((c) => !c.label.includes('公文')).map((c) => c.label), [], 'commands that 公文 does not find');
    assert.deepStrictEqual(shown.filter((c) => !/[\u4e00-\u9fff]/.test(text(pkg.contributes.commands.find((x) => x.command === c.command)?.title))).map((c) => c.label), [], 'English titles without their Chinese name');
    assert.match(shown.find((c) => c.command === 'gongwen.newDocument')?.label ?? '', /新建/);
  });
});

describe('the walkthrough and its sample', () => {
  const en = readJson('package.nls.json') as Record<string, string>;
  const zhNls = readJson('package.nls.zh-cn.json') as Record<string, string>;
  it('the sample speech has the faults the walkthrough promises: placeholders, half-width punctuation, heading faults', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples', 'speech-draft.txt'), 'utf8');
    const rules = analyze({ text, format: 'plaintext' }, DEFAULT_SETTINGS).map((f) => f.rule);
    assert.strictEqual(rules.filter((r) => r === 'placeholder.unfilled').length, 12);
    for (const rule of ['punct.halfwidth', 'heading.end-punct', 'heading.bracket']) assert.ok(rules.includes(rule), `the sample shows ${rule}: ${rules.join(' ')}`);
  });

  it('no bare ** in text rendered as Markdown (walkthrough descriptions and pages): it would turn into bold', () => {
    const bare = (s: string): boolean => /\*\*/.test(s.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '').replace(/\*\*[^*\n]*[^*\s\n][^*\n]*\*\*/g, (m) => (/^\*\*[\u4e00-\u9fffA-Za-z]/.test(m) ? '' : m)));
    for (const [file, table] of [['package.nls.json', en], ['package.nls.zh-cn.json', zhNls]] as const) {
      for (const [key, value] of Object.entries(table)) if (/^walkthrough\./.test(key)) assert.ok(!bare(value), `${file} ${key}: ${value}`);
    }
    for (const page of fs.readdirSync(path.join(ROOT, 'client', 'media', 'walkthrough')).filter((f) => f.endsWith('.md'))) {
      for (const line of fs.readFileSync(path.join(ROOT, 'client', 'media', 'walkthrough', page), 'utf8').replace(/```[\s\S]*?```/g, '').split('\n')) {
        assert.ok(!/“\*\*”|（\*\*）| \*\* /.test(line.replace(/`[^`\n]*`/g, '')), `${page}: ${line}`);
      }
    }
  });
});

describe('settings shown in VS Code act in VS Code', () => {
  it('gongwen.debounceMs (for clients that receive pushed diagnostics; VS Code pulls them) is not contributed to VS Code\'s settings', () => {
    const pkg = readJson(PACKAGE_JSON) as { contributes: { configuration: { properties: Record<string, unknown> } } };
    assert.ok(!('gongwen.debounceMs' in pkg.contributes.configuration.properties));
    assert.ok(!('config.debounceMs.description' in (readJson('package.nls.json') as object)));
  });
});
