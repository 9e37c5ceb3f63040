// A structural index of a JSON text: where each container ends and where each line starts. Built
// on a worker thread for large documents while this thread validates, so that finding the lines
// of a few thousand findings needs no pass over the text here.

/** `ends[i]` is the index just past the container whose opening bracket is at `opens[i]` (ascending). */
export interface TextIndex {
  opens: Int32Array;
  ends: Int32Array;
  lineStarts: Int32Array;
  /** Member keys written in the text (colons outside strings); more than the parsed value has means a repeated key. */
  keys: number;
}

/** Everything up to and including the next bracket outside a string, in one native match. */
export const TO_NEXT_BRACKET = /(?:[^"{}[\]]+|"(?:[^"\\]+|\\.)*")*[{}[\]]/y;
/** The same, stopping at colons outside strings too. */
const TO_NEXT_BRACKET_OR_COLON = /(?:[^"{}[\]:]+|"(?:[^"\\]+|\\.)*")*[{}[\]:]/y;

/** Indexes a text that parsed as JSON. */
export function indexJsonText(text: string): TextIndex {
  const opens: number[] = [];
  const ends: number[] = [];
  const stack: number[] = [];
  let keys = 0;
  const next = TO_NEXT_BRACKET_OR_COLON;
  next.lastIndex = 0;
  while (next.test(text)) {
    const at = next.lastIndex - 1;
    const c = text.charCodeAt(at);
    if (c === 58) {
      keys++;
    } else if (c === 123 || c === 91) {
      stack.push(opens.length);
      opens.push(at);
      ends.push(text.length);
    } else if (stack.length > 0) {
      ends[stack.pop()!] = at + 1;
    }
  }
  return { opens: Int32Array.from(opens), ends: Int32Array.from(ends), lineStarts: Int32Array.from(lineStarts(text)), keys };
}

/** Index just past the container opening at `at`, if the index has it. */
export function containerEnd(index: TextIndex, at: number): number | undefined {
  const { opens, ends } = index;
  let lo = 0;
  let hi = opens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const open = opens[mid];
    if (open === at) return ends[mid];
    if (open < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}
