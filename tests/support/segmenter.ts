/** One real segmenter (nodejieba with the dictionaries Gongwen ships) for every test in the process that needs words. */
import * as assert from 'assert';
import type { JiebaSegmenter } from '../../server/src/segmentation/jieba';
import { createSegmenter, dictionaryCandidates, userDictionaryPath } from '../../server/src/segmentation/dictionaries';

let shared: JiebaSegmenter | undefined;

export function segmenter(): JiebaSegmenter {
  if (!shared) {
    const dict = userDictionaryPath();
    assert.ok(dict, `user dictionary not found in ${dictionaryCandidates(__dirname).join(', ')}`);
    shared = createSegmenter([dict]);
    shared.load();
  }
  return shared;
}
