/** One real segmenter (nodejieba with the dictionaries Gongwen ships) for every test in the process that needs words. */
import * as assert from 'assert';
import { createSegmenter, type SelectedSegmenter, dictionaryCandidates, userDictionaryPath } from '../../server/src/segmentation/dictionaries';

let shared: SelectedSegmenter | undefined;

export function segmenter(): SelectedSegmenter {
  if (!shared) {
    const dict = userDictionaryPath();
    assert.ok(dict, `user dictionary not found in ${dictionaryCandidates(__dirname).join(', ')}`);
    shared = createSegmenter([dict]);
    shared.load();
  }
  return shared;
}
