// A large report from generated contracts, for the HTML report at scale: several services of many
// operations, shared components whose edits reach hundreds of operations, deprecations with sunset
// dates, accepted edits, and one service written as minified JSON (one long line).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { withEdits } from '../../src/classify/edits.js';
import { withRollback } from '../../src/classify/rollback.js';
import { compare } from '../../src/index.js';
import type { ReportOptions, ReportSources } from '../../src/report/reporter.js';
import type { Finding, Report, ServiceInfo } from '../../src/types.js';
import { FIXTURE_TODAY } from './fixtures.js';

export const LARGE_SERVICES = ['billing', 'catalog', 'orders', 'users'];
/** Operations of each generated path: list and create on `/things-<i>`. */
export const LARGE_PATHS = 600;
export const SUNSET = '2027-01-31';

/** Writes the pairs under `dir` and compares each service as `check` does; the report and its options. */
export async function largeReport(dir: string): Promise<{ report: Report; options: ReportOptions }> {
  const changes: Finding[] = [];
  const services: ServiceInfo[] = [];
  const sources: ReportSources = { base: {}, revision: {} };
  for (const [index, service] of LARGE_SERVICES.entries()) {
    const minified = index === 1;
    const files = { base: path.join(dir, service, 'base.json'), revision: path.join(dir, service, 'revision.json') };
    await mkdir(path.dirname(files.base), { recursive: true });
    for (const side of ['base', 'revision'] as const) {
      await writeFile(files[side], JSON.stringify(contract(service, side === 'revision'), null, minified ? undefined : 2));
    }
    const report = await compare(files.base, files.revision, {
      cwd: dir,
      service,
      today: FIXTURE_TODAY,
      accept: [{ rule: 'request-property-became-required', service, reason: 'clients always send it', expires: '2099-12-31' }],
      onSources: (s) => {
        Object.assign(sources.base, s.base);
        Object.assign(sources.revision, s.revision);
      },
    });
    changes.push(...report.changes);
    services.push(...report.services);
  }
  const { edits, summary } = withEdits(changes);
  const report: Report = { schemaVersion: 1, summary, changes, edits, services: withRollback(services, edits), notes: [] };
  return { report, options: { color: false, failOn: 'breaking', sources } };
}

/**
 * One service: `/things-<i>` (list, create) sharing the `Thing` and `ThingInput` schemas. The
 * revision removes a property of `Thing` and makes one of `ThingInput` required (one edit each,
 * reaching every operation), requires a new query parameter on every third list, deprecates every
 * fifth list with a sunset date, and adds `/things-<i>/export` for every second path.
 */
function contract(service: string, revision: boolean): unknown {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < LARGE_PATHS; i++) {
    const parameters: unknown[] = [{ name: 'limit', in: 'query', schema: { type: 'integer' } }];
    if (revision && i % 3 === 0) parameters.push({ name: `region${i}`, in: 'query', required: true, schema: { type: 'string' } });
    const deprecated = revision && i % 5 === 0 ? { deprecated: true, 'x-sunset': SUNSET } : {};
    paths[`/things-${i}`] = {
      get: { operationId: `list${i}`, parameters, ...deprecated, responses: { 200: { description: 'ok', ...json({ type: 'array', items: ref('Thing') }) } } },
      post: { operationId: `create${i}`, requestBody: { required: true, ...json(ref('ThingInput')) }, responses: { 201: { description: 'created', ...json(ref('Thing')) } } },
    };
    if (revision && i % 2 === 0) paths[`/things-${i}/export`] = { get: { operationId: `export${i}`, responses: { 200: { description: 'ok' } } } };
  }
  const thing = { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, ...(revision ? {} : { legacyCode: { type: 'string' } }) } };
  const input = { type: 'object', required: revision ? ['name', 'owner'] : ['name'], properties: { name: { type: 'string' }, owner: { type: 'string' } } };
  return { openapi: '3.0.3', info: { title: service, version: revision ? '2.0.0' : '1.0.0' }, paths, components: { schemas: { Thing: thing, ThingInput: input } } };
}
