import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { compileAjvValidator, compileValidator } from '../src/load/openapi-validators.js';
import { compileVerdict } from '../src/load/verdict-compiler.js';
import { containers } from '../scripts/sweep/verdicts.js';

// The compiled verdict replaces ajv's for OpenAPI 3.0, so it must say "valid" exactly when ajv
// (configured as swagger-parser configures it) does: checked keyword by keyword on random values,
// and on every 3.0 document in the repository, as written and after random edits.

type Validator = (value: unknown) => boolean;
const fromSwaggerParser = createRequire(createRequire(import.meta.url).resolve('@apidevtools/swagger-parser'));
const AjvDraft4 = fromSwaggerParser('ajv-draft-04') as new (options: object) => { compile(schema: unknown): Validator };

function both(schema: Record<string, unknown>): [Validator, Validator] {
  const ours = new Function(compileVerdict(schema))() as Validator;
  const ajv = new AjvDraft4({ allErrors: false, strict: false, validateFormats: false }).compile(schema);
  return [ours, ajv];
}

function verdict(validate: Validator, v: unknown): boolean | 'throws' {
  try {
    return validate(v);
  } catch {
    return 'throws';
  }
}

/** JSON-like values leaning towards what the schemas below look at (objects as parsers make them: with a prototype). */
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, -1, 1, 1.5, 2, Infinity, NaN, '', 'a', 'x-a', 'ab', 'path', 'query', 'bearer', '$ref', 'é'),
    fc.string({ maxLength: 4 }),
    fc.double(),
    fc.array(tie('any'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 'x-a', 'x-', '$ref', 'in', 'style', 'required', 'schema', 'content', 'constructor', '__proto__', 'toString'), tie('any'), { maxKeys: 5, noNullPrototype: true }),
  ),
})).any;

const KEYWORD_CASES: [string, Record<string, unknown>][] = [
  ['type', { type: 'object' }],
  ['integer and number', { type: 'array', items: { oneOf: [{ type: 'integer' }, { type: 'number' }, { type: 'string' }] } }],
  ['enum', { enum: ['path', true, 1] }],
  ['required, with named properties only', { required: ['a', 'constructor'], properties: { a: { type: 'string' }, b: { enum: [1] } } }],
  ['properties with patterns and no others', { type: 'object', properties: { a: { type: 'integer', minimum: 0 }, 'x-a': { type: 'string' } }, patternProperties: { '^x-': { type: 'string' } }, additionalProperties: false }],
  ['additionalProperties as a schema', { additionalProperties: { type: 'array', items: { type: 'string' } } }],
  ['min and max properties', { minProperties: 1, maxProperties: 2 }],
  ['array keywords', { minItems: 1, uniqueItems: true }],
  ['pattern', { pattern: '^\\$ref$' }],
  ['draft-04 exclusive minimum', { type: 'number', minimum: 0, exclusiveMinimum: true }],
  ['minimum without a type', { minimum: 1 }],
  ['composition', { allOf: [{ not: { required: ['a', 'b'] } }], anyOf: [{ required: ['a'] }, { required: ['c'] }], oneOf: [{ required: ['a'] }, { properties: { c: { enum: [1] } } }] }],
  ['recursion through $ref', { definitions: { node: { type: 'object', properties: { next: { $ref: '#/definitions/node' } }, additionalProperties: false } }, $ref: '#/definitions/node' }],
];

describe('compiled verdicts, keyword by keyword', () => {
  it.each(KEYWORD_CASES)('agree with ajv-draft-04: %s', (_name, schema) => {
    const [ours, ajv] = both(schema);
    // ajv's deep equality calls an object's own `toString` key, and throws; ours answers.
    fc.assert(fc.property(value, (v) => ours(v) === verdict(ajv, v) || verdict(ajv, v) === 'throws'), { numRuns: 400 });
  });

  it.each([
    ['a keyword it does not know', { if: { required: ['a'] } }, /unsupported keyword if/],
    ['keywords beside $ref', { definitions: { a: {} }, $ref: '#/definitions/a', type: 'string' }, /keywords beside \$ref \(type\)/],
    ['a remote $ref', { $ref: 'http://example.com/schema' }, /unsupported \$ref/],
    ['items as a list', { items: [{}] }, /items as a list/],
  ])('refuses %s, rather than check more loosely than ajv', (_name, schema, message) => {
    expect(() => compileVerdict(schema as Record<string, unknown>)).toThrow(message);
  });
});

function* documentsUnder(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* documentsUnder(file);
    else if (/\.(json|ya?ml)$/.test(entry.name)) yield file;
  }
}

const OPENAPI_30 = ['fixtures', 'api-surface']
  .flatMap((folder) => [...documentsUnder(folder)])
  .map((file) => {
    try {
      return (file.endsWith('.json') ? JSON.parse(readFileSync(file, 'utf8')) : yaml.load(readFileSync(file, 'utf8'))) as unknown;
    } catch {
      return undefined;
    }
  })
  .filter((doc): doc is Record<string, unknown> => typeof (doc as { openapi?: unknown } | undefined)?.openapi === 'string' && (doc as { openapi: string }).openapi.startsWith('3.0'));

const OPENAPI_VALUES = fc.oneof(value, fc.constantFrom({ $ref: '#/x' }, { $ref: '#/x', description: 'd' }, { type: 'string' }, { description: 'd' }, { 'x-a': 1 }, ['a', 'a'], 'form', 'simple', 'cookie', 'header'));
const OPENAPI_KEYS = fc.constantFrom('x-y', 'foo', '$ref', 'description', 'type', 'schema', 'content', 'example', 'examples', 'required', 'style', 'explode', 'in', 'name', 'default', 'deprecated');

describe('compiled verdicts on OpenAPI 3.0 documents', () => {
  const ours = compileValidator('3.0');
  const ajv = compileAjvValidator('3.0');

  it('cover the repository: dozens of 3.0 documents', () => {
    expect(OPENAPI_30.length).toBeGreaterThan(50);
  });

  it('agree with ajv on every 3.0 document in the repository as written', () => {
    const disagreements = OPENAPI_30.filter((doc) => ours(doc) !== ajv(doc));
    expect(disagreements).toEqual([]);
    expect(OPENAPI_30.filter((doc) => ours(doc)).length).toBeGreaterThan(0);
  });

  it('agree with ajv after a random edit: a value replaced, a key added or removed, an item repeated', () => {
    const edit = fc.record({
      doc: fc.nat(OPENAPI_30.length - 1),
      slot: fc.nat(),
      kind: fc.constantFrom('replace', 'add key', 'remove key', 'repeat item'),
      key: OPENAPI_KEYS,
      value: OPENAPI_VALUES,
    });
    fc.assert(
      fc.property(edit, ({ doc, slot, kind, key, value: newValue }) => {
        const copy = structuredClone(OPENAPI_30[doc]);
        const all = containers(copy);
        const [container, at] = all[slot % all.length];
        const target = container[at];
        if (kind === 'remove key' && !Array.isArray(container)) delete container[at];
        else if (kind === 'add key' && target !== null && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>)[key] = newValue;
        else if (kind === 'repeat item' && Array.isArray(target) && target.length > 0) target.push(structuredClone(target[0]));
        else container[at] = newValue;
        return ours(copy) === ajv(copy);
      }),
      { numRuns: 3000 },
    );
  });
});
