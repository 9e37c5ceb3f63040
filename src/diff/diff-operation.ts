import type { MediaType, Operation, Parameter, Response, SecurityRequirement } from '../model/types.js';
import type { ChangeData } from './change.js';
import { compareMaps } from './compare-maps.js';
import type { DiffContext, SchemaSite } from './diff-context.js';

/** Compares two versions of one operation: parameters, body, responses, security, callbacks. */
export function diffOperation(ctx: DiffContext, base: Operation, rev: Operation): void {
  const sides = { base: base.loc, revision: rev.loc };
  if (!base.deprecated && rev.deprecated) ctx.emit('deprecated', 'operation', sides, { sunset: rev.sunset ?? '' }, { sunset: rev.sunset });
  if (base.deprecated && !rev.deprecated) ctx.emit('reactivated', 'operation', sides);
  if (base.operationId !== undefined && rev.operationId !== undefined && base.operationId !== rev.operationId) {
    ctx.emit('operation-id-changed', 'operation', sides, { from: base.operationId, to: rev.operationId });
  }
  diffParameters(ctx, base, rev);
  diffRequestBody(ctx, base, rev);
  diffResponses(ctx, base, rev);
  diffSecurity(ctx, base, rev);
  compareMaps(base.callbacks, rev.callbacks, {
    onRemoved: (b) => ctx.emit('removed', 'callback', { base: b.loc, revision: rev.loc }, { callback: b.key }, { deprecated: b.deprecated, sunset: b.sunset }),
    onAdded: (r) => ctx.emit('added', 'callback', { base: base.loc, revision: r.loc }, { callback: r.key }),
    // Findings inside a callback name it, since the API is the client there and the directions flip.
    onMutual: (b, r) => diffOperation(ctx.forOperation({ ...ctx.operation!, path: `${ctx.operation!.path} (callback ${r.key})` }, !ctx.flipped, ctx.operationContext), b, r),
  });
}

function diffParameters(ctx: DiffContext, base: Operation, rev: Operation): void {
  compareMaps(base.parameters, rev.parameters, {
    onRemoved: (b) =>
      ctx.emit('removed', 'request-parameter', { base: b.loc, revision: rev.loc }, parameterData(ctx, b), {
        required: b.required,
        deprecated: b.deprecated,
        sunset: b.sunset,
      }),
    onAdded: (r) =>
      ctx.emit('added', 'request-parameter', { base: base.loc, revision: r.loc }, parameterData(ctx, r), {
        required: r.required,
        hasDefault: hasDefault(r),
      }),
    onMutual: (b, r) => diffParameter(ctx, b, r),
  });
}

function diffParameter(ctx: DiffContext, b: Parameter, r: Parameter): void {
  const sides = { base: b.loc, revision: r.loc };
  const data = parameterData(ctx, r);
  if (!b.required && r.required) ctx.emit('became-required', 'request-parameter', sides, data, { hasDefault: hasDefault(r) });
  if (b.required && !r.required) ctx.emit('became-optional', 'request-parameter', sides, data);
  if (!b.deprecated && r.deprecated) ctx.emit('deprecated', 'request-parameter', sides, { ...data, sunset: r.sunset ?? '' }, { sunset: r.sunset });
  if (b.deprecated && !r.deprecated) ctx.emit('reactivated', 'request-parameter', sides, data);
  if (b.style !== r.style) ctx.emit('style-changed', 'request-parameter', sides, { ...data, from: b.style, to: r.style });
  // A new style brings its own default explode; the style change already says the encoding changed.
  if (b.style === r.style && b.explode !== r.explode) ctx.emit('explode-changed', 'request-parameter', sides, { ...data, from: b.explode, to: r.explode });
  if (b.allowEmptyValue !== r.allowEmptyValue) {
    ctx.emit(r.allowEmptyValue ? 'allow-empty-value-added' : 'allow-empty-value-removed', 'request-parameter', sides, data);
  }
  if (b.allowReserved !== r.allowReserved) {
    ctx.emit(r.allowReserved ? 'allow-reserved-added' : 'allow-reserved-removed', 'request-parameter', sides, data);
  }
  if (b.mediaType !== undefined && r.mediaType !== undefined && essence(b.mediaType) !== essence(r.mediaType)) {
    ctx.emit('media-type-changed', 'request-parameter', sides, { ...data, from: b.mediaType, to: r.mediaType });
  }
  if (b.schema && r.schema) ctx.diffSchemas('request-parameter', b.schema, r.schema, data);
}

