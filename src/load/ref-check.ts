import { InputError } from './input-error.js';
import { collectRefStrings, type LoadedSpec } from './loaded-spec.js';
import { refLine, refTarget } from './refs.js';
import { getAtPointer, joinPointer, refPointer, splitPointer } from './pointer.js';

/** A pointer that leads through itself would never end: give up after this many `$ref`s on the way. */
const MAX_HOPS = 32;

/**
 * Refuses the first `$ref` that points at nothing. A document with one is not compared even
 * leniently: whatever the `$ref` stood for would silently drop out of the comparison.
 */
export function assertRefsResolve(spec: LoadedSpec): void {
  for (const [file, parsed] of spec.files) {
    for (const ref of parsed.refs ?? collectRefStrings(parsed.value)) {
      if (resolves(spec, refTarget(ref, file) ?? file, refPointer(ref), 0)) continue;
      throw new InputError(`$ref "${parsed.writtenRefs?.get(ref) ?? ref}" does not resolve: nothing is there`, file, refLine(parsed, ref));
    }
  }
}

function resolves(spec: LoadedSpec, file: string, pointer: string, hops: number): boolean {
  // Remote or out-of-root targets were refused while loading.
  const root = spec.files.get(file)?.value;
  if (root === undefined) return false;
  if (getAtPointer(root, pointer) !== undefined) return true;
  if (hops >= MAX_HOPS) return false;
  // `#/a/b/c` where `b` is itself a `$ref`: the pointer goes on from where that one points.
  const segments = splitPointer(pointer);
  let node: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    if (node === null || typeof node !== 'object') return false;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string') return resolves(spec, refTarget(ref, file) ?? file, joinPointer(refPointer(ref), ...segments.slice(i)), hops + 1);
    node = (node as Record<string, unknown>)[segments[i]];
  }
  return node !== undefined;
}
