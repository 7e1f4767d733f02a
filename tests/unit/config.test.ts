import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_SETTINGS } from '../../server/src/core';
import {
  findConfig,
  findConfigPath,
  MAX_CONFIG_BYTES,
  MAX_IGNORE_GLOBS,
  MAX_NESTING,
  parseConfig,
  readConfig,
  searchFolders,
  tooDeepAt,
} from '../../server/src/config/configFile';
import { isIgnored, mergeSettings } from '../../server/src/config/effective';
import { readRegularFile } from '../../server/src/io/readFile';
import { glossaryEdit } from '../../server/src/lsp/glossary';

describe('.gongwenrc.json', () => {
  it('parses rules, profile, phrases and ignore, with comments and trailing commas', () => {
    const config = parseConfig('/w/.gongwenrc.json', `{
      // 本单位规定
      "rules": { "placeholder.unfilled": "error", },
      "profile": "请示",
      "phrases": [{ "pattern": "搞好", "replacement": "做好" }],
      "ignore": ["归档/**", "*.bak.md"],
    }`);
    assert.deepStrictEqual(config.problems, []);
    assert.deepStrictEqual(config.rules, { 'placeholder.unfilled': 'error' });
    assert.strictEqual(config.profile, 'request');
    assert.deepStrictEqual(config.phrases, [{ pattern: '搞好', regex: false, replacement: '做好' }]);
    assert.deepStrictEqual(config.ignore, ['归档/**', '*.bak.md']);
  });

  it('reports bad JSON at its offset and keeps nothing', () => {
    const text = '{ "rules": { "placeholder.unfilled": "error" ';
    const config = parseConfig('/w/.gongwenrc.json', text);
    assert.strictEqual(config.problems.length > 0, true);
    assert.match(config.problems[0]!.message, /JSON 格式有误/);
    assert.deepStrictEqual(config.rules, {});
  });

  it('reports each bad entry where it stands and keeps the good ones', () => {
    const text = '{"rules": {"no.such.rule": "error", "placeholder.unfilled": "loud"}, "phrases": [{"pattern": "(a+"}, {"pattern": "搞好", "regex": false}], "colour": 1, "profile": "诗歌"}';
    const config = parseConfig('/w/.gongwenrc.json', text);
    const at = (p: { start: number; end: number }) => text.slice(p.start, p.end);
    const problems = config.problems.map((p) => [at(p), p.message]);
    assert.strictEqual(problems.length, 4, JSON.stringify(problems));
    assert.ok(problems.some(([where, m]) => where === '"colour"' && m!.includes('未知配置项')));
    assert.ok(problems.some(([where, m]) => where === '"no.such.rule"' && m!.includes('未知规则')));
    assert.ok(problems.some(([where]) => where === '"loud"'));
    assert.ok(problems.some(([where]) => where === '"诗歌"'));
    assert.deepStrictEqual(config.phrases, [{ pattern: '(a+', regex: false }, { pattern: '搞好', regex: false }]);
  });

  it("takes a rule's options ({ severity, options }), checked against the rule's declaration, each problem on its key; merged over editor settings", () => {
    const text = `{"rules": {
      "typo.repeated": { "severity": "information", "options": { "allow": ["合计"] } },
      "punct.halfwidth": { "severity": "error", "options": { "x": 1 } },
      "typo.word": { "severity": "warning", "colour": "red" }
    }}`;
    const config = parseConfig('/w/.gongwenrc.json', text);
    const at = (p: { start: number; end: number }) => text.slice(p.start, p.end);
    assert.deepStrictEqual(config.rules, { 'typo.repeated': 'information', 'punct.halfwidth': 'error', 'typo.word': 'warning' });
    assert.deepStrictEqual(config.ruleOptions['typo.repeated']?.allow, ['合计']);
    assert.deepStrictEqual(config.problems.map((p) => [at(p), p.message]), [
      ['{ "x": 1 }', '规则“punct.halfwidth”没有选项，options 已忽略。'],
      ['"colour"', '规则“typo.word”的设置只有 severity 和 options 两项，“colour”已忽略。'],
    ]);
    const bad = parseConfig('/w/.gongwenrc.json', '{"rules": {"typo.repeated": {"options": {"allow": "合计", "deny": []}}}}');
    assert.deepStrictEqual(bad.problems.map((p) => p.message), ['规则“typo.repeated”的选项 allow 应为非空字符串的数组。', '规则“typo.repeated”没有选项“deny”，可用的有：allow。']);
    assert.ok((bad.ruleOptions['typo.repeated']?.allow as string[]).includes('研究'), 'the default stays where an option is wrong');
    const merged = mergeSettings({ ...DEFAULT_SETTINGS, ruleOptions: { 'typo.repeated': { allow: ['研究'] } } }, config);
    assert.deepStrictEqual(merged.ruleOptions['typo.repeated']?.allow, ['合计'], 'the file wins, rule by rule');
  });

  it('an invalid regex is reported', () => {
    const config = parseConfig('/w/.gongwenrc.json', '{"phrases": [{"pattern": "(a+", "regex": true}]}');
    assert.match(config.problems[0]?.message ?? '', /正则表达式无效/);
    assert.deepStrictEqual(config.phrases, []);
  });

  it('is found in the document folder or any parent, up to the repository root', () => {
    const existing = new Set([path.resolve('/w/.gongwenrc.json'), path.resolve('/w/.git')]);
    assert.strictEqual(findConfigPath('/w/a/b/doc.md', (p) => existing.has(p)), path.resolve('/w/.gongwenrc.json'));
    assert.strictEqual(findConfigPath('/x/doc.md', (p) => existing.has(p)), undefined);
  });

  it('merges over editor settings and applies ignore globs relative to its folder', () => {
    const config = parseConfig('/w/.gongwenrc.json', '{"rules": {"placeholder.unfilled": "off"}, "ignore": ["归档/**", "*.bak.md"]}');
    const merged = mergeSettings({ ...DEFAULT_SETTINGS, rules: { 'placeholder.unfilled': 'error' } }, config);
    assert.strictEqual(merged.rules['placeholder.unfilled'], 'off');
    assert.strictEqual(isIgnored('/w/归档/2024/a.md', config), true);
    assert.strictEqual(isIgnored('/w/sub/x.bak.md', config), true);
    assert.strictEqual(isIgnored('/w/sub/x.md', config), false);
    assert.strictEqual(isIgnored('/elsewhere/归档/a.md', config), false);
  });

  it('a regex that backtracks catastrophically in JavaScript is kept (RE2 runs it in linear time); a back-reference is refused', () => {
    const text = '{"phrases": [{"pattern": "(a+)+$", "regex": true}, {"pattern": "(\\\\w+\\\\s?)*x", "regex": true}, {"pattern": "([省市])\\\\1委", "regex": true}]}';
    const config = parseConfig('/w/.gongwenrc.json', text);
    assert.strictEqual(config.problems.length, 1, JSON.stringify(config.problems));
    assert.match(config.problems[0]?.message ?? '', /^phrases 第 3 项：正则表达式“\(\[省市\]\)\\1委”使用了反向引用/);
    assert.deepStrictEqual(config.phrases.map((p) => p.pattern), ['(a+)+$', '(\\w+\\s?)*x']);
  });
});

