// OpenAPI 3.2 `$self`: the URI a document gives itself, and the base its relative `$ref`s resolve
// against. Nothing is fetched. Each `$ref` of such a document is translated once, as the file is
// read, into the local file it names, written relative to the file holding it: every later stage
// (validation, the model, the diff) then reads it like any other `$ref`, and the same contract
// written with or without `$self` compares as the same.
//
// Where a URI lies on disk: a document read from `file` that calls itself `$self` stands for that
// URI, and the documents beside it on the same host lie beside it on disk as they do under the
// URI (`$self: https://example.com/api/openapi` read from `api/openapi.yaml`: `shared/foo` is
// `api/shared/foo`, or `api/shared/foo.yaml` as in the specification's own examples). A URI on
// another host is remote and refused like any remote `$ref`.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ParsedFile } from './parse.js';

/** Extensions tried, in order, for a URI written without one (`shared/foo`). */
const EXTENSIONS = ['.yaml', '.yml', '.json'];

/** The base a 3.2 document read from `file` declares with `$self`; undefined when it declares none (or an unusable one). */
export function selfBase(file: string, value: unknown): URL | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { openapi, $self } = value as { openapi?: unknown; $self?: unknown };
  if (typeof openapi !== 'string' || !openapi.startsWith('3.2') || typeof $self !== 'string') return undefined;
  try {
    // A relative `$self` is resolved against where the document was read (RFC 3986 section 5.1.3).
    const base = new URL($self, pathToFileURL(file));
    base.hash = '';
    return base;
  } catch {
    // Not a URI reference: the schema check says so; the `$ref`s resolve against the file.
    return undefined;
  }
}

export interface Rebasing {
  /** Documents known by their `$self` (without fragment) so far: a `$ref` to one of them leads to its file. */
  known: Map<string, string>;
  /** Whether a local file exists (and may be read): to find `shared/foo` written without its extension. */
  exists(file: string): Promise<boolean>;
}

/** What a `$ref` came to, or why it cannot be read locally. */
type Translation = { ref: string } | { missing: string; url: string } | undefined;

/**
 * Rewrites every `$ref` of `parsed` (and every discriminator mapping written as a URI) to the local
 * file its URI names under `base`. Remote URIs are left as written, for the loader to refuse.
 * `writtenRefs` keeps what the author wrote, for messages.
 */
export async function rebaseRefs(parsed: ParsedFile, base: URL, rebasing: Rebasing): Promise<{ ref: string; missing: string; url: string } | undefined> {
  const memo = new Map<string, Translation>();
  const written = new Map<string, string>();
  let problem: { ref: string; missing: string; url: string } | undefined;
  const translate = async (ref: string): Promise<string> => {
    if (!memo.has(ref)) memo.set(ref, await translation(ref, parsed.file, base, rebasing));
    const done = memo.get(ref);
    if (done === undefined) return ref;
    if ('missing' in done) {
      problem ??= { ref, ...done };
      return ref;
    }
    if (done.ref !== ref && !written.has(done.ref)) written.set(done.ref, ref);
    return done.ref;
  };
  const stack: unknown[] = [parsed.value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    const record = node as Record<string, unknown>;
    if (typeof record.$ref === 'string') record.$ref = await translate(record.$ref);
    const mapping = (record.discriminator as { mapping?: unknown } | undefined)?.mapping;
    if (mapping !== null && typeof mapping === 'object' && !Array.isArray(mapping)) {
      const entries = mapping as Record<string, unknown>;
      // A value without `#` or `/` is a component name, not a URI.
      for (const [key, value] of Object.entries(entries)) if (typeof value === 'string' && /[#/]/.test(value)) entries[key] = await translate(value);
    }
    for (const child of Object.values(record)) if (child !== null && typeof child === 'object') stack.push(child);
  }
  if (written.size > 0) {
    parsed.writtenRefs = written;
    if (parsed.refs) parsed.refs = new Set([...parsed.refs].map((ref) => (memo.get(ref) as { ref?: string } | undefined)?.ref ?? ref));
  }
  return problem;
}

async function translation(ref: string, file: string, base: URL, rebasing: Rebasing): Promise<Translation> {
  // A fragment alone names a place in this document, whatever its base.
  if (ref.startsWith('#')) return undefined;
  const hash = ref.indexOf('#');
  const fragment = hash === -1 ? '' : ref.slice(hash);
  let target: URL;
  try {
    target = new URL(ref, base);
  } catch {
    // Relative to a base that takes none (`$self: urn:...`): read against the file, as before 3.2.
    return ref.slice(0, hash === -1 ? undefined : hash) === base.href ? { ref: fragment || '#' } : undefined;
  }
  target.hash = '';
  if (target.href === base.href) return { ref: fragment || '#' };
  const known = rebasing.known.get(target.href);
  if (known !== undefined) return { ref: relativeRef(file, known, fragment) };
  if (target.protocol === 'file:') return { ref: relativeRef(file, fileURLToPath(target), fragment) };
  if (base.protocol === 'file:' || target.origin !== base.origin || target.origin === 'null') return undefined;
  const baseDir = base.pathname.slice(0, base.pathname.lastIndexOf('/') + 1);
  const local = path.resolve(path.dirname(file), path.posix.relative(decodePath(baseDir), decodePath(target.pathname)));
  if (path.extname(local) !== '') return { ref: relativeRef(file, local, fragment) };
  for (const candidate of [local, ...EXTENSIONS.map((extension) => local + extension)]) {
    if (await rebasing.exists(candidate)) return { ref: relativeRef(file, candidate, fragment) };
  }
  return { missing: path.relative(path.dirname(file), local), url: target.href };
}

/** `to#fragment` as a `$ref` written in `from`; `#fragment` within the same file. */
function relativeRef(from: string, to: string, fragment: string): string {
  if (to === from) return fragment || '#';
  const relative = path.relative(path.dirname(from), to).split(path.sep).join('/');
  return encodeURI(relative) + fragment;
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
