/**
 * The portable backend segments exactly as nodejieba does with the same dictionaries: the same word
 * boundaries on sentences that exercise each step of cppjieba's mixed segmentation (separators, the
 * dictionary route, HMM over single characters, ASCII letter and number rules, user words with and
 * without a frequency, a user word of one character, astral characters and a lone surrogate), and on
 * random strings. And the backend choice: forced by GONGWEN_SEGMENTER, never a way around a broken
 * dictionary.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { JiebaSegmenter } from '../../server/src/segmentation/jieba';
import { PortableSegmenter } from '../../server/src/segmentation/portable';
import { baseDictionaries, createSegmenter, portableDictionaries, userDictionaryPath } from '../../server/src/segmentation/dictionaries';

const SENTENCES = [
  '青山县稻虾共作面积达到6.5万亩，同比增长12.5%，PM2.5年均浓度下降到35微克/立方米。',
  '白河县2026年GDP增长6.5%以上;第1.条 第2.款 v1.2.3版本 x-y a_b c#d 100%完成',
  '县委县政府　召开\t专题会议 研究部署“一网通办”改革……——要求各乡镇（街道）于3月底前报送。',
  '请拨打12345热线反映问题，或登录ＡＢＣ网站；全角数字１２３和半角123混排。',
  '在𠮷镇😀投资**亿元，建设垸田示范区，推进垸内水系连通。',
  '韩玉鉴赏蓝翔区块链云计算青柠檬坊乡村文创园',
  '沿青山湖区建设滨湖步道',
  '\uFEFF开头有字节顺序标记，中间有孤立代理\uD800字符，结尾。',
  '的的的的的。。，，  ，',
  'ABCdef123abc456.789.0.1',
  '一',
  '',
];

/** A user dictionary written for the test: one character, no frequency, tag only, and an override. */
const USER_DICT = ['垸 500 n', '青柠檬坊', '青山湖', '乡村文创园 nz', '示范区 3 n', ''].join('\n');

/** A deterministic pseudo-random sequence (the test must not depend on luck). */
function* random(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield x / 2 ** 31;
  }
}

describe('segmenter (portable backend)', function () {
  this.timeout(60000);
  let dir: string;
  let nodejieba: JiebaSegmenter;
  let portable: PortableSegmenter;
  const ends = (s: { cut(t: string): Array<{ end: number }> }, text: string) => s.cut(text).map((t) => t.end);

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-portable-unit-'));
    const user = path.join(dir, 'test.dict.utf8');
    fs.writeFileSync(user, USER_DICT);
    const gongwen = userDictionaryPath();
    assert.ok(gongwen);
    nodejieba = new JiebaSegmenter([gongwen, user], baseDictionaries());
    portable = new PortableSegmenter(portableDictionaries([gongwen, user]));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives the same words as nodejieba on sentences exercising every step', () => {
    for (const s of SENTENCES) {
      assert.deepStrictEqual(ends(portable, s), ends(nodejieba, s), `${s}\nnodejieba: ${nodejieba.cut(s).map((t) => t.text).join('/')}\nportable:  ${portable.cut(s).map((t) => t.text).join('/')}`);
    }
    // The user dictionary is read as nodejieba reads it: the one-character word stays out of the HMM,
    // words without a frequency come out whole.
    assert.ok(portable.cut('建设垸田').some((t) => t.text === '垸'));
    assert.ok(portable.cut('青柠檬坊乡村文创园').some((t) => t.text === '青柠檬坊'));
    assert.ok(portable.cut('青山湖区').some((t) => t.text === '青山湖'), 'a word without a frequency weighs the median, not the least');
    assert.strictEqual(portable.cut('12.5%').map((t) => t.text).join('/'), '12.5/%');
  });

  it('gives the same word boundaries as nodejieba on 1500 random strings', () => {
    const pool = [...'青山白河县委政府关于推进稻虾共作乡村振兴示范带产业园数字经济文化旅游的通知意见报告一二三〇年月日第条款，。、；：“”《》（）　 \t…—0123456789.%-ABCxyz１２😀𠮷垸'];
    const next = random(20261206);
    let differing = 0;
    const examples: string[] = [];
    for (let n = 0; n < 1500; n++) {
      let s = '';
      const length = 1 + Math.floor(next.next().value * 30);
      for (let i = 0; i < length; i++) s += pool[Math.floor(next.next().value * pool.length)];
      if (JSON.stringify(ends(portable, s)) !== JSON.stringify(ends(nodejieba, s))) {
        differing++;
        if (examples.length < 3) examples.push(`${s}: ${nodejieba.cut(s).map((t) => t.text).join('/')} | ${portable.cut(s).map((t) => t.text).join('/')}`);
      }
    }
    assert.strictEqual(differing, 0, examples.join('\n'));
  });

  it('insertWord: the word comes out whole, as with nodejieba', () => {
    const text = '建设青山湖滨水绿廊示范段';
    portable.insertWord('滨水绿廊');
    nodejieba.insertWord('滨水绿廊');
    assert.ok(portable.cut(text).some((t) => t.text === '滨水绿廊'));
    assert.deepStrictEqual(ends(portable, text), ends(nodejieba, text));
  });

  it('refuses a missing, empty or malformed dictionary with a message in Chinese', () => {
    const empty = path.join(dir, 'empty.utf8');
    fs.writeFileSync(empty, '');
    const bad = path.join(dir, 'bad-main.utf8');
    fs.writeFileSync(bad, '青山 10\n');
    const files = portableDictionaries([]);
    assert.throws(() => new PortableSegmenter({ ...files, user: [empty] }).load(), /分词词典不可用.*为空/);
    assert.throws(() => new PortableSegmenter({ ...files, hmm: path.join(dir, 'none.utf8') }).load(), /分词词典不可用.*不存在/);
    assert.throws(() => new PortableSegmenter({ ...files, main: bad }).load(), /主词典格式错误/);
  });

  describe('choosing the backend', () => {
    const saved = process.env.GONGWEN_SEGMENTER;
    afterEach(() => {
      if (saved === undefined) delete process.env.GONGWEN_SEGMENTER;
      else process.env.GONGWEN_SEGMENTER = saved;
    });

    it('GONGWEN_SEGMENTER forces one; nodejieba by default where it loads', () => {
      delete process.env.GONGWEN_SEGMENTER;
      const auto = createSegmenter();
      auto.load();
      assert.strictEqual(auto.backend, 'nodejieba');
      process.env.GONGWEN_SEGMENTER = 'portable';
      const forced = createSegmenter();
      forced.load();
      assert.strictEqual(forced.backend, 'portable');
      assert.deepStrictEqual(forced.cut(SENTENCES[0]!), auto.cut(SENTENCES[0]!));
      process.env.GONGWEN_SEGMENTER = 'jieba-rs';
      assert.throws(() => createSegmenter().load(), /GONGWEN_SEGMENTER 只能是 nodejieba 或 portable/);
    });

    it('a broken dictionary is reported, not worked around by switching backend', () => {
      delete process.env.GONGWEN_SEGMENTER;
      const empty = path.join(dir, 'empty-user.utf8');
      fs.writeFileSync(empty, '');
      const s = createSegmenter([empty]);
      assert.throws(() => s.load(), /分词词典不可用.*为空/);
      assert.strictEqual(s.backend, undefined);
    });
  });
});
