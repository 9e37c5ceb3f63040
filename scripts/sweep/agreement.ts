// Single-operation agreement: the full diff's findings for an operation are those of the diff of the
// two documents cut down to that operation (every component kept). A finding must not depend on what
// else the documents hold, nor on the order in which operations are compared.
import { compareSpecs, type Finding } from '../../src/index.js';
import type { LoadedSpec } from '../../src/load/load-spec.js';
import { serverPath } from '../../src/diff/diff-api.js';
import { methodLabel, pathKey } from '../../src/model/normalize.js';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query']);

export interface AgreementOptions {
  today: string;
  /** Check at most this many operations, a sample chosen by `seed`; every operation when absent. */
  sample?: number;
  seed?: number;
  /** The findings of two documents (default: the whole comparison). */
  diff?: (base: LoadedSpec, revision: LoadedSpec) => Finding[];
}

export interface Mismatch {
  operation: string;
  /** In the single-operation diff, not in the full diff. */
  missing: string[];
  /** In the full diff, not in the single-operation diff. */
  extra: string[];
}

export interface AgreementResult {
  operations: number;
  checked: number;
  mismatches: Mismatch[];
}

type Obj = Record<string, unknown>;

/** Compares the full diff with one single-operation diff per (sampled) operation. */
export function checkAgreement(base: LoadedSpec, revision: LoadedSpec, options: AgreementOptions): AgreementResult {
  const diff = options.diff ?? ((b: LoadedSpec, r: LoadedSpec) => compareSpecs(b, r, { today: options.today, cwd: '/' }).changes);
  const full = diff(base, revision);
  const operations = operationKeys([base, revision]);
  const chosen = options.sample === undefined ? operations : sample(operations, options.sample, options.seed ?? 0);
  const mismatches: Mismatch[] = [];
  for (const key of chosen) {
    const labels = labelsOf(key, [base, revision]);
    const own = (f: Finding) => f.operation !== undefined && belongs(`${f.operation.method} ${f.operation.path}`, labels);
    const expected = full.filter(own).map(signature);
    const alone = diff(cutTo(base, key, revision), cutTo(revision, key, base)).filter(own).map(signature);
    const missing = difference(alone, expected);
    const extra = difference(expected, alone);
    if (missing.length > 0 || extra.length > 0) mismatches.push({ operation: key, missing, extra });
  }
  return { operations: operations.length, checked: chosen.length, mismatches };
}

/** What a user sees of a finding, with places as pointers (line numbers shift in a cut document). */
function signature(f: Finding): string {
  return `${f.class} ${f.ruleId} ${f.base?.pointer ?? '-'} -> ${f.revision?.pointer ?? '-'}: ${f.message}`;
}

function difference(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const s of b) left.set(s, (left.get(s) ?? 0) + 1);
  const out: string[] = [];
  for (const s of a) {
    const n = left.get(s) ?? 0;
    if (n > 0) left.set(s, n - 1);
    else out.push(s);
  }
  return out;
}

function belongs(label: string, labels: Set<string>): boolean {
  if (labels.has(label)) return true;
  const callback = label.indexOf(' (callback ');
  return callback !== -1 && labels.has(label.slice(0, callback));
}

function rootOf(spec: LoadedSpec): Obj {
  return spec.files.get(spec.entry)!.value as Obj;
}

function pathsOf(spec: LoadedSpec): Obj {
  const paths = rootOf(spec).paths;
  return paths !== null && typeof paths === 'object' ? (paths as Obj) : {};
}

/** `GET /users/{}`: how the diff pairs operations across the two documents. */
function operationKeys(specs: LoadedSpec[]): string[] {
  const keys = new Set<string>();
  for (const spec of specs) {
    for (const [path, item] of Object.entries(pathsOf(spec))) {
      if (item === null || typeof item !== 'object') continue;
      for (const method of [...Object.keys(item).filter((k) => METHODS.has(k)), ...Object.keys(additionalOf(item))]) keys.add(`${methodLabel(method)} ${pathKey(path)}`);
    }
  }
  return [...keys].sort();
}

