import { jsonEqual } from '../json-equal.js';
import type { Schema, SchemaStore } from '../model/schema.js';
import type { PairGraph } from './pair-graph.js';
import type { SchemaChange } from './schema-change.js';
import { covers } from './value-types.js';
import { showValue } from './written-values.js';

/** Values of a schema that hold `value` (as `showValue` writes it) at a property path. */
export interface ValueAt {
  path: readonly string[];
  value: string;
}

/**
 * Whether one schema admits another's values, documented the same way: the question a union asks
 * of a variant that goes (another still covers its values) or comes (it overlaps a kept one).
 * Asked of the pair comparison of one direction (base to revision, or turned).
 */
export class Admission {
  constructor(
    private readonly baseStore: SchemaStore,
    private readonly revisionStore: SchemaStore,
    private readonly pairs: PairGraph,
  ) {}

  /**
   * Whether revision schema `r` admits every value of base schema `b` and documents each of its
   * properties the same way (new optional properties allowed). Conservative: `r` may only
   * constrain types, properties and required. With `only`, just the values of `b` that hold
   * `only.value` at the property path `only.path` (`[]`: `b` is that one value) count. With
   * `accepted`, a property of `b` that an open `r` does not declare is no obstacle: a validator
   * accepts it (what makes a `oneOf` value match), though the server may ignore it.
   */
  admitsDocumented(r: Schema, b: Schema, only?: ValueAt, accepted = false): boolean {
    if (r.never || !covers(r.types, b.types) || (b.nullable && !r.nullable)) return false;
    const top = only !== undefined && only.path.length === 0;
    if (top && !r.enum?.some((v) => showValue(v) === only.value)) return false;
    if (only && !top && !this.declaresPath(b, only.path)) return false;
    const constrained =
      (r.enum && !top) || r.const || r.format || r.pattern || r.minimum || r.maximum || r.multipleOf !== undefined || r.minLength !== undefined ||
      r.maxLength !== undefined || r.minItems !== undefined || r.maxItems !== undefined || r.uniqueItems || r.minProperties !== undefined ||
      r.maxProperties !== undefined || r.items || r.prefixItems || r.oneOf || r.anyOf || r.not || r.discriminator || r.extra.size > 0;
    // A closed `r` still admits a closed `b`, whose values hold only properties `r` declares (checked below).
    const closed = r.additionalProperties !== undefined && r.additionalProperties !== true && b.additionalProperties !== false;
    if (constrained || closed) return false;
    if ([...r.required].some((name) => !b.required.has(name))) return false;
    // A property `r` does not document would be ignored by the server, as if removed.
    for (const [name, bh] of b.properties) {
      const rh = r.properties.get(name);
      if (!rh && accepted && (r.additionalProperties === undefined || r.additionalProperties === true)) continue;
      if (!rh) return false;
      // On the path of `only`, the other values of its enum are not values that count.
      const rest = only?.path[0] === name ? only.path.slice(1) : undefined;
      const other = (c: SchemaChange): boolean => rest !== undefined && c.kind === 'enum-value-removed' && c.data.value !== only!.value && jsonEqual(c.path, rest);
      if (!this.pairs.changes(this.baseStore.get(bh), this.revisionStore.get(rh)).every((c) => widens(c) || other(c))) return false;
    }
    return [...r.properties.keys()].every((name) => b.properties.has(name) || typeof b.additionalProperties !== 'object');
  }

  /** Whether `path` names a property of `schema`, then a property of that one, and so on (not items or map values). */
  private declaresPath(schema: Schema, path: readonly string[]): boolean {
    let at = schema;
    for (const name of path) {
      const handle = at.properties.get(name);
      if (!handle) return false;
      at = this.baseStore.get(handle);
    }
    return true;
  }
}

/** Changes after which every value admitted before is still admitted (and documented the same way). */
const WIDENING = new Set([
  'one-of-added', 'any-of-added', 'enum-value-added', 'type-widened', 'became-nullable', 'max-increased', 'min-decreased',
  'max-length-increased', 'min-length-decreased', 'max-items-increased', 'min-items-decreased', 'property-became-optional',
  'additional-properties-widened', 'unique-items-removed', 'enum-removed', 'pattern-removed', 'format-removed',
]);

function widens(change: SchemaChange): boolean {
  if (change.kind === 'property-added') return !change.context.required;
  if (change.kind === 'pattern-changed') return change.context.relation === 'widened';
  return WIDENING.has(change.kind);
}
