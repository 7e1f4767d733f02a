import * as assert from 'assert';
import { CachedWords } from '../../server/src/segmentation/cachedWords';

/** A source of words that cuts each line into characters at once, and counts the cache's lookups. */
class Characters extends CachedWords {
  lookups = 0;

  constructor() {
    super();
    this.state = 'ready';
    const has = this.cache.has.bind(this.cache);
    this.cache.has = (line: string): boolean => {
      this.lookups++;
      return has(line);
    };
  }

  override async ensure(text: string): Promise<boolean> {
    for (const line of this.linesToCut(text)) this.cache.set(line, [...line]);
    return true;
  }

  forgetAll(): void {
    this.cache.clear();
  }
}

const DRAFT = Array.from({ length: 400 }, (_, i) => `第${i}行：要加强组织领导，压实工作责任。`).join('\n');

describe('segmentation cache: which lines have words', () => {
  it('looks up only the lines an edit changed once a text had all its words', async () => {
    const words = new Characters();
    assert.strictEqual(words.hasWords(DRAFT), false);
    await words.ensure(DRAFT);
    assert.strictEqual(words.hasWords(DRAFT), true);
    const typed = DRAFT.replace('第200行：要', '第200行：要好');
    words.lookups = 0;
    assert.strictEqual(words.hasWords(typed), false);
    assert.ok(words.lookups <= 2, `${words.lookups} lookups`);
    await words.ensure(typed);
    assert.strictEqual(words.hasWords(typed), true);
    assert.deepStrictEqual(words.lineWords.wordsOfLine('第200行：要好加强组织领导，压实工作责任。')?.slice(0, 3), ['第', '2', '0']);
    // A line break added and one taken out: the lines around them are looked up, the rest are not.
    const split = typed.replace('第300行：', '第300行：\n');
    words.lookups = 0;
    await words.ensure(split);
    assert.strictEqual(words.hasWords(split), true);
    assert.ok(words.lookups <= 6, `${words.lookups} lookups`);
  });

  it('looks up every line again once the cache dropped any', async () => {
    const words = new Characters();
    await words.ensure(DRAFT);
    assert.strictEqual(words.hasWords(DRAFT), true);
    words.forgetAll();
    const typed = DRAFT.replace('第5行：要', '第5行：要好');
    assert.strictEqual(words.hasWords(DRAFT), false);
    await words.ensure(typed);
    assert.strictEqual(words.hasWords(typed), true);
    assert.strictEqual(words.hasWords(DRAFT), false, 'the unedited line 5 was never cut again');
  });
});
