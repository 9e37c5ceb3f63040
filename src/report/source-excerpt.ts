// Source lines around a location, for reports that quote them. Each text is split into lines once
// per report (a 13 MB description split again per finding took minutes), and a long line (minified
// JSON puts a whole description on one) is quoted only around the place, never whole.
import { lineStarts } from '../load/text-index.js';
import type { SourceLocation } from '../types.js';

/** Characters of a long line quoted around the place a location points at. */
export const EXCERPT_WIDTH = 200;
/** Of those, how many come before the place (the rest after it): the place, then what it says. */
const BEFORE = 60;

export interface ExcerptLine {
  /** 1-based line number. */
  n: number;
  text: string;
  /** The line the location points at. */
  hit: boolean;
  /** Text of the line left out before and after the quoted part. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Lines of the texts of one side, split on first use and kept for the rest of the report. */
export class SourceLines {
  private readonly starts = new Map<string, number[]>();

  constructor(private readonly texts: Record<string, string> | undefined) {}

  /**
   * The location's line with `context` lines before and after, each cut to `EXCERPT_WIDTH`
   * characters: around the location's column on its own line (its start when it has none), from
   * the same column on the other lines (still short lines are quoted whole).
   */
  excerpt(loc: SourceLocation, context: number): ExcerptLine[] | undefined {
    const text = this.texts?.[loc.file];
    if (text === undefined || !loc.line) return undefined;
    let starts = this.starts.get(loc.file);
    if (!starts) this.starts.set(loc.file, (starts = lineStarts(text)));
    if (loc.line > starts.length) return undefined;
    const from = Math.max(1, loc.line - context);
    const to = Math.min(starts.length, loc.line + context);
    const column = Math.max(0, (loc.column ?? 1) - 1);
    const lines: ExcerptLine[] = [];
    for (let n = from; n <= to; n++) {
      const start = starts[n - 1];
      let end = n < starts.length ? starts[n] - 1 : text.length;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      lines.push({ n, hit: n === loc.line, ...window(text, start, end, column) });
    }
    return lines;
  }
}

/** At most `EXCERPT_WIDTH` characters of `text[start, end)`, starting a little before `column`. */
function window(text: string, start: number, end: number, column: number): { text: string; cutBefore: boolean; cutAfter: boolean } {
  if (end - start <= EXCERPT_WIDTH) return { text: text.slice(start, end), cutBefore: false, cutAfter: false };
  let from = Math.min(start + Math.max(0, column - BEFORE), end - EXCERPT_WIDTH);
  // Never split a surrogate pair at either edge.
  if (isLowSurrogate(text.charCodeAt(from))) from++;
  let to = Math.min(end, from + EXCERPT_WIDTH);
  if (to < end && isLowSurrogate(text.charCodeAt(to))) to--;
  return { text: text.slice(from, to), cutBefore: from > start, cutAfter: to < end };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
