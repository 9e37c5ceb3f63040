import type { Schema } from '../model/schema.js';

// How the type sets of two schemas relate; `integer` counts as part of `number`.

/** The value types a schema admits (`null` is its `nullable`). */
export type ValueType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';

/** How revision type set `rev` relates to base set `base`, as sets of values. */
export function compareTypes(base: Set<ValueType> | undefined, rev: Set<ValueType> | undefined): 'same' | 'widened' | 'narrowed' | 'changed' {
  const bCoversR = covers(base, rev);
  const rCoversB = covers(rev, base);
  if (bCoversR && rCoversB) return 'same';
  if (rCoversB) return 'widened';
  if (bCoversR) return 'narrowed';
  return 'changed';
}

/** Every value of type set `b` is admitted by type set `a` (undefined admits any). */
export function covers(a: Set<ValueType> | undefined, b: Set<ValueType> | undefined): boolean {
  if (a === undefined) return true;
  if (b === undefined) return false;
  for (const t of b) if (!a.has(t) && !(t === 'integer' && a.has('number'))) return false;
  return true;
}

/** Some value type (integer and number counted as one) is admitted by both sets. */
export function overlaps(a: Set<ValueType> | undefined, b: Set<ValueType> | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  return [...b].some((t) => a.has(t) || (t === 'integer' && a.has('number')) || (t === 'number' && a.has('integer')));
}

/** Both sets admit values of type `t`. */
export function shares(a: Set<ValueType> | undefined, b: Set<ValueType> | undefined, t: ValueType): boolean {
  return (a === undefined || a.has(t)) && (b === undefined || b.has(t));
}

/** The types a schema admits as a message writes them (`integer | string`, `any`, `none`). */
export function describeTypes(schema: Schema): string {
  if (!schema.types) return 'any';
  const list = [...schema.types].sort();
  return list.length === 0 ? 'none' : list.join(' | ');
}

export function sameTypes(a: Schema, b: Schema): boolean {
  return compareTypes(a.types, b.types) === 'same';
}

/**
 * The types a schema admits when its value travels as text (a parameter or a header): a string
 * with no constraint beside it takes the text of every number and boolean. With `anyIsText`, a
 * schema without a type counts as such a string too: an item of a delimited list is one token of
 * text, whatever the schema says it may be.
 */
export function textTypes(schema: Schema, anyIsText: boolean): Set<ValueType> | undefined {
  const unconstrained = !constrainsStrings(schema);
  if (!schema.types) return anyIsText && unconstrained ? new Set(['string', 'number', 'integer', 'boolean']) : undefined;
  if (!schema.types.has('string') || !unconstrained) return schema.types;
  return new Set([...schema.types, 'number', 'integer', 'boolean']);
}

/** Whether a schema says anything about the strings it admits beyond their type (a format, a pattern, values, lengths). */
export function constrainsStrings(schema: Schema): boolean {
  return !!schema.format || !!schema.pattern || !!schema.enum || !!schema.const || schema.minLength !== undefined || schema.maxLength !== undefined;
}
