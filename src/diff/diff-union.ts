import type { Loc, SchemaHandle } from '../model/types.js';
import { typePart, type Schema, type SchemaStore } from '../model/schema.js';
import { Admission, type ValueAt } from './admits-documented.js';
import type { PairGraph, PairItem, VariantFilter } from './pair-graph.js';
import { pairVariants } from './pair-variants.js';
import { WrittenEquality } from './same-written.js';
import { describeTypes, sameTypes } from './value-types.js';
import { listsValue, showValue } from './written-values.js';

/**
 * Compares `oneOf` and `anyOf` unions by their variants: variants paired by name or content,
 * variants added and removed (and whether another variant still covers their values), `oneOf`
 * overlap added and removed, enum values moved to another variant, and a plain schema read as a
 * union of one variant (or of one part per type) against a union.
 */
export class UnionDiffer {
  /** The same comparison with base and revision turned, asked whether a base variant admits a revision one. */
  private mirror?: Admission;
  /** Written equality within one side, for a union variant that repeats another. */
  private sameInBase?: WrittenEquality;
  private sameInRevision?: WrittenEquality;
  /** The base compared with itself, asked whether one base variant admits another's values. */
  private withinBase?: Admission;

  constructor(
    private readonly baseStore: SchemaStore,
    private readonly revisionStore: SchemaStore,
    private readonly pairs: PairGraph,
    private readonly written: WrittenEquality,
    private readonly admission: Admission,
    /** The admission of a comparison between other sides (turned, or the base with itself). */
    private readonly turned: (base: SchemaStore, revision: SchemaStore) => Admission,
  ) {}

  /**
   * The variants of two unions, each compared with its counterpart. Variants are paired by
   * component name, then by content (see `pairVariants`); a pair of differently named components
   * with the same content is a rename, which `renamed` records for the discriminator mapping.
   */
  compareVariants(base: Schema, rev: Schema, keyword: 'oneOf' | 'anyOf', out: PairItem[], renamed: Map<string, string>): void {
    const bv = (base[keyword] ?? []).map((h) => ({ s: this.baseStore.get(h), at: h.loc, h }));
    const rv = (rev[keyword] ?? []).map((h) => ({ s: this.revisionStore.get(h), at: h.loc, h }));
    if (bv.length === 0 && rv.length === 0) return;
    this.emitVariants(bv, rv, { removed: keyword, added: keyword, base, rev, renamed, anyName: false }, out);
  }

  /**
   * A plain schema against a union (or unions of different keywords): the plain schema is a union
   * of one variant, and each union variant carries the union's own constraints. So an object that
   * became one of several objects is one variant added, and `anyOf` of `required` lists added to
   * an object narrows it.
   */
  compareAsUnions(base: Schema, rev: Schema, out: PairItem[]): void {
    const bu = unionKeyword(base);
    const ru = unionKeyword(rev);
    const baseUnion = bu ? base[bu]!.map((h) => ({ s: this.baseStore.variantOf(base, h), at: h.loc, h })) : undefined;
    const revUnion = ru ? rev[ru]!.map((h) => ({ s: this.revisionStore.variantOf(rev, h), at: h.loc, h })) : undefined;
    const bv = baseUnion ?? plainVariants(base, revUnion!);
    const rv = revUnion ?? plainVariants(rev, baseUnion!);
    if (base.nullable !== rev.nullable) {
      out.push({ kind: rev.nullable ? 'became-nullable' : 'became-not-nullable', path: [], base: base.loc, revision: rev.loc, data: {}, context: {} });
    }
    // Null is judged once, above, not again for each pair of variants.
    const nonNull = ({ s, at, h }: Variant): Variant => ({ s: s.nullable ? { ...s, id: `${s.id}|non-null`, nullable: false } : s, at, h });
    const renamed = new Map<string, string>();
    this.emitVariants(bv.map(nonNull), rv.map(nonNull), { removed: bu ?? ru!, added: ru ?? bu!, base, rev, renamed, anyName: true }, out);
  }

