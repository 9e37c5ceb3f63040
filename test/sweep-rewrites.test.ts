import { describe, expect, it } from 'vitest';
import { rewrite, type RewriteName } from '../scripts/sweep/rewrites.js';
import { compareDocs, describeFindings, type Doc } from './property-support.js';

// The sweep's equivalent rewrites must keep the contract: on documents shaped like the real specs
// that once tripped them, each rewrite applies and the two documents compare without a finding.

type Obj = Record<string, unknown>;

const ok = { '200': { description: 'ok' } };

function doc(version: string, paths: Obj, components: Obj = {}): Doc {
  return { openapi: version, info: { title: 't', version: '1' }, paths, components } as Doc;
}

async function expectEquivalent(name: RewriteName, base: Doc): Promise<Obj> {
  const result = rewrite(name, base);
  if ('skipped' in result) throw new Error(`${name} skipped: ${result.skipped}`);
  const copy = result.value as Doc;
  expect(describeFindings(await compareDocs(base, copy))).toEqual([]);
  expect(describeFindings(await compareDocs(copy, base))).toEqual([]);
  return copy as Obj;
}

/** The value at `keys` under `value`, or undefined. */
function dig(value: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Obj)[key] : undefined), value);
}

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });

describe('upgraded-3.1', () => {
  it('drops the siblings of a $ref that constrain and keeps its annotations: 3.0 ignores them, 3.1 applies them', async () => {
    const video = { $ref: '#/components/schemas/Video', nullable: true, readOnly: true, maxLength: 3, 'x-nullable': true, description: 'The video.', 'x-origin': 'v1' };
    const base = doc(
      '3.0.3',
      { '/a': { get: { responses: { '200': { description: 'ok', ...json({ type: 'object', properties: { video } }) } } } } },
      { schemas: { Video: { type: 'object', properties: { id: { type: 'integer' } } } } },
    );
    const copy = await expectEquivalent('upgraded-3.1', base);
    expect(copy.openapi).toBe('3.1.0');
    const upgraded = dig(copy, 'paths', '/a', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'video');
    expect(upgraded).toEqual({ $ref: '#/components/schemas/Video', description: 'The video.', 'x-origin': 'v1' });
    await expectEquivalent('upgraded-3.2', base);
  });

  it('leaves a $ref with its siblings where another $ref points into them', async () => {
    // Converted specs (codat, dnd5eapi) write stubs beside a `$ref` and point at them: the pointer reads the stub.
    const branding = { $ref: '#/components/schemas/Branding', properties: { logo: { properties: { full: {} } } } };
    const schema = { type: 'object', properties: { branding, full: { $ref: '#/paths/~1a/get/responses/200/content/application~1json/schema/properties/branding/properties/logo/properties/full' } } };
    const base = doc(
      '3.0.3',
      { '/a': { get: { responses: { '200': { description: 'ok', ...json(schema) } } } } },
      { schemas: { Branding: { type: 'object', properties: { logo: { type: 'object', properties: { full: { type: 'string' } } } } } } },
    );
    const copy = await expectEquivalent('upgraded-3.1', base);
    expect(dig(copy, 'paths', '/a', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'branding')).toEqual(branding);
  });

  it('still turns nullable beside a type or an allOf into a null type or variant', async () => {
    const base = doc(
      '3.0.3',
      { '/a': { get: { responses: { '200': { description: 'ok', ...json({ type: 'object', properties: { name: { type: 'string', nullable: true }, video: { allOf: [{ $ref: '#/components/schemas/Video' }], nullable: true } } }) } } } } },
      { schemas: { Video: { type: 'object', properties: { id: { type: 'integer' } } } } },
    );
    const copy = await expectEquivalent('upgraded-3.1', base);
    const properties = dig(copy, 'paths', '/a', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties');
    expect(dig(properties, 'name')).toEqual({ type: ['string', 'null'] });
    expect(dig(properties, 'video')).toEqual({ anyOf: [{ allOf: [{ $ref: '#/components/schemas/Video' }] }, { type: 'null' }] });
  });
});

describe('parameters moved between the path item and its operations', () => {
  // GET /a/{id} reads `id` from another path's parameter list through a pointer, as converted specs do.
  const pointerInto = '#/paths/~1b~1%7Bid%7D/get/parameters/0/schema';
  const query = { name: 'q', in: 'query', schema: { type: 'string' } };
  const withPointer = (sharedOnB: boolean) =>
    doc('3.0.3', {
      '/a/{id}': {
        get: { parameters: [{ name: 'id', in: 'path', required: true, schema: { $ref: pointerInto } }, query], responses: ok },
        put: { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, query], responses: ok },
      },
      '/b/{id}': {
        ...(sharedOnB ? { parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }] } : {}),
        get: { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z]+$' } }], responses: ok },
        delete: { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z]+$' } }], responses: ok },
      },
    });

  it('hoisting leaves a path item alone when a $ref points into its parameters', async () => {
    const copy = await expectEquivalent('parameters-hoisted', withPointer(false));
    expect(dig(copy, 'paths', '/b/{id}', 'parameters')).toBeUndefined();
    expect(dig(copy, 'paths', '/b/{id}', 'get', 'parameters')).toHaveLength(1);
    // The path item nothing points into is still rewritten.
    expect(dig(copy, 'paths', '/a/{id}', 'parameters')).toEqual([query]);
    expect(dig(copy, 'paths', '/a/{id}', 'get', 'parameters')).toHaveLength(1);
  });

  it('pushing down leaves a path item alone when a $ref points into its parameters', async () => {
    const base = withPointer(true);
    (dig(base, 'paths', '/a/{id}') as Obj).parameters = [{ name: 'verbose', in: 'query', schema: { type: 'boolean' } }];
    const copy = await expectEquivalent('parameters-pushed', base);
    expect(dig(copy, 'paths', '/b/{id}', 'parameters')).toHaveLength(1);
    expect(dig(copy, 'paths', '/a/{id}', 'parameters')).toBeUndefined();
    expect((dig(copy, 'paths', '/a/{id}', 'get', 'parameters') as Obj[]).map((p) => p.name)).toEqual(['verbose', 'id', 'q']);
  });
});

describe('upgraded-3.2', () => {
  it('keeps in place a media type that a $ref points into, and moves the others into components', async () => {
    const pointed = { type: 'object', properties: { damage: { type: 'object', properties: { dice: { type: 'string' } } } } };
    const base = doc('3.0.3', {
      '/monsters/{index}': {
        get: {
          parameters: [{ name: 'index', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'ok', ...json(pointed) } },
        },
      },
      '/attacks': {
        get: { responses: { '200': { description: 'ok', ...json({ $ref: '#/paths/~1monsters~1%7Bindex%7D/get/responses/200/content/application~1json/schema/properties/damage' }) } } },
      },
    });
    const copy = await expectEquivalent('upgraded-3.2', base);
    expect(dig(copy, 'paths', '/monsters/{index}', 'get', 'responses', '200', 'content', 'application/json', 'schema')).toEqual(pointed);
    expect(dig(copy, 'paths', '/attacks', 'get', 'responses', '200', 'content', 'application/json')).toEqual({ $ref: 'https://example.invalid/apis/openapi.json#/components/mediaTypes/M0' });
  });
});
