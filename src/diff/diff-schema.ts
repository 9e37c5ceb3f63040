import { jsonEqual } from '../json-equal.js';
import { emptySchema, stableStringify, type Bound, type Schema, type SchemaStore } from '../model/schema.js';
import type { Loc, SchemaHandle } from '../model/types.js';
import { sunsetChanged, type ChangeContext, type ChangeData, type ChangeKind } from './change.js';
import { Admission } from './admits-documented.js';
import { comparedAsUnions, UnionDiffer } from './diff-union.js';
import { PairGraph, type PairItem } from './pair-graph.js';
import type { SchemaChange } from './schema-change.js';
import { sameDefault } from './same-default.js';
import { WrittenEquality } from './same-written.js';
import { stringRelation, type StringConstraints, type StringRelation } from './string-language.js';
import { compareTypes, constrainsStrings, covers, describeTypes, overlaps, shares, textTypes } from './value-types.js';
import { listsValue, showValue } from './written-values.js';

export type { SchemaChange };

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
  private readonly admission: Admission;
  private readonly unions: UnionDiffer;

  constructor(
    private readonly baseStore: SchemaStore,
    private readonly revisionStore: SchemaStore,
  ) {
    this.written = new WrittenEquality(baseStore.resolver, revisionStore.resolver);
    this.admission = new Admission(baseStore, revisionStore, this.pairs);
    this.unions = new UnionDiffer(baseStore, revisionStore, this.pairs, this.written, this.admission, (b, r) => new SchemaDiffer(b, r).admission);
  }

  /**
   * The changes between two schemas. With a `scope`, a change already reported in that scope (the
   * same written schemas reached through another reference) is left out. With `text`, the value
   * travels as text (a parameter or a header) and its type is judged so.
   */
  diff(base: SchemaHandle, revision: SchemaHandle, scope?: string, text = false): SchemaChange[] {
    if (this.written.same(base, revision)) return [];
    const b = this.baseStore.get(base);
    const r = this.revisionStore.get(revision);
    const found = this.pairs.changes(b, r);
    const changes = text ? this.typedAsText(b, r, found) : found;
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
   * The type changes of a value sent as text judged on text: `?n=1` is as good a string as it is
   * an integer, so integer to string widens what is admitted. So are the items of a delimited list
   * and the properties of an object written as `name=value` pairs. A top-level schema without a
   * type keeps its JSON reading: a client may pass an array or an object there, which is written
   * otherwise than one token.
   */
  private typedAsText(b: Schema, r: Schema, changes: SchemaChange[]): SchemaChange[] {
    return changes.flatMap((change) => {
      if (!change.kind.startsWith('type-')) return [change];
      const pair = change.path.length === 0 ? ([b, r] as const) : change.path.length === 1 ? this.textPart(b, r, change.path[0]) : undefined;
      if (!pair || comparedAsUnions(pair[0], pair[1])) return [change];
      // An item without a type is one token of text, unless compared with an object or array item.
      const anyIsText = change.path[0] === '[]' && (isScalar(pair[0]) || isScalar(pair[1]));
      const relation = compareTypes(textTypes(pair[0], anyIsText), textTypes(pair[1], anyIsText));
      if (relation === 'same') return [];
      return [{ ...change, kind: `type-${relation}`, context: { ...change.context, relation } }];
    });
  }

  /** The items (`[]`) or a property of a value sent as text, on both sides. */
  private textPart(b: Schema, r: Schema, segment: string): readonly [Schema, Schema] | undefined {
    if (comparedAsUnions(b, r)) return undefined;
    const [bPart, rPart] = segment === '[]' ? [b.items, r.items] : [b.properties.get(segment), r.properties.get(segment)];
    return bPart && rPart ? [this.baseStore.get(bPart), this.revisionStore.get(rPart)] : undefined;
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
    return items.types?.has('string') && !constrainsStrings(items) ? { items: r.items, relaxed: true } : undefined;
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
      this.unions.compareAsUnions(base, rev, out);
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
    this.unions.compareVariants(base, rev, 'oneOf', out, renamed);
    this.unions.compareVariants(base, rev, 'anyOf', out, renamed);
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
    const b: StringConstraints = { pattern: base.pattern, minLength: lowerLimit(base.minLength), maxLength: base.maxLength };
    const r: StringConstraints = { pattern: rev.pattern, minLength: lowerLimit(rev.minLength), maxLength: rev.maxLength };
    if (b.pattern === r.pattern && b.minLength === r.minLength && b.maxLength === r.maxLength) return undefined;
    const key = JSON.stringify([b, r]);
    if (!this.stringRelations.has(key)) this.stringRelations.set(key, stringRelation(b, r));
    return this.stringRelations.get(key);
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

/** A schema that admits only numbers, strings and booleans. */
function isScalar(schema: Schema): boolean {
  return schema.types !== undefined && ![...schema.types].some((t) => t === 'array' || t === 'object');
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

/** `required` names a property the schema does not declare; it only constrains objects. */
function requiresUndeclared(schema: Schema, name: string): boolean {
  return schema.required.has(name) && !schema.properties.has(name) && (!schema.types || schema.types.has('object'));
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
  if (base.format === undefined) return rangeHolds(rev, base) ? undefined : here('format-added', { to: rev.format! });
  if (rev.format === undefined) return rangeHolds(base, rev) ? undefined : here('format-removed', { from: base.format });
  const relation = FORMAT_WIDENINGS.has(`${base.format}>${rev.format}`)
    ? 'widened'
    : FORMAT_WIDENINGS.has(`${rev.format}>${base.format}`)
      ? 'narrowed'
      : 'changed';
  here('format-changed', { from: base.format, to: rev.format }, { relation });
}

const INTEGER_FORMAT_RANGES: Record<string, [number, number]> = { int32: [-(2 ** 31), 2 ** 31 - 1], int64: [-(2 ** 63), 2 ** 63 - 1] };

/**
 * `formatted`'s integer format (`int32`, `int64`) excludes none of the values `other` admits: its
 * type already says integer, and `other`'s bounds lie within the format's range
 * (`{minimum: 1, maximum: 20}` gaining `format: int32` admits the same twenty values).
 */
function rangeHolds(formatted: Schema, other: Schema): boolean {
  const range = INTEGER_FORMAT_RANGES[formatted.format!];
  if (!range || !formatted.types || [...formatted.types].some((type) => type !== 'integer')) return false;
  return other.minimum !== undefined && other.maximum !== undefined && other.minimum.value >= range[0] && other.maximum.value <= range[1];
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

/** A minimum length, item or property count of 0 admits every value: the same as none. */
function lowerLimit(limit: number | undefined): number | undefined {
  return limit === 0 ? undefined : limit;
}

/**
 * Limits; with `strings` (both schemas have a pattern), a length change that does not change the
 * strings admitted, because the patterns already bound them, is no change.
 */
function compareLimits(base: Schema, rev: Schema, here: Here, strings?: StringRelation): void {
  for (const [key, name, sign] of LIMITS) {
    const b = base[key];
    const r = rev[key];
    const [lb, lr] = sign === 1 ? [lowerLimit(b), lowerLimit(r)] : [b, r];
    if (lb === lr) continue;
    const effect = boundChange(lb === undefined ? undefined : { value: lb, exclusive: false }, lr === undefined ? undefined : { value: lr, exclusive: false }, sign);
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

function sameOptionalJson(a: { value: unknown } | undefined, b: { value: unknown } | undefined): boolean {
  if (!a || !b) return a === b;
  return jsonEqual(a.value, b.value);
}

/** Two values as a message shows them, quoted as JSON when their plain spellings coincide (`true` and `"true"`). */
function showDistinct(from: unknown, to: unknown): { from: string; to: string } {
  const plain = { from: showValue(from), to: showValue(to) };
  return plain.from === plain.to ? { from: stableStringify(from), to: stableStringify(to) } : plain;
}
