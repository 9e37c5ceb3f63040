import { describe, expect, it } from 'vitest';
import type { LoadedSpec } from '../src/load/load-spec.js';
import { compileValidator } from '../src/load/openapi-validators.js';
import { passesQuickValidation } from '../src/load/quick-validate.js';
import { withoutSharedParts } from '../src/load/shared-parts.js';

const response = { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } };

/** A document using every kind of component, valid in 3.0 and in 3.1. */
function document(openapi: string, petName: unknown = { type: 'string' }) {
  return {
    openapi,
    info: { title: 't', version: '1' },
    paths: { '/pets': { get: { responses: { '200': response } } }, 'x-note': 'kept' },
    components: {
      schemas: { Pet: { type: 'object', properties: { name: petName } } },
      responses: { Ok: response },
      parameters: { Id: { name: 'id', in: 'query', schema: { type: 'string' } } },
      examples: { One: { value: 1 } },
      requestBodies: { Body: { content: { 'application/json': { schema: { type: 'object' } } } } },
      headers: { Rate: { schema: { type: 'integer' } } },
      securitySchemes: { Key: { type: 'apiKey', name: 'k', in: 'header' } },
      links: { Self: { operationId: 'x' } },
      callbacks: { Hook: { '{$request.body#/url}': { post: { responses: { '200': { description: 'ok' } } } } } },
    },
  };
}

function spec(value: unknown, version: '3.0' | '3.1'): LoadedSpec {
  return { entry: '/api.json', version, files: new Map([['/api.json', { file: '/api.json', format: 'json', value, text: '', lines: () => new Map(), positions: () => new Map() }]]) };
}

describe('parts shared with an already validated document', () => {
  it('are replaced by stand-ins that are valid in every place, in 3.0 and 3.1', () => {
    for (const [openapi, version] of [['3.0.3', '3.0'], ['3.1.0', '3.1']] as const) {
      const stubbed = withoutSharedParts(document(openapi), document(openapi)) as ReturnType<typeof document>;
      expect(stubbed.paths).toEqual({ '/pets': {}, 'x-note': 'kept' });
      expect(Object.values(stubbed.components).flatMap((map) => Object.values(map))).toEqual(Array(9).fill({ $ref: '#' }));
      expect(compileValidator(version)(stubbed)).toBe(true);
    }
  });

  it('are only those written the same (key order aside); the input is left as it was', () => {
    const base = document('3.0.3');
    const revision = document('3.0.3', { type: 'integer' });
    revision.components.responses = { Ok: { content: response.content, description: 'ok' } };
    const before = JSON.stringify(revision);
    const stubbed = withoutSharedParts(revision, base) as ReturnType<typeof document>;
    expect(stubbed.components.schemas).toEqual({ Pet: { type: 'object', properties: { name: { type: 'integer' } } } });
    expect(stubbed.components.responses).toEqual({ Ok: { $ref: '#' } });
    expect(JSON.stringify(revision)).toBe(before);
  });

  // Only 3.1 takes the shortcut: the compiled 3.0 check reads a whole document faster than the shared parts are found.
  /** A 3.1 document whose `Ok` response lacks its required description. */
  function withoutDescription() {
    const doc = document('3.1.0');
    doc.components.responses = { Ok: { content: response.content } as typeof response };
    return doc;
  }

  it('do not hide an invalid part that differs from the validated document', async () => {
    const base = spec(document('3.1.0'), '3.1');
    expect(await passesQuickValidation(base, [])).toBe(true);
    expect(await passesQuickValidation(spec(withoutDescription(), '3.1'), [], base)).toBe(false);
    expect(await passesQuickValidation(spec(document('3.1.0', { type: 'integer' }), '3.1'), [], base)).toBe(true);
  });

  it('are not taken from a counterpart that was not itself checked as written', async () => {
    const unchecked = spec(withoutDescription(), '3.1');
    expect(await passesQuickValidation(spec(withoutDescription(), '3.1'), [], unchecked)).toBe(false);
  });
});
