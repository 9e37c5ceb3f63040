import type { Operation, Parameter } from '../model/types.js';
import { SENT_REQUEST_STATUS, sunsetChanged, type ChangeData } from './change.js';
import { compareMaps } from './compare-maps.js';
import { diffContent, essence } from './diff-content.js';
import type { DiffContext } from './diff-context.js';
import { explodeMatters } from './explode-matters.js';
import { diffResponses } from './diff-responses.js';
import { diffSecurity } from './diff-security.js';

/** Compares two versions of one operation: parameters, body, responses, security, callbacks. */
export function diffOperation(ctx: DiffContext, base: Operation, rev: Operation): void {
  const sides = { base: base.loc, revision: rev.loc };
  if (!base.deprecated && rev.deprecated) ctx.emit('deprecated', 'operation', sides, { sunset: rev.sunset ?? '' }, { sunset: rev.sunset });
  if (base.deprecated && !rev.deprecated) ctx.emit('reactivated', 'operation', sides);
  if (sunsetChanged(base, rev)) ctx.emit('sunset-changed', 'operation', sides, { from: base.sunset ?? '', to: rev.sunset ?? '', sunset: rev.sunset ?? '' });
  if (base.stabilityLevel !== rev.stabilityLevel) {
    ctx.emit('stability-level-changed', 'operation', { base: base.stabilityLoc, revision: rev.stabilityLoc }, { from: base.stabilityLevel, to: rev.stabilityLevel });
  }
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
  const [baseParameters, revParameters] = alignQueryString(ctx, base.parameters, rev.parameters);
  compareMaps(baseParameters, revParameters, {
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

/**
 * A 3.2 `querystring` parameter on one side against `query` parameters on the other: a form-encoded
 * query string whose object schema has properties `a` and `b` is what query parameters `a` and `b`
 * send, so the properties are compared as those parameters and moving between the spellings is no change.
 */
function alignQueryString(ctx: DiffContext, base: Map<string, Parameter>, rev: Map<string, Parameter>): [Map<string, Parameter>, Map<string, Parameter>] {
  const hasQuery = (parameters: Map<string, Parameter>) => [...parameters.values()].some((p) => p.in === 'query');
  const bq = base.get(QUERY_STRING);
  const rq = rev.get(QUERY_STRING);
  if (bq && !rq && hasQuery(rev)) return [asQueryParameters(ctx, base, bq, 'base'), rev];
  if (rq && !bq && hasQuery(base)) return [base, asQueryParameters(ctx, rev, rq, 'revision')];
  return [base, rev];
}

const QUERY_STRING = 'querystring:';

function asQueryParameters(ctx: DiffContext, parameters: Map<string, Parameter>, qs: Parameter, side: 'base' | 'revision'): Map<string, Parameter> {
  if (!qs.schema || qs.mediaType === undefined || essence(qs.mediaType) !== 'application/x-www-form-urlencoded') return parameters;
  const object = ctx.schemas.objectProperties(qs.schema, side);
  if (!object) return parameters;
  const out = new Map([...parameters].filter(([key]) => key !== QUERY_STRING));
  for (const [name, schema] of object.properties) {
    const key = `query:${name}`;
    if (out.has(key)) return parameters;
    const raw = schema.raw as Record<string, unknown> | null;
    out.set(key, {
      in: 'query',
      name,
      loc: schema.loc,
      // An optional query string may be left out whole, required properties and all.
      required: qs.required && object.required.has(name),
      schema,
      // Form encoding writes each property as `name=value`, an array as repeated names: form, exploded.
      style: 'form',
      explode: true,
      allowEmptyValue: false,
      allowReserved: qs.allowReserved,
      deprecated: raw !== null && typeof raw === 'object' && raw.deprecated === true,
    });
  }
  return out;
}

function diffParameter(ctx: DiffContext, b: Parameter, r: Parameter): void {
  const sides = { base: b.loc, revision: r.loc };
  const data = parameterData(ctx, r);
  if (!b.required && r.required) ctx.emit('became-required', 'request-parameter', sides, data, { hasDefault: hasDefault(r) });
  if (b.required && !r.required) ctx.emit('became-optional', 'request-parameter', sides, data);
  if (!b.deprecated && r.deprecated) ctx.emit('deprecated', 'request-parameter', sides, { ...data, sunset: r.sunset ?? '' }, { sunset: r.sunset });
  if (b.deprecated && !r.deprecated) ctx.emit('reactivated', 'request-parameter', sides, data);
  if (sunsetChanged(b, r)) ctx.emit('sunset-changed', 'request-parameter', sides, { ...data, from: b.sunset ?? '', to: r.sunset ?? '', sunset: r.sunset ?? '' });
  // A parameter described by `content` is written as its media type says: `style`, `explode` and
  // `allowReserved` do not apply to it (OpenAPI 3.x), so changing them changes nothing.
  const bySchema = b.mediaType === undefined || r.mediaType === undefined;
  if (bySchema && b.style !== r.style && !sameCookie(ctx, b, r)) ctx.emit('style-changed', 'request-parameter', sides, { ...data, from: b.style, to: r.style });
  // A new style brings its own default explode; the style change already says the encoding changed.
  if (bySchema && b.style === r.style && b.explode !== r.explode && explodeMatters(ctx, r.style, b.schema, r.schema)) ctx.emit('explode-changed', 'request-parameter', sides, { ...data, from: b.explode, to: r.explode });
  if (b.allowEmptyValue !== r.allowEmptyValue) {
    ctx.emit(r.allowEmptyValue ? 'allow-empty-value-added' : 'allow-empty-value-removed', 'request-parameter', sides, data);
  }
  if (bySchema && b.allowReserved !== r.allowReserved) {
    ctx.emit(r.allowReserved ? 'allow-reserved-added' : 'allow-reserved-removed', 'request-parameter', sides, data);
  }
  if (b.mediaType !== undefined && r.mediaType !== undefined && essence(b.mediaType) !== essence(r.mediaType)) {
    ctx.emit('media-type-changed', 'request-parameter', sides, { ...data, from: b.mediaType, to: r.mediaType });
  }
  if (b.schema && r.schema) diffParameterSchema(ctx, b, r, data);
}

/**
 * 3.2 `style: cookie` writes `name=value` pairs as the Cookie header does, without percent-encoding;
 * `form` writes the same pair percent-encoded. For a number or a boolean there is nothing to
 * encode, so the two styles send the same bytes.
 */
function sameCookie(ctx: DiffContext, b: Parameter, r: Parameter): boolean {
  if (b.in !== 'cookie' || r.in !== 'cookie' || new Set([b.style, r.style, 'form', 'cookie']).size !== 2 || !b.schema || !r.schema) return false;
  const plain = (types: ReadonlySet<string> | undefined) => types !== undefined && types.size > 0 && [...types].every((t) => t === 'integer' || t === 'number' || t === 'boolean');
  return plain(ctx.schemas.typesOf(b.schema, 'base')) && plain(ctx.schemas.typesOf(r.schema, 'revision'));
}

/** A query value `?id=1` is still a valid request for a form-exploded array of the same items. */
function diffParameterSchema(ctx: DiffContext, b: Parameter, r: Parameter, data: ChangeData): void {
  // In a callback the API writes the request; the subscriber's reading is not judged here.
  const exploded = !ctx.flipped && r.in === 'query' && r.style === 'form' && r.explode && b.style === r.style;
  const toArray = exploded ? ctx.schemas.scalarToArrayItems(b.schema!, r.schema!) : undefined;
  // Described by `schema`, the value is text on the wire; by `content`, it is written as its media type says.
  const text = b.mediaType === undefined && r.mediaType === undefined;
  if (!toArray) return ctx.diffSchemas('request-parameter', b.schema!, r.schema!, data, [], text);
  ctx.emit('became-exploded-array', 'request-parameter', { base: b.loc, revision: r.loc }, data);
  // Items that take the old value only as text have nothing narrower left to report.
  if (!toArray.relaxed) ctx.diffSchemas('request-parameter', b.schema!, toArray.items, data, [], text);
}

/**
 * In webhooks and callbacks a request parameter is judged as a response header (and back), so the
 * data carries the placeholders of both vocabularies, with the status of a request the API sends.
 */
function parameterData(ctx: DiffContext, p: Parameter): ChangeData {
  return ctx.flipped ? { parameter: p.name, in: p.in, header: p.name, status: SENT_REQUEST_STATUS } : { parameter: p.name, in: p.in };
}

function hasDefault(p: Parameter): boolean {
  const raw = p.schema?.raw;
  return raw !== null && typeof raw === 'object' && 'default' in raw;
}

function diffRequestBody(ctx: DiffContext, base: Operation, rev: Operation): void {
  const b = base.requestBody;
  const r = rev.requestBody;
  if (!b && !r) return;
  const data: ChangeData = ctx.flipped ? { status: SENT_REQUEST_STATUS } : {};
  if (!b) return ctx.emit('added', 'request-body', { base: base.loc, revision: r!.loc }, data, { required: r!.required });
  if (!r) return ctx.emit('removed', 'request-body', { base: b.loc, revision: rev.loc }, data, { required: b.required });
  const sides = { base: b.loc, revision: r.loc };
  if (!b.required && r.required) ctx.emit('became-required', 'request-body', sides, data);
  if (b.required && !r.required) ctx.emit('became-optional', 'request-body', sides, data);
  diffContent(ctx, 'request-body', b.content, r.content, sides, data);
}
