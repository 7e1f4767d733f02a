/**
 * The one place where UTF-16 offsets become line/character positions and back.
 *
 * Lines end at \n, \r\n or \r, as in LSP. Characters are UTF-16 code units, as in LSP and
 * JavaScript strings, so a character outside the BMP (😀, 𠮷) counts as two. A BOM, if the
 * text still has one, is an ordinary character at offset 0.
 */

import type { Position, PositionRange } from './types';

// Declared with the core's vocabulary (types.ts, which the protocol may import), exported here too.
export type { Position, PositionRange } from './types';

export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        starts.push(i + 1);
      } else if (c === 0x0a) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - (this.lineStarts[low] as number) };
  }

  rangeAt(start: number, end: number): PositionRange {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const lineStart = this.lineStarts[position.line] as number;
    let lineEnd = this.lineStarts[position.line + 1] ?? this.text.length;
    // A character past the end of the line means the end of the line, before its terminator.
    if (lineEnd > lineStart && this.text.charCodeAt(lineEnd - 1) === 0x0a) lineEnd--;
    if (lineEnd > lineStart && this.text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
    return lineStart + Math.max(0, Math.min(position.character, lineEnd - lineStart));
  }
}
