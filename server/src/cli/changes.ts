/**
 * What `--fix` / `--fix-dry-run` changed, as lines for the terminal: a summary, then each changed
 * line before and after.
 */
import { shownPath } from './report';

export function describeChanges(file: string, before: string, after: string, fixes: number, written: boolean): string[] {
  const out = [`${shownPath(file)}: ${written ? '已修复' : '将修复'} ${fixes} 处问题。${written ? 'Fixed' : 'Would fix'} ${fixes} problem(s).`];
  const a = before.split(/\r\n|\r|\n/);
  const b = after.split(/\r\n|\r|\n/);
  if (a.length !== b.length) return out;
  a.forEach((line, i) => {
    if (line !== b[i]) out.push(`  ${i + 1}- ${line}`, `  ${i + 1}+ ${b[i] ?? ''}`);
  });
  return out;
}
