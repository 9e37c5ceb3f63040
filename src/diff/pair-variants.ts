import { stableStringify, type Schema, type SchemaStore } from '../model/schema.js';
import type { PairGraph } from './pair-graph.js';
import { sameTypes } from './value-types.js';

/** What pairing compares variants with: the pair comparison and the schemas of each side. */
export interface PairingSides {
  pairs: PairGraph;
  baseStore: SchemaStore;
  revisionStore: SchemaStore;
}

/**
 * Pairs variants: by component name first; then, where at least one side is unnamed (inline,
 * or `anyName`), by content: the pairs with the fewest differences first, so a variant inserted
 * before the others is one addition; two named components only when their content is the same.
 */
export function pairVariants(bv: Schema[], rv: Schema[], anyName: boolean, renamed: Map<string, string>, sides: PairingSides): { pairs: [number, number][]; removed: number[]; added: number[] } {
  const freeBase = new Set(bv.map((_, i) => i));
  const freeRev = new Set(rv.map((_, j) => j));
  const pairs: [number, number][] = [];
  const take = (i: number, j: number): void => {
    pairs.push([i, j]);
    freeBase.delete(i);
    freeRev.delete(j);
  };
  for (const i of freeBase) {
    const name = variantName(bv[i]);
    const j = name === undefined ? undefined : [...freeRev].find((k) => variantName(rv[k]) === name);
    if (j !== undefined) take(i, j);
  }
  const candidates: { i: number; j: number; cost: number; tagged: boolean }[] = [];
  // Content pairing compares every remaining pair; past this many, by position among equal types.
  const byContent = freeBase.size * freeRev.size <= 400;
  const baseTags = bv.map((v) => tags(v, sides.baseStore));
  const revTags = rv.map((v) => tags(v, sides.revisionStore));
  for (const i of freeBase) {
    for (const j of freeRev) {
      const named = variantName(bv[i]) !== undefined && variantName(rv[j]) !== undefined && !anyName;
      if (!named && !sameTypes(bv[i], rv[j])) continue;
      const tagged = sameTags(baseTags[i], revTags[j]);
      // Variants told apart by a one-value property (`type: {enum: [code_scanning]}`) are different kinds.
      if (tagged === undefined) continue;
      const cost = byContent || named ? sides.pairs.count(bv[i], rv[j]) : 0;
      if (named && cost > 0) continue;
      candidates.push({ i, j, cost, tagged });
    }
  }
  candidates.sort((a, b) => Number(b.tagged) - Number(a.tagged) || a.cost - b.cost || Math.abs(a.i - a.j) - Math.abs(b.i - b.j) || a.i - b.i);
  for (const { i, j, cost } of candidates) {
    if (!freeBase.has(i) || !freeRev.has(j)) continue;
    take(i, j);
    const from = variantName(bv[i]);
    const to = variantName(rv[j]);
    if (cost === 0 && from !== undefined && to !== undefined && from !== to) renamed.set(from, to);
  }
  return { pairs, removed: [...freeBase].sort((a, b) => a - b), added: [...freeRev].sort((a, b) => a - b) };
}

/** The properties of a variant that admit one value only (`enum: [x]`, `const: x`), by name. */
function tags(variant: Schema, store: SchemaStore): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, handle] of variant.properties) {
    const property = store.get(handle);
    const values = property.const ? [property.const.value] : property.enum;
    if (values?.length === 1) out.set(name, stableStringify(values[0]));
  }
  return out;
}

/**
 * Whether two variants' one-value properties agree: true when one such property has the same value
 * on both sides, undefined when one differs, false when they share none.
 */
function sameTags(a: Map<string, string>, b: Map<string, string>): boolean | undefined {
  let same = false;
  for (const [name, value] of a) {
    const other = b.get(name);
    if (other === undefined) continue;
    if (other !== value) return undefined;
    same = true;
  }
  return same;
}

function variantName(schema: Schema): string | undefined {
  return schema.refName;
}
