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
  /** Per file, per `$ref` string (two levels: no key string to build and hash on every lookup). */
  private readonly steps = new Map<string, Map<string, { key: string; loc: Loc; target?: Resolved }>>();

  /** OpenAPI 3.1 and 3.2 schemas are JSON Schema 2020-12: keywords beside a `$ref` apply too. */
  private readonly siblingsApply: boolean;

  constructor(private readonly spec: LoadedSpec) {
    this.siblingsApply = spec.version === '3.1' || spec.version === '3.2';
  }

  resolve(value: unknown, loc: Loc): Resolved {
    return this.follow(value, loc, false);
  }

  /**
   * `resolve` for a Schema Object: in a 3.1/3.2 document it stops at a `$ref` written with keywords
   * that constrain (`{$ref: X, maxLength: 20}`), which is X and those keywords together, not X.
   * A `$ref` with annotations only (`description`, `x-…`) is followed as a bare one.
   */
  resolveSchema(value: unknown, loc: Loc): Resolved {
    return this.follow(value, loc, this.siblingsApply);
  }

  private follow(value: unknown, loc: Loc, stopAtSiblings: boolean): Resolved {
    let current: Resolved = { value, loc };
    const seen = new Set<string>();
    while (isRef(current.value) && !(stopAtSiblings && hasConstrainingSiblings(current.value))) {
      const ref = current.value.$ref;
      const step = this.step(ref, current.loc.file);
      if (seen.has(step.key)) return { value: {}, loc: current.loc, ref };
      seen.add(step.key);
      if (step.target === undefined) return { value: undefined, loc: step.loc, ref };
      current = step.target;
    }
    return current;
  }

  /** One `$ref` followed from a file; memoized, as the same few thousand refs are followed again and again. */
  private step(ref: string, fromFile: string): { key: string; loc: Loc; target?: Resolved } {
    let fromHere = this.steps.get(fromFile);
    if (!fromHere) this.steps.set(fromFile, (fromHere = new Map()));
    let step = fromHere.get(ref);
    if (step) return step;
    const file = refTarget(ref, fromFile) ?? fromFile;
    const hash = ref.indexOf('#');
    const pointer = hash === -1 ? '' : decodeFragment(ref.slice(hash + 1));
    const parsed = this.spec.files.get(file);
    const value = parsed ? getAtPointer(parsed.value, pointer) : undefined;
    let target: Resolved | undefined;
    if (value !== undefined) target = { value, loc: { file, pointer }, ref };
    else {
      const through = parsed ? this.walkThroughRefs(parsed.value, file, pointer) : undefined;
      if (through) target = { ...through, ref };
    }
    step = { key: `${file}#${pointer}`, loc: { file, pointer }, target };
    fromHere.set(ref, step);
    return step;
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

/**
 * Keywords that say nothing about the values a schema admits. Extensions are annotations too,
 * except the three the model reads as constraints.
 */
const SIBLING_ANNOTATIONS = new Set(['title', 'description', 'summary', 'example', 'examples', '$comment', 'externalDocs', '$schema', '$anchor', '$dynamicAnchor', '$defs']);
const READ_EXTENSIONS = new Set(['x-nullable', 'x-extensible-enum', 'x-sunset']);

/** A `$ref` object with a sibling keyword the schema model reads. */
function hasConstrainingSiblings(ref: object): boolean {
  for (const key of Object.keys(ref)) {
    if (key === '$ref' || SIBLING_ANNOTATIONS.has(key)) continue;
    if (!key.startsWith('x-') || READ_EXTENSIONS.has(key)) return true;
  }
  return false;
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
