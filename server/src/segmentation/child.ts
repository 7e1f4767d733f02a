/**
 * The segmentation child process (dist/segmenter.js). nodejieba (or, where it cannot load, the
 * portable backend) loads its dictionaries here, not
 * in the language server: loading takes over a second and 240 MB, and a bad dictionary makes it
 * abort the whole process, which only a process boundary contains.
 */
import { createSegmenter } from './dictionaries';
import type { FromChild, ToChild } from './protocol';

const send = (message: FromChild): void => {
  process.send?.(message);
};

const userDictionaries = (process.env.GONGWEN_USER_DICTS ?? '').split('|').filter((p) => p.length > 0);
const segmenter = createSegmenter(userDictionaries);
const started = Date.now();
try {
  segmenter.load();
  send({ type: 'ready', loadMs: Date.now() - started, ...(segmenter.backend ? { backend: segmenter.backend } : {}) });
} catch (e) {
  send({ type: 'failed', message: (e as Error).message });
  process.exit(1);
}

process.on('message', (message: ToChild) => {
  if (message.type !== 'cut') return;
  send({ type: 'cut', id: message.id, words: message.lines.map((line) => segmenter.cut(line).map((t) => t.text)) });
});
process.on('disconnect', () => process.exit(0));
