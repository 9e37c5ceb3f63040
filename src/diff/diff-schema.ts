import { jsonEqual } from '../json-equal.js';
import { emptySchema, stableStringify, typePart, type Bound, type Schema, type SchemaStore } from '../model/schema.js';
import type { Loc, SchemaHandle } from '../model/types.js';
import { sunsetChanged, type ChangeContext, type ChangeData, type ChangeKind } from './change.js';
import { PairGraph, type PairItem, type VariantFilter } from './pair-graph.js';
import type { SchemaChange } from './schema-change.js';
import { sameDefault } from './same-default.js';
import { WrittenEquality } from './same-written.js';
import { stringRelation, type StringConstraints, type StringRelation } from './string-language.js';

export type { SchemaChange };


type ValueType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';

/** Widening format pairs: every value of the first is a value of the second. */
const FORMAT_WIDENINGS = new Set(['int32>int64', 'float>double', 'int32>double', 'int64>double', 'float>number', 'int32>number']);

/**
 * Compares two schemas by the sets of values they admit. Each (base, revision) pair of written
 * schemas is compared once; its nested pairs are expanded by `PairGraph`, each once per result.
 */
export class SchemaDiffer {
  private readonly pairs = new PairGraph((base, rev) => this.compare(base, rev));
  /** Changes already reported per scope (operation and direction), so a shared `$ref` counts once. */
  private readonly reported = new Map<string, Set<string>>();
  private readonly written: WrittenEquality;
  private readonly stringRelations = new Map<string, StringRelation | undefined>();
  /** The same comparison with base and revision turned, asked whether a base variant admits a revision one. */
  private mirror?: SchemaDiffer;
  /** Written equality within one side, for a union variant that repeats another. */
  private sameInBase?: WrittenEquality;
  private sameInRevision?: WrittenEquality;
  /** The base compared with itself, asked whether one base variant admits another's values. */
  private withinBase?: SchemaDiffer;

  constructor(
    private readonly baseStore: SchemaStore,
    private readonly revisionStore: SchemaStore,
  ) {
    this.written = new WrittenEquality(baseStore.resolver, revisionStore.resolver);
  }

  /**
   * The changes between two schemas. With a `scope`, a change already reported in that scope (the
   * same written schemas reached through another reference) is left out.
   */
  diff(base: SchemaHandle, revision: SchemaHandle, scope?: string): SchemaChange[] {
    if (this.written.same(base, revision)) return [];
    const changes = this.pairs.changes(this.baseStore.get(base), this.revisionStore.get(revision));
    if (scope === undefined) return changes;
    let seen = this.reported.get(scope);
    if (!seen) this.reported.set(scope, (seen = new Set()));
    const out: SchemaChange[] = [];
    for (const change of changes) {
      const key = changeKey(change);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(change);
    }
    return out;
  }

  /**
   * When a scalar became an array whose items admit every old value, the items; with `relaxed`
   * when they admit it only as text (an unconstrained string item takes any query value).
   */
  scalarToArrayItems(base: SchemaHandle, revision: SchemaHandle): { items: SchemaHandle; relaxed: boolean } | undefined {
    const b = this.baseStore.get(base);
    const r = this.revisionStore.get(revision);
    if (!b.types || b.types.has('array') || b.types.has('object') || !r.types || r.types.size !== 1 || !r.types.has('array')) return undefined;
    if (!r.items || (r.minItems ?? 0) > 1 || r.maxItems === 0 || r.prefixItems) return undefined;
    const items = this.revisionStore.get(r.items);
    if (b.nullable && !r.nullable && !items.nullable) return undefined;
    if (covers(items.types, b.types)) return { items: r.items, relaxed: false };
    const plainString =
      items.types?.has('string') && !items.format && !items.pattern && !items.enum && !items.const && items.minLength === undefined && items.maxLength === undefined;
    return plainString ? { items: r.items, relaxed: true } : undefined;
  }

  /**
   * The properties of an object schema on one side, with those it requires; undefined when the
   * schema may be something else than an object (then it cannot stand for a list of parameters).
   */
  objectProperties(handle: SchemaHandle, side: 'base' | 'revision'): { properties: Map<string, SchemaHandle>; required: Set<string> } | undefined {
    const schema = (side === 'base' ? this.baseStore : this.revisionStore).get(handle);
    if (!schema.types || schema.types.size !== 1 || !schema.types.has('object') || schema.nullable) return undefined;
    return { properties: schema.properties, required: schema.required };
  }

