/**
 * Where the bundled 公文 user dictionary (dict/gongwen.dict.utf8) lives. The bundled CLI and server
 * live in dist/, one level below the package root; the unbundled build runs from
 * out/server/src/<dir>, four levels below it; tests compiled elsewhere run from the
 * repository root. The first existing candidate wins.
 */
import * as fs from 'fs';
import * as path from 'path';

export const USER_DICTIONARY_FILE = 'gongwen.dict.utf8';

/** Candidate locations for a module directory (exported for tests). */
export function dictionaryCandidates(dir: string): string[] {
  return [
    path.join(dir, '..', 'dict', USER_DICTIONARY_FILE), // dist/cli.js, dist/server.js
    path.join(dir, '..', '..', '..', '..', 'dict', USER_DICTIONARY_FILE), // out/server/src/cli, out/server/src/lsp
    path.join(process.cwd(), 'dict', USER_DICTIONARY_FILE), // tests compiled elsewhere, run from the repository
  ];
}

/**
 * The path of the user dictionary, or undefined when none is found. Pass it to JiebaSegmenter
 * (which still checks it before nodejieba sees it).
 */
export function userDictionaryPath(dir: string = __dirname): string | undefined {
  return dictionaryCandidates(dir).find((p) => {
    try {
      return fs.statSync(p).isFile();
    } catch {
      return false;
    }
  });
}

/**
 * The user dictionaries to load: GONGWEN_USER_DICTIONARY if set (a path; checked before nodejieba
 * sees it), else the bundled one, if found.
 */
export function userDictionaryPaths(): string[] {
  const override = process.env.GONGWEN_USER_DICTIONARY;
  if (override) return [override];
  const found = userDictionaryPath();
  return found ? [found] : [];
}
