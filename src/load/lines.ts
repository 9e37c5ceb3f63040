import { lineStarts } from './text-index.js';

/** A place in a text: 1-based line, and 1-based column where the line is too long to find it by eye. */
export interface TextPosition {
  line: number;
  column?: number;
}

/** Lines longer than this (minified JSON) get a column: "line 1" alone says nothing there. */
export const LONG_LINE = 200;

/** Offsets of line starts, computed once per text and only when a line is asked for. */
export class LineIndex {
  private starts: ArrayLike<number> | undefined;

  constructor(private readonly text: string) {}

  /** Line starts computed elsewhere (see text-index.ts). */
  useStarts(starts: ArrayLike<number>): void {
    this.starts = starts;
  }

  /** The line of a 0-based character offset, with its column when the line is long. */
  positionAt(offset: number): TextPosition {
    const line = this.lineAt(offset);
    const starts = this.starts!;
    const start = starts[line - 1];
    const end = line < starts.length ? starts[line] : this.text.length;
    return end - start > LONG_LINE ? { line, column: offset - start + 1 } : { line };
  }

  /** 1-based line of a 0-based character offset. */
  lineAt(offset: number): number {
    const starts = (this.starts ??= lineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