/**
 * In webhooks and callbacks a request parameter is judged as a response header (and back), so the
 * data carries the placeholders of both vocabularies; the status of a request is `request`.
 */
function parameterData(ctx: DiffContext, p: Parameter): ChangeData {
  return ctx.flipped ? { parameter: p.name, in: p.in, header: p.name, status: 'request' } : { parameter: p.name, in: p.in };
}

function headerData(ctx: DiffContext, status: string, name: string): ChangeData {
  return ctx.flipped ? { status, header: name, parameter: name, in: 'header' } : { status, header: name };
}

function hasDefault(p: Parameter): boolean {
  const raw = p.schema?.raw;
  return raw !== null && typeof raw === 'object' && 'default' in raw;
}

function diffRequestBody(ctx: DiffContext, base: Operation, rev: Operation): void {
  const b = base.requestBody;
  const r = rev.requestBody;
  if (!b && !r) return;
  const data: ChangeData = ctx.flipped ? { status: 'request' } : {};
  if (!b) return ctx.emit('added', 'request-body', { base: base.loc, revision: r!.loc }, data, { required: r!.required });
  if (!r) return ctx.emit('removed', 'request-body', { base: b.loc, revision: rev.loc }, data, { required: b.required });
  const sides = { base: b.loc, revision: r.loc };
  if (!b.required && r.required) ctx.emit('became-required', 'request-body', sides, data);
  if (b.required && !r.required) ctx.emit('became-optional', 'request-body', sides, data);
  diffContent(ctx, 'request-body', b.content, r.content, sides, data);
}

function diffResponses(ctx: DiffContext, base: Operation, rev: Operation): void {
  const matched = new Set<string>();
  for (const [status, b] of base.responses) {
    const r = rev.responses.get(status) ?? coveringResponse(rev.responses, status);
    if (r) {
      matched.add(r.status);
      if (r.status !== status) ctx.emit('status-generalized', 'response', { base: b.loc, revision: r.loc }, { status, to: r.status }, { success: isSuccess(status) });
      diffResponse(ctx, b, r);
      continue;
    }
    // A range (`2XX`) replaced by codes it covers (`200`): the responses are now described more precisely.
    const narrower = [...rev.responses.values()].filter((n) => !base.responses.has(n.status) && coveringRange(status, n.status));
    if (narrower.length === 0) {
      ctx.emit('status-removed', 'response', { base: b.loc, revision: rev.loc }, { status }, { success: isSuccess(status) });
      continue;
    }
    for (const n of narrower) {
      matched.add(n.status);
      ctx.emit('status-specialized', 'response', { base: b.loc, revision: n.loc }, { status, to: n.status }, { success: isSuccess(status) });
      diffResponse(ctx, b, n);
    }
  }
  for (const [status, r] of rev.responses) {
    if (base.responses.has(status) || matched.has(status)) continue;
    ctx.emit('status-added', 'response', { base: base.loc, revision: r.loc }, { status }, { success: isSuccess(status) });
  }
}

/** A revision range (`2XX`) still describes a removed specific code (`200`). */
function coveringResponse(responses: Map<string, Response>, status: string): Response | undefined {
  if (!/^\d{3}$/.test(status)) return undefined;
  return responses.get(`${status[0]}XX`);
}

function coveringRange(range: string, status: string): boolean {
  return /^\dXX$/.test(range) && /^\d{3}$/.test(status) && status[0] === range[0];
}

