/**
 * The per-document cap on published findings (`maxProblems`, as cspell's maxNumberOfProblems).
 * Beyond it the editor gets the most serious findings (errors, then warnings, then information,
 * then hints; in text order within a severity, as VS Code orders its own cap) and one note at the
 * top of the document saying how many were left out and how to see them. Only publication is
 * capped: the analysis, hovers, fix-all, the status bar's counts, the 送审前检查 request
 * (gongwen/check) and the CLI all see every finding.
 */
import type { Finding, Severity } from '../core';

/** The rule id of the note (not a rule of the registry: nothing to turn off or fix). */
export const MAX_PROBLEMS_CODE = 'limits.max-problems';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export interface Capped {
  /** The findings to publish, in text order. */
  shown: Finding[];
  /** How many were left out (0: nothing was). */
  hidden: number;
}

/** At most `max` findings: the most serious first, then the earliest. Linear: no sort of the thousands left out. */
export function capFindings(findings: readonly Finding[], max: number): Capped {
  if (findings.length <= max) return { shown: findings as Finding[], hidden: 0 };
  // Findings come in text order: count each severity, find the least serious one that still fits
  // (and how many of it), then keep, in text order, everything more serious and that many of it.
  const counts = [0, 0, 0, 0];
  for (const f of findings) counts[ORDER[f.severity]]!++;
  let last = 0;
  let room = max;
  while (last < 3 && counts[last]! < room) room -= counts[last++]!;
  const shown: Finding[] = [];
  for (const f of findings) {
    const order = ORDER[f.severity];
    if (order < last) shown.push(f);
    else if (order === last && room > 0) {
      shown.push(f);
      room--;
    }
  }
  return { shown, hidden: findings.length - max };
}

/** The note's text: how many are shown and hidden, where to see all of them, how to raise the cap. */
export function maxProblemsMessage(total: number, shown: number): string {
  return (
    `本文档共有 ${total} 处问题，编辑器中只显示其中 ${shown} 处（按错误、警告、提示的顺序，同级按位置先后），另有 ${total - shown} 处未显示。` +
    `命令“公文: 送审前检查”和命令行 gongwen check 统计全部问题，gongwen lint 逐条列出全部问题。` +
    `显示上限可在设置 gongwen.maxProblems 中调大（其他编辑器为 maxProblems 设置，.gongwenrc.json 中为 "maxProblems"）。`
  );
}
