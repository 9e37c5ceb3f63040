import { jsonEqual } from '../json-equal.js';
import { joinPointer } from '../load/pointer.js';
import { isRef, locKey, type Resolver } from './resolver.js';
import type { Loc, SchemaHandle } from './types.js';

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null';

export interface Bound {
  value: number;
  exclusive: boolean;
}

/**
 * A schema as the set of values it admits, with every spelling unified: 3.0 `nullable`, 3.1
 * `type: [..., "null"]`, `oneOf` with a `null` variant; `allOf` merged into one effective schema;
 * a `oneOf` of bare types turned into a type list. Subschemas stay lazy handles.
 */
export interface Schema {
  /** Identity of the written schema (file#pointer after `$ref`s), for memoizing pair comparisons. */
  id: string;
  loc: Loc;
  /** Component name when reached through a `$ref`. */
  refName?: string;
  /** Admitted types; undefined admits any. `null` is kept apart in `nullable`. */
  types?: Set<Exclude<JsonType, 'null'>>;
  nullable: boolean;
  /** `false` schema: admits nothing. */
  never: boolean;
  format?: string;
  enum?: unknown[];
  const?: { value: unknown };
  default?: { value: unknown };
  properties: Map<string, SchemaHandle>;
  required: Set<string>;
  /** undefined: not stated (any extra property allowed). */
  additionalProperties?: boolean | SchemaHandle;
  items?: SchemaHandle;
  prefixItems?: SchemaHandle[];
  minimum?: Bound;
  maximum?: Bound;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  uniqueItems: boolean;
  minProperties?: number;
  maxProperties?: number;
  readOnly: boolean;
  writeOnly: boolean;
  deprecated: boolean;
  sunset?: string;
  oneOf?: SchemaHandle[];
  anyOf?: SchemaHandle[];
  not?: SchemaHandle;
  /** 3.2 `defaultMapping`: the schema of values the mapping does not list (and of a missing property). */
  discriminator?: { propertyName: string; mapping: Map<string, string>; defaultMapping?: string };
  /**
   * How the value is written in XML (3.2 `xml.nodeType`: element, attribute, text, cdata, none), with
   * the older `attribute: true` and `wrapped: true` read as the node types they stand for. Undefined
   * without an `xml` object: the default for the type (`none` for an array, else `element`).
   */
  xmlNode?: string;
  /** Enum of an `x-extensible-enum`: clients must tolerate unknown values. */
  extensibleEnum: boolean;
  /** Assertion keywords compared only as written (`not`, `contains`, `if`, `patternProperties`, …). */
  extra: Map<string, unknown>;
}

/** Keywords that restrict values but are not modelled one by one: compared by their written JSON. */
export const EXTRA_KEYWORDS = [
  'not',
  'contains',
  'minContains',
  'maxContains',
  'dependentRequired',
  'dependentSchemas',
  'patternProperties',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  'if',
  'then',
  'else',
  'contentMediaType',
  'contentEncoding',
  'contentSchema',
] as const;

type Obj = Record<string, unknown>;
const ALL_TYPES: Exclude<JsonType, 'null'>[] = ['string', 'number', 'integer', 'boolean', 'array', 'object'];

/** Resolves and normalizes schemas on demand, each written schema once. */
export class SchemaStore {
  private readonly cache = new Map<string, Schema>();
  private readonly inProgress = new Set<string>();
  private readonly variants = new Map<string, Schema>();

  constructor(readonly resolver: Resolver) {}

  get(handle: SchemaHandle): Schema {
    const resolved = this.resolver.resolveSchema(handle.raw, handle.loc);
    const id = (isObject(handle.raw) && mergedIds.get(handle.raw)) || locKey(resolved.loc);
    const cached = this.cache.get(id);
    if (cached) return cached;
    if (this.inProgress.has(id)) return emptySchema(id, resolved.loc);
    this.inProgress.add(id);
    try {
      const schema = this.build(resolved.value, resolved.loc, id, refName(resolved.ref));
      this.cache.set(id, schema);
      return schema;
    } finally {
      this.inProgress.delete(id);
    }
  }

  private build(value: unknown, loc: Loc, id: string, name: string | undefined): Schema {
    if (value === false) return { ...emptySchema(id, loc), never: true };
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ...emptySchema(id, loc), refName: name };
    const raw = value as Obj;
    const schema = emptySchema(id, loc);
    schema.refName = name;
    const at = (...segments: (string | number)[]): Loc => ({ file: loc.file, pointer: joinPointer(loc.pointer, ...segments) });
    const handle = (v: unknown, ...segments: (string | number)[]): SchemaHandle => ({ raw: v, loc: at(...segments) });

