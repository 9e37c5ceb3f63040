type Obj = Record<string, unknown>;

/**
 * Equal JSON values, object key order aside. Deeper than `maxDepth` nested levels the answer is false
 * ("not known to be equal"), for callers that walk input not yet validated.
 */
export function jsonEqual(a: unknown, b: unknown, maxDepth = Infinity): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || maxDepth < 0) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i], maxDepth - 1)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ao = a as Obj;
  const bo = b as Obj;
  const keys = Object.keys(ao);
  if (keys.length !== Object.keys(bo).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(bo, key) || !jsonEqual(ao[key], bo[key], maxDepth - 1)) return false;
  }
  return true;
}
