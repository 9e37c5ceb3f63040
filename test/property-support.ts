// Generated OpenAPI 3.0 documents and edits for the property tests, and an in-memory compare.
import fc from 'fast-check';
import { compareSpecs, type Finding } from '../src/index.js';
import { loadSpec } from '../src/load/load-spec.js';
import type { FileSource } from '../src/load/source.js';

export type Doc = Record<string, unknown>;
type Obj = Record<string, unknown>;

const FILE = '/mem/openapi.json';
const NAMES = ['id', 'name', 'kind', 'count', 'price', 'tags', 'owner', 'active'];
const COMPONENTS = ['Pet', 'Owner', 'Tag'];

const scalar: fc.Arbitrary<Obj> = fc.oneof(
  fc.record({ type: fc.constant('string') }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('string'), enum: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 4 }) }),
  fc.record({ type: fc.constantFrom('integer', 'number'), minimum: fc.integer({ min: 0, max: 5 }) }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('boolean'), nullable: fc.boolean() }, { requiredKeys: ['type'] }),
);

/** Object schemas up to two levels deep; leaves may point at a component. */
function objectSchema(depth: number, refs: boolean): fc.Arbitrary<Obj> {
  const leaf = refs ? fc.oneof({ weight: 3, arbitrary: scalar }, { weight: 1, arbitrary: componentRef }, { weight: 1, arbitrary: variants }) : scalar;
  const value: fc.Arbitrary<Obj> =
    depth === 0
      ? leaf
      : fc.oneof({ weight: 3, arbitrary: leaf }, { weight: 1, arbitrary: objectSchema(depth - 1, refs) }, { weight: 1, arbitrary: fc.record({ type: fc.constant('array'), items: leaf }) });
  return fc.dictionary(fc.constantFrom(...NAMES), value, { minKeys: 1, maxKeys: 4 }).chain((properties) =>
    fc.subarray(Object.keys(properties)).map((required) => {
      const schema: Obj = { type: 'object', properties };
      if (required.length > 0) schema.required = required;
      return schema;
    }),
  );
}

const componentRef: fc.Arbitrary<Obj> = fc.constantFrom(...COMPONENTS).map((name) => ({ $ref: `#/components/schemas/${name}` }));

/** Alternatives naming components; inlining them must not change the verdict. */
const variants: fc.Arbitrary<Obj> = fc
  .tuple(fc.constantFrom('oneOf', 'anyOf'), fc.uniqueArray(componentRef, { minLength: 2, maxLength: 3, selector: (r) => r.$ref }))
  .map(([keyword, refs]) => ({ [keyword]: refs }));

/** A body schema: inline, or a reference to a component. */
const bodySchema = fc.oneof(objectSchema(1, true), componentRef);

const operation = (method: string) =>
  fc.record({ body: bodySchema, response: bodySchema, query: fc.option(fc.record({ name: fc.constantFrom('q', 'limit'), required: fc.boolean() }), { nil: undefined }) }).map(
    ({ body, response, query }) => {
      const op: Obj = { operationId: '', responses: { '200': { description: 'ok', content: { 'application/json': { schema: response } } } } };
      if (method === 'post' || method === 'put') op.requestBody = { content: { 'application/json': { schema: body } } };
      if (query) op.parameters = [{ name: query.name, in: 'query', required: query.required, schema: { type: 'string' } }];
      return op;
    },
  );

/** A valid OpenAPI 3.0 document: one to four resources, a few operations each, three components. */
export const documentArb: fc.Arbitrary<Doc> = fc
  .record({
    // Components only point at components later in the list, so there is no reference cycle.
    components: fc.tuple(objectSchema(1, false), objectSchema(1, false), objectSchema(1, false)),
    paths: fc.uniqueArray(fc.constantFrom('/pets', '/pets/{id}', '/owners', '/tags', '/stores'), { minLength: 1, maxLength: 4 }),
    operations: fc.array(fc.tuple(fc.subarray(['get', 'post', 'put', 'delete'], { minLength: 1 }).chain((methods) => fc.tuple(...methods.map((m) => operation(m).map((op) => [m, op] as const))))), {
      minLength: 4,
      maxLength: 4,
    }),
  })
  .map(({ components, paths, operations }) => {
    const schemas: Obj = {};
    COMPONENTS.forEach((name, i) => (schemas[name] = components[i]));
    (schemas.Pet as { properties: Obj }).properties.owner = { $ref: '#/components/schemas/Owner' };
    (schemas.Owner as { properties: Obj }).properties.tags = { type: 'array', items: { $ref: '#/components/schemas/Tag' } };
    const pathItems: Obj = {};
    paths.forEach((p, i) => {
      const item: Obj = {};
      for (const [method, op] of operations[i][0]) {
        const copy = structuredClone(op);
        copy.operationId = `${method}${p.replace(/[^a-z]/gi, '_')}`;
        if (p.includes('{id}')) copy.parameters = [...((copy.parameters as Obj[]) ?? []), { name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
        item[method] = copy;
      }
      pathItems[p] = item;
    });
    return { openapi: '3.0.3', info: { title: 'Generated', version: '1.0.0' }, paths: pathItems, components: { schemas } };
  });

function memorySource(text: string): FileSource {
  return { root: '/mem', read: async () => Buffer.from(text) };
}

export const TODAY = '2026-06-15';

/** Compares two documents held in memory; `validate` runs swagger-parser on both first. */
export async function compareDocs(base: Doc | string, revision: Doc | string, validate = false): Promise<Finding[]> {
  const text = (doc: Doc | string) => (typeof doc === 'string' ? doc : JSON.stringify(doc));
  const [a, b] = await Promise.all([
    loadSpec(FILE, memorySource(text(base)), { validate }),
    loadSpec(FILE, memorySource(text(revision)), { validate }),
  ]);
  return compareSpecs(a, b, { today: TODAY, cwd: '/' }).changes;
}

const RANK = { none: 0, additive: 1, deprecation: 2, breaking: 3 } as const;

/** The most severe class among findings: breaking > deprecation > additive > none. */
export function severity(findings: Finding[]): number {
  return Math.max(RANK.none, ...findings.map((f) => RANK[f.class]));
}

export const describeFindings = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.class}: ${f.message}`);

/** Operations as [path, method, operation] triples. */
export function operations(doc: Doc): [string, string, Obj][] {
  const out: [string, string, Obj][] = [];
  for (const [p, item] of Object.entries(doc.paths as Obj)) for (const [m, op] of Object.entries(item as Obj)) out.push([p, m, op as Obj]);
  return out;
}

/** The schema an operation's 200 response writes inline, or the component it points at. */
export function responseSchema(doc: Doc, op: Obj): Obj {
  const schema = ((op.responses as Obj)['200'] as { content: { 'application/json': { schema: Obj } } }).content['application/json'].schema;
  return resolve(doc, schema);
}

export function requestSchema(doc: Doc, op: Obj): Obj | undefined {
  const body = op.requestBody as { content: { 'application/json': { schema: Obj } } } | undefined;
  return body ? resolve(doc, body.content['application/json'].schema) : undefined;
}

function resolve(doc: Doc, schema: Obj): Obj {
  const ref = schema.$ref as string | undefined;
  return ref ? (((doc.components as Obj).schemas as Obj)[ref.split('/').pop()!] as Obj) : schema;
}