  private emitVariants(
    bv: Variant[],
    rv: Variant[],
    how: { removed: 'oneOf' | 'anyOf'; added: 'oneOf' | 'anyOf'; base: Schema; rev: Schema; renamed: Map<string, string>; anyName: boolean },
    out: PairItem[],
  ): void {
    const { pairs, removed, added } = pairVariants(bv.map((v) => v.s), rv.map((v) => v.s), how.anyName, how.renamed, { pairs: this.pairs, baseStore: this.baseStore, revisionStore: this.revisionStore });
    const baseOf = new Map(pairs.map(([i, j]) => [j, i]));
    const revisionOf = new Map(pairs.map(([i, j]) => [i, j]));
    for (const i of removed) {
      // A repeat that goes leaves its twin the only match of the values both admitted: they are accepted again.
      const twin = how.removed === 'oneOf' ? this.repeated(bv, i, revisionOf.keys(), 'base') : undefined;
      if (twin !== undefined && this.repeated(rv, revisionOf.get(twin)!, rv.keys(), 'revision') === undefined) {
        const data = { variant: describePosition(bv[i].s, i), twin: describePosition(bv[twin].s, twin) };
        out.push({ kind: 'one-of-overlap-removed', path: [], base: bv[i].at, revision: how.rev.loc, data, context: {} });
        continue;
      }
      // A value valid against the removed variant stays valid when a remaining variant admits it.
      const stillCovered = rv.some((r) => this.admission.admitsDocumented(r.s, bv[i].s));
      out.push({ kind: `${label(how.removed)}-removed`, path: [], base: bv[i].at, revision: how.rev.loc, data: { variant: describeVariant(bv[i].s, i) }, context: { stillCovered } });
    }
    for (const j of added) {
      const twin = how.added === 'oneOf' ? this.overlapped(bv, rv, j, baseOf) : undefined;
      if (twin !== undefined) {
        const data = { variant: describePosition(rv[j].s, j), twin: describePosition(rv[twin].s, twin) };
        // An exact repeat admits no value the union did not: every one of its values is still covered.
        const stillCovered = this.repeated(rv, j, [twin], 'revision') !== undefined;
        out.push({ kind: 'one-of-overlap-added', path: [], base: how.base.loc, revision: rv[j].at, data, context: { stillCovered } });
        continue;
      }
      out.push({ kind: `${label(how.added)}-added`, path: [], base: how.base.loc, revision: rv[j].at, data: { variant: describeVariant(rv[j].s, j) }, context: {} });
    }
    for (const [i, j] of pairs) {
      // A property the paired variant lacks but another variant on that side declares is still documented there.
      const declared = (variants: Variant[], except: number, missing: Schema, present: Schema): Set<string> =>
        new Set([...present.properties.keys()].filter((name) => !missing.properties.has(name) && variants.some((v, k) => k !== except && v.s.properties.has(name))));
      const both = { removed: declared(rv, j, rv[j].s, bv[i].s), added: declared(bv, i, bv[i].s, rv[j].s) };
      const filter = both.removed.size + both.added.size > 0 ? both : undefined;
      out.push(...(this.withCoveredValues(bv, rv, i, j, filter) ?? this.pairs.nested(bv[i].s, rv[j].s, filter)));
    }
  }

  /**
   * Under `oneOf` a value must match exactly one variant. The kept revision variant (paired with a
   * base one) whose base values all match added variant `j` too, when they matched one base variant
   * only: `j` repeats it, or `j` accepts every documented value of its base variant and the kept one
   * still documents them all (an object that required `foo` and `bar` wrapped as `oneOf` of one
   * requiring `foo` and one requiring `bar`; an open object of optional properties added beside a
   * closed one).
   */
  private overlapped(bv: Variant[], rv: Variant[], j: number, baseOf: ReadonlyMap<number, number>): number | undefined {
    for (const [k, i] of baseOf) {
      // The kept variant must still document the old values (a split of an object's optional properties over open variants is not read as a repeat).
      const both = this.repeated(rv, j, [k], 'revision') !== undefined || (this.admission.admitsDocumented(rv[j].s, bv[i].s, undefined, true) && this.admission.admitsDocumented(rv[k].s, bv[i].s));
      if (both && !this.matchedTwice(bv, i)) return k;
    }
    return undefined;
  }

  /** Whether another base variant repeats `bv[i]` or accepts its documented values: they were ambiguous already. */
  private matchedTwice(bv: Variant[], i: number): boolean {
    if (this.repeated(bv, i, bv.keys(), 'base') !== undefined) return true;
    const inBase = (this.withinBase ??= this.turned(this.baseStore, this.baseStore));
    return bv.some((b, m) => m !== i && inBase.admitsDocumented(b.s, bv[i].s, undefined, true));
  }

  /**
   * Among `candidates`, a variant other than `x` that `x` repeats exactly: the same target, or the
   * same schema written twice (following `$ref`s). A wider variant that accepts the other's values
   * is `overlapped`'s question; partial overlap is not looked for.
   */
  private repeated(variants: Variant[], x: number, candidates: Iterable<number>, side: 'base' | 'revision'): number | undefined {
    const store = side === 'base' ? this.baseStore : this.revisionStore;
    const same = side === 'base' ? (this.sameInBase ??= new WrittenEquality(store.resolver, store.resolver)) : (this.sameInRevision ??= new WrittenEquality(store.resolver, store.resolver));
    const { s, h } = variants[x];
    for (const k of candidates) {
      if (k === x) continue;
      const other = variants[k];
      if (other.s.id === s.id || (h && other.h && same.same(h, other.h))) return k;
    }
    return undefined;
  }