/** The `METHOD path` texts findings of operation `key` carry (the path as either document writes it). */
function labelsOf(key: string, specs: LoadedSpec[]): Set<string> {
  const [method, template] = splitKey(key);
  const labels = new Set<string>();
  for (const spec of specs) for (const path of Object.keys(pathsOf(spec))) if (pathKey(path) === template) labels.add(`${method} ${path}`);
  return labels;
}

/** The one base path of a document's servers (`''` for the root), as the diff reads it. */
function basePathOf(spec: LoadedSpec): string | undefined {
  const root = rootOf(spec);
  const urls = typeof root.swagger === 'string' ? [typeof root.basePath === 'string' ? root.basePath : '/'] : Array.isArray(root.servers) ? root.servers.map((s) => String((s as Obj)?.url ?? '')) : [];
  const paths = new Set(urls.map(serverPath));
  if (paths.size !== 1) return undefined;
  const [path] = paths;
  return path === '/' ? '' : path;
}

/** The method as findings show it (`GET`, or a 3.2 custom token as written) and the path template. */
function splitKey(key: string): [string, string] {
  const space = key.indexOf(' ');
  return [key.slice(0, space), key.slice(space + 1)];
}

/** The 3.2 custom methods of a path item, by token. */
function additionalOf(item: object): Obj {
  const additional = (item as Obj).additionalOperations;
  return additional !== null && typeof additional === 'object' ? (additional as Obj) : {};
}

/**
 * The document with only operation `key` under `paths` (the other operations of its path items
 * emptied) and no webhooks; everything else as it was. `key` names a path of either document: the
 * path of `spec` at the same URL (its base path and the other's differ) is kept too, since the
 * diff pairs operations by URL when a base path moved into the paths.
 * The parsed file keeps its text, so pointers and lines stay those of the whole document.
 */
export function cutTo(spec: LoadedSpec, key: string, other: LoadedSpec): LoadedSpec {
  const [method, template] = splitKey(key);
  const [prefix, otherPrefix] = [basePathOf(spec), basePathOf(other)];
  const sameUrl = (path: string) => prefix !== undefined && otherPrefix !== undefined && pathKey(prefix + path) === pathKey(otherPrefix + template);
  const paths: Obj = {};
  for (const [path, item] of Object.entries(pathsOf(spec))) {
    if ((pathKey(path) !== template && !sameUrl(path)) || item === null || typeof item !== 'object') continue;
    // A referenced path item is kept whole; its other operations are filtered out of the findings.
    if ('$ref' in item) {
      paths[path] = item;
      continue;
    }
    // Other operations of the path stay as empty stubs: an operation on one side only anchors to its
    // path item on the other when the path survives there.
    const stub = { responses: {} };
    const kept = Object.fromEntries(Object.entries(item).map(([k, v]) => [k, !METHODS.has(k) || methodLabel(k) === method ? v : stub]));
    if ('additionalOperations' in item) kept.additionalOperations = Object.fromEntries(Object.entries(additionalOf(item)).map(([k, v]) => [k, k === method ? v : stub]));
    paths[path] = kept;
  }
  const { webhooks: _webhooks, 'x-webhooks': _legacyWebhooks, ...rest } = rootOf(spec);
  const parsed = spec.files.get(spec.entry)!;
  const files = new Map(spec.files);
  // Shadows `value` only: the parsed file may keep its methods on a prototype.
  const cut = Object.assign(Object.create(parsed) as typeof parsed, { value: { ...rest, paths } });
  files.set(spec.entry, cut);
  return { ...spec, files };
}

/** A seeded choice of `n` keys, the same for the same seed and keys. */
function sample(keys: string[], n: number, seed: number): string[] {
  if (keys.length <= n) return keys;
  const score = (key: string) => {
    let h = (2166136261 ^ seed) >>> 0;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619) >>> 0;
    return h;
  };
  return [...keys].sort((a, b) => score(a) - score(b) || (a < b ? -1 : 1)).slice(0, n).sort();
}
