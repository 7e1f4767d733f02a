/**
 * Table-test notation: expected findings are written inline with ⟦ and ⟧ around the text they
 * must cover, e.g. `总投资⟦**⟧亿元`. `unmark` returns the plain text and the expected offsets.
 */
export interface MarkedText {
  text: string;
  ranges: Array<{ start: number; end: number }>;
}

export function unmark(marked: string): MarkedText {
  let text = '';
  const ranges: MarkedText['ranges'] = [];
  let open = -1;
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i] as string;
    if (c === '⟦') open = text.length;
    else if (c === '⟧') {
      ranges.push({ start: open, end: text.length });
      open = -1;
    } else text += c;
  }
  return { text, ranges };
}