  /**
   * The changes of variant pair (i, j) when an enum value moved between variants: a value the pair
   * no longer admits that another revision variant does (with everything else of the base variant),
   * or one it now admits that another base variant already did, is marked `stillCovered` and names
   * that variant. Undefined when nothing is covered: the pair then stays a reference.
   */
  private withCoveredValues(bv: Variant[], rv: Variant[], i: number, j: number, filter: VariantFilter | undefined): PairItem[] | undefined {
    if (bv.length < 2 && rv.length < 2) return undefined;
    const covered = new Map<string, string>();
    for (const moved of this.enumDifferences(bv[i].s, rv[j].s)) {
      const only = { path: moved.path, value: moved.value };
      let variant: string | undefined;
      if (moved.kind === 'enum-value-removed') {
        const k = rv.findIndex((r, k) => k !== j && this.admission.admitsDocumented(r.s, bv[i].s, only));
        if (k >= 0) variant = describeVariant(rv[k].s, k);
      } else {
        // Roles turned: whether a base variant admits what the revision variant now does.
        const mirror = (this.mirror ??= this.turned(this.revisionStore, this.baseStore));
        const k = bv.findIndex((b, k) => k !== i && mirror.admitsDocumented(b.s, rv[j].s, only));
        if (k >= 0) variant = describeVariant(bv[k].s, k);
      }
      if (variant !== undefined) covered.set(movedKey(moved.kind, moved.path, moved.value), variant);
    }
    if (covered.size === 0) return undefined;
    return this.pairs.changes(bv[i].s, rv[j].s, filter).map((change) => {
      const variant = covered.get(movedKey(change.kind, change.path, change.data.value));
      return variant === undefined ? change : { ...change, data: { ...change.data, variant }, context: { ...change.context, stillCovered: true } };
    });
  }

  /**
   * Enum values one side admits and the other not, in `b` and `r` themselves and in the properties
   * both declare, a few levels down: the candidates for a value moved to another variant. Found
   * from the schemas directly, so that unions without such a move cost no walk of their variants.
   */
  private enumDifferences(b: Schema, r: Schema, path: string[] = []): Moved[] {
    const out: Moved[] = [];
    if (b.enum && r.enum) {
      for (const v of b.enum) if (!listsValue(r.enum, v)) out.push({ kind: 'enum-value-removed', path, value: showValue(v) });
      for (const v of r.enum) if (!listsValue(b.enum, v)) out.push({ kind: 'enum-value-added', path, value: showValue(v) });
    }
    if (path.length === MOVED_VALUE_DEPTH) return out;
    for (const [name, bh] of b.properties) {
      const rh = r.properties.get(name);
      if (rh && !this.written.same(bh, rh)) out.push(...this.enumDifferences(this.baseStore.get(bh), this.revisionStore.get(rh), [...path, name]));
    }
    return out;
  }

}

/** How deep in a union variant's properties an enum value moved to another variant is looked for. */
const MOVED_VALUE_DEPTH = 3;

/** An enum value one variant of a pair admits and the other not, at a property path. */
interface Moved extends ValueAt {
  kind: 'enum-value-removed' | 'enum-value-added';
}

function movedKey(kind: string, path: readonly string[], value: unknown): string {
  return JSON.stringify([kind, path, value]);
}

/** A union variant and where it is written (the `$ref`, not its target). */
interface Variant {
  s: Schema;
  at: Loc;
  /** The variant as written, when it is one (not a part of a plain schema). */
  h?: SchemaHandle;
}

function label(keyword: 'oneOf' | 'anyOf'): 'one-of' | 'any-of' {
  return keyword === 'oneOf' ? 'one-of' : 'any-of';
}

/** The union keyword a schema uses, when it uses exactly one. */
function unionKeyword(schema: Schema): 'oneOf' | 'anyOf' | undefined {
  if (schema.oneOf && !schema.anyOf) return 'oneOf';
  if (schema.anyOf && !schema.oneOf) return 'anyOf';
  return undefined;
}

/**
 * A plain schema as the variants of a union: itself, or, when it admits several types and no variant
 * of the other side admits the same ones, one part per type (`type: [number, object]` against
 * `oneOf: [{type: number}, {type: object}]`), so each part meets the variant of its type.
 */
function plainVariants(plain: Schema, others: Variant[]): Variant[] {
  const whole = [{ s: plain, at: plain.loc }];
  if (!plain.types || plain.types.size < 2 || others.some((v) => sameTypes(v.s, plain))) return whole;
  // `integer` is part of `number`: one part for both.
  const types = [...plain.types].filter((t) => t !== 'integer' || !plain.types!.has('number'));
  const parts = types.map((t) => typePart(plain, t));
  if (parts.some((p) => p === undefined)) return whole;
  return parts.map((s) => ({ s: s!, at: plain.loc }));
}

/** One side a union and the other plain, or each a union of another keyword: compared as unions. */
export function comparedAsUnions(base: Schema, rev: Schema): boolean {
  const bu = unionKeyword(base);
  const ru = unionKeyword(rev);
  const plain = (s: Schema) => !s.oneOf && !s.anyOf;
  if (bu && ru) return bu !== ru;
  return (bu !== undefined && plain(rev)) || (ru !== undefined && plain(base));
}

function describeVariant(schema: Schema, index: number): string {
  return schema.refName ?? `#${index} (${describeTypes(schema)})`;
}

/** A variant with its place in the union, for telling a repeat from its twin (`Cat (#2)`). */
function describePosition(schema: Schema, index: number): string {
  return schema.refName ? `${schema.refName} (#${index})` : describeVariant(schema, index);
}
