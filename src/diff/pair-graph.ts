import type { Schema } from '../model/schema.js';
import type { ChangeContext } from './change.js';
import type { SchemaChange } from './schema-change.js';

/**
 * Properties of a union variant pair that another variant documents: a property of the base
 * variant that the paired revision variant lacks is not removed when `removed` names it (another
 * revision variant declares it), and one the revision variant adds is not new when `added` names it.
 */
export interface VariantFilter {
  removed: ReadonlySet<string>;
  added: ReadonlySet<string>;
}

/** A nested pair of schemas, standing among its parent's own changes where the nested ones go. */
interface NestedPair {
  /** The pair and its filter: the same pair under another filter has other changes. */
  key: string;
  /** The pair alone: its own changes do not depend on the filter. */
  pair: string;
  base: Schema;
  rev: Schema;
  filter?: VariantFilter;
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
  private readonly counted = new Map<string, number>();
  /**
   * Keys (pair and filter) whose every reachable pair is known to have no change: a walk that meets
   * one need not enter it. Without this, each operation re-walks the whole unchanged reference graph
   * it reaches, which on densely linked specs (Microsoft Graph) costs most of the comparison.
   */
  private readonly empty = new Set<string>();
  /** Pairs whose own changes are being compared, with their depth; only `changed` can meet them again. */
  private readonly building = new Map<string, number>();
  /** The lowest depth of a pair being compared that the current step met again. */
  private lowest = Infinity;

  constructor(private readonly compare: (base: Schema, rev: Schema) => PairItem[]) {}

  /** The place of a nested pair among its parent's changes. */
  nested(base: Schema, rev: Schema, filter?: VariantFilter): PairItem[] {
    return [{ kind: 'nested-pair', path: [], data: {}, context: {}, nested: nestedPair(base, rev, filter) }];
  }

  /** The changes between two schemas; with a `filter`, those of a union variant pair (see `VariantFilter`). */
  changes(base: Schema, rev: Schema, filter?: VariantFilter): SchemaChange[] {
    const root = nestedPair(base, rev, filter);
    const cached = this.resolved.get(root.key);
    if (cached) return cached;
    if (this.empty.has(root.key)) return [];
    const out: SchemaChange[] = [];
    if (this.walk(root, out)) this.resolved.set(root.key, out);
    return out;
  }

  /** How many changes `changes` lists, without building them: pairing union variants only compares counts. */
  count(base: Schema, rev: Schema): number {
    const pair = pairKey(base, rev);
    const cached = this.resolved.get(pair)?.length ?? this.counted.get(pair);
    if (cached !== undefined) return cached;
    if (this.empty.has(pair)) return 0;
    let n = 0;
    if (this.walk({ key: pair, pair, base, rev }, undefined, () => n++)) this.counted.set(pair, n);
    return n;
  }

  /** Whether the two schemas differ at all; a pair still being compared counts as no difference. */
  changed(base: Schema, rev: Schema): boolean {
    return this.count(base, rev) > 0;
  }

  /**
   * Visits every change of `root` (into `out` when given, else only to `counted`); true when the
   * result is complete enough to keep.
   */
  private walk(root: NestedPair, out: SchemaChange[] | undefined, counted?: () => void): boolean {
    const outer = this.lowest;
    this.lowest = Infinity;
    const visited = new Set([root.key]);
    let found = 0;
    // Depth-first with an explicit stack: a long reference cycle makes a deep walk.
    const stack: { items: PairItem[]; next: number; prefix: string[]; context?: ChangeContext; filter?: VariantFilter }[] = [{ items: this.ownChanges(root), next: 0, prefix: [], filter: root.filter }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame.next === frame.items.length) {
        stack.pop();
        continue;
      }
      const item = frame.items[frame.next++];
      if (!item.nested && frame.filter && filtered(item, frame.filter)) continue;
      if (!item.nested) found++;
      if (!item.nested && !out) {
        counted!();
        continue;
      }
      const path = frame.prefix.length === 0 ? item.path : [...frame.prefix, ...item.path];
      const context = frame.context === undefined ? item.context : inherit(item.context, frame.context);
      if (!item.nested) out!.push(path === item.path && context === item.context ? item : { ...item, path, context });
      else if (!visited.has(item.nested.key) && !this.empty.has(item.nested.key)) {
        visited.add(item.nested.key);
        stack.push({ items: this.ownChanges(item.nested), next: 0, prefix: path, context, filter: item.nested.filter });
      }
    }
    // Found while a pair it reaches was only half compared: right for that step, not for reuse.
    const complete = this.lowest === Infinity;
    this.lowest = Math.min(outer, this.lowest);
    // Nothing found anywhere below: that holds for every key the walk entered, wherever it is met.
    if (complete && found === 0) for (const key of visited) this.empty.add(key);
    return complete;
  }

  private ownChanges(nested: NestedPair): PairItem[] {
    const { pair } = nested;
    const cached = this.own.get(pair);
    if (cached) return cached;
    const met = this.building.get(pair);
    if (met !== undefined) {
      this.lowest = Math.min(this.lowest, met);
      return [];
    }
    const depth = this.building.size;
    const outer = this.lowest;
    this.lowest = Infinity;
    this.building.set(pair, depth);
    try {
      const items = this.compare(nested.base, nested.rev);
      // Meeting itself again is the recursion's own answer; meeting an enclosing pair is not.
      if (this.lowest >= depth) this.own.set(pair, items);
      return items;
    } finally {
      this.building.delete(pair);
      this.lowest = Math.min(outer, this.lowest < depth ? this.lowest : Infinity);
    }
  }
}

/** A change the filter leaves out: a property another variant documents, named at the pair's top. */
function filtered(change: SchemaChange, filter: VariantFilter): boolean {
  if (change.path.length !== 1) return false;
  if (change.kind === 'property-removed') return filter.removed.has(change.path[0]);
  return change.kind === 'property-added' && filter.added.has(change.path[0]);
}

function nestedPair(base: Schema, rev: Schema, filter?: VariantFilter): NestedPair {
  const pair = pairKey(base, rev);
  const key = filter ? `${pair}\u0000${[...filter.removed].sort().join('\u0001')}\u0000${[...filter.added].sort().join('\u0001')}` : pair;
  return { key, pair, base, rev, filter };
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