    if (raw.type !== undefined) {
      const list = (Array.isArray(raw.type) ? raw.type : [raw.type]).map(String);
      schema.types = new Set(list.filter((t) => t !== 'null' && ALL_TYPES.includes(t as never)) as Exclude<JsonType, 'null'>[]);
      if (list.includes('null')) schema.nullable = true;
      if (list.includes('file')) schema.types.add('string');
    }
    if (raw.nullable === true || raw['x-nullable'] === true) schema.nullable = true;
    if (typeof raw.format === 'string') schema.format = raw.format;
    const extensible = Array.isArray(raw['x-extensible-enum']) ? raw['x-extensible-enum'] : undefined;
    if (Array.isArray(raw.enum) || extensible) {
      const values = (raw.enum as unknown[] | undefined) ?? extensible!;
      if (values.includes(null)) schema.nullable = true;
      schema.enum = values.filter((v) => v !== null);
      schema.extensibleEnum = extensible !== undefined && !Array.isArray(raw.enum);
    }
    if ('const' in raw) {
      // `const: null` admits null alone, as `enum: [null]` does: null is kept in `nullable`, no other value.
      if (raw.const === null) {
        schema.nullable = true;
        schema.enum = [];
      } else schema.const = { value: raw.const };
    }
    if ('default' in raw) schema.default = { value: raw.default };
    const properties = raw.properties as Obj | undefined;
    if (properties && typeof properties === 'object') {
      for (const key of Object.keys(properties)) schema.properties.set(key, handle(properties[key], 'properties', key));
    }
    if (Array.isArray(raw.required)) for (const r of raw.required) schema.required.add(String(r));
    if (raw.additionalProperties === true || raw.additionalProperties === false) schema.additionalProperties = raw.additionalProperties;
    else if (raw.additionalProperties && typeof raw.additionalProperties === 'object') {
      const ap = raw.additionalProperties as Obj;
      // `{}` admits any value, whether written inline, behind a `$ref` or wrapped: the same as `true`.
      schema.additionalProperties = this.admitsAnyValue(ap, at('additionalProperties')) ? true : handle(ap, 'additionalProperties');
    }
    if (Array.isArray(raw.prefixItems)) schema.prefixItems = raw.prefixItems.map((p, i) => handle(p, 'prefixItems', i));
    if (Array.isArray(raw.items)) schema.prefixItems = raw.items.map((p, i) => handle(p, 'items', i));
    else if (raw.items !== undefined && raw.items !== true) schema.items = handle(raw.items, 'items');
    schema.minimum = bound(raw.minimum, raw.exclusiveMinimum, 1);
    schema.maximum = bound(raw.maximum, raw.exclusiveMaximum, -1);
    for (const key of ['multipleOf', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties'] as const) {
      if (typeof raw[key] === 'number') schema[key] = raw[key] as number;
    }
    // An empty pattern matches every string: the same as no pattern.
    if (typeof raw.pattern === 'string' && raw.pattern !== '') schema.pattern = raw.pattern;
    schema.uniqueItems = raw.uniqueItems === true;
    schema.readOnly = raw.readOnly === true;
    schema.writeOnly = raw.writeOnly === true;
    schema.deprecated = raw.deprecated === true;
    if (typeof raw['x-sunset'] === 'string') schema.sunset = raw['x-sunset'];
    if (raw.not !== undefined) schema.not = handle(raw.not, 'not');
    for (const keyword of EXTRA_KEYWORDS) if (raw[keyword] !== undefined) schema.extra.set(keyword, raw[keyword]);
    if (raw.discriminator && typeof raw.discriminator === 'object') {
      const d = raw.discriminator as Obj;
      const mapping = new Map<string, string>();
      for (const [k, v] of Object.entries((d.mapping as Obj | undefined) ?? {})) mapping.set(k, String(v));
      if (typeof d.propertyName === 'string') {
        schema.discriminator = { propertyName: d.propertyName, mapping };
        if (typeof d.defaultMapping === 'string') schema.discriminator.defaultMapping = d.defaultMapping;
      }
    }
    if (typeof raw.discriminator === 'string') schema.discriminator = { propertyName: raw.discriminator, mapping: new Map() };
    if (isObject(raw.xml)) schema.xmlNode = xmlNodeOf(raw.xml as Obj);

    for (const keyword of ['oneOf', 'anyOf'] as const) {
      if (!Array.isArray(raw[keyword])) continue;
      const variants = (raw[keyword] as unknown[]).map((v, i) => handle(v, keyword, i));
      this.absorbVariants(schema, keyword, variants);
    }
    // A `$ref` reached here has siblings that constrain (3.1/3.2, see `resolveSchema`): it applies
    // beside them as an `allOf` part does, so `{$ref: X, readOnly: true}` reads as
    // `{allOf: [{$ref: X}], readOnly: true}` and keeps X's name.
    const written: SchemaHandle[] = isRef(raw) ? [{ raw: { $ref: raw.$ref }, loc }] : [];
    if (Array.isArray(raw.allOf)) written.push(...raw.allOf.map((part, i) => handle(part, 'allOf', i)));
    if (written.length > 0) {
      const parts = written.map((part) => this.get(part));
      for (const part of parts) mergeInto(schema, part);
      // `allOf: [{$ref: X}]` is X: it keeps X's name for pairing union variants.
      if (parts.length === 1) schema.refName ??= parts[0].refName;
      // Null passes an allOf only when every part admits it; a part without a type says nothing about it.
      if (raw.type === undefined && parts.some((p) => p.nullable) && parts.every((p) => p.nullable || p.types === undefined)) {
        schema.nullable = true;
      }
    }
    this.absorbUnevaluated(schema, raw, at);
    settleConst(schema);
    if (schema.types?.size === 1 && schema.types.has('integer')) {
      schema.minimum = integerBound(schema.minimum, 1);
      schema.maximum = integerBound(schema.maximum, -1);
    }
    return schema;
  }

