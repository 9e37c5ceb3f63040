import { lineStarts } from './text-index.js';

/** Offsets of line starts, computed once per text and only when a line is asked for. */
export class LineIndex {
  private starts: ArrayLike<number> | undefined;

  constructor(private readonly text: string) {}

  /** Line starts computed elsewhere (see text-index.ts). */
  useStarts(starts: ArrayLike<number>): void {
    this.starts = starts;
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
