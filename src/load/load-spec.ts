import path from 'node:path';
import { InputError } from './input-error.js';
import { collectRefStrings, type LoadedSpec, type SpecVersion } from './loaded-spec.js';
import { parseSource, type ParsedFile } from './parse.js';
import { refLine, refTarget } from './refs.js';
import type { FileSource } from './source.js';
import { rebaseRefs, selfBase, type Rebasing } from './self-base.js';
import { refusalOf, validateSpec } from './validate.js';

export { collectRefStrings, type LoadedSpec, type SpecVersion } from './loaded-spec.js';
export { collectRefs, refLine, refTarget } from './refs.js';

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
  // Files read to look for a `$self` URI's local file (see self-base.ts), kept for when they are loaded.
  const probed = new Map<string, Promise<Uint8Array | undefined>>();
  const read = async (file: string): Promise<ParsedFile> => {
    const bytes = (await probed.get(file)) ?? (await source.read(file));
    probed.delete(file);
    const indexed = options.indexer?.takes(bytes) === true;
    const parsed = parseSource(file, bytes, { keysCheckedLater: indexed });
    if (indexed) options.indexer!.add(parsed, bytes);
    return parsed;
  };
  const root = await read(entry);
  files.set(entry, root);
  const version = specVersion(root);
  const rebasing: Rebasing = {
    known: new Map(),
    async exists(file) {
      if (files.has(file)) return true;
      if (!isInside(source.root, file)) return false;
      if (!probed.has(file)) probed.set(file, source.read(file).catch(() => undefined));
      return (await probed.get(file)) !== undefined;
    },
  };

  const queue: ParsedFile[] = [root];
  while (queue.length > 0) {
    const parsed = queue.shift()!;
    const base = version === '3.2' ? selfBase(parsed.file, parsed.value) : undefined;
    if (base) {
      rebasing.known.set(base.href, parsed.file);
      const missing = await rebaseRefs(parsed, base, rebasing);
      if (missing) {
        throw new InputError(
          `$ref "${missing.ref}" resolves against $self to ${missing.url}, which has no local file (${missing.missing}, or with .yaml, .yml or .json): apicompat never fetches over the network`,
          parsed.file,
          refLine(parsed, missing.ref),
        );
      }
    }
    for (const ref of parsed.refs ?? collectRefStrings(parsed.value)) {
      const target = refTarget(ref, parsed.file);
      if (target === undefined) continue;
      if (files.has(target)) continue;
      const written = parsed.writtenRefs?.get(ref) ?? ref;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        throw new InputError(`remote $ref "${written}" refused: apicompat never fetches over the network`, parsed.file, refLine(parsed, ref));
      }
      if (!isInside(source.root, target)) {
        const why = source.leaveHint ? ` (${source.leaveHint})` : '';
        throw new InputError(`$ref "${written}" leaves the root folder ${source.root}${why}`, parsed.file, refLine(parsed, ref));
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

function specVersion(parsed: ParsedFile): SpecVersion {
  const value = parsed.value as Record<string, unknown> | null;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError('not an OpenAPI document: expected an object at the top level', parsed.file, 1);
  }
  const line = (key: string) => parsed.lines([`/${key}`]).get(`/${key}`);
  if (typeof value.openapi === 'string') {
    if (value.openapi.startsWith('3.0')) return '3.0';
    if (value.openapi.startsWith('3.1')) return '3.1';
    if (value.openapi.startsWith('3.2')) return '3.2';
    throw new InputError(`unsupported OpenAPI version "${value.openapi}" (3.0.x, 3.1.x and 3.2.x are)`, parsed.file, line('openapi'));
  }
  if (value.swagger !== undefined) {
    if (String(value.swagger) === '2.0') return '2.0';
    throw new InputError(`unsupported Swagger version "${String(value.swagger)}" (2.0 is)`, parsed.file, line('swagger'));
  }
  throw new InputError('not an OpenAPI document: no "openapi" or "swagger" field', parsed.file, 1);
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
