/** The 公文 user dictionary shipped with Gongwen (dict/gongwen.dict.utf8), found from the bundle. */
import * as fs from 'fs';
import * as path from 'path';

/** Candidate locations: beside dist/ when bundled, or the repository root when run from out/. */
export function userDictionaryPaths(): string[] {
  const candidates = [path.join(__dirname, '..', 'dict', 'gongwen.dict.utf8'), path.join(__dirname, '..', '..', '..', 'dict', 'gongwen.dict.utf8')];
  const found = candidates.find((p) => fs.existsSync(p));
  return found ? [found] : [];
}