  /** The types a schema admits on one side (undefined: any). */
  typesOf(handle: SchemaHandle, side: 'base' | 'revision'): ReadonlySet<string> | undefined {
    return (side === 'base' ? this.baseStore : this.revisionStore).get(handle).types;
  }

  /** The items of a schema that admits arrays only (no `prefixItems`), as for a whole sequential body. */
  arrayItems(handle: SchemaHandle, side: 'base' | 'revision'): SchemaHandle | undefined {
    const schema = (side === 'base' ? this.baseStore : this.revisionStore).get(handle);
    if (!schema.types || schema.types.size !== 1 || !schema.types.has('array') || schema.nullable || schema.prefixItems) return undefined;
    return schema.items;
  }

  /** Where the changes of a nested pair go: `PairGraph` expands them when a result is asked for. */
  private diffSchemas(base: Schema, rev: Schema): PairItem[] {
    return this.pairs.nested(base, rev);
  }

  private nested(base: SchemaHandle, rev: SchemaHandle): PairItem[] {
    return this.written.same(base, rev) ? [] : this.diffSchemas(this.baseStore.get(base), this.revisionStore.get(rev));
  }

  private compare(base: Schema, rev: Schema): PairItem[] {
    const out: PairItem[] = [];
    const here = (kind: ChangeKind, data: ChangeData = {}, context: ChangeContext = {}): void => {
      out.push({ kind, path: [], base: base.loc, revision: rev.loc, data, context });
    };
    if (comparedAsUnions(base, rev)) {
      this.compareAsUnions(base, rev, out);
      return out;
    }

    const typeRelation = compareTypes(base.types, rev.types);
    if (typeRelation !== 'same') {
      here(`type-${typeRelation}`, { from: describeTypes(base), to: describeTypes(rev) }, { relation: typeRelation });
    }
    if (base.nullable !== rev.nullable) here(rev.nullable ? 'became-nullable' : 'became-not-nullable');
    // `const: x` and `enum: [x]` admit the same value: compared as enums when the spellings differ.
    const [b, r] = [constAsEnum(base, rev), constAsEnum(rev, base)];
    this.compareEnum(b, r, here);
    compareConst(b, r, here);
    // A format belongs to its type: across unrelated types the type change is the whole story.
    if (typeRelation !== 'changed' || overlaps(base.types, rev.types)) compareFormat(base, rev, here);
    if (!sameDefault(base, rev)) {
      here('default-value-changed', showDistinct(base.default?.value, rev.default?.value));
    }
    compareBounds(base, rev, here);
    const strings = this.strings(base, rev);
    compareLimits(base, rev, here, strings);
    comparePattern(base, rev, here, strings);
    if (base.uniqueItems !== rev.uniqueItems) here(rev.uniqueItems ? 'unique-items-added' : 'unique-items-removed');
    // A type change between unrelated types replaces the value entirely: what is inside no longer matters.
    if (typeRelation === 'changed' && !shares(base.types, rev.types, 'object') && !shares(base.types, rev.types, 'array')) {
      return out;
    }
    this.compareProperties(base, rev, out);
    this.compareAdditionalProperties(base, rev, out);
    this.compareItems(base, rev, out);
    compareExtras(base, rev, here);
    const renamed = new Map<string, string>();
    this.compareVariants(base, rev, 'oneOf', out, renamed);
    this.compareVariants(base, rev, 'anyOf', out, renamed);
    this.compareDiscriminator(base, rev, here, renamed);
    compareXmlNode(base, rev, here);
    return out;
  }

  /**
   * How the strings two schemas admit relate, when both have a `pattern` and their string
   * constraints differ and it can be decided; undefined otherwise. Memoized: the same pattern pair
   * recurs across a document.
   */
  private strings(base: Schema, rev: Schema): StringRelation | undefined {
    if (base.pattern === undefined || rev.pattern === undefined) return undefined;
    const b: StringConstraints = { pattern: base.pattern, minLength: base.minLength, maxLength: base.maxLength };
    const r: StringConstraints = { pattern: rev.pattern, minLength: rev.minLength, maxLength: rev.maxLength };
    if (b.pattern === r.pattern && b.minLength === r.minLength && b.maxLength === r.maxLength) return undefined;
    const key = JSON.stringify([b, r]);
    if (!this.stringRelations.has(key)) this.stringRelations.set(key, stringRelation(b, r));
    return this.stringRelations.get(key);
  }

