/**
 * Node's `fs` for the web worker server, which esbuild substitutes for it (scripts/build-web.mjs).
 * Only the portable segmenter's file loading refers to it (segmentation/portable.ts, jieba.ts
 * checkDictionary), and the web server gives the segmenter its dictionaries as texts, so none of
 * these is called; if one were, it says why it cannot work.
 */
function unavailable(): never {
  throw new Error('网页版 VS Code 中没有文件系统');
}

export const readFileSync = unavailable;
export const statSync = unavailable;
