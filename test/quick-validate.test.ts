import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/load/input-error.js';
import { loadSpec } from '../src/load/load-spec.js';
import { compileAjvValidator, validatorModuleSource } from '../src/load/openapi-validators.js';
import { passesQuickValidation } from '../src/load/quick-validate.js';
import { fileSystemSource } from '../src/load/source.js';

// The quick check may only say "valid" when swagger-parser would agree; anything else falls back
// to swagger-parser, so the user still gets its complaint.
const dir = mkdtempSync(path.join(os.tmpdir(), 'apicompat-quick-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function load(name: string, text: string) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return loadSpec(file, fileSystemSource(dir), { validate: false });
}

const OK_RESPONSE = 'responses:\n        "200":\n          description: ok\n';

describe('passesQuickValidation', () => {
  it.each([
    ['3.0', 'openapi: 3.0.3'],
    ['3.1', 'openapi: 3.1.0'],
    ['3.2', 'openapi: 3.2.0'],
  ])('passes a valid single-file OpenAPI %s document', async (_version, head) => {
    const spec = await load(`valid-${_version}.yaml`, `${head}\ninfo:\n  title: t\n  version: "1"\npaths:\n  /a:\n    get:\n      ${OK_RESPONSE}`);
    expect(await passesQuickValidation(spec, [])).toBe(true);
  });

  it('is not conclusive for a document the schema rejects', async () => {
    const spec = await load('invalid.yaml', 'openapi: 3.0.3\ninfo:\n  title: t\n  version: "1"\npaths:\n  /a:\n    get:\n      responses:\n        "200":\n          summary: x\n');
    expect(await passesQuickValidation(spec, [])).toBe(false);
  });

  it('is not conclusive for a local $ref that resolves to nothing, and loading refuses it', async () => {
    const text = 'openapi: 3.0.3\ninfo:\n  title: t\n  version: "1"\npaths:\n  /a:\n    get:\n      responses:\n        "200":\n          $ref: "#/components/responses/Missing"\n';
    const spec = await load('dangling.yaml', text);
    expect(await passesQuickValidation(spec, ['#/components/responses/Missing'])).toBe(false);
    const file = path.join(dir, 'dangling.yaml');
    const refusal = await loadSpec(file, fileSystemSource(dir)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(InputError);
    expect([(refusal as InputError).line, (refusal as InputError).message]).toEqual([10, '$ref "#/components/responses/Missing" does not resolve: nothing is there']);
  });

  it('leaves Swagger 2.0 to swagger-parser (its extra checks need the dereferenced document)', async () => {
    const spec = await load('swagger.yaml', 'swagger: "2.0"\ninfo:\n  title: t\n  version: "1"\npaths: {}\n');
    expect(await passesQuickValidation(spec, [])).toBe(false);
  });
});

describe('the validators the build precompiles', () => {
  // The build writes them as standalone code; they must give the verdicts of ajv as swagger-parser configures it.
  const folder = path.join(process.cwd(), '.cache', 'test-validators');
  let generated: { v30: (value: unknown) => boolean; v31: (value: unknown) => boolean; v32: (value: unknown) => boolean };

  beforeAll(async () => {
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `validators-${process.pid}.mjs`);
    writeFileSync(file, validatorModuleSource());
    generated = (await import(pathToFileURL(file).href)) as typeof generated;
  });

  const doc = (openapi: string, operation: unknown) => ({ openapi, info: { title: 't', version: '1' }, paths: { '/a': { get: operation } } });
  const cases: [string, unknown][] = [
    ['valid', { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { a: { type: 'string' } } } } } } } }],
    ['no description', { responses: { '200': { summary: 'x' } } }],
    ['bad schema keyword', { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', minProperties: -1 } } } } } }],
    ['no responses', { summary: 'x' }],
  ];

  it.each(cases)('agree with ajv on 3.0, 3.1 and 3.2: %s', (_name, operation) => {
    for (const [version, validate] of [['3.0', generated.v30], ['3.1', generated.v31], ['3.2', generated.v32]] as const) {
      const value = doc(`${version}.0`, operation);
      expect(validate(value)).toBe(compileAjvValidator(version)(value));
    }
  });

  it('tell a valid document from an invalid one', () => {
    expect([generated.v30(doc('3.0.3', cases[0][1])), generated.v30(doc('3.0.3', cases[1][1]))]).toEqual([true, false]);
  });

  it('check 3.2 documents against the 3.2 schema, not the 3.1 one', () => {
    // `query` is an operation in 3.2 only; a response `summary` is new in 3.2 and `description` optional.
    const v32 = { ...doc('3.2.0', cases[1][1]), $self: 'https://example.com/api/openapi.yaml', tags: [{ name: 'a', kind: 'nav', summary: 'A' }] };
    const withQuery = { ...v32, paths: { '/a': { query: cases[0][1] } } };
    expect([generated.v32(v32), generated.v32(withQuery), generated.v31({ ...v32, openapi: '3.1.0' }), generated.v32({ ...v32, openapi: '3.1.0' })]).toEqual([true, true, false, false]);
  });
});
