import { isRef, type Resolver } from '../model/resolver.js';
import type { SchemaHandle } from '../model/types.js';

/** Past this many nodes for one question, "not known to be equal" is cheaper than knowing. */
const NODE_BUDGET = 200_000;

class OverBudget extends Error {}

/**
 * Whether two written schemas are the same JSON up to key order, following `$ref`s (spelled the
 * same on both sides) into their targets. Asked before normalizing: between two releases of a
 * large API most schemas are unchanged, and a pair proven equal has no changes to find.
 * `false` only means "not proven equal"; the full comparison then runs.
 */
export class WrittenEquality {
  /** Verdicts per pair of `$ref` targets (base object → revision object). */
  private readonly known = new Map<object, Map<object, boolean>>();
  private readonly active = new Map<object, Set<object>>();
  /**
   * Target pairs found equal while assuming an enclosing pair equal (recursion): kept for good if
   * the outermost question holds, and meanwhile reused within it, which keeps one question linear
   * in the size of the schemas (a wrong assumption makes the outermost answer false anyway).
   */
  private provisional = new Map<object, Set<object>>();
  private assumptions = 0;
  private visited = 0;

  constructor(
    private readonly baseResolver: Resolver,
    private readonly revisionResolver: Resolver,
  ) {}

  same(base: SchemaHandle, revision: SchemaHandle): boolean {
    this.visited = 0;
    this.assumptions = 0;
    try {
      const equal = this.equal(base.raw, base.loc.file, revision.raw, revision.loc.file);
      // The outermost question settled every assumption made under it.
      if (equal) for (const [b, rs] of this.provisional) for (const r of rs) this.remember(b, r, true);
      return equal;
    } catch (error) {
      if (error instanceof OverBudget) return false;
      throw error;
    } finally {
      this.provisional.clear();
    }
  }

  private equal(bWritten: unknown, bFile: string, rWritten: unknown, rFile: string): boolean {
    if (++this.visited > NODE_BUDGET) throw new OverBudget();
    const [b, r] = [unwrapRef(bWritten), unwrapRef(rWritten)];
    if (b === null || r === null || typeof b !== 'object' || typeof r !== 'object') return b === r;
    if (Array.isArray(b) || Array.isArray(r)) {
      if (!Array.isArray(b) || !Array.isArray(r) || b.length !== r.length) return false;
      for (let i = 0; i < b.length; i++) if (!this.equal(b[i], bFile, r[i], rFile)) return false;
      return true;
    }
    const bo = b as Record<string, unknown>;
    const ro = r as Record<string, unknown>;
    const keys = Object.keys(bo);
    if (keys.length !== Object.keys(ro).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(ro, key)) return false;
      if (key === '$ref' && typeof bo.$ref === 'string') continue;
      if (!this.equal(bo[key], bFile, ro[key], rFile)) return false;
    }
    if (isRef(bo) && isRef(ro)) return bo.$ref === ro.$ref && this.sameTargets(bo, bFile, ro, rFile);
    return true;
  }

  private sameTargets(b: { $ref: string }, bFile: string, r: { $ref: string }, rFile: string): boolean {
    // Siblings are already compared: from the `$ref` alone, up to a target whose own siblings
    // constrain (3.1/3.2), which is compared as written in turn.
    const bt = this.baseResolver.resolveSchema({ $ref: b.$ref }, { file: bFile, pointer: '' });
    const rt = this.revisionResolver.resolveSchema({ $ref: r.$ref }, { file: rFile, pointer: '' });
    const bv = bt.value;
    const rv = rt.value;
    if (bv === null || rv === null || typeof bv !== 'object' || typeof rv !== 'object') return this.equal(bv, bt.loc.file, rv, rt.loc.file);
    const known = this.known.get(bv)?.get(rv);
    if (known !== undefined) return known;
    if (this.active.get(bv)?.has(rv) || this.provisional.get(bv)?.has(rv)) {
      this.assumptions++;
      return true;
    }
    let active = this.active.get(bv);
    if (!active) this.active.set(bv, (active = new Set()));
    active.add(rv);
    const assumptionsBefore = this.assumptions;
    try {
      const equal = this.equal(bv, bt.loc.file, rv, rt.loc.file);
      // A difference is a difference; equality under an assumption waits for the outermost verdict.
      if (!equal || this.assumptions === assumptionsBefore) this.remember(bv, rv, equal);
      else {
        let row = this.provisional.get(bv);
        if (!row) this.provisional.set(bv, (row = new Set()));
        row.add(rv);
      }
      return equal;
    } finally {
      active.delete(rv);
    }
  }

  private remember(b: object, r: object, equal: boolean): void {
    let row = this.known.get(b);
    if (!row) this.known.set(b, (row = new Map()));
    row.set(r, equal);
  }
}

/**
 * `{allOf: [{$ref: X}]}` (or `anyOf`, `oneOf`), nothing beside, admits what X admits and is read
 * as X: seen as the `$ref` itself, so a wrapped reference does not force a full comparison.
 */
function unwrapRef(value: unknown): unknown {
  let current = value;
  while (current !== null && typeof current === 'object' && !Array.isArray(current)) {
    const keys = Object.keys(current);
    if (keys.length !== 1 || (keys[0] !== 'allOf' && keys[0] !== 'anyOf' && keys[0] !== 'oneOf')) break;
    const parts = (current as Record<string, unknown>)[keys[0]];
    if (!Array.isArray(parts) || parts.length !== 1 || !isRef(parts[0]) || Object.keys(parts[0]).length !== 1) break;
    current = parts[0];
  }
  return current;
}