/** 1xx-3xx and their ranges; `default` stands for the errors not listed. */
function isSuccess(status: string): boolean {
  return /^[123]/.test(status);
}

function diffResponse(ctx: DiffContext, b: Response, r: Response): void {
  const data = { status: b.status };
  compareMaps(b.headers, r.headers, {
    onRemoved: (h) =>
      ctx.emit('removed', 'response-header', { base: h.loc, revision: r.loc }, headerData(ctx, b.status, h.name), {
        required: h.required,
        deprecated: h.deprecated,
        sunset: h.sunset,
      }),
    onAdded: (h) => ctx.emit('added', 'response-header', { base: b.loc, revision: h.loc }, headerData(ctx, b.status, h.name), { required: h.required }),
    onMutual: (bh, rh) => {
      const sides = { base: bh.loc, revision: rh.loc };
      const hData = headerData(ctx, b.status, rh.name);
      if (!bh.required && rh.required) ctx.emit('became-required', 'response-header', sides, hData);
      if (bh.required && !rh.required) ctx.emit('became-optional', 'response-header', sides, hData);
      if (!bh.deprecated && rh.deprecated) ctx.emit('deprecated', 'response-header', sides, { ...hData, sunset: rh.sunset ?? '' }, { sunset: rh.sunset });
      if (bh.deprecated && !rh.deprecated) ctx.emit('reactivated', 'response-header', sides, hData);
      if (bh.explode !== rh.explode) ctx.emit('explode-changed', 'response-header', sides, { ...hData, from: bh.explode, to: rh.explode });
      if (bh.schema && rh.schema) ctx.diffSchemas('response-header', bh.schema, rh.schema, hData);
    },
  });
  diffContent(ctx, 'response-body', b.content, r.content, { base: b.loc, revision: r.loc }, data);
}

/**
 * Media types are matched by meaning: an exact name first, then a wildcard on the other side
 * that covers it (`application/*` covers `application/json`).
 */
function diffContent(
  ctx: DiffContext,
  site: Extract<SchemaSite, 'request-body' | 'response-body'>,
  base: Map<string, MediaType>,
  rev: Map<string, MediaType>,
  sides: { base: Parameters<DiffContext['emit']>[2]['base']; revision: Parameters<DiffContext['emit']>[2]['revision'] },
  data: ChangeData,
): void {
  const subject = site === 'request-body' ? 'request-body' : 'response-body';
  const matchedRev = new Set<string>();
  for (const [name, b] of base) {
    let r = rev.get(name) ?? [...rev.values()].find((m) => essence(m.name) === essence(b.name) && !base.has(m.name.toLowerCase()));
    if (!r) {
      r = [...rev.values()].find((m) => covers(m.name, b.name));
      if (r) ctx.emit('media-type-generalized', subject, { base: b.loc, revision: r.loc }, { ...data, mediaType: b.name, to: r.name });
    }
    if (!r) {
      const narrower = [...rev.values()].find((m) => covers(b.name, m.name) && !base.has(m.name.toLowerCase()));
      if (narrower) {
        ctx.emit('media-type-specialized', subject, { base: b.loc, revision: narrower.loc }, { ...data, mediaType: b.name, to: narrower.name });
        r = narrower;
      }
    }
    if (!r) {
      ctx.emit('media-type-removed', subject, { base: b.loc, revision: sides.revision }, { ...data, mediaType: b.name });
      continue;
    }
    matchedRev.add(r.name.toLowerCase());
    const mediaData = { ...data, mediaType: r.name };
    if (b.schema && r.schema) ctx.diffSchemas(site, b.schema, r.schema, mediaData);
    else if (!b.schema && r.schema) ctx.emit('schema-added', subject, { base: b.loc, revision: r.loc }, mediaData);
    else if (b.schema && !r.schema) ctx.emit('schema-removed', subject, { base: b.loc, revision: r.loc }, mediaData);
  }
  for (const [name, r] of rev) {
    if (base.has(name) || matchedRev.has(name)) continue;
    ctx.emit('media-type-added', subject, { base: sides.base, revision: r.loc }, { ...data, mediaType: r.name });
  }
}

