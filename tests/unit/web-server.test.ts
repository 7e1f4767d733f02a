/**
 * The pieces the web worker server (server/src/browserServer.ts) has instead of Node's: the
 * portable segmenter given its dictionaries as texts cuts exactly as from the files, and the
 * synchronous SHA-256 standing in for Node's crypto (server/src/web/crypto.ts) gives Node's digests,
 * so 忽略此处 entries agree between the desktop and the web.
 */
import * as assert from 'assert';
import { createHash as nodeCreateHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { portableDictionaries, userDictionaryPaths } from '../../server/src/segmentation/dictionaries';
import { DictionaryUnavailableError } from '../../server/src/segmentation/jieba';
import { PortableSegmenter } from '../../server/src/segmentation/portable';
import { createHash } from '../../server/src/web/crypto';
import { FIXTURES } from '../support/paths';

describe('web worker server: what it has instead of Node', function () {
  this.timeout(60000);

  it('the portable segmenter cuts the same words from its dictionaries’ texts as from their files', () => {
    const files = portableDictionaries(userDictionaryPaths());
    const read = (f: string): string => fs.readFileSync(f, 'utf8');
    const fromFiles = new PortableSegmenter(files);
    const fromTexts = new PortableSegmenter({ mainText: read(files.main), hmmText: read(files.hmm), userTexts: files.user.map(read) });
    const texts = [
      fs.readFileSync(path.join(FIXTURES, 'segmentation', 'drift-portable.txt'), 'utf8'),
      ...fs.readdirSync(path.join(FIXTURES, 'faulty')).map((f) => fs.readFileSync(path.join(FIXTURES, 'faulty', f), 'utf8')),
      '稻虾共作示范基地2026年增长6.5%，GDP达到3.2万亿元。',
    ];
    for (const text of texts) {
      for (const line of text.split('\n')) assert.deepStrictEqual(fromTexts.cutStrings(line), fromFiles.cutStrings(line), line);
    }
    // The 公文 user dictionary is among the texts: its words stay whole.
    const gongwenWord = fs.readFileSync(files.user[files.user.length - 1]!, 'utf8').split('\n').map((l) => l.split(' ')[0]!).find((w) => [...w].length >= 4)!;
    assert.deepStrictEqual(fromTexts.cutStrings(gongwenWord), [gongwenWord]);
  });

  it('an empty dictionary text is refused as an empty file is', () => {
    assert.throws(() => new PortableSegmenter({ mainText: '', hmmText: 'x', userTexts: [] }).load(), (e: Error) => e instanceof DictionaryUnavailableError && /分词词典不可用.*为空：主词典/.test(e.message));
  });

  it('SHA-256 without Node’s crypto gives Node’s digests', () => {
    const samples = ['', 'a', '今年以来，各乡镇积极推进春耕备耕，工作做的很好。', '𠀀𪚥 surrogate pairs', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), '公'.repeat(1000)];
    for (let n = 0; n < 200; n++) samples.push(String.fromCodePoint(...Array.from({ length: n }, (_, i) => 0x20 + ((i * 7919 + n * 31) % 0x4e00))));
    for (const s of samples) {
      assert.strictEqual(createHash('sha256').update(s).digest('hex'), nodeCreateHash('sha256').update(s).digest('hex'), JSON.stringify(s.slice(0, 20)));
    }
  });
});
