import type { Schema } from '../model/schema.js';
import type { ChangeContext } from './change.js';
import type { SchemaChange } from './schema-change.js';

/** A nested pair of schemas, standing among its parent's own changes where the nested ones go. */
interface NestedPair {
  key: string;
  base: Schema;
  rev: Schema;
  /** Own changes of the pair to leave out (a union variant's property that another variant documents). */
  omit?: (change: SchemaChange) => boolean;
}

/** A pair's own change, or (with `nested`) the place of a nested pair's changes, with its path and context. */
export type PairItem = (SchemaChange & { nested?: undefined }) | (Omit<SchemaChange, 'kind'> & { kind: 'nested-pair'; nested: NestedPair });

/**
 * The changes between two schemas, found once per pair however often and in whatever order pairs
 * are met. Each pair's own changes are compared once and name nested pairs by reference; the changes
 * of a pair are then all changes of the pairs it reaches, each pair taken once, at the path of its
 * first visit (depth-first, in the order the comparison lists them). On a reference cycle this is
 * what a comparison starting at that pair finds, whatever was compared before: a pair's result never
 * depends on an enclosing pair that was still being compared.
 */
export class PairGraph {
  private readonly own = new Map<string, PairItem[]>();
  private readonly resolved = new Map<string, SchemaChange[]>();
  /** Pairs whose own changes are being compared, with their depth; only `changed` can meet them again. */
  private readonly building = new Map<string, number>();
  /** The lowest depth of a pair being compared that the current step met again. */
  private lowest = Infinity;

  constructor(private readonly compare: (base: Schema, rev: Schema) => PairItem[]) {}

  /** The place of a nested pair among its parent's changes. */
  nested(base: Schema, rev: Schema, omit?: NestedPair['omit']): PairItem[] {
    return [{ kind: 'nested-pair', path: [], data: {}, context: {}, nested: { key: pairKey(base, rev), base, rev, omit } }];
  }

  changes(base: Schema, rev: Schema): SchemaChange[] {
    return this.resolve({ key: pairKey(base, rev), base, rev });
  }

  /** Whether the two schemas differ at all; a pair still being compared counts as no difference. */
  changed(base: Schema, rev: Schema): boolean {
    return this.changes(base, rev).length > 0;
  }

  private resolve(root: NestedPair): SchemaChange[] {
    const cached = this.resolved.get(root.key);
    if (cached) return cached;
    const outer = this.lowest;
    this.lowest = Infinity;
    const out: SchemaChange[] = [];
    const visited = new Set([root.key]);
    // Depth-first with an explicit stack: a long reference cycle makes a deep walk.
    const stack: { items: PairItem[]; next: number; prefix: string[]; context?: ChangeContext; omit?: NestedPair['omit'] }[] = [{ items: this.ownChanges(root), next: 0, prefix: [] }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame.next === frame.items.length) {
        stack.pop();
        continue;
      }
      const item = frame.items[frame.next++];
      if (!item.nested && frame.omit?.(item)) continue;
      const path = frame.prefix.length === 0 ? item.path : [...frame.prefix, ...item.path];
      const context = frame.context === undefined ? item.context : inherit(item.context, frame.context);
      if (!item.nested) out.push(path === item.path && context === item.context ? item : { ...item, path, context });
      else if (!visited.has(item.nested.key)) {
        visited.add(item.nested.key);
        stack.push({ items: this.ownChanges(item.nested), next: 0, prefix: path, context, omit: item.nested.omit });
      }
    }
    // Found while a pair it reaches was only half compared: right for that step, not for reuse.
    if (this.lowest === Infinity) this.resolved.set(root.key, out);
    this.lowest = Math.min(outer, this.lowest);
    return out;
  }

  private ownChanges(pair: NestedPair): PairItem[] {
    const cached = this.own.get(pair.key);
    if (cached) return cached;
    const met = this.building.get(pair.key);
    if (met !== undefined) {
      this.lowest = Math.min(this.lowest, met);
      return [];
    }
    const depth = this.building.size;
    const outer = this.lowest;
    this.lowest = Infinity;
    this.building.set(pair.key, depth);
    try {
      const items = this.compare(pair.base, pair.rev);
      // Meeting itself again is the recursion's own answer; meeting an enclosing pair is not.
      if (this.lowest >= depth) this.own.set(pair.key, items);
      return items;
    } finally {
      this.building.delete(pair.key);
      this.lowest = Math.min(outer, this.lowest < depth ? this.lowest : Infinity);
    }
  }
}

function pairKey(base: Schema, rev: Schema): string {
  return `${base.id}\u0000${rev.id}`;
}

/** A property's read-only / write-only flags hold for everything below it. */
function inherit(inner: ChangeContext, outer: ChangeContext): ChangeContext {
  if (!('readOnly' in outer) && !('writeOnly' in outer)) return inner;
  const out = { ...inner };
  if ('readOnly' in outer) out.readOnly = inner.readOnly || outer.readOnly;
  if ('writeOnly' in outer) out.writeOnly = inner.writeOnly || outer.writeOnly;
  return out;
}
