import { methodLabel, pathKey } from '../model/normalize.js';
import type { ApiModel, Loc, Operation } from '../model/types.js';
import type { Change, OperationInfo } from './change.js';
import { compareMaps } from './compare-maps.js';
import { DiffContext } from './diff-context.js';
import { diffOperation } from './diff-operation.js';
import { diffSecurityScheme } from './diff-security.js';
import type { SchemaDiffer } from './diff-schema.js';

/** The structural diff of two normalized APIs: every difference, unjudged. */
export function diffApi(base: ApiModel, rev: ApiModel, schemas: SchemaDiffer): Change[] {
  const changes: Change[] = [];
  const ctx = new DiffContext(schemas, changes, undefined, false, {}, base.securitySchemes);
  const roots = { base: { file: base.infoLoc.file, pointer: '/paths' }, revision: { file: rev.infoLoc.file, pointer: '/paths' } };
  const [baseOperations, revOperations] = alignCollidingTemplates(base.operations, rev.operations);
  const byUrl = keyedByUrl(base, rev, baseOperations, revOperations);
  diffOperations(ctx, byUrl?.[0] ?? baseOperations, byUrl?.[1] ?? revOperations, 'operation', false, roots);
  const hookRoots = { base: { ...roots.base, pointer: webhooksPointer(base) }, revision: { ...roots.revision, pointer: webhooksPointer(rev) } };
  diffOperations(ctx, base.webhooks, rev.webhooks, 'webhook', true, hookRoots);
  if (!byUrl) diffServers(ctx, base, rev);
  compareMaps(base.securitySchemes, rev.securitySchemes, {
    onRemoved: (b) => ctx.emit('removed', 'security-scheme', { base: b.loc }, { scheme: b.name }, { deprecated: b.deprecated, sunset: b.sunset }),
    onAdded: (r) => ctx.emit('added', 'security-scheme', { revision: r.loc }, { scheme: r.name }),
    onMutual: (b, r) => diffSecurityScheme(ctx, b, r),
  });
  return changes;
}

/**
 * Two paths of one document that differ only in parameter names (`/a/{id}`, `/a/{key}`) share a
 * template key, so the normalizer keys the later one by its literal path; which one that is can
 * differ between the sides when a parameter is renamed. Within such a group, operations are
 * paired by literal path first, then in path order, so a still-present operation is not "removed".
 */
function alignCollidingTemplates(base: Map<string, Operation>, rev: Map<string, Operation>): [Map<string, Operation>, Map<string, Operation>] {
  const group = (op: Operation) => `${op.method} ${pathKey(op.path)}`;
  const colliding = new Set<string>();
  for (const ops of [base, rev]) {
    const seen = new Set<string>();
    for (const op of ops.values()) {
      const g = group(op);
      if (seen.has(g)) colliding.add(g);
      seen.add(g);
    }
  }
  if (colliding.size === 0) return [base, rev];
  const literal = (op: Operation) => `${methodLabel(op.method)} ${op.path}`;
  const rekeyed = (ops: Map<string, Operation>, keyOf: (op: Operation) => string) =>
    new Map([...ops.values()].map((op) => [colliding.has(group(op)) ? keyOf(op) : op.key, op] as const));
  const baseOut = rekeyed(base, literal);
  const unpaired = new Map<string, Operation[]>();
  const revLiterals = new Set([...rev.values()].map(literal));
  for (const op of [...base.values()].sort((a, b) => a.path.localeCompare(b.path))) {
    if (!colliding.has(group(op)) || revLiterals.has(literal(op))) continue;
    unpaired.set(group(op), [...(unpaired.get(group(op)) ?? []), op]);
  }
  const revKeys = new Map<Operation, string>();
  for (const op of [...rev.values()].sort((a, b) => a.path.localeCompare(b.path))) {
    const counterpart = baseOut.has(literal(op)) ? undefined : unpaired.get(group(op))?.shift();
    revKeys.set(op, literal(counterpart ?? op));
  }
  return [baseOut, rekeyed(rev, (op) => revKeys.get(op)!)];
}

/** The map the webhooks are read from (`/webhooks`, or `/x-webhooks` in a 3.0 description). */
function webhooksPointer(model: ApiModel): string {
  const [first] = model.webhooks.values();
  return first ? `/${first.loc.pointer.split('/')[1]}` : '/webhooks';
}

function info(op: Operation): OperationInfo {
  return { method: methodLabel(op.method), path: op.path, key: op.key };
}

