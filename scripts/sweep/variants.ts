// Equivalent rewrites of a document: the same contract, written differently.
import { stringify } from 'yaml';

/** A deep copy with every object's keys in reverse order (arrays keep theirs: order matters there). */
export function reorderKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reorderKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).reverse()) out[key] = reorderKeys((value as Record<string, unknown>)[key]);
  return out;
}

/** The document as YAML with keys reordered; no anchors, so the text is a plain tree. */
export function toReorderedYaml(value: unknown): string {
  return stringify(reorderKeys(value), { aliasDuplicateObjects: false, lineWidth: 0 });
}

const SCHEMA_REF = /^#\/components\/schemas\/([^/]+)$/;

/** Above this many nodes the inlined tree is not built: sharing-heavy specs grow exponentially. */
export const INLINE_NODE_LIMIT = 1_000_000;

export type InlineResult = { value: unknown; inlined: number } | { skipped: string };

/**
 * Replaces every `$ref` to `#/components/schemas/X` by a copy of X when X is not on a reference
 * cycle (refs to schemas on a cycle stay) and the `$ref` has no siblings. Components stay in place,
 * so other refs still resolve.
 */
export function inlineSchemas(doc: Record<string, unknown>): InlineResult {
  const schemas = ((doc.components as Record<string, unknown> | undefined)?.schemas ?? {}) as Record<string, unknown>;
  const names = Object.keys(schemas);
  if (names.length === 0) return { skipped: 'no component schemas' };
  const refsOf = new Map(names.map((name) => [name, schemaRefs(schemas[name])]));
  const cyclic = onCycles(names, refsOf);
  const inlinable = (name: string) => Object.hasOwn(schemas, name) && !cyclic.has(name);

  const size = treeSizes(schemas, inlinable);
  const total = countNodes(doc, (name) => (inlinable(name) ? size(name) : 1));
  if (total > INLINE_NODE_LIMIT) return { skipped: `inlined tree would have ${total} nodes` };

  const memo = new Map<string, unknown>();
  let inlined = 0;
  const expand = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(expand);
    if (node === null || typeof node !== 'object') return node;
    const record = node as Record<string, unknown>;
    const name = refName(record);
    // A `$ref` with siblings stays as written: converters leave stub siblings there for JSON
    // pointers that pass through it (`.../schema/properties/x`), which must keep landing on them.
    if (name !== undefined && inlinable(name) && Object.keys(record).length === 1) {
      inlined++;
      if (!memo.has(name)) memo.set(name, expand(schemas[name]));
      return structuredClone(memo.get(name));
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(record)) out[key] = expand(record[key]);
    return out;
  };
  const value = expand(doc);
  return inlined === 0 ? { skipped: 'no inlinable schema ref' } : { value, inlined };
}

function refName(record: Record<string, unknown>): string | undefined {
  if (typeof record.$ref !== 'string') return undefined;
  const match = SCHEMA_REF.exec(record.$ref);
  return match ? decodeURIComponent(match[1].replaceAll('~1', '/').replaceAll('~0', '~')) : undefined;
}

function schemaRefs(node: unknown, out = new Set<string>()): Set<string> {
  if (node === null || typeof node !== 'object') return out;
  if (Array.isArray(node)) {
    for (const item of node) schemaRefs(item, out);
    return out;
  }
  const name = refName(node as Record<string, unknown>);
  if (name !== undefined) out.add(name);
  for (const child of Object.values(node)) schemaRefs(child, out);
  return out;
}

/** Names that can reach themselves through refs (Tarjan's strongly connected components). */
function onCycles(names: string[], refsOf: Map<string, Set<string>>): Set<string> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cyclic = new Set<string>();
  let counter = 0;
  const visit = (start: string) => {
    // Iterative to survive deep reference chains.
    const work: [string, string[]][] = [];
    const enter = (v: string) => {
      index.set(v, counter);
      low.set(v, counter++);
      stack.push(v);
      onStack.add(v);
      work.push([v, [...(refsOf.get(v) ?? [])].filter((w) => refsOf.has(w))]);
    };
    enter(start);
    while (work.length > 0) {
      const [v, pending] = work[work.length - 1];
      const w = pending.pop();
      if (w !== undefined) {
        if (!index.has(w)) enter(w);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let w2: string;
        do {
          w2 = stack.pop()!;
          onStack.delete(w2);
          component.push(w2);
        } while (w2 !== v);
        if (component.length > 1 || refsOf.get(v)!.has(v)) for (const c of component) cyclic.add(c);
      }
    }
  };
  for (const name of names) if (!index.has(name)) visit(name);
  return cyclic;
}

/** Node count of each schema once inlined, memoised (the DAG of non-cyclic schemas). */
function treeSizes(schemas: Record<string, unknown>, inlinable: (name: string) => boolean): (name: string) => number {
  const sizes = new Map<string, number>();
  const size = (name: string): number => {
    const known = sizes.get(name);
    if (known !== undefined) return known;
    sizes.set(name, 1); // never read for inlinable names: they are acyclic
    const result = countNodes(schemas[name], (ref) => (inlinable(ref) ? size(ref) : 1));
    sizes.set(name, result);
    return result;
  };
  return size;
}

function countNodes(node: unknown, refSize: (name: string) => number): number {
  if (node === null || typeof node !== 'object') return 1;
  if (Array.isArray(node)) return node.reduce((sum: number, item) => sum + countNodes(item, refSize), 1);
  const name = refName(node as Record<string, unknown>);
  if (name !== undefined) return refSize(name);
  let sum = 1;
  for (const child of Object.values(node)) sum += countNodes(child, refSize);
  return Math.min(sum, Number.MAX_SAFE_INTEGER);
}
