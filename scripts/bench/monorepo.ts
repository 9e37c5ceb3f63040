// A synthetic monorepo: N services, each an OpenAPI 3.0 YAML file, in a real git repository with
// a base commit and a working-tree change in every fifth service. Deterministic: same N, same bytes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

const GENERATOR_VERSION = '3';

export interface Monorepo {
  root: string;
  /** `api-surface/<name>/openapi.yaml` (the layout `apicompat check` reads), relative to root. */
  specs: string[];
  /** A plain copy of the base commit's specs, for comparing service by service with `diff`. */
  baseCopy: string;
}

export function ensureMonorepo(cache: string, services: number): Monorepo {
  const root = path.join(cache, `monorepo-${services}`);
  const baseCopy = path.join(cache, `monorepo-${services}-base`);
  const specs = Array.from({ length: services }, (_, i) => `api-surface/${serviceName(i)}/openapi.yaml`);
  const stamp = path.join(root, '.bench-generated');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === GENERATOR_VERSION) return { root, specs, baseCopy };

  console.error(`bench: generating a monorepo of ${services} services`);
  rmSync(root, { recursive: true, force: true });
  rmSync(baseCopy, { recursive: true, force: true });
  for (const [i, spec] of specs.entries()) {
    const text = toYaml(serviceSpec(i, false));
    for (const dir of [root, baseCopy]) {
      mkdirSync(path.dirname(path.join(dir, spec)), { recursive: true });
      writeFileSync(path.join(dir, spec), text);
    }
  }
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
      cwd: root,
      stdio: 'ignore',
    });
  git('init', '-q', '-b', 'main');
  git('add', 'api-surface');
  git('commit', '-q', '-m', 'base');
  for (const [i, spec] of specs.entries()) {
    if (i % 5 === 0) writeFileSync(path.join(root, spec), toYaml(serviceSpec(i, true)));
  }
  writeFileSync(stamp, GENERATOR_VERSION);
  return { root, specs, baseCopy };
}

function serviceName(i: number): string {
  return `svc-${String(i).padStart(3, '0')}`;
}

/** One service: 12 resources, each with list/create/get/update/delete and a few schemas. */
function serviceSpec(index: number, changed: boolean): unknown {
  const name = serviceName(index);
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {
    Error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'array', items: { $ref: '#/components/schemas/Error' } } },
    },
  };
  for (let r = 0; r < 12; r++) {
    const resource = `Resource${r}`;
    const plural = `/resources-${r}`;
    const item = `${plural}/{id}`;
    const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
    const ref = (s: string) => ({ $ref: `#/components/schemas/${s}` });
    const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
    const errors = { default: { description: 'error', ...json(ref('Error')) } };
    const listParams: unknown[] = [
      { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
      { name: 'cursor', in: 'query', schema: { type: 'string' } },
    ];
    if (changed && r === 1) listParams.push({ name: 'filter', in: 'query', required: true, schema: { type: 'string' } });
    paths[plural] = {
      get: { operationId: `list${resource}`, parameters: listParams, responses: { 200: { description: 'ok', ...json({ type: 'array', items: ref(resource) }) }, ...errors } },
      post: { operationId: `create${resource}`, requestBody: { required: true, ...json(ref(`${resource}Input`)) }, responses: { 201: { description: 'created', ...json(ref(resource)) }, ...errors } },
    };
    paths[item] = {
      parameters: [idParam],
      get: { operationId: `get${resource}`, responses: { 200: { description: 'ok', ...json(ref(resource)) }, ...errors } },
      put: { operationId: `update${resource}`, requestBody: json(ref(`${resource}Input`)), responses: { 200: { description: 'ok', ...json(ref(resource)) }, ...errors } },
      delete: { operationId: `delete${resource}`, deprecated: changed && r === 2, responses: { 204: { description: 'gone' }, ...errors } },
    };
    const properties: Record<string, unknown> = {
      id: { type: 'string', format: 'uuid', readOnly: true },
      name: { type: 'string', maxLength: 200 },
      status: { type: 'string', enum: changed && r === 3 ? ['active', 'archived'] : ['active', 'archived', 'pending'] },
      createdAt: { type: 'string', format: 'date-time', readOnly: true },
      tags: { type: 'array', items: { type: 'string' } },
      owner: ref('Owner'),
      parent: ref(resource),
    };
    if (!(changed && r === 0)) properties.description = { type: 'string' };
    schemas[resource] = { type: 'object', required: ['id', 'name'], properties };
    schemas[`${resource}Input`] = {
      type: 'object',
      required: changed && r === 4 ? ['name', 'status'] : ['name'],
      properties: { name: { type: 'string', maxLength: 200 }, status: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } },
    };
  }
  if (changed) paths['/health'] = { get: { operationId: 'health', responses: { 200: { description: 'ok' } } } };
  schemas.Owner = { type: 'object', properties: { id: { type: 'string' }, email: { type: 'string', format: 'email' } } };
  return { openapi: '3.0.3', info: { title: name, version: changed ? '1.1.0' : '1.0.0' }, paths, components: { schemas } };
}

/** Plain YAML as people write it: shared objects written out, not as anchors and aliases. */
function toYaml(value: unknown): string {
  return stringify(value, { aliasDuplicateObjects: false });
}