function diffOperations(
  ctx: DiffContext,
  base: Map<string, Operation>,
  rev: Map<string, Operation>,
  subject: 'operation' | 'webhook',
  flipped: boolean,
  roots: { base: Loc; revision: Loc },
): void {
  const baseAnchors = anchors(base, roots.base);
  const revAnchors = anchors(rev, roots.revision);
  compareMaps(base, rev, {
    onRemoved: (b) =>
      ctx
        .forOperation(info(b), flipped, {})
        .emit('removed', subject, { base: b.loc, revision: revAnchors(b) }, { operationId: b.operationId ?? '' }, { deprecated: b.deprecated, sunset: b.sunset, operationStability: b.stabilityLevel }),
    onAdded: (r) => ctx.forOperation(info(r), flipped, {}).emit('added', subject, { base: baseAnchors(r), revision: r.loc }, { operationId: r.operationId ?? '' }),
    onMutual: (b, r) => diffOperation(ctx.forOperation(info(r), flipped, { operationDeprecated: b.deprecated, operationStability: b.stabilityLevel }), b, r),
  });
}

/**
 * Where an operation that exists on one side only would be on the other: its path item when the
 * path survives, else the `paths` object. Reports point there so every finding has a line on both sides.
 * The path items of `other` are indexed on first use (a large API adds hundreds of operations).
 */
function anchors(other: Map<string, Operation>, root: Loc): (op: Operation) => Loc {
  let pathItems: Map<string, Loc> | undefined;
  return (op) => {
    if (!pathItems) {
      pathItems = new Map();
      for (const candidate of other.values()) {
        const pathKey = pathOf(candidate);
        // The path item holds the operation, or (3.2 custom methods) its `additionalOperations`.
        const pointer = candidate.loc.pointer.slice(0, candidate.loc.pointer.lastIndexOf('/')).replace(/\/additionalOperations$/, '');
        if (!pathItems.has(pathKey)) pathItems.set(pathKey, { file: candidate.loc.file, pointer });
      }
    }
    return pathItems.get(pathOf(op)) ?? root;
  };
}

function pathOf(op: Pick<Operation, 'key'>): string {
  return op.key.slice(op.key.indexOf(' ') + 1);
}

/**
 * A base path moved into the paths (`/` + `/crm/cards/{id}` → `/crm/cards` + `/{id}`) leaves every
 * URL where it was. When the servers' base path changed and keying operations by their whole URL
 * pairs more of them than keying by path, they are compared by URL: the ones whose URL survives are
 * unchanged, the others are removed or added one by one. Otherwise (a `/v1` → `/v2` move) the
 * move itself is the finding. Undefined when the paths are compared as written.
 */
function keyedByUrl(
  base: ApiModel,
  rev: ApiModel,
  baseOps: Map<string, Operation>,
  revOps: Map<string, Operation>,
): [Map<string, Operation>, Map<string, Operation>] | undefined {
  const [basePrefix, revPrefix] = [soleBasePath(base), soleBasePath(rev)];
  if (basePrefix === undefined || revPrefix === undefined || basePrefix === revPrefix) return undefined;
  const byUrl = (ops: Map<string, Operation>, prefix: string) =>
    new Map([...ops].map(([key, op]) => [`${op.method.toUpperCase()} ${pathKey(prefix + pathOf({ key }))}`, op] as const));
  const [baseByUrl, revByUrl] = [byUrl(baseOps, basePrefix), byUrl(revOps, revPrefix)];
  const paired = (b: Map<string, Operation>, r: Map<string, Operation>) => [...b.keys()].filter((k) => r.has(k)).length;
  return paired(baseByUrl, revByUrl) > paired(baseOps, revOps) ? [baseByUrl, revByUrl] : undefined;
}

/** The one base path all servers share, without its trailing slash (`''` for the root). */
function soleBasePath(model: ApiModel): string | undefined {
  const paths = new Set(model.servers.map((s) => serverPath(s.url)));
  if (paths.size !== 1) return undefined;
  const [path] = paths;
  return path === '/' ? '' : path;
}

/** The base path is part of every operation's URL: changing it moves them all. */
function diffServers(ctx: DiffContext, base: ApiModel, rev: ApiModel): void {
  const basePaths = new Set(base.servers.map((s) => serverPath(s.url)));
  const revPaths = new Set(rev.servers.map((s) => serverPath(s.url)));
  if (basePaths.size === 0 || revPaths.size === 0) return;
  if ([...basePaths].some((p) => revPaths.has(p))) return;
  ctx.emit('base-path-changed', 'server', { base: base.serversLoc, revision: rev.serversLoc }, { from: [...basePaths].join(', '), to: [...revPaths].join(', ') });
}

export function serverPath(url: string): string {
  const withoutScheme = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  const path = withoutScheme.replace(/\/+$/, '');
  return path === '' ? '/' : path;
}