  /**
   * One variant of a union as the values it admits: the union's own constraints (its `type`,
   * `properties`, `required`, …) and the variant's together. Cached per pair of written schemas.
   */
  variantOf(outer: Schema, variant: SchemaHandle): Schema {
    const part = this.get(variant);
    const id = `${outer.id}|${part.id}`;
    const cached = this.variants.get(id);
    if (cached) return cached;
    const schema: Schema = {
      ...outer,
      id,
      loc: part.loc,
      refName: part.refName,
      types: outer.types && new Set(outer.types),
      enum: outer.enum && [...outer.enum],
      properties: new Map(outer.properties),
      required: new Set(outer.required),
      extra: new Map(outer.extra),
      oneOf: undefined,
      anyOf: undefined,
      discriminator: undefined,
    };
    mergeInto(schema, part);
    settleConst(schema);
    if (outer.types === undefined && part.nullable) schema.nullable = true;
    this.variants.set(id, schema);
    return schema;
  }

  /** `oneOf: [X, {type: null}]` is a nullable X; `oneOf` of bare types is a type list. */
  private absorbVariants(schema: Schema, keyword: 'oneOf' | 'anyOf', variants: SchemaHandle[]): void {
    const kept: SchemaHandle[] = [];
    for (const variant of variants) {
      const v = this.get(variant);
      if (isNullOnly(v) || this.isNullableMarker(variant)) schema.nullable = true;
      else kept.push(variant);
    }
    if (kept.length === 0) return;
    const normalized = kept.map((h) => this.get(h));
    // One variant left (`anyOf: [{$ref: X}]`, `anyOf: [{$ref: X}, {type: 'null'}]`) is that variant.
    if (kept.length === 1) {
      const only = normalized[0];
      const untyped = schema.types === undefined;
      mergeInto(schema, only);
      if (untyped && only.nullable) schema.nullable = true;
      schema.refName ??= only.refName;
      return;
    }
    if (normalized.every(isBareType)) {
      // Read as "either" even when a type is named twice (a strict `oneOf` would then reject it):
      // real documents write `oneOf` of two strings meaning either one (docs/known-limits.md).
      const types = new Set(normalized.flatMap((v) => [...v.types!]));
      schema.types = schema.types ? new Set([...schema.types].filter((t) => types.has(t))) : types;
      if (normalized.some((v) => v.nullable)) schema.nullable = true;
      return;
    }
    schema[keyword] = kept;
  }

