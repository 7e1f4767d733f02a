/** Messages between the language server and its segmentation child process. */

export type ToChild = { type: 'cut'; id: number; lines: string[] };

export type FromChild =
  | { type: 'ready'; loadMs: number; backend?: string }
  | { type: 'failed'; message: string }
  | { type: 'cut'; id: number; words: string[][] };
