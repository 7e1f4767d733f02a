/**
 * Segmentation for the CLI: nodejieba in this process (a CLI run is short and sequential), or the
 * portable backend where nodejieba cannot load (see SelectedSegmenter), loaded
 * on first need with the bundled 公文 user dictionary. Words are built line by line, exactly as
 * the language server builds them, so the CLI and the server report the same findings. Glossary
 * terms are not inserted into the dictionary: the glossary relation matches them as text, and a
 * term made one word hides its near variants (稻虾共作 / 稻虾共养); drift quality was measured this
 * way (the labelled set), and the server segments the same way.
 */
import type { Word } from '../core';
import { wordsFromLines } from '../core';
import { createSegmenter, type SelectedSegmenter } from '../segmentation/dictionaries';

export class CliWords {
  private segmenter: SelectedSegmenter | undefined;
  private failure: string | undefined;

  /** Words of the text, or undefined (with `failure` set) if segmentation is unavailable. */
  wordsFor(text: string): Word[] | undefined {
    if (this.failure) return undefined;
    try {
      if (!this.segmenter) {
        this.segmenter = createSegmenter();
        this.segmenter.load();
      }
      const segmenter = this.segmenter;
      return wordsFromLines(text, (line) => segmenter.cut(line).map((t) => t.text));
    } catch (e) {
      this.failure = (e as Error).message;
      return undefined;
    }
  }

  get error(): string | undefined {
    return this.failure;
  }
}