/** Runs `fn` and fails if it took longer than `ms`. */
function within<T>(ms: number, fn: () => T): T {
  const started = Date.now();
  const result = fn();
  const took = Date.now() - started;
  assert.ok(took < ms, `took ${took} ms (limit ${ms} ms)`);
  return result;
}

describe('a hostile .gongwenrc.json', () => {
  let dir: string;
  beforeEach(() => (dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-hostile-')))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const configIn = (d: string) => path.join(d, '.gongwenrc.json');

  describe('nesting', () => {
    it('16 KB of [ is refused with one problem at the first bracket too deep, without parsing (the parser overflowed the stack)', () => {
      const config = within(500, () => parseConfig('/w/.gongwenrc.json', '['.repeat(16384)));
      assert.strictEqual(config.problems.length, 1, JSON.stringify(config.problems));
      assert.strictEqual(config.problems[0]!.start, MAX_NESTING);
      assert.strictEqual(config.problems[0]!.refused, true);
      assert.match(config.problems[0]!.message, /嵌套超过 64 层.*按默认设置检查/);
      assert.deepStrictEqual([config.rules, config.phrases, config.terms, config.ignore], [{}, [], [], []]);
    });

    it('{ and [ mixed, and a megabyte of them, are refused as fast', () => {
      assert.strictEqual(within(500, () => parseConfig('/w/.gongwenrc.json', '{"a":'.repeat(200000))).problems.length, 1);
      assert.strictEqual(within(500, () => parseConfig('/w/.gongwenrc.json', '[{"a":'.repeat(150000))).problems.length, 1);
    });

    it('64 levels parse; brackets in strings and comments do not count; closing brackets that do not match do not lower the count', () => {
      assert.strictEqual(tooDeepAt('['.repeat(MAX_NESTING) + ']'.repeat(MAX_NESTING)), undefined);
      assert.strictEqual(tooDeepAt('['.repeat(MAX_NESTING + 1)), MAX_NESTING);
      const quiet = `{ "phrases": [{ "pattern": "${'['.repeat(500)}" }], // ${'{'.repeat(500)}\n /* ${'['.repeat(500)} */ "ignore": [] }`;
      assert.strictEqual(tooDeepAt(quiet), undefined);
      assert.deepStrictEqual(parseConfig('/w/.gongwenrc.json', quiet).problems, []);
      assert.notStrictEqual(tooDeepAt('[}'.repeat(MAX_NESTING + 1)), undefined);
      // Unterminated strings end at the line break, as the parser's scanner ends them.
      assert.notStrictEqual(tooDeepAt('"\n' + '['.repeat(MAX_NESTING + 1)), undefined);
    });

    it('a megabyte of stray closing brackets gives at most 101 problems, not a million', () => {
      const config = within(2000, () => parseConfig('/w/.gongwenrc.json', '{' + ']'.repeat(MAX_CONFIG_BYTES - 2) + '}'));
      assert.ok(config.problems.length <= 101, String(config.problems.length));
    });
  });

  describe('reading', () => {
    it('a FIFO is refused at once, with one problem (reading it blocked forever)', () => {
      execFileSync('mkfifo', [configIn(dir)]);
      const config = within(500, () => readConfig(configIn(dir), dir));
      assert.strictEqual(config.problems.length, 1);
      assert.match(config.problems[0]!.message, /^配置文件未读取：它不是普通文件，而是管道（FIFO），已按默认设置检查。$/);
      assert.strictEqual(config.problems[0]!.refused, true);
    });

    it('a symlink to /dev/zero is refused without reading (it filled memory), and so are /dev/stdin and a directory', () => {
      fs.symlinkSync('/dev/zero', configIn(dir));
      const config = within(500, () => readConfig(configIn(dir), dir));
      assert.strictEqual(config.problems.length, 1);
      assert.match(config.problems[0]!.message, /设备文件/);
      for (const special of ['/dev/stdin', '/dev/null', dir]) assert.strictEqual(within(500, () => readRegularFile(special, MAX_CONFIG_BYTES)).ok, false, special);
    });

    it('a file over 1 MiB is refused; one of exactly 1 MiB is read', () => {
      fs.writeFileSync(configIn(dir), `{"a":"${'x'.repeat(MAX_CONFIG_BYTES - 7)}"}\n`);
      const big = readConfig(configIn(dir), dir);
      assert.strictEqual(big.problems.length, 1);
      assert.match(big.problems[0]!.message, /超过上限 1 MiB/);
      fs.writeFileSync(configIn(dir), `{"$schema":"${'x'.repeat(MAX_CONFIG_BYTES - 14)}"}`);
      assert.strictEqual(fs.statSync(configIn(dir)).size, MAX_CONFIG_BYTES);
      assert.deepStrictEqual(readConfig(configIn(dir), dir).problems, []);
    });

    it('a symlink to a regular file inside the searched folders is followed; one leading outside them is refused', () => {
      const sub = path.join(dir, 'sub');
      fs.mkdirSync(sub);
      fs.writeFileSync(path.join(dir, 'shared.json'), '{ "rules": { "placeholder.unfilled": "error" } }');
      fs.symlinkSync(path.join(dir, 'shared.json'), configIn(sub));
      assert.deepStrictEqual(readConfig(configIn(sub), dir).rules, { 'placeholder.unfilled': 'error' });
      const outside = readConfig(configIn(sub), sub);
      assert.strictEqual(outside.problems.length, 1);
      assert.match(outside.problems[0]!.message, /符号链接.*之外/);
      assert.deepStrictEqual(outside.rules, {});
    });

    it('a BOM is dropped, as before', () => {
      fs.writeFileSync(configIn(dir), '\uFEFF{ "profile": "通知" }');
      assert.deepStrictEqual(readConfig(configIn(dir), dir).problems, []);
    });
  });

  describe('ignore globs', () => {
    it('200,000 globs: the first 1,000 are compiled once, the rest refused with one problem; checks then cost microseconds', () => {
      const globs = Array.from({ length: 200000 }, (_, i) => `归档${i}/**`);
      const text = JSON.stringify({ ignore: globs });
      const config = within(3000, () => parseConfig('/w/.gongwenrc.json', text));
      assert.strictEqual(config.problems.length, 1, JSON.stringify(config.problems.slice(0, 3)));
      assert.match(config.problems[0]!.message, /有 200000 项，超过上限 1000 项：第 1001 项起的 199000 项未采用/);
      assert.strictEqual(text.slice(config.problems[0]!.start, config.problems[0]!.end), '"归档1000/**"');
      assert.strictEqual(config.ignoreMatchers.length, MAX_IGNORE_GLOBS);
      assert.strictEqual(isIgnored('/w/归档999/a.md', config), true);
      assert.strictEqual(isIgnored('/w/归档1000/a.md', config), false);
      // Recompiling 1,000 globs per check (as before) would take seconds for these 1,000 checks.
      within(1000, () => {
        for (let i = 0; i < 1000; i++) isIgnored('/w/docs/a.md', config);
      });
    });

    it('a glob that would backtrack for seconds on a long file name is refused; extended globs are plain text', () => {
      const config = parseConfig('/w/.gongwenrc.json', JSON.stringify({ ignore: ['*a*a*a*a*ab', '{*a,b}*a*a', '+(a|aa)+(a|aa)+(a|aa)+(a|aa)+(a|aa)+(a|aa)+(a|aa)+(a|aa)b', '*.bak.md'] }));
      assert.deepStrictEqual(config.problems.map((p) => /^ignore 第 (\d) 项的一段路径“[^”]+”中有 \d 处“\*”/.exec(p.message)?.[1]), ['1', '2']);
      assert.deepStrictEqual(config.ignore, ['+(a|aa)+(a|aa)+(a|aa)+(a|aa)+(a|aa)+(a|aa)+(a|aa)+(a|aa)b', '*.bak.md']);
      within(200, () => assert.strictEqual(isIgnored(`/w/${'a'.repeat(200)}`, config), false));
      assert.strictEqual(isIgnored('/w/x.bak.md', config), true);
    });

    it('too long, too many brackets, too many brace expansions: each refused where it stands, the rest kept', () => {
      const globs = ['x'.repeat(300), '['.repeat(9) + 'a', '{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}', '*.{md,txt}'];
      const text = JSON.stringify({ ignore: globs });
      const config = within(500, () => parseConfig('/w/.gongwenrc.json', text));
      assert.deepStrictEqual(config.problems.map((p) => text.slice(p.start, p.end)), globs.slice(0, 3).map((g) => JSON.stringify(g)));
      assert.deepStrictEqual(config.ignore, ['*.{md,txt}']);
      assert.strictEqual(isIgnored('/w/a/b.txt', config), true);
    });
  });

  describe('where the search looks', () => {
    const has = (...paths: string[]) => {
      const set = new Set(paths.map((p) => path.resolve(p)));
      return (p: string) => set.has(p);
    };

    it('stops at the workspace folder, the home folder or a repository root, whichever comes first', () => {
      const none = has();
      assert.deepStrictEqual(searchFolders('/ws/a/b/doc.md', { workspaceFolders: ['/ws/a'], home: '/home/u' }, none), ['/ws/a/b', '/ws/a']);
      assert.deepStrictEqual(searchFolders('/home/u/p/q/doc.md', { home: '/home/u' }, none), ['/home/u/p/q', '/home/u/p', '/home/u']);
      assert.deepStrictEqual(searchFolders('/home/u/p/q/doc.md', { home: '/home/u' }, has('/home/u/p/.git')), ['/home/u/p/q', '/home/u/p']);
      assert.deepStrictEqual(searchFolders('/ws/r/doc.md', { workspaceFolders: ['/ws'], home: '/home/u' }, has('/ws/r/.git')), ['/ws/r']);
    });

    it('never reads /.gongwenrc.json or /tmp/.gongwenrc.json; a folder inside the temporary directory is searched', () => {
      const everywhere = () => true;
      const tmp = os.tmpdir();
      assert.deepStrictEqual(searchFolders('/srv/x/doc.md', { home: '/home/u' }, (p) => p === path.resolve('/.git') || p === path.resolve('/.gongwenrc.json')), ['/srv/x', '/srv']);
      assert.strictEqual(findConfigPath('/doc.md', everywhere, { home: '/home/u' }), undefined);
      assert.strictEqual(findConfigPath(path.join(tmp, 'doc.md'), everywhere, { home: '/home/u' }), undefined);
      assert.strictEqual(findConfigPath('/tmp/doc.md', everywhere, { home: '/home/u' }), undefined);
      // A workspace inside the temporary directory: searched up to itself, never the directory above.
      const ws = path.join(tmp, 'ws');
      assert.deepStrictEqual(searchFolders(path.join(ws, 'a', 'doc.md'), { workspaceFolders: [ws], home: '/home/u' }, () => false), [path.join(ws, 'a'), ws]);
      assert.deepStrictEqual(searchFolders(path.join(ws, 'a', 'doc.md'), { home: '/home/u' }, (p) => p === path.join(tmp, '.git')), [path.join(ws, 'a'), ws]);
    });

    it('with no stop on the way: up to the fallback (the CLI: current directory) if the document is inside it, else up to below the root', () => {
      const config = has('/srv/.gongwenrc.json');
      assert.strictEqual(findConfigPath('/srv/team/a/doc.md', config, { home: '/home/u' }), path.resolve('/srv/.gongwenrc.json'));
      assert.strictEqual(findConfigPath('/srv/team/a/doc.md', config, { home: '/home/u', fallback: '/srv/team' }), undefined);
      assert.strictEqual(findConfigPath('/srv/team/a/doc.md', config, { home: '/home/u', fallback: '/elsewhere' }), path.resolve('/srv/.gongwenrc.json'));
    });

    it('a real tree: the config above the repository root is not picked up', () => {
      const repo = path.join(dir, 'repo');
      fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
      fs.mkdirSync(path.join(repo, 'docs'));
      fs.writeFileSync(configIn(dir), '{ "rules": { "placeholder.unfilled": "off" } }');
      assert.deepStrictEqual(findConfig(path.join(repo, 'docs', 'a.md'), { home: '/home/u' }), { configPath: undefined, top: repo });
      fs.writeFileSync(configIn(repo), '{}');
      assert.strictEqual(findConfig(path.join(repo, 'docs', 'a.md'), { home: '/home/u' }).configPath, configIn(repo));
    });
  });

  describe('加入术语表 (glossaryEdit)', () => {
    it('only inside the document\'s workspace folder: a document elsewhere (/etc) is refused', () => {
      const plan = glossaryEdit('/etc/report.txt', '区委、区政府', '区委区政府', { workspaceFolders: [dir] });
      assert.strictEqual(plan.ok, false);
      assert.match(!plan.ok ? plan.reason : '', /不在工作区文件夹中/);
    });

    it('creates the file beside a document inside the workspace folder', () => {
      fs.mkdirSync(path.join(dir, 'sub'));
      const plan = glossaryEdit(path.join(dir, 'sub', 'a.txt'), '区委、区政府', '区委区政府', { workspaceFolders: [dir] });
      assert.ok(plan.ok);
      assert.strictEqual(plan.configPath, configIn(path.join(dir, 'sub')));
    });

    it('refuses a config that is a symlink leading out of the workspace, a dangling one, a FIFO and one nested too deep', () => {
      const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-outside-'));
      try {
        fs.writeFileSync(path.join(outside, 'x.json'), '{}');
        const cases: Array<[string, () => void, RegExp]> = [
          ['symlink out', () => fs.symlinkSync(path.join(outside, 'x.json'), configIn(dir)), /之外/],
          ['dangling', () => fs.symlinkSync(path.join(outside, 'nothing.json'), configIn(dir)), /已存在/],
          ['fifo', () => execFileSync('mkfifo', [configIn(dir)]), /管道/],
          ['deep', () => fs.writeFileSync(configIn(dir), '['.repeat(1000)), /嵌套/],
        ];
        for (const [name, make, reason] of cases) {
          fs.rmSync(configIn(dir), { force: true });
          make();
          const plan = within(500, () => glossaryEdit(path.join(dir, 'a.txt'), '甲', '乙', { workspaceFolders: [dir] }));
          assert.ok(!plan.ok && reason.test(plan.reason), `${name}: ${JSON.stringify(plan)}`);
        }
      } finally {
        fs.rmSync(outside, { recursive: true, force: true });
      }
    });
  });
});