  /** The 3.0 spelling of a null variant: `{nullable: true}` with nothing else that constrains. */
  private isNullableMarker(variant: SchemaHandle): boolean {
    const value = this.resolver.resolveSchema(variant.raw, variant.loc).value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    const record = value as Obj;
    return record.nullable === true && Object.keys(record).every((key) => key === 'nullable' || ANNOTATIONS.has(key) || key.startsWith('x-'));
  }

  /**
   * On an object schema without `oneOf`/`anyOf`, `unevaluatedProperties` closes the object over
   * every property its `allOf` parts declare: after merging, what `additionalProperties` says.
   * `unevaluatedItems` says nothing about a value that cannot be an array.
   */
  private absorbUnevaluated(schema: Schema, raw: Obj, at: (...segments: (string | number)[]) => Loc): void {
    if (schema.types && !schema.types.has('array')) schema.extra.delete('unevaluatedItems');
    const unevaluated = raw.unevaluatedProperties;
    if (unevaluated === undefined || raw.additionalProperties !== undefined || Array.isArray(raw.oneOf) || Array.isArray(raw.anyOf)) return;
    if (schema.types && !schema.types.has('object')) {
      schema.extra.delete('unevaluatedProperties');
      return;
    }
    if (unevaluated !== true && unevaluated !== false && (unevaluated === null || typeof unevaluated !== 'object')) return;
    schema.extra.delete('unevaluatedProperties');
    if (typeof unevaluated === 'boolean') {
      schema.additionalProperties = unevaluated;
      return;
    }
    schema.additionalProperties = this.admitsAnyValue(unevaluated, at('unevaluatedProperties')) ? true : { raw: unevaluated, loc: at('unevaluatedProperties') };
  }

  /** `{}`, inline or behind `$ref`s, or a single-entry `allOf`/`anyOf`/`oneOf` of one, admits any value. */
  private admitsAnyValue(value: unknown, loc: Loc, depth = 0): boolean {
    const target = this.resolver.resolveSchema(value, loc);
    if (admitsAnything(target.value)) return true;
    if (depth > 16 || !isObject(target.value) || Array.isArray(target.value)) return false;
    const record = target.value as Obj;
    const keywords = Object.keys(record).filter((key) => !ANNOTATIONS.has(key) && !key.startsWith('x-'));
    const [keyword] = keywords;
    const parts = record[keyword];
    if (keywords.length !== 1 || !['allOf', 'anyOf', 'oneOf'].includes(keyword) || !Array.isArray(parts) || parts.length !== 1) return false;
    return this.admitsAnyValue(parts[0], { file: target.loc.file, pointer: joinPointer(target.loc.pointer, keyword, 0) }, depth + 1);
  }
}

/** A `const` beside an `enum` (written together, or met in two `allOf` parts) is that enum cut down to it. */
function settleConst(schema: Schema): void {
  if (!schema.const || !schema.enum) return;
  const value = schema.const.value;
  schema.enum = schema.enum.filter((v) => jsonEqual(v, value));
  schema.const = undefined;
}

/** A schema with nothing but annotations (`{}`, `{description: …}`) admits any value. */
function admitsAnything(value: unknown): boolean {
  if (value === true) return true;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.keys(value).every((key) => ANNOTATIONS.has(key) || key.startsWith('x-'));
}

const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples', '$comment']);

function refName(ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  const hash = ref.lastIndexOf('/');
  return hash === -1 ? ref : ref.slice(hash + 1);
}

/** `sign` 1 for a lower bound, -1 for an upper one. */
function bound(value: unknown, exclusive: unknown, sign: 1 | -1): Bound | undefined {
  if (typeof exclusive === 'number') {
    // Both given (3.1): the tighter one wins.
    const strict: Bound = { value: exclusive, exclusive: true };
    return typeof value === 'number' ? tighter(strict, { value, exclusive: false }, sign) : strict;
  }
  if (typeof value !== 'number') return undefined;
  return { value, exclusive: exclusive === true };
}

/** For integers every bound has an inclusive integer equivalent (`> 0` is `>= 1`), so both spellings compare equal. */
function integerBound(b: Bound | undefined, sign: 1 | -1): Bound | undefined {
  if (!b) return undefined;
  if (sign === 1) return { value: b.exclusive ? Math.floor(b.value) + 1 : Math.ceil(b.value), exclusive: false };
  return { value: b.exclusive ? Math.ceil(b.value) - 1 : Math.floor(b.value), exclusive: false };
}

function isNullOnly(schema: Schema): boolean {
  return schema.nullable && schema.types !== undefined && schema.types.size === 0 && schema.properties.size === 0;
}

