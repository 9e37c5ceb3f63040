import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { compare, compareSpecs, describeWarning, InputError, type InputWarning } from '../src/index.js';
import { loadSpec } from '../src/load/load-spec.js';
import { documentArb, type Doc } from './property-support.js';

// Documents the OpenAPI schema rejects but that can be read are compared, with a warning; `strict`
// refuses them; what cannot be read as written is refused either way.
const dir = mkdtempSync(path.join(os.tmpdir(), 'apicompat-lenient-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TODAY = '2026-06-15';

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return name;
}

async function lenient(base: string, revision: string) {
  const warnings: InputWarning[] = [];
  const report = await compare(base, revision, { cwd: dir, today: TODAY, onWarning: (w) => warnings.push(w) });
  return {
    findings: report.changes.map((f) => `${f.class} ${f.ruleId} ${f.operation?.method ?? ''} ${f.operation?.path ?? ''}`.trim()),
    warnings: warnings.map((w) => describeWarning(w, (f) => path.relative(dir, f))),
  };
}

async function refusal(base: string, revision: string, strict = false): Promise<string> {
  const error = await compare(base, revision, { cwd: dir, today: TODAY, strict }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).describe((f) => path.relative(dir, f));
}

const HEAD = 'openapi: 3.0.3\ninfo:\n  title: t\n  version: "1"\n';
const HEAD_32 = 'openapi: 3.2.0\ninfo:\n  title: t\n  version: "1"\n';
const READ_AS = 'not valid OpenAPI, compared as far as it can be read:';

/** Each case: a readable invalid base, its revision with one real change, and what must come out. */
const CASES = [
  {
    name: 'an operation without responses',
    base: `${HEAD}paths:\n  /a:\n    get:\n      parameters:\n        - {name: q, in: query, schema: {type: string}}\n`,
    revision: `${HEAD}paths:\n  /a:\n    get:\n      parameters:\n        - {name: q, in: query, required: true, schema: {type: string}}\n`,
    findings: ['breaking request-parameter-became-required GET /a'],
    warning: (side: string) => `${side}:7: ${READ_AS} /paths/~1a/get must have required property 'responses'`,
  },
  {
    name: 'a response without description',
    base: `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        "200":\n          content:\n            application/json:\n              schema: {type: object, properties: {n: {type: string}}}\n`,
    revision: `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        "200":\n          content:\n            application/json:\n              schema: {type: object, properties: {n: {type: integer}}}\n`,
    findings: ['breaking response-property-type-changed GET /a'],
    warning: (side: string) => `${side}:9: ${READ_AS} /paths/~1a/get/responses/200 must have required property 'description'`,
  },
  {
    name: 'a path parameter without required: true',
    base: `${HEAD}paths:\n  /a/{id}:\n    get:\n      parameters:\n        - {name: id, in: path, schema: {type: integer}}\n      responses:\n        "204": {description: ok}\n`,
    revision: `${HEAD}paths:\n  /a/{id}:\n    get:\n      parameters:\n        - {name: id, in: path, schema: {type: integer, maximum: 10}}\n      responses:\n        "204": {description: ok}\n`,
    findings: ['breaking request-parameter-max-decreased GET /a/{id}'],
    warning: (side: string) => `${side}:9: ${READ_AS} /paths/~1a~1{id}/get/parameters/0 must have required property 'required'`,
  },
  {
    name: 'an array without items (Swagger 2.0)',
    base: 'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: ids, in: query, type: array}\n      responses:\n        "204": {description: ok}\n',
    revision: 'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: ids, in: query, type: array, maxItems: 3}\n      responses:\n        "204": {description: ok}\n',
    findings: ['breaking request-parameter-max-items-decreased GET /a'],
    warning: (side: string) => `${side}:7: ${READ_AS} /paths/a/get/parameters/ids is an array, so it must include an "items" schema`,
  },
  {
    name: 'an unknown security scheme type',
    base: `${HEAD}components:\n  securitySchemes:\n    magic: {type: magic}\npaths:\n  /a:\n    get:\n      responses:\n        "204": {description: ok}\n`,
    revision: `${HEAD}components:\n  securitySchemes:\n    magic: {type: magic}\npaths:\n  /a:\n    get:\n      security: [{magic: []}]\n      responses:\n        "204": {description: ok}\n`,
    findings: ['breaking security-added GET /a'],
    warning: (side: string) => `${side}:7: ${READ_AS} /components/securitySchemes/magic/type must be equal to one of the allowed values`,
  },
  {
    name: 'a 3.2 tag with a field 3.2 does not define',
    base: `${HEAD_32}tags:\n  - {name: a, kind: nav, colour: red}\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: q, in: query, schema: {type: string}}\n      responses:\n        "204": {description: ok}\n`,
    revision: `${HEAD_32}tags:\n  - {name: a, kind: nav, colour: red}\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: q, in: query, required: true, schema: {type: string}}\n      responses:\n        "204": {description: ok}\n`,
    findings: ['breaking request-parameter-became-required GET /a'],
    warning: (side: string) => `${side}:6: ${READ_AS} /tags/0 has an unexpected property "colour"`,
  },
  {
    name: 'a 3.2 response with a field 3.2 does not define, in a referenced file',
    base: `${HEAD_32}paths:\n  /a:\n    $ref: "a.yaml"\n`,
    revision: `${HEAD_32}paths:\n  /a:\n    $ref: "a-required.yaml"\n`,
    files: {
      'a.yaml': 'get:\n  parameters:\n    - {name: q, in: query, schema: {type: string}}\n  responses:\n    "204": {description: ok, colour: red}\n',
      'a-required.yaml': 'get:\n  parameters:\n    - {name: q, in: query, required: true, schema: {type: string}}\n  responses:\n    "204": {description: ok, colour: red}\n',
    },
    findings: ['breaking request-parameter-became-required GET /a'],
    warning: (side: string) => `${side}:6: ${READ_AS} /paths/~1a/get/responses/204 has an unexpected property "colour"`,
  },
];

describe('a readable document the OpenAPI schema rejects', () => {
  /** Writes a case's documents (and the files they reference) into a folder of its own. */
  const writeCase = (c: (typeof CASES)[number]) => {
    const slug = c.name.replace(/\W+/g, '-');
    for (const [file, text] of Object.entries(('files' in c && c.files) || {})) write(`${slug}/${file}`, text);
    return { slug, b: write(`${slug}/base.yaml`, c.base), r: write(`${slug}/revision.yaml`, c.revision) };
  };

  it.each(CASES)('with $name: compared, one warning per document', async (c) => {
    const { b, r } = writeCase(c);
    expect(await lenient(b, r)).toEqual({ findings: c.findings, warnings: [c.warning(b), c.warning(r)] });
  });

  it.each(CASES)('with $name: refused under strict', async (c) => {
    const { slug } = writeCase(c);
    expect(await refusal(`${slug}/base.yaml`, `${slug}/revision.yaml`, true)).toMatch(new RegExp(`^${slug}/base\\.yaml(:\\d+)?: invalid OpenAPI: `));
  });
});

const VALID = `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        "204": {description: ok}\n`;

describe('refused even when not strict', () => {
  it.each([
    ['not OpenAPI', 'name: app\n', 'not-openapi.yaml:1: not an OpenAPI document: no "openapi" or "swagger" field'],
    ['an unsupported version', 'openapi: 4.0.0\npaths: {}\n', 'unsupported.yaml:1: unsupported OpenAPI version "4.0.0" (3.0.x, 3.1.x and 3.2.x are)'],
    ['a YAML syntax error', `${HEAD}paths: {\n`, /^yaml-syntax\.yaml:\d+: /],
    ['a duplicate key', `${HEAD}paths: {}\npaths: {}\n`, 'duplicate-key.yaml:6: duplicate key "paths"'],
    ['a remote $ref', `${HEAD}paths:\n  /a:\n    $ref: "https://example.invalid/a.yaml"\n`, 'remote-ref.yaml:7: remote $ref "https://example.invalid/a.yaml" refused: apicompat never fetches over the network'],
    ['a $ref out of the root', `${HEAD}paths:\n  /a:\n    $ref: "../../a.yaml"\n`, /^out-of-root\.yaml:7: \$ref "\.\.\/\.\.\/a\.yaml" leaves the root folder /],
    ['a $ref to nothing', `${HEAD}paths:\n  /a:\n    $ref: "#/components/pathItems/a"\n`, 'dangling-ref.yaml:7: $ref "#/components/pathItems/a" does not resolve: nothing is there'],
    ['paths as a list', `${HEAD}paths:\n  - /a\n`, 'paths-list.yaml:5: /paths must be an object, not a list: the document cannot be compared'],
    ['an operation as a string', `${HEAD}paths:\n  /a:\n    get: fetch\n`, 'operation-string.yaml:7: /paths/~1a/get must be an object, not a string: the document cannot be compared'],
    ['parameters as an object', `${HEAD}paths:\n  /a:\n    get:\n      parameters: {q: {in: query}}\n      responses: {}\n`, 'parameters-object.yaml:8: /paths/~1a/get/parameters must be a list, not an object: the document cannot be compared'],
    ['responses as a list', `${HEAD}paths:\n  /a:\n    get:\n      responses: [ok]\n`, 'responses-list.yaml:8: /paths/~1a/get/responses must be an object, not a list: the document cannot be compared'],
    ['content as a string', `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        "200": {description: ok, content: json}\n`, 'content-string.yaml:9: /paths/~1a/get/responses/200/content must be an object, not a string: the document cannot be compared'],
  ])('%s', async (what, text, expected) => {
    const name = expected instanceof RegExp ? `${String(expected).match(/\^([\w-]+)/)![1]}.yaml` : expected.slice(0, expected.indexOf(':'));
    write(name, text);
    write('valid.yaml', VALID);
    const line = await refusal('valid.yaml', name);
    if (expected instanceof RegExp) expect(line, what).toMatch(expected);
    else expect(line, what).toBe(expected);
  });
});

/** Replaces the value at one path of a document, chosen by index among all its nodes. */
function mutate(doc: Doc, pick: number, value: unknown): Doc {
  const copy = structuredClone(doc);
  const sites: [Record<string, unknown>, string][] = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      sites.push([node as Record<string, unknown>, key]);
      walk((node as Record<string, unknown>)[key]);
    }
  };
  walk(copy);
  const [parent, key] = sites[pick % sites.length];
  parent[key] = value;
  return copy;
}

const memory = (text: string) => ({ root: '/mem', read: async () => Buffer.from(text) });

describe('the model on mutated valid documents', () => {
  it('compares or refuses with an input error, never crashes', { timeout: 180_000 }, async () => {
    const junk = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 3 }), fc.constant([]), fc.constant({}), fc.constant(['x', 1]), fc.constant({ x: [1] }));
    await fc.assert(
      fc.asyncProperty(documentArb, fc.nat(), junk, async (doc, pick, value) => {
        const mutated = mutate(doc, pick, value);
        try {
          const [base, revision] = await Promise.all([
            loadSpec('/mem/openapi.json', memory(JSON.stringify(doc)), { validate: false }),
            loadSpec('/mem/openapi.json', memory(JSON.stringify(mutated)), { validate: false }),
          ]);
          compareSpecs(base, revision, { today: TODAY });
          compareSpecs(revision, base, { today: TODAY });
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});
