import { jsonEqual } from '../json-equal.js';
import type { Schema } from '../model/schema.js';

type Scalar = string | number | boolean;

/**
 * Whether two schemas name the same default. A default the schema's own types cannot hold is read
 * as the spelling of the value it can: `type: string, default: true` is the string `"true"` (GitHub
 * fixed exactly that on `make_latest`), so rewriting it as `default: "true"` changes nothing a
 * client sees. A default both sides could hold as written (`type: [string, boolean]`) is compared as is.
 */
export function sameDefault(base: Schema, rev: Schema): boolean {
  if (!base.default || !rev.default) return base.default === rev.default;
  const [b, r] = [base.default.value, rev.default.value];
  if (jsonEqual(b, r)) return true;
  if (!isScalar(b) || !isScalar(r) || String(b) !== String(r)) return false;
  return !holds(base, b) || !holds(rev, r);
}

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function holds(schema: Schema, value: Scalar): boolean {
  if (!schema.types) return true;
  if (typeof value === 'string') return schema.types.has('string');
  if (typeof value === 'boolean') return schema.types.has('boolean');
  return schema.types.has('number') || (Number.isInteger(value) && schema.types.has('integer'));
}