/** A variant that says nothing but its type(s): collapsed into a type list, it loses nothing that constrains. */
function isBareType(schema: Schema): boolean {
  return (
    schema.types !== undefined &&
    schema.types.size > 0 &&
    schema.properties.size === 0 &&
    schema.required.size === 0 &&
    schema.multipleOf === undefined &&
    !schema.minItems &&
    schema.maxItems === undefined &&
    !schema.uniqueItems &&
    !schema.minProperties &&
    schema.maxProperties === undefined &&
    schema.not === undefined &&
    schema.discriminator === undefined &&
    schema.format === undefined &&
    schema.enum === undefined &&
    schema.const === undefined &&
    schema.items === undefined &&
    schema.prefixItems === undefined &&
    schema.oneOf === undefined &&
    schema.anyOf === undefined &&
    schema.minimum === undefined &&
    schema.maximum === undefined &&
    !schema.minLength &&
    schema.maxLength === undefined &&
    schema.pattern === undefined &&
    schema.additionalProperties === undefined &&
    schema.extra.size === 0
  );
}

/**
 * The part of a schema that admits one of its types: a value of type `t` is checked only by the
 * keywords that apply to `t`, so `type: [number, object]` is the union of a number schema and an
 * object schema. Undefined when the split would not say the same (a top-level `enum` or `const`).
 */
export function typePart(schema: Schema, type: Exclude<JsonType, 'null'>): Schema | undefined {
  if (schema.enum || schema.const) return undefined;
  const part: Schema = {
    ...schema,
    id: `${schema.id}|type:${type}`,
    types: new Set([type]),
    default: schema.default && hasType(schema.default.value, type) ? schema.default : undefined,
    properties: type === 'object' ? schema.properties : new Map(),
    required: type === 'object' ? schema.required : new Set(),
    uniqueItems: type === 'array' && schema.uniqueItems,
    extra: new Map([...schema.extra].filter(([keyword]) => appliesTo(keyword, type))),
  };
  for (const [types, fields] of ONLY_FOR) if (!types.includes(type)) for (const field of fields) delete part[field];
  return part;
}

type ValueTypeName = Exclude<JsonType, 'null'>;

/** The optional keywords that check values of some types only, with those types. */
const ONLY_FOR: [ValueTypeName[], ('format' | 'additionalProperties' | 'minProperties' | 'maxProperties' | 'discriminator' | 'items' | 'prefixItems' | 'minItems' | 'maxItems' | 'minLength' | 'maxLength' | 'pattern' | 'minimum' | 'maximum' | 'multipleOf')[]][] = [
  [['string', 'number', 'integer'], ['format']],
  [['object'], ['additionalProperties', 'minProperties', 'maxProperties', 'discriminator']],
  [['array'], ['items', 'prefixItems', 'minItems', 'maxItems']],
  [['string'], ['minLength', 'maxLength', 'pattern']],
  [['number', 'integer'], ['minimum', 'maximum', 'multipleOf']],
];

const KEYWORD_TYPES: Record<string, ValueTypeName> = {
  contains: 'array', minContains: 'array', maxContains: 'array', unevaluatedItems: 'array',
  dependentRequired: 'object', dependentSchemas: 'object', patternProperties: 'object', propertyNames: 'object', unevaluatedProperties: 'object',
  contentMediaType: 'string', contentEncoding: 'string', contentSchema: 'string',
};

/** Whether an assertion keyword checks values of type `t` (`not`, `if`, … check every value). */
function appliesTo(keyword: string, type: Exclude<JsonType, 'null'>): boolean {
  const only = KEYWORD_TYPES[keyword];
  return only === undefined || only === type;
}

/** Whether a JSON value is of type `t` (an integer is a number too). */
function hasType(value: unknown, type: Exclude<JsonType, 'null'>): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return value !== null && typeof value === 'object' && !Array.isArray(value);
  return typeof value === type;
}

export function emptySchema(id: string, loc: Loc): Schema {
  return {
    id,
    loc,
    nullable: false,
    never: false,
    properties: new Map(),
    required: new Set(),
    uniqueItems: false,
    readOnly: false,
    writeOnly: false,
    deprecated: false,
    extensibleEnum: false,
    extra: new Map(),
  };
}

/**
 * A property written in two `allOf` parts: an `allOf` of `$ref`s to where each part is written
 * (so each part is cached under its own place), with an id of its own, not the first part's.
 */
