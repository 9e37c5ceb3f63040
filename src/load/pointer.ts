/** RFC 6901 JSON pointers. */

// Most segments need no escaping; checking first spares two regex replacements per segment,
// which add up over the hundreds of thousands of pointers a large spec yields.
export function escapeSegment(segment: string): string {
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeSegment(segment: string): string {
  if (!segment.includes('~')) return segment;
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function joinPointer(pointer: string, ...segments: (string | number)[]): string {
  let out = pointer;
  for (const s of segments) out += '/' + escapeSegment(String(s));
  return out;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : [];
  return pointer.slice(1).split('/').map(unescapeSegment);
}

/** The value at a pointer, or undefined. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of splitPointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** The JSON pointer a `$ref` names after its `#` (percent-decoded), `''` without one. */
export function refPointer(ref: string): string {
  const hash = ref.indexOf('#');
  if (hash === -1) return '';
  const fragment = ref.slice(hash + 1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