/** The media type without parameters: `application/json; charset=utf-8` is `application/json`. */
function essence(name: string): string {
  return name.split(';')[0].trim().toLowerCase();
}

/** Whether media range `wide` admits media type `narrow` (parameters ignored). */
function covers(wide: string, narrow: string): boolean {
  const [wt, ws] = wide.split(';')[0].trim().toLowerCase().split('/');
  const [nt, ns] = narrow.split(';')[0].trim().toLowerCase().split('/');
  if (wt === '*') return true;
  if (wt !== nt) return false;
  if (ws === '*') return true;
  if (ws?.startsWith('*+') && ns?.endsWith(ws.slice(1))) return true;
  return false;
}

/**
 * Security by satisfiability: a client that met some base alternative must still meet some
 * revision alternative (same schemes, no new scopes).
 */
function diffSecurity(ctx: DiffContext, base: Operation, rev: Operation): void {
  const sides = { base: base.securityLoc, revision: rev.securityLoc };
  const bOpen = isOpen(base.security);
  const rOpen = isOpen(rev.security);
  if (bOpen && rOpen) return;
  if (bOpen) return ctx.emit('security-added', 'security', sides, { requirement: describe(rev.security) });
  if (rOpen) return ctx.emit('security-removed', 'security', sides, { requirement: describe(base.security) });
  const revKeys = new Set(rev.security.map(requirementKey));
  const baseKeys = new Set(base.security.map(requirementKey));
  for (const b of base.security) {
    const key = requirementKey(b);
    if (revKeys.has(key)) continue;
    const sameSchemes = rev.security.find((r) => schemeKey(r) === schemeKey(b) && !baseKeys.has(requirementKey(r)));
    if (sameSchemes) {
      const stillSatisfied = satisfied(b, rev.security);
      for (const [scheme, scopes] of sameSchemes) {
        const before = b.get(scheme) ?? [];
        for (const scope of scopes) if (!before.includes(scope)) ctx.emit('security-scope-added', 'security', sides, { scheme, scope }, { stillSatisfied });
        for (const scope of before) if (!scopes.includes(scope)) ctx.emit('security-scope-removed', 'security', sides, { scheme, scope });
      }
      continue;
    }
    ctx.emit('security-requirement-removed', 'security', sides, { requirement: describe([b]) }, { stillSatisfied: satisfied(b, rev.security) });
  }
  for (const r of rev.security) {
    const key = requirementKey(r);
    if (baseKeys.has(key)) continue;
    if (base.security.some((b) => schemeKey(b) === schemeKey(r) && !revKeys.has(requirementKey(b)))) continue;
    ctx.emit('security-requirement-added', 'security', sides, { requirement: describe([r]) });
  }
}

function isOpen(security: SecurityRequirement[]): boolean {
  return security.length === 0 || security.some((r) => r.size === 0);
}

/** Some revision alternative asks only for schemes and scopes that `b` already provided. */
function satisfied(b: SecurityRequirement, rev: SecurityRequirement[]): boolean {
  return rev.some((r) => [...r].every(([scheme, scopes]) => b.has(scheme) && scopes.every((s) => b.get(scheme)!.includes(s))));
}

function schemeKey(r: SecurityRequirement): string {
  return [...r.keys()].sort().join('+');
}

function requirementKey(r: SecurityRequirement): string {
  return [...r.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}[${[...v].sort().join(',')}]`)
    .join('+');
}

function describe(security: SecurityRequirement[]): string {
  return security.map((r) => [...r.entries()].map(([k, v]) => (v.length ? `${k} (${v.join(', ')})` : k)).join(' and ')).join(' or ');
}
