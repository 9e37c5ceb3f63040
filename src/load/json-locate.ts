import { splitPointer } from './pointer.js';
import { containerEnd, TO_NEXT_BRACKET, type TextIndex } from './text-index.js';

// Finds the source offsets of a few JSON pointers in one pass over the text, descending only
// into the subtrees that lead to a requested pointer and skipping the rest. This keeps position
// tracking off the hot path: JSON.parse builds the value, this runs only for findings.

interface Trie {
  children: Map<string, Trie>;
  pointer?: string;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COLON = 58;
const COMMA = 44;

/**
 * Offset of each pointer's member key (or array element) in `text`. A pointer that does not
 * exist is located at its nearest existing ancestor.
 */
export function locateJsonPointers(text: string, pointers: Iterable<string>, index?: TextIndex): Map<string, number> {
  const root: Trie = { children: new Map() };
  for (const pointer of pointers) {
    let node = root;
    for (const segment of splitPointer(pointer)) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = { children: new Map() }));
      node = child;
    }
    node.pointer = pointer;
  }
  const found = new Map<string, number>();
  const start = skipWhitespace(text, 0);
  new Visitor(text, found, index).visit(start, root, start);
  return found;
}

class Visitor {
  constructor(
    private readonly text: string,
    private readonly found: Map<string, number>,
    private readonly index: TextIndex | undefined,
  ) {}

  /** Records `at` for every pointer in `trie` not found deeper, descending as far as the text goes. */
  visit(pos: number, trie: Trie, at: number): void {
    const { text, found } = this;
    if (trie.pointer !== undefined) found.set(trie.pointer, at);
    if (trie.children.size === 0) return;
    const code = text.charCodeAt(pos);
    const pending = new Map(trie.children);
    if (code === OPEN_BRACE) {
      let i = skipWhitespace(text, pos + 1);
      while (pending.size > 0 && text.charCodeAt(i) === QUOTE) {
        const keyStart = i;
        const keyEnd = skipString(text, i);
        const key = JSON.parse(text.slice(keyStart, keyEnd)) as string;
        i = skipWhitespace(text, keyEnd);
        if (text.charCodeAt(i) === COLON) i = skipWhitespace(text, i + 1);
        const child = pending.get(key);
        if (child) {
          pending.delete(key);
          this.visit(i, child, keyStart);
        }
        i = skipWhitespace(text, this.skipValue(i));
        if (text.charCodeAt(i) === COMMA) i = skipWhitespace(text, i + 1);
      }
    } else if (code === OPEN_BRACKET) {
      let i = skipWhitespace(text, pos + 1);
      let index = 0;
      while (pending.size > 0 && i < text.length && text.charCodeAt(i) !== CLOSE_BRACKET) {
        const child = pending.get(String(index));
        if (child) {
          pending.delete(String(index));
          this.visit(i, child, i);
        }
        i = skipWhitespace(text, this.skipValue(i));
        if (text.charCodeAt(i) === COMMA) i = skipWhitespace(text, i + 1);
        index++;
      }
    }
    for (const child of pending.values()) markMissing(child, at, found);
  }

  private skipValue(i: number): number {
    const c = this.text.charCodeAt(i);
    if (this.index && (c === OPEN_BRACE || c === OPEN_BRACKET)) {
      const end = containerEnd(this.index, i);
      if (end !== undefined) return end;
    }
    return skipValue(this.text, i);
  }
}

function markMissing(trie: Trie, at: number, found: Map<string, number>): void {
  if (trie.pointer !== undefined) found.set(trie.pointer, at);
  for (const child of trie.children.values()) markMissing(child, at, found);
}

function skipWhitespace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}

/** Index just past the string starting at `i` (which holds the opening quote). */
function skipString(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q === -1) return text.length;
    let backslashes = 0;
    for (let k = q - 1; text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    j = q + 1;
  }
}


/** Index just past the value starting at `i`. Containers are skipped by depth, strings whole. */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === QUOTE) return skipString(text, i);
  if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
    let j = i;
    for (;;) {
      const d = text.charCodeAt(j);
      if (j >= text.length || d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET) return j;
      j++;
    }
  }
  // The regex jumps over whitespace, strings and literals natively, from bracket to bracket. The
  // text parsed as JSON, so a closing bracket always follows and the regex never backtracks far.
  let depth = 1;
  TO_NEXT_BRACKET.lastIndex = i + 1;
  while (TO_NEXT_BRACKET.test(text)) {
    const d = text.charCodeAt(TO_NEXT_BRACKET.lastIndex - 1);
    if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
    else if (--depth === 0) return TO_NEXT_BRACKET.lastIndex;
  }
  return text.length;
}

/**
 * Whether the JSON text may have an object with a repeated key (JSON.parse keeps the last one
 * silently). Cheap: the text's member keys are its colons outside strings, so with `colons` the
 * colons of the whole text, a text without repeats satisfies colons = keys + colons inside keys and
 * string values, all counted on the parsed value. A repeat adds a key (and maybe strings) to the
 * text that the value lacks, so the sides differ. Only an escaped colon (`\u003a`) could hide
 * one: such texts count keys token by token instead. With `refs`, the walk also collects every
 * `$ref` string on the way, which spares the loader a second walk.
 */
export function mayRepeatKeys(text: string, value: unknown, refs?: Set<string>): boolean {
  const escapedColon = /\\u003a/i.test(text);
  let balance = countColons(text) - (typeof value === 'string' ? countColons(value) : 0);
  const stack: unknown[] = value !== null && typeof value === 'object' ? [value] : [];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) {
        if (typeof item === 'string') balance -= countColons(item);
        else if (item !== null && typeof item === 'object') stack.push(item);
      }
      continue;
    }
    for (const key in node as Record<string, unknown>) {
      balance -= 1 + countColons(key);
      const item = (node as Record<string, unknown>)[key];
      if (typeof item === 'string') {
        balance -= countColons(item);
        if (refs && key === '$ref') refs.add(item);
      } else if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return escapedColon ? countJsonKeys(text) !== countKeys(value) : balance !== 0;
}

function countColons(text: string): number {
  let count = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) count++;
  return count;
}

/** Member keys in a JSON text, token by token. */
export function countJsonKeys(text: string): number {
  let count = 0;
  const re = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) if (m[1] !== undefined) count++;
  return count;
}

/** Member keys in a parsed value, collecting `$ref` strings on the way (the loader follows them). */
export function countKeys(value: unknown, refs?: Set<string>): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    for (const key in node as Record<string, unknown>) {
      count++;
      const item = (node as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push(item);
      else if (refs && key === '$ref' && typeof item === 'string') refs.add(item);
    }
  }
  return count;
}

/** The first repeated key in a JSON text: its offset and name. Runs only once a duplicate is known. */
export function findDuplicateJsonKey(text: string): { offset: number; key: string } | undefined {
  const stack: Set<string>[] = [];
  const re = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?|[{}[\]]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const token = m[0];
    if (token === '{') stack.push(new Set());
    else if (token === '[') stack.push(new Set());
    else if (token === '}' || token === ']') stack.pop();
    else if (m[1] !== undefined) {
      const keys = stack[stack.length - 1];
      const key = JSON.parse(token.slice(0, token.length - m[1].length)) as string;
      if (keys.has(key)) return { offset: m.index, key };
      keys.add(key);
    }
  }
  return undefined;
}
