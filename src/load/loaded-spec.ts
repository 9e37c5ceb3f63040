// What loading yields, apart from how it is loaded: validation works on it without the loader.
import { countKeys } from './json-locate.js';
import type { InputWarning } from './input-warning.js';
import type { ParsedFile } from './parse.js';

export type SpecVersion = '2.0' | '3.0' | '3.1' | '3.2';

/** An entry document and every local file it references, parsed once. */
export interface LoadedSpec {
  entry: string;
  version: SpecVersion;
  files: Map<string, ParsedFile>;
  /** Set when the validator rejects the document and it was loaded anyway (not `strict`). */
  warning?: InputWarning;
}

/** Every distinct `$ref` string in a value; no pointers, so it stays cheap on a 10 MB spec. */
export function collectRefStrings(value: unknown): Set<string> {
  const refs = new Set<string>();
  countKeys(value, refs);
  return refs;
}
