/**
 * The user's words (`words` in settings and .gongwenrc.json; issue 19): read and merged like the
 * other lists, and no typo.* finding inside one of them, for every typo.* rule in the registry (a
 * rule to come is held to it by its own examples), whether the analysis is from scratch or
 * cached line by line; and dictionaryEdit, the edit behind 加入词典.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze, DEFAULT_SETTINGS, IncrementalAnalyzer, normalizeSettings, RULES, type Settings } from '../../server/src/core';
import { parseConfig } from '../../server/src/config/configFile';
import { mergeSettings } from '../../server/src/config/effective';
import { insideUserWord } from '../../server/src/core/rules/typo/userWords';
import { dictionaryEdit } from '../../server/src/lsp/glossary';
import { unmark } from '../support/marked';
import { segmenter } from '../support/segmenter';

const TYPO = RULES.filter((r) => r.id.startsWith('typo.'));

function typoSettings(words: string[]): Settings {
  return { ...DEFAULT_SETTINGS, words, rules: Object.fromEntries(RULES.map((r) => [r.id, r.id.startsWith('typo.') ? 'warning' : 'off'])) };
}

function typoFindings(text: string, words: string[]) {
  return analyze({ text, format: 'plaintext', docType: 'notice', words: segmenter().cut(text) }, typoSettings(words));
}

describe('the user\'s words (`words`)', function () {
  this.timeout(60000);

  it('is a setting: strings kept (trimmed), anything else refused item by item, in Chinese', () => {
    assert.deepStrictEqual(DEFAULT_SETTINGS.words, []);
    const { settings, problems } = normalizeSettings({ words: ['青山县', ' 稻虾共作 ', '', 3, '白河\n县', 'x'.repeat(51)] });
    assert.deepStrictEqual(settings.words, ['青山县', '稻虾共作']);
    assert.strictEqual(problems.length, 4, problems.join('\n'));
    assert.ok(problems.every((p) => p.startsWith('words 第') && /[\u4e00-\u9fff]/.test(p)), problems.join('\n'));
    assert.strictEqual(normalizeSettings({ words: '青山县' }).problems.length, 1);
  });

  it('is read from .gongwenrc.json, problems placed on their item, and joined to the editor\'s', () => {
    const text = '{ "words": ["白河县", 7] }';
    const config = parseConfig('/w/.gongwenrc.json', text);
    assert.deepStrictEqual((config as unknown as { words: string[] }).words, ['白河县']);
    assert.strictEqual(config.problems.length, 1);
    assert.strictEqual(text.slice(config.problems[0]!.start, config.problems[0]!.end), '7');
    const merged = mergeSettings({ ...DEFAULT_SETTINGS, words: ['青山县'] }, config);
    assert.deepStrictEqual(merged.words, ['青山县', '白河县']);
  });

  it('insideUserWord: the flagged range must lie inside an occurrence, not merely touch one', () => {
    const text = '青山县部暑安排';
    assert.ok(insideUserWord(text, 3, 5, ['部暑']));
    assert.ok(insideUserWord(text, 3, 5, ['县部暑']));
    assert.ok(insideUserWord(text, 3, 5, ['部暑安排', '无关']));
    assert.ok(!insideUserWord(text, 3, 5, ['暑安排']));
    assert.ok(!insideUserWord(text, 3, 5, ['县部']));
    assert.ok(!insideUserWord(text, 3, 5, ['']));
    assert.ok(!insideUserWord('😀部暑', 2, 4, ['😀部']));
    assert.ok(insideUserWord('😀部暑', 2, 4, ['😀部暑']));
  });

  it('every typo.* rule: each finding on its own examples (or its docs\' faulty text) goes once its text, with its neighbours, is a user word', () => {
    assert.ok(TYPO.length >= 3, TYPO.map((r) => r.id).join());
    for (const rule of TYPO) {
      const texts = [...(rule.examples?.invalid.filter((c) => !c.options).map((c) => unmark(c.text).text) ?? []), ...(rule.docs?.bad ? [rule.docs.bad] : [])];
      let seen = 0;
      for (const text of texts) {
        const own = (words: string[]) => typoFindings(text, words).filter((f) => f.rule === rule.id);
        const found = own([]);
        seen += found.length;
        if (found.length === 0) continue;
        // The flagged text with a character either side: each finding lies inside one.
        const words = found.map((f) => text.slice(Math.max(0, f.start - 1), f.end + 1));
        assert.deepStrictEqual(own(words), [], `${rule.id} with words ${words.join('、')}: ${text}`);
        // A word that only overlaps a flagged text of two characters or more leaves it alone.
        const overlapping = found.filter((f) => f.end - f.start >= 2).map((f) => text.slice(f.end - 1, f.end + 2));
        if (overlapping.length > 0) assert.strictEqual(own(overlapping).length, found.length, `${rule.id} with overlapping words ${overlapping.join('、')}: ${text}`);
      }
      assert.ok(seen > 0, `${rule.id}: no finding on its examples or docs to check against`);
    }
  });

  it('a place name that looks like a typo: quiet once it is a word, other typos still found', () => {
    // 峻工 is a misspelling of 竣工; here it is (fictionally) part of a place name.
    const text = '峻工镇位于青山县北部。会议对全年工作作了部暑。';
    assert.deepStrictEqual(typoFindings(text, []).map((f) => text.slice(f.start, f.end)), ['峻工', '部暑']);
    assert.deepStrictEqual(typoFindings(text, ['峻工镇']).map((f) => text.slice(f.start, f.end)), ['部暑']);
  });

  it('the line cache follows the words: added, the finding goes; removed, it comes back', () => {
    const analyzer = new IncrementalAnalyzer(RULES);
    const text = '峻工镇位于青山县北部。\n白河县全面完成任务。\n';
    const input = { text, format: 'plaintext' as const, docType: 'notice' as const };
    const count = (settings: Settings) => analyzer.analyze(input, settings).findings.filter((f) => f.rule === 'typo.word').length;
    assert.strictEqual(count(typoSettings([])), 1);
    assert.strictEqual(count(typoSettings(['峻工镇'])), 0);
    assert.strictEqual(count(typoSettings([])), 1);
  });

  describe('加入词典 (dictionaryEdit)', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-words-')));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('creates .gongwenrc.json beside the document with the word', () => {
      const plan = dictionaryEdit(path.join(dir, 'a.txt'), '峻工镇', { workspaceFolders: [dir] });
      assert.ok(plan.ok);
      const changes = (plan.edit.documentChanges ?? []) as Array<{ kind?: string; edits?: Array<{ newText: string }> }>;
      assert.strictEqual(changes[0]!.kind, 'create');
      assert.deepStrictEqual(JSON.parse(changes[1]!.edits![0]!.newText), { words: ['峻工镇'] });
    });

    it('appends to an existing file\'s words, comments kept; a word already listed is refused, saying so', () => {
      fs.writeFileSync(path.join(dir, '.gongwenrc.json'), '{\n  // 本单位\n  "words": ["青山县"]\n}\n');
      const plan = dictionaryEdit(path.join(dir, 'a.txt'), '峻工镇', { workspaceFolders: [dir] });
      assert.ok(plan.ok);
      const edits = Object.values(plan.edit.changes ?? {})[0]!;
      assert.ok(edits.some((e) => e.newText.includes('"峻工镇"')), JSON.stringify(edits));
      const again = dictionaryEdit(path.join(dir, 'a.txt'), '青山县', { workspaceFolders: [dir] });
      assert.ok(!again.ok && /已在 .*词典中/.test(again.reason), JSON.stringify(again));
    });

    it('never outside the workspace folder', () => {
      const plan = dictionaryEdit('/etc/report.txt', '峻工镇', { workspaceFolders: [dir] });
      assert.ok(!plan.ok && /不在工作区文件夹中，不写入词典/.test(plan.reason), JSON.stringify(plan));
    });
  });
});