  /**
   * Whether revision schema `r` admits every value of base schema `b` and documents each of its
   * properties the same way (new optional properties allowed). Conservative: `r` may only
   * constrain types, properties and required. With `only`, just the values of `b` that hold
   * `only.value` at the property path `only.path` (`[]`: `b` is that one value) count. With
   * `accepted`, a property of `b` that an open `r` does not declare is no obstacle: a validator
   * accepts it (what makes a `oneOf` value match), though the server may ignore it.
   */
  private admitsDocumented(r: Schema, b: Schema, only?: ValueAt, accepted = false): boolean {
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

  private compareEnum(base: Schema, rev: Schema, here: (kind: ChangeKind, data?: ChangeData, context?: ChangeContext) => void): void {
    if (!base.enum && !rev.enum) return;
    if (base.enum && !rev.enum) return here('enum-removed');
    if (!base.enum && rev.enum) return here('became-enum', { values: rev.enum.map(showValue).join(', ') });
    const extensible = base.extensibleEnum || rev.extensibleEnum;
    for (const value of base.enum!) {
      if (!listsValue(rev.enum!, value)) here('enum-value-removed', { value: showValue(value) }, { extensible });
    }
    for (const value of rev.enum!) {
      if (!listsValue(base.enum!, value)) here('enum-value-added', { value: showValue(value) }, { extensible });
    }
  }

  private compareProperties(base: Schema, rev: Schema, out: PairItem[]): void {
    const closed = base.additionalProperties === false;
    for (const [name, baseHandle] of base.properties) {
      const revHandle = rev.properties.get(name);
      const wasRequired = base.required.has(name);
      const isRequired = rev.required.has(name);
      if (!revHandle && requiresUndeclared(rev, name)) {
        this.compareProperty(name, this.baseStore.get(baseHandle), baseHandle.loc, this.undeclared(rev, name, this.revisionStore), rev.loc, wasRequired, true, out);
        continue;
      }
      // The same schema written on both sides changes nothing but, perhaps, the parent's `required`.
      const same = revHandle !== undefined && this.written.same(baseHandle, revHandle);
      if (same && wasRequired === isRequired) continue;
      const b = this.baseStore.get(baseHandle);
      if (!revHandle) {
        out.push({
          kind: 'property-removed',
          path: [name],
          base: baseHandle.loc,
          revision: rev.loc,
          data: { name },
          context: { readOnly: b.readOnly, writeOnly: b.writeOnly, required: wasRequired, deprecated: b.deprecated, sunset: b.sunset },
        });
        continue;
      }
      const r = this.revisionStore.get(revHandle);
      this.compareProperty(name, b, baseHandle.loc, r, revHandle.loc, wasRequired, isRequired, out, same);
    }
    for (const [name, revHandle] of rev.properties) {
      if (base.properties.has(name)) continue;
      const r = this.revisionStore.get(revHandle);
      if (requiresUndeclared(base, name)) {
        this.compareProperty(name, this.undeclared(base, name, this.baseStore), base.loc, r, revHandle.loc, true, rev.required.has(name), out);
        continue;
      }
      out.push({
        kind: 'property-added',
        path: [name],
        base: base.loc,
        revision: revHandle.loc,
        data: { name },
        context: { required: rev.required.has(name), readOnly: r.readOnly, writeOnly: r.writeOnly, hasDefault: r.default !== undefined, closed },
      });
    }
    // Declared on neither side, a required name still obliges the sender to include it.
    for (const name of new Set([...base.required, ...rev.required])) {
      if (base.properties.has(name) || rev.properties.has(name)) continue;
      const wasRequired = requiresUndeclared(base, name);
      const isRequired = requiresUndeclared(rev, name);
      if (wasRequired === isRequired) continue;
      out.push({
        kind: isRequired ? 'property-became-required' : 'property-became-optional',
        path: [name],
        base: base.loc,
        revision: rev.loc,
        data: { name },
        context: isRequired ? { hasDefault: false } : {},
      });
    }
  }

  /** One property on both sides (declared, or only named in `required`): its required-ness, flags and schema. */
  private compareProperty(name: string, b: Schema, bLoc: Loc, r: Schema, rLoc: Loc, wasRequired: boolean, isRequired: boolean, out: PairItem[], same = false): void {
    const propertyContext = { readOnly: b.readOnly && r.readOnly, writeOnly: b.writeOnly && r.writeOnly };
    const at = (kind: ChangeKind, extra: ChangeContext = {}, data: ChangeData = {}): void => {
      out.push({ kind, path: [name], base: bLoc, revision: rLoc, data: { name, ...data }, context: { ...propertyContext, ...extra } });
    };
    if (!wasRequired && isRequired) at('property-became-required', { hasDefault: r.default !== undefined });
    if (wasRequired && !isRequired) at('property-became-optional');
    if (same) return;
    if (!b.readOnly && r.readOnly) at('property-became-read-only', { required: isRequired });
    if (b.readOnly && !r.readOnly) at('property-became-not-read-only', { required: isRequired });
    if (!b.writeOnly && r.writeOnly) at('property-became-write-only', { required: wasRequired });
    if (b.writeOnly && !r.writeOnly) at('property-became-not-write-only', { required: isRequired });
    if (!b.deprecated && r.deprecated) at('property-deprecated', {}, { sunset: r.sunset ?? '' });
    if (b.deprecated && !r.deprecated) at('property-reactivated');
    if (sunsetChanged(b, r)) at('property-sunset-changed', {}, { from: b.sunset ?? '', to: r.sunset ?? '', sunset: r.sunset ?? '' });
    for (const change of this.diffSchemas(b, r)) {
      out.push({
        ...change,
        path: [name, ...change.path],
        context: {
          ...change.context,
          readOnly: change.context.readOnly || propertyContext.readOnly,
          writeOnly: change.context.writeOnly || propertyContext.writeOnly,
        },
      });
    }
  }

  /** What a name in `required` that `properties` does not declare admits: the `additionalProperties` schema, else any value. */
  private undeclared(schema: Schema, name: string, store: SchemaStore): Schema {
    const extra = schema.additionalProperties;
    if (typeof extra === 'object') return store.get(extra);
    return emptySchema(`${schema.id}\u0000required:${name}`, schema.loc);
  }

  private compareAdditionalProperties(base: Schema, rev: Schema, out: PairItem[]): void {
    const b = base.additionalProperties;
    const r = rev.additionalProperties;
    const openB = b === undefined || b === true;
    const openR = r === undefined || r === true;
    if (openB && openR) return;
    if (typeof b === 'object' && typeof r === 'object') {
      for (const change of this.nested(b, r)) out.push({ ...change, path: ['{}', ...change.path] });
      return;
    }
    if (typeof b === 'object' && openR) {
      // A map whose values had a schema now holds values of any kind: its values widened, which is
      // judged like any schema change (a response client reads them), not as "more properties allowed".
      const anything = emptySchema(`${rev.id}\u0000additionalProperties`, rev.loc);
      for (const change of this.diffSchemas(this.baseStore.get(b), anything)) out.push({ ...change, path: ['{}', ...change.path] });
      return;
    }
    const rank = (v: typeof b): number => (v === false ? 0 : v === undefined || v === true ? 2 : 1);
    if (rank(b) === rank(r)) return;
    out.push({
      kind: rank(r) > rank(b) ? 'additional-properties-widened' : 'additional-properties-narrowed',
      path: [],
      base: base.loc,
      revision: rev.loc,
      data: { from: describeAdditional(b), to: describeAdditional(r) },
      context: {},
    });
  }

  private compareItems(base: Schema, rev: Schema, out: PairItem[]): void {
    if (base.items && rev.items) {
      for (const change of this.nested(base.items, rev.items)) out.push({ ...change, path: ['[]', ...change.path] });
    }
    const bp = base.prefixItems ?? [];
    const rp = rev.prefixItems ?? [];
    const n = Math.min(bp.length, rp.length);
    for (let i = 0; i < n; i++) {
      for (const change of this.nested(bp[i], rp[i])) out.push({ ...change, path: [`[${i}]`, ...change.path] });
    }
    if (rp.length > bp.length) out.push({ kind: 'prefix-items-added', path: [], base: base.loc, revision: rev.loc, data: { count: rp.length - bp.length }, context: {} });
    if (bp.length > rp.length) out.push({ kind: 'prefix-items-removed', path: [], base: base.loc, revision: rev.loc, data: { count: bp.length - rp.length }, context: {} });
  }

  /**
   * The variants of two unions, each compared with its counterpart. Variants are paired by
   * component name, then by content (see `pairVariants`); a pair of differently named components
   * with the same content is a rename, which `renamed` records for the discriminator mapping.
   */
  private compareVariants(base: Schema, rev: Schema, keyword: 'oneOf' | 'anyOf', out: PairItem[], renamed: Map<string, string>): void {
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
  private compareAsUnions(base: Schema, rev: Schema, out: PairItem[]): void {
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
    const { pairs, removed, added } = this.pairVariants(bv.map((v) => v.s), rv.map((v) => v.s), how.anyName, how.renamed);
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
      const stillCovered = rv.some((r) => this.admitsDocumented(r.s, bv[i].s));
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
      const both = this.repeated(rv, j, [k], 'revision') !== undefined || (this.admitsDocumented(rv[j].s, bv[i].s, undefined, true) && this.admitsDocumented(rv[k].s, bv[i].s));
      if (both && !this.matchedTwice(bv, i)) return k;
    }
    return undefined;
  }

  /** Whether another base variant repeats `bv[i]` or accepts its documented values: they were ambiguous already. */
  private matchedTwice(bv: Variant[], i: number): boolean {
    if (this.repeated(bv, i, bv.keys(), 'base') !== undefined) return true;
    const inBase = (this.withinBase ??= new SchemaDiffer(this.baseStore, this.baseStore));
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
        const k = rv.findIndex((r, k) => k !== j && this.admitsDocumented(r.s, bv[i].s, only));
        if (k >= 0) variant = describeVariant(rv[k].s, k);
      } else {
        // Roles turned: whether a base variant admits what the revision variant now does.
        const mirror = (this.mirror ??= new SchemaDiffer(this.revisionStore, this.baseStore));
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

  /**
   * Pairs variants: by component name first; then, where at least one side is unnamed (inline,
   * or `anyName`), by content: the pairs with the fewest differences first, so a variant inserted
   * before the others is one addition; two named components only when their content is the same.
   */
  private pairVariants(bv: Schema[], rv: Schema[], anyName: boolean, renamed: Map<string, string>): { pairs: [number, number][]; removed: number[]; added: number[] } {
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
    const baseTags = bv.map((v) => this.tags(v, this.baseStore));
    const revTags = rv.map((v) => this.tags(v, this.revisionStore));
    for (const i of freeBase) {
      for (const j of freeRev) {
        const named = variantName(bv[i]) !== undefined && variantName(rv[j]) !== undefined && !anyName;
        if (!named && !sameTypes(bv[i], rv[j])) continue;
        const tagged = sameTags(baseTags[i], revTags[j]);
        // Variants told apart by a one-value property (`type: {enum: [code_scanning]}`) are different kinds.
        if (tagged === undefined) continue;
        const cost = byContent || named ? this.pairs.count(bv[i], rv[j]) : 0;
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
  private tags(variant: Schema, store: SchemaStore): Map<string, string> {
    const out = new Map<string, string>();
    for (const [name, handle] of variant.properties) {
      const property = store.get(handle);
      const values = property.const ? [property.const.value] : property.enum;
      if (values?.length === 1) out.set(name, stableStringify(values[0]));
    }
    return out;
  }

  private compareDiscriminator(base: Schema, rev: Schema, here: Here, renamed: ReadonlyMap<string, string>): void {
    const b = base.discriminator;
    const r = rev.discriminator;
    if (!b && !r) return;
    if (!b) return here('discriminator-added', { discriminator: r!.propertyName });
    if (!r) return here('discriminator-removed', { discriminator: b.propertyName });
    if (b.propertyName !== r.propertyName) here('discriminator-property-changed', { from: b.propertyName, to: r.propertyName });
    for (const [value, target] of b.mapping) {
      const next = r.mapping.get(value);
      if (next === undefined) here('discriminator-mapping-removed', { value });
      else if (next !== target && renamed.get(lastSegment(target)) !== lastSegment(next) && !this.sameTarget(base, target, rev, next)) {
        here('discriminator-mapping-changed', { value, from: target, to: next });
      }
    }
    for (const value of r.mapping.keys()) if (!b.mapping.has(value)) here('discriminator-mapping-added', { value });
    // 3.2 `defaultMapping` maps every value the mapping does not list (and a missing one): judged as one more entry.
    const [from, to] = [b.defaultMapping, r.defaultMapping];
    const value = UNMAPPED_VALUES;
    if (from === undefined && to !== undefined) here('discriminator-mapping-added', { value });
    else if (from !== undefined && to === undefined) here('discriminator-mapping-removed', { value });
    else if (from !== undefined && to !== undefined && from !== to && renamed.get(lastSegment(from)) !== lastSegment(to) && !this.sameTarget(base, from, rev, to)) {
      here('discriminator-mapping-changed', { value, from, to });
    }
  }

  /** Two mapping targets are the same when the schemas they name admit the same values, whatever the `$ref` says. */
  private sameTarget(base: Schema, target: string, rev: Schema, next: string): boolean {
    const handle = (ref: string, at: Schema): SchemaHandle => ({ raw: { $ref: mappingRef(ref) }, loc: at.loc });
    try {
      const b = handle(target, base);
      const r = handle(next, rev);
      return this.written.same(b, r) || !this.pairs.changed(this.baseStore.get(b), this.revisionStore.get(r));
    } catch {
      // A mapping that does not resolve is compared as written.
      return false;
    }
  }
}

/** A mapping value is a `$ref` or, without `#` or `/`, a component schema name. */
function mappingRef(value: string): string {
  return value.includes('#') || value.includes('/') ? value : `#/components/schemas/${value}`;
}

/** `schema` with its `const` read as a one-value `enum` when `other` spells its values with `enum`. */
function constAsEnum(schema: Schema, other: Schema): Schema {
  if (!schema.const || schema.enum || !other.enum || other.const) return schema;
  return { ...schema, enum: [schema.const.value], const: undefined };
}

/** Values of a schema that hold `value` (as `showValue` writes it) at a property path. */
interface ValueAt {
  path: readonly string[];
  value: string;
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

/** Whether an enum lists the value, compared as JSON (objects and arrays by content). */
function listsValue(list: readonly unknown[], value: unknown): boolean {
  return list.some((v) => jsonEqual(v, value));
}

/** A union variant and where it is written (the `$ref`, not its target). */
interface Variant {
  s: Schema;
  at: Loc;
  /** The variant as written, when it is one (not a part of a plain schema). */
  h?: SchemaHandle;
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
function comparedAsUnions(base: Schema, rev: Schema): boolean {
  const bu = unionKeyword(base);
  const ru = unionKeyword(rev);
  const plain = (s: Schema) => !s.oneOf && !s.anyOf;
  if (bu && ru) return bu !== ru;
  return (bu !== undefined && plain(rev)) || (ru !== undefined && plain(base));
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

/** `required` names a property the schema does not declare; it only constrains objects. */
function requiresUndeclared(schema: Schema, name: string): boolean {
  return schema.required.has(name) && !schema.properties.has(name) && (!schema.types || schema.types.has('object'));
}

function compareTypes(base: Set<ValueType> | undefined, rev: Set<ValueType> | undefined): 'same' | 'widened' | 'narrowed' | 'changed' {
  const bCoversR = covers(base, rev);
  const rCoversB = covers(rev, base);
  if (bCoversR && rCoversB) return 'same';
  if (rCoversB) return 'widened';
  if (bCoversR) return 'narrowed';
  return 'changed';
}

/** Every value of type set `b` is admitted by type set `a` (undefined admits any). */
function covers(a: Set<ValueType> | undefined, b: Set<ValueType> | undefined): boolean {
  if (a === undefined) return true;
  if (b === undefined) return false;
  for (const t of b) if (!a.has(t) && !(t === 'integer' && a.has('number'))) return false;
  return true;
}

/** Some value type (integer and number counted as one) is admitted by both sets. */
function overlaps(a: Set<ValueType> | undefined, b: Set<ValueType> | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  return [...b].some((t) => a.has(t) || (t === 'integer' && a.has('number')) || (t === 'number' && a.has('integer')));
}

function shares(a: Set<ValueType> | undefined, b: Set<ValueType> | undefined, t: ValueType): boolean {
  return (a === undefined || a.has(t)) && (b === undefined || b.has(t));
}

function describeTypes(schema: Schema): string {
  if (!schema.types) return 'any';
  const list = [...schema.types].sort();
  return list.length === 0 ? 'none' : list.join(' | ');
}

type Here = (kind: ChangeKind, data?: ChangeData, context?: ChangeContext) => void;

/** How the values a 3.2 `defaultMapping` covers are named in messages. */
const UNMAPPED_VALUES = '* (defaultMapping: any value not listed)';

/** The XML node a value is written as; `attribute: true` and `nodeType: attribute` are one spelling. */
function compareXmlNode(base: Schema, rev: Schema, here: Here): void {
  if (base.xmlNode === undefined && rev.xmlNode === undefined) return;
  const node = (s: Schema) => s.xmlNode ?? (s.types?.size === 1 && s.types.has('array') ? 'none' : 'element');
  if (node(base) !== node(rev)) here('xml-node-type-changed', { from: node(base), to: node(rev) });
}

function compareConst(base: Schema, rev: Schema, here: Here): void {
  if (!sameOptionalJson(base.const, rev.const)) {
    if (!base.const) here('const-added', { to: showValue(rev.const!.value) });
    else if (!rev.const) here('const-removed', { from: showValue(base.const.value) });
    else here('const-changed', { from: showValue(base.const.value), to: showValue(rev.const.value) });
  }
}

function compareFormat(base: Schema, rev: Schema, here: Here): void {
  if (base.format === rev.format) return;
  if (base.format === undefined) return here('format-added', { to: rev.format! });
  if (rev.format === undefined) return here('format-removed', { from: base.format });
  const relation = FORMAT_WIDENINGS.has(`${base.format}>${rev.format}`)
    ? 'widened'
    : FORMAT_WIDENINGS.has(`${rev.format}>${base.format}`)
      ? 'narrowed'
      : 'changed';
  here('format-changed', { from: base.format, to: rev.format }, { relation });
}

function compareBounds(base: Schema, rev: Schema, here: Here): void {
  const min = boundChange(base.minimum, rev.minimum, 1);
  if (min) here(min === 'narrowed' ? 'min-increased' : 'min-decreased', { from: showBound(base.minimum), to: showBound(rev.minimum) });
  const max = boundChange(base.maximum, rev.maximum, -1);
  if (max) here(max === 'narrowed' ? 'max-decreased' : 'max-increased', { from: showBound(base.maximum), to: showBound(rev.maximum) });
  if (base.multipleOf !== rev.multipleOf) {
    const b = base.multipleOf;
    const r = rev.multipleOf;
    const relation = r === undefined ? 'widened' : b === undefined ? 'narrowed' : isMultiple(r, b) ? 'narrowed' : isMultiple(b, r) ? 'widened' : 'changed';
    here('multiple-of-changed', { from: b ?? 'none', to: r ?? 'none' }, { relation });
  }
}

function isMultiple(a: number, b: number): boolean {
  const q = a / b;
  return Math.abs(q - Math.round(q)) < 1e-9;
}

/** `sign` 1 for a lower bound, -1 for an upper one. Returns the set effect, if any. */
function boundChange(base: Bound | undefined, rev: Bound | undefined, sign: 1 | -1): 'narrowed' | 'widened' | undefined {
  if (!base && !rev) return undefined;
  if (!base) return 'narrowed';
  if (!rev) return 'widened';
  if (base.value === rev.value) {
    if (base.exclusive === rev.exclusive) return undefined;
    return rev.exclusive ? 'narrowed' : 'widened';
  }
  return (rev.value - base.value) * sign > 0 ? 'narrowed' : 'widened';
}

function showBound(bound: Bound | undefined): string {
  if (!bound) return 'none';
  return bound.exclusive ? `${bound.value} (exclusive)` : String(bound.value);
}

const LIMITS = [
  ['minLength', 'min-length', 1],
  ['maxLength', 'max-length', -1],
  ['minItems', 'min-items', 1],
  ['maxItems', 'max-items', -1],
  ['minProperties', 'min-properties', 1],
  ['maxProperties', 'max-properties', -1],
] as const;

/**
 * Limits; with `strings` (both schemas have a pattern), a length change that does not change the
 * strings admitted, because the patterns already bound them, is no change.
 */
function compareLimits(base: Schema, rev: Schema, here: Here, strings?: StringRelation): void {
  for (const [key, name, sign] of LIMITS) {
    const b = base[key];
    const r = rev[key];
    if (b === r) continue;
    const effect = boundChange(b === undefined ? undefined : { value: b, exclusive: false }, r === undefined ? undefined : { value: r, exclusive: false }, sign);
    if (!effect) continue;
    if (strings && (key === 'minLength' || key === 'maxLength') && !(effect === 'narrowed' ? strings.narrows : strings.widens)) continue;
    const grew = (effect === 'narrowed') === (sign === 1);
    here(`${name}-${grew ? 'increased' : 'decreased'}`, { from: b ?? 'none', to: r ?? 'none' });
  }
}

/**
 * A changed pattern with `strings` decided: no change when it accepts the same strings within the
 * length bounds, else narrowed, widened or changed; undecided, it is only "changed".
 */
function comparePattern(base: Schema, rev: Schema, here: Here, strings?: StringRelation): void {
  if (base.pattern === rev.pattern) return;
  if (base.pattern === undefined) here('pattern-added', { to: rev.pattern! });
  else if (rev.pattern === undefined) here('pattern-removed', { from: base.pattern });
  else if (!strings) here('pattern-changed', { from: base.pattern, to: rev.pattern });
  else if (strings.patternNarrows || strings.patternWidens) {
    const relation = strings.patternNarrows && strings.patternWidens ? 'changed' : strings.patternNarrows ? 'narrowed' : 'widened';
    here('pattern-changed', { from: base.pattern, to: rev.pattern }, { relation });
  }
}

/** Keywords compared as written; an `items` schema that appears or disappears counts as one too. */
function compareExtras(base: Schema, rev: Schema, here: Here): void {
  for (const keyword of new Set([...base.extra.keys(), ...rev.extra.keys()])) {
    const b = base.extra.get(keyword);
    const r = rev.extra.get(keyword);
    if (b === undefined) here('constraint-added', { keyword });
    else if (r === undefined) here('constraint-removed', { keyword });
    else if (!jsonEqual(b, r)) here('constraint-changed', { keyword });
  }
  const hasItems = (s: Schema) => s.items !== undefined || s.prefixItems !== undefined;
  if (!hasItems(base) && hasItems(rev) && shares(base.types, rev.types, 'array')) here('constraint-added', { keyword: 'items' });
  if (hasItems(base) && !hasItems(rev) && shares(base.types, rev.types, 'array')) here('constraint-removed', { keyword: 'items' });
}

/** What makes a change the same cause wherever it is reached from: its kind, places and values, not its path. */
function changeKey(change: SchemaChange): string {
  const at = (loc: Loc | undefined) => (loc ? `${loc.file}#${loc.pointer}` : '');
  return [change.kind, at(change.base), at(change.revision), stableStringify(change.data)].join('\u0000');
}

function lastSegment(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

function describeAdditional(value: boolean | SchemaHandle | undefined): string {
  if (value === undefined || value === true) return 'allowed';
  if (value === false) return 'forbidden';
  return 'a schema';
}

function variantName(schema: Schema): string | undefined {
  return schema.refName;
}

function sameTypes(a: Schema, b: Schema): boolean {
  return compareTypes(a.types, b.types) === 'same';
}

function describeVariant(schema: Schema, index: number): string {
  return schema.refName ?? `#${index} (${describeTypes(schema)})`;
}

/** A variant with its place in the union, for telling a repeat from its twin (`Cat (#2)`). */
function describePosition(schema: Schema, index: number): string {
  return schema.refName ? `${schema.refName} (#${index})` : describeVariant(schema, index);
}

function sameOptionalJson(a: { value: unknown } | undefined, b: { value: unknown } | undefined): boolean {
  if (!a || !b) return a === b;
  return jsonEqual(a.value, b.value);
}

/** Two values as a message shows them, quoted as JSON when their plain spellings coincide (`true` and `"true"`). */
function showDistinct(from: unknown, to: unknown): { from: string; to: string } {
  const plain = { from: showValue(from), to: showValue(to) };
  return plain.from === plain.to ? { from: stableStringify(from), to: stableStringify(to) } : plain;
}

export function showValue(value: unknown): string {
  if (value === undefined) return 'none';
  return typeof value === 'string' ? value : stableStringify(value);
}
