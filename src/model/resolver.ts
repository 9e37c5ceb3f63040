import type { LoadedSpec } from '../load/load-spec.js';
import { refTarget } from '../load/load-spec.js';
import { getAtPointer } from '../load/pointer.js';
import type { Loc } from './types.js';

export interface Resolved {
  value: unknown;
  loc: Loc;
  /** The last `$ref` followed, e.g. `#/components/schemas/Pet`, for naming. */
  ref?: string;
}

/** Follows `$ref` chains inside the loaded files. Pure over the loaded data. */
export class Resolver {
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
      if (target === undefined) return { value: undefined, loc: { file, pointer }, ref };
      current = { value: target, loc: { file, pointer }, ref };
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