const mergedIds = new WeakMap<object, string>();

function mergedProperty(existing: SchemaHandle, added: SchemaHandle): SchemaHandle {
  const raw = { allOf: [...partRefs(existing), ...partRefs(added)] };
  mergedIds.set(raw, `${idOf(existing)}&${idOf(added)}`);
  return { raw, loc: existing.loc };
}

function partRefs(handle: SchemaHandle): unknown[] {
  if (isObject(handle.raw) && mergedIds.has(handle.raw)) return (handle.raw as { allOf: unknown[] }).allOf;
  return [{ $ref: `${handle.loc.file}#${handle.loc.pointer.replaceAll('%', '%25')}` }];
}

function idOf(handle: SchemaHandle): string {
  return (isObject(handle.raw) && mergedIds.get(handle.raw)) || locKey(handle.loc);
}

function isObject(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}

/** Merges an `allOf` part into the effective schema: the intersection of what both admit. */
function mergeInto(target: Schema, part: Schema): void {
  if (part.never) target.never = true;
  if (part.types) target.types = target.types ? intersectTypes(target.types, part.types) : new Set(part.types);
  target.format ??= part.format;
  if (part.enum) target.enum = target.enum ? target.enum.filter((v) => part.enum!.some((w) => jsonEqual(v, w))) : [...part.enum];
  target.const ??= part.const;
  target.default ??= part.default;
  for (const [name, handle] of part.properties) {
    const existing = target.properties.get(name);
    target.properties.set(name, existing ? mergedProperty(existing, handle) : handle);
  }
  for (const r of part.required) target.required.add(r);
  if (part.additionalProperties === false || target.additionalProperties === undefined) {
    target.additionalProperties = part.additionalProperties ?? target.additionalProperties;
  }
  target.items ??= part.items;
  target.prefixItems ??= part.prefixItems;
  target.minimum = tighter(target.minimum, part.minimum, 1);
  target.maximum = tighter(target.maximum, part.maximum, -1);
  target.multipleOf ??= part.multipleOf;
  target.minLength = maxOf(target.minLength, part.minLength);
  target.maxLength = minOf(target.maxLength, part.maxLength);
  target.minItems = maxOf(target.minItems, part.minItems);
  target.maxItems = minOf(target.maxItems, part.maxItems);
  target.minProperties = maxOf(target.minProperties, part.minProperties);
  target.maxProperties = minOf(target.maxProperties, part.maxProperties);
  target.pattern ??= part.pattern;
  target.uniqueItems ||= part.uniqueItems;
  target.readOnly ||= part.readOnly;
  target.writeOnly ||= part.writeOnly;
  target.deprecated ||= part.deprecated;
  target.sunset ??= part.sunset;
  target.oneOf ??= part.oneOf;
  target.anyOf ??= part.anyOf;
  target.not ??= part.not;
  target.discriminator ??= part.discriminator;
  target.xmlNode ??= part.xmlNode;
  target.extensibleEnum ||= part.extensibleEnum;
  for (const [keyword, value] of part.extra) if (!target.extra.has(keyword)) target.extra.set(keyword, value);
}

type ValueType = Exclude<JsonType, 'null'>;

/** The 3.2 node type an `xml` object states, or undefined when it leaves the type's default. */
function xmlNodeOf(xml: Obj): string | undefined {
  if (typeof xml.nodeType === 'string') return xml.nodeType;
  if (xml.attribute === true) return 'attribute';
  if (xml.wrapped === true) return 'element';
  return undefined;
}

/** Types admitted by both; `integer` is the common part of `integer` and `number`. */
export function intersectTypes(a: Set<ValueType>, b: Set<ValueType>): Set<ValueType> {
  const out = new Set<ValueType>();
  for (const t of a) {
    if (b.has(t)) out.add(t);
    else if ((t === 'integer' && b.has('number')) || (t === 'number' && b.has('integer'))) out.add('integer');
  }
  return out;
}

function tighter(a: Bound | undefined, b: Bound | undefined, sign: 1 | -1): Bound | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.value === b.value) return { value: a.value, exclusive: a.exclusive || b.exclusive };
  return (a.value - b.value) * sign > 0 ? a : b;
}

function maxOf(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

function minOf(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const obj = value as Obj;
  return `{${Object.keys(obj)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableStringify(obj[k])}`)
    .join(',')}}`;
}
