import { jsonEqual } from '../json-equal.js';
import { stableStringify } from '../model/schema.js';

/** Whether an enum lists the value, compared as JSON (objects and arrays by content). */
export function listsValue(list: readonly unknown[], value: unknown): boolean {
  return list.some((v) => jsonEqual(v, value));
}

/** A value as a message writes it: a string as it is, anything else as stable JSON. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'none';
  return typeof value === 'string' ? value : stableStringify(value);
}
