import { describe, expect, it } from 'vitest';
import { emptySchema, type Schema } from '../src/model/schema.js';
import { PairGraph, type PairItem } from '../src/diff/pair-graph.js';

const schema = (id: string): Schema => emptySchema(id, { file: 'f', pointer: `/${id}` });
const removed = (name: string): PairItem => ({ kind: 'property-removed', path: [name], data: { name }, context: {} });

describe('PairGraph', () => {
  // The root reaches the variant pair (A, B) twice: inside a union whose other variant documents
  // `name` (filtered), then directly. The direct place must keep its removal, whichever comes first.
  const [root, rootRev, a, b] = ['root', 'root2', 'a', 'b'].map(schema);

  it.each([
    ['filtered first', true],
    ['unfiltered first', false],
  ])('keeps a filter with the pair it belongs to (%s)', (_, filteredFirst) => {
    const graph: PairGraph = new PairGraph((base) => {
      if (base === a) return [removed('name'), removed('other')];
      const inUnion = { ...graph.nested(a, b, { removed: new Set(['name']), added: new Set() })[0], path: ['union'] };
      const direct = { ...graph.nested(a, b)[0], path: ['direct'] };
      return filteredFirst ? [inUnion, direct] : [direct, inUnion];
    });
    const found = graph.changes(root, rootRev).map((c) => c.path.join('.'));
    const expected = ['direct.name', 'direct.other', 'union.other'];
    expect(found.sort()).toEqual(expected);
  });

  it('applies a filter given for the pair it is asked about', () => {
    const graph = new PairGraph(() => [removed('name'), removed('other')]);
    const filter = { removed: new Set(['name']), added: new Set<string>() };
    expect(graph.changes(a, b, filter).map((c) => c.path.join('.'))).toEqual(['other']);
    expect(graph.changes(a, b).map((c) => c.path.join('.'))).toEqual(['name', 'other']);
  });
});
