import type { LoadedSpec } from '../load/load-spec.js';
import { refTarget } from '../load/load-spec.js';
import { getAtPointer, joinPointer, splitPointer } from '../load/pointer.js';
import type { Loc } from './types.js';

export interface Resolved {
  value: unknown;
  loc: Loc;
  /** The last `$ref` followed, e.g. `#/components/schemas/Pet`, for naming. */
  ref?: string;
}

/** Follows `$ref` chains inside the loaded files. Pure over the loaded data. */
export class Resolver {
  private walking = 0;

  constructor(private readonly spec: LoadedSpec) {}

  resolve(value: unknown, loc: Loc): Resolved {
    let current: Resolved = { value, loc };
    const seen = new Set<string>();
    while (isRef(current.value)) {
      const ref = current.value.$ref;
      const file = refTarget(ref, current.loc.file) ?? current.loc.file;
      const hash = ref.indexOf('#');
      const pointer = hash === -1 ? '' : decodeFragment(ref.slice(hash + 1));
      const key = `${file}#${pointer}`;
      if (seen.has(key)) return { value: {}, loc: current.loc, ref };
      seen.add(key);
      const parsed = this.spec.files.get(file);
      const target = parsed ? getAtPointer(parsed.value, pointer) : undefined;
      if (target === undefined) {
        const through = parsed ? this.walkThroughRefs(parsed.value, file, pointer) : undefined;
        if (!through) return { value: undefined, loc: { file, pointer }, ref };
        current = { ...through, ref };
        continue;
      }
      current = { value: target, loc: { file, pointer }, ref };
    }
    return current;
  }

  /** A pointer that passes through a `$ref` on its way (`#/a/b/c` where `b` is a `$ref`): follow it there. */
  private walkThroughRefs(root: unknown, file: string, pointer: string): Resolved | undefined {
    // A pointer that leads through itself would never end: give up after a few levels.
    if (this.walking > 32) return undefined;
    let current: Resolved = { value: root, loc: { file, pointer: '' } };
    for (const segment of splitPointer(pointer)) {
      if (isRef(current.value)) {
        this.walking++;
        try {
          current = this.resolve(current.value, current.loc);
        } finally {
          this.walking--;
        }
      }
      if (current.value === null || typeof current.value !== 'object') return undefined;
      const next = (current.value as Record<string, unknown>)[segment];
      if (next === undefined) return undefined;
      current = { value: next, loc: { file: current.loc.file, pointer: joinPointer(current.loc.pointer, segment) } };
    }
    return current;
  }
}

export function isRef(value: unknown): value is { $ref: string } {
  return value !== null && typeof value === 'object' && typeof (value as { $ref?: unknown }).$ref === 'string';
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

export function locKey(loc: Loc): string {
  return `${loc.file}#${loc.pointer}`;
}
