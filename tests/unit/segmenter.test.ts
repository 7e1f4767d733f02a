import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkDictionary, JiebaSegmenter } from '../../server/src/segmentation/jieba';
import { tokensWithOffsets } from '../../server/src/core/segmenter/segmenter';

describe('segmenter (nodejieba)', function () {
  this.timeout(30000);
  const jieba = new JiebaSegmenter();

  it('keeps unknown compounds and numbers whole with HMM on', () => {
    const words = jieba.cut('稻虾共作面积达到6.5万亩').map((t) => t.text);
    assert.ok(words.includes('稻虾'), words.join('/'));
    assert.ok(words.includes('6.5'), words.join('/'));
  });

  it('gives UTF-16 offsets that cover the text exactly, with emoji, 𠮷, CRLF and a BOM', () => {
    const text = '\uFEFF在𠮷镇😀投资**亿元，\r\n建设GDP 2024年。';
    const tokens = jieba.cut(text);
    assert.strictEqual(tokens[0]?.start, 0);
    assert.strictEqual(tokens[tokens.length - 1]?.end, text.length);
    for (const t of tokens) assert.strictEqual(text.slice(t.start, t.end), t.text);
    for (let i = 1; i < tokens.length; i++) assert.strictEqual(tokens[i]?.start, tokens[i - 1]?.end);
  });

  it('insertWord makes a glossary term come out whole', () => {
    jieba.insertWord('文旅融合创新区');
    assert.ok(jieba.cut('建设文旅融合创新区').some((t) => t.text === '文旅融合创新区'));
  });

  it('refuses output that does not cover the input', () => {
    assert.throws(() => tokensWithOffsets('abc', ['a', 'b']), /covers 2 UTF-16 units of 3/);
  });

  it('checks dictionary paths before nodejieba sees them (a bad one aborts the process)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-dict-'));
    const empty = path.join(dir, 'empty.utf8');
    fs.writeFileSync(empty, '');
    assert.match(checkDictionary(path.join(dir, 'missing.utf8')) ?? '', /不存在/);
    assert.match(checkDictionary(empty) ?? '', /为空/);
    assert.match(checkDictionary(dir) ?? '', /不是文件/);
    assert.throws(() => new JiebaSegmenter([empty]).load(), /分词词典不可用/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
