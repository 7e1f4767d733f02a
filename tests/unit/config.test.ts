import * as assert from 'assert';
import * as path from 'path';
import { DEFAULT_SETTINGS } from '../../server/src/core';
import { findConfigPath, parseConfig } from '../../server/src/config/configFile';
import { isIgnored, mergeSettings } from '../../server/src/config/effective';

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

  it('an invalid regex is reported', () => {
    const config = parseConfig('/w/.gongwenrc.json', '{"phrases": [{"pattern": "(a+", "regex": true}]}');
    assert.match(config.problems[0]?.message ?? '', /正则表达式无效/);
    assert.deepStrictEqual(config.phrases, []);
  });

  it('is found in the document folder or any parent', () => {
    const existing = new Set([path.resolve('/w/.gongwenrc.json')]);
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

  it('a regex that can backtrack catastrophically is refused, and a long line cannot hang the rule', () => {
    const text = '{"phrases": [{"pattern": "(a+)+$", "regex": true}, {"pattern": "(\\\\w+\\\\s?)*x", "regex": true}, {"pattern": "抓[紧实]落实", "regex": true}]}';
    const config = parseConfig('/w/.gongwenrc.json', text);
    assert.strictEqual(config.problems.length, 2, JSON.stringify(config.problems));
    assert.ok(config.problems.every((p) => p.message.includes('嵌套的重复')));
    assert.deepStrictEqual(config.phrases.map((p) => p.pattern), ['抓[紧实]落实']);
  });
});
