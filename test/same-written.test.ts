import { describe, expect, it } from 'vitest';
import { WrittenEquality } from '../src/diff/same-written.js';
import type { LoadedSpec } from '../src/load/load-spec.js';
import { Resolver } from '../src/model/resolver.js';

const FILE = '/api.json';

function spec(value: unknown): LoadedSpec {
  const parsed = { file: FILE, format: 'json' as const, value, text: '', lines: () => new Map<string, number>(), positions: () => new Map() };
  return { entry: FILE, version: '3.1', files: new Map([[FILE, parsed]]) };
}

/** Whether `/components/schemas/<name>` is proven the same written schema on both sides. */
function same(base: Record<string, unknown>, revision: Record<string, unknown>, name = 'A'): boolean {
  const b = { components: { schemas: base } };
  const r = { components: { schemas: revision } };
  const equality = new WrittenEquality(new Resolver(spec(b)), new Resolver(spec(r)));
  const handle = (doc: typeof b) => ({ raw: doc.components.schemas[name], loc: { file: FILE, pointer: `/components/schemas/${name}` } });
  return equality.same(handle(b), handle(r));
}

describe('written equality, the shortcut before the schema diff', () => {
  it('ignores key order', () => {
    expect(same({ A: { type: 'object', required: ['x'], properties: { x: { type: 'string' } } } }, { A: { properties: { x: { type: 'string' } }, required: ['x'], type: 'object' } })).toBe(true);
  });

  it('sees a difference anywhere, array order included', () => {
    expect(same({ A: { type: 'object', required: ['x', 'y'] } }, { A: { type: 'object', required: ['y', 'x'] } })).toBe(false);
    expect(same({ A: { type: 'object', properties: { x: { type: 'string', maxLength: 3 } } } }, { A: { type: 'object', properties: { x: { type: 'string' } } } })).toBe(false);
  });

  it('follows $refs into their targets', () => {
    const base = { A: { type: 'array', items: { $ref: '#/components/schemas/B' } }, B: { type: 'string' } };
    expect(same(base, { A: { type: 'array', items: { $ref: '#/components/schemas/B' } }, B: { type: 'string' } })).toBe(true);
    expect(same(base, { A: { type: 'array', items: { $ref: '#/components/schemas/B' } }, B: { type: 'integer' } })).toBe(false);
  });

  it('leaves a renamed $ref to the full comparison, even with the same target', () => {
    expect(same({ A: { $ref: '#/components/schemas/B' }, B: { type: 'string' } }, { A: { $ref: '#/components/schemas/C' }, C: { type: 'string' } })).toBe(false);
    expect(same({ A: { $ref: '#/components/schemas/B' }, B: { type: 'string' } }, { A: { type: 'string' } })).toBe(false);
  });

  it('reads a $ref wrapped alone in a single-entry allOf, anyOf or oneOf as the $ref', () => {
    const ref = { $ref: '#/components/schemas/B' };
    const base = { A: { type: 'object', properties: { b: ref } }, B: { type: 'string' } };
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
      expect(same(base, { A: { type: 'object', properties: { b: { [keyword]: [ref] } } }, B: { type: 'string' } })).toBe(true);
      expect(same({ ...base, A: { [keyword]: [ref] } }, { ...base, A: ref })).toBe(true);
    }
    // Anything beside the wrapped $ref, in the wrapper or in the entry, is left to the full comparison.
    expect(same(base, { A: { type: 'object', properties: { b: { allOf: [ref], description: 'b' } } }, B: { type: 'string' } })).toBe(false);
    expect(same(base, { A: { type: 'object', properties: { b: { allOf: [{ ...ref, description: 'b' }] } } }, B: { type: 'string' } })).toBe(false);
    expect(same(base, { A: { type: 'object', properties: { b: { allOf: [ref, { maxLength: 3 }] } } }, B: { type: 'string' } })).toBe(false);
    expect(same(base, { A: { type: 'object', properties: { b: { allOf: [ref] } } }, B: { type: 'integer' } })).toBe(false);
  });

  it('terminates on recursive schemas and tells equal from different ones', () => {
    const tree = (leaf: string) => ({
      A: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/A' } }, next: { $ref: '#/components/schemas/B' } } },
      B: { type: 'object', properties: { back: { $ref: '#/components/schemas/A' }, leaf: { type: leaf } } },
    });
    expect(same(tree('string'), tree('string'))).toBe(true);
    expect(same(tree('string'), tree('number'))).toBe(false);
    expect(same(tree('string'), tree('number'), 'B')).toBe(false);
  });

  it('stays linear on shared recursive schemas (each level referenced twice, and back to the top)', () => {
    const chain = (last: string) => {
      const schemas: Record<string, unknown> = {};
      for (let i = 0; i < 40; i++) {
        const next = { $ref: `#/components/schemas/S${i + 1}` };
        schemas[`S${i}`] = { type: 'object', properties: { left: next, right: next, top: { $ref: '#/components/schemas/S0' } } };
      }
      schemas.S40 = { type: last };
      return schemas;
    };
    // Without reusing what one question already settled, this would visit about 2^40 nodes.
    expect(same(chain('string'), chain('string'), 'S0')).toBe(true);
    expect(same(chain('string'), chain('number'), 'S0')).toBe(false);
  });

  it('gives up (not proven equal) on a schema too large to check cheaply', () => {
    const wide = Object.fromEntries(Array.from({ length: 250_000 }, (_, i) => [`p${i}`, i]));
    expect(same({ A: { type: 'object', default: wide } }, { A: { type: 'object', default: { ...wide } } })).toBe(false);
    expect(same({ A: { type: 'object', default: { a: 1 } } }, { A: { type: 'object', default: { a: 1 } } })).toBe(true);
  });
});
