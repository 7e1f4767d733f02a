/**
 * Whether a path lies in a folder: the check every boundary of the workspace uses (the config
 * search, 加入术语表, the Word export). Paths are compared as given (callers resolve symbolic links
 * first where a link must not lead out); on Windows without regard to case.
 */
import * as path from 'path';

/** True when `file` is `folder` or lies inside it. */
export function isWithin(file: string, folder: string): boolean {
  const fold = (p: string): string => (process.platform === 'win32' ? p.toLowerCase() : p);
  const relative = path.relative(fold(folder), fold(file));
  return relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative));
}
