import path from 'node:path';
import { InputError } from './input-error.js';
import type { InputWarning } from './input-warning.js';
import { countKeys } from './json-locate.js';
import { parseSource, type ParsedFile } from './parse.js';
import { joinPointer } from './pointer.js';
import type { FileSource } from './source.js';
import { refusalOf, validateSpec } from './validate.js';

export type SpecVersion = '2.0' | '3.0' | '3.1';

/** An entry document and every local file it references, parsed once. */
export interface LoadedSpec {
  entry: string;
  version: SpecVersion;
  files: Map<string, ParsedFile>;
  /** Set when the validator rejects the document and it was loaded anyway (not `strict`). */
  warning?: InputWarning;
}

export interface LoadOptions {
  /** Run swagger-parser's validation (default true). */
  validate?: boolean;
  /**
   * Refuse a document the OpenAPI schema rejects (exit 2). By default it is loaded, with the
   * validator's complaint in `warning`, as long as it can be read.
   */
  strict?: boolean;
  /**
   * The other side of the comparison, loading meanwhile: once it is loaded and valid, the parts
   * both write the same are not validated twice. Its refusal is its own; this spec then validates whole.
   */
  counterpart?: Promise<LoadedSpec>;
  /** Builds line indexes of large JSON files elsewhere; each file it takes checks its keys only once that is done. */
  indexer?: FileIndexer;
}

export interface FileIndexer {
  /** Whether it will index a file of these bytes (if JSON). */
  takes(bytes: Uint8Array): boolean;
  /** Hands it a file it takes, as soon as it is parsed, with the bytes, which the loader no longer needs. */
  add(parsed: ParsedFile, bytes: Uint8Array): void;
}

export async function loadSpec(entry: string, source: FileSource, options: LoadOptions = {}): Promise<LoadedSpec> {
  // Handled at once: the counterpart's refusal is reported by whoever loads it, not here.
  const counterpart = options.counterpart?.catch(() => undefined);
  const files = new Map<string, ParsedFile>();
  const read = async (file: string): Promise<ParsedFile> => {
    const bytes = await source.read(file);
    const indexed = options.indexer?.takes(bytes) === true;
    const parsed = parseSource(file, bytes, { keysCheckedLater: indexed });
    if (indexed) options.indexer!.add(parsed, bytes);
    return parsed;
  };
  const root = await read(entry);
  files.set(entry, root);
  const version = specVersion(root);

  const queue: ParsedFile[] = [root];
  while (queue.length > 0) {
    const parsed = queue.shift()!;
    for (const ref of parsed.refs ?? collectRefStrings(parsed.value)) {
      const target = refTarget(ref, parsed.file);
      if (target === undefined) continue;
      if (files.has(target)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        throw new InputError(`remote $ref "${ref}" refused: apicompat never fetches over the network`, parsed.file, refLine(parsed, ref));
      }
      if (!isInside(source.root, target)) {
        throw new InputError(`$ref "${ref}" leaves the root folder ${source.root}`, parsed.file, refLine(parsed, ref));
      }
      const child = await read(target);
      files.set(target, child);
      queue.push(child);
    }
  }

  const loaded: LoadedSpec = { entry, version, files };
  if (options.validate !== false) {
    const warning = await validateSpec(loaded, await counterpart);
    if (warning && options.strict === true) throw refusalOf(warning);
    if (warning) loaded.warning = warning;
  }
  return loaded;
}

/** The line of the first `$ref` to `ref` in a file: pointers are built only for a refusal. */
export function refLine(parsed: ParsedFile, ref: string): number | undefined {
  const site = collectRefs(parsed.value).find((r) => r.ref === ref);
  if (!site) return undefined;
  // Point at the `$ref` itself, not at the key of the object holding it.
  const at = joinPointer(site.pointer, '$ref');
  return parsed.lines([at]).get(at);
}

/** Every distinct `$ref` string in a value; no pointers, so it stays cheap on a 10 MB spec. */
export function collectRefStrings(value: unknown): Set<string> {
  const refs = new Set<string>();
  countKeys(value, refs);
  return refs;
}

function specVersion(parsed: ParsedFile): SpecVersion {
  const value = parsed.value as Record<string, unknown> | null;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError('not an OpenAPI document: expected an object at the top level', parsed.file, 1);
  }
  const line = (key: string) => parsed.lines([`/${key}`]).get(`/${key}`);
  if (typeof value.openapi === 'string') {
    if (value.openapi.startsWith('3.0')) return '3.0';
    if (value.openapi.startsWith('3.1')) return '3.1';
    throw new InputError(`unsupported OpenAPI version "${value.openapi}" (3.0.x and 3.1.x are)`, parsed.file, line('openapi'));
  }
  if (value.swagger !== undefined) {
    if (String(value.swagger) === '2.0') return '2.0';
    throw new InputError(`unsupported Swagger version "${String(value.swagger)}" (2.0 is)`, parsed.file, line('swagger'));
  }
  throw new InputError('not an OpenAPI document: no "openapi" or "swagger" field', parsed.file, 1);
}

/** Every `$ref` string in a value, with the pointer of the object holding it. */
export function collectRefs(value: unknown): { ref: string; pointer: string }[] {
  const out: { ref: string; pointer: string }[] = [];
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [node, pointer] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], `${pointer}/${i}`]);
      continue;
    }
    const record = node as Record<string, unknown>;
    if (typeof record.$ref === 'string') out.push({ ref: record.$ref, pointer });
    for (const key of Object.keys(record)) {
      const child = record[key];
      if (child !== null && typeof child === 'object') stack.push([child, joinPointer(pointer, key)]);
    }
  }
  return out;
}

/** The file a `$ref` points into (absolute), undefined for a local `#...` ref. URLs come back as they are. */
export function refTarget(ref: string, fromFile: string): string | undefined {
  const hash = ref.indexOf('#');
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  if (filePart === '') return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(filePart) && !/^[a-z]:[\\/]/i.test(filePart)) {
    if (filePart.startsWith('file:')) return path.resolve(new URL(filePart).pathname);
    return filePart;
  }
  return path.resolve(path.dirname(fromFile), decodeURI(filePart));
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
