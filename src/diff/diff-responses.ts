import type { Operation, Response } from '../model/types.js';
import { RECEIVER_RESPONSE, sunsetChanged, type ChangeData } from './change.js';
import { compareMaps } from './compare-maps.js';
import { diffContent } from './diff-content.js';
import type { DiffContext } from './diff-context.js';
import { explodeMatters } from './explode-matters.js';

/** Status codes matched by meaning (`2XX` covers `200`), then each response's headers and content. */
export function diffResponses(ctx: DiffContext, base: Operation, rev: Operation): void {
  const matched = new Set<string>();
  for (const [status, b] of base.responses) {
    const r = rev.responses.get(status) ?? coveringResponse(rev.responses, status);
    if (r) {
      matched.add(r.status);
      if (r.status !== status) ctx.emit('status-generalized', 'response', { base: b.loc, revision: r.loc }, { ...statusData(ctx, status), to: r.status }, { success: isSuccess(status) });
      diffResponse(ctx, b, r);
      continue;
    }
    // A range (`2XX`) replaced by codes it covers (`200`): the responses are now described more precisely.
    const narrower = [...rev.responses.values()].filter((n) => !base.responses.has(n.status) && coveringRange(status, n.status));
    if (narrower.length === 0) {
      ctx.emit('status-removed', 'response', { base: b.loc, revision: rev.loc }, statusData(ctx, status), { success: isSuccess(status) });
      continue;
    }
    for (const n of narrower) {
      matched.add(n.status);
      ctx.emit('status-specialized', 'response', { base: b.loc, revision: n.loc }, { ...statusData(ctx, status), to: n.status }, { success: isSuccess(status) });
      diffResponse(ctx, b, n);
    }
  }
  for (const [status, r] of rev.responses) {
    if (base.responses.has(status) || matched.has(status)) continue;
    ctx.emit('status-added', 'response', { base: base.loc, revision: r.loc }, statusData(ctx, status), { success: isSuccess(status) });
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
  const data = statusData(ctx, b.status);
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
      if (sunsetChanged(bh, rh)) ctx.emit('sunset-changed', 'response-header', sides, { ...hData, from: bh.sunset ?? '', to: rh.sunset ?? '', sunset: rh.sunset ?? '' });
      if (bh.explode !== rh.explode && explodeMatters(ctx, 'simple', bh.schema, rh.schema)) ctx.emit('explode-changed', 'response-header', sides, { ...hData, from: bh.explode, to: rh.explode });
      // A header is text on the wire, whatever type its schema names.
      if (bh.schema && rh.schema) ctx.diffSchemas('response-header', bh.schema, rh.schema, hData, [], true);
    },
  });
  diffContent(ctx, 'response-body', b.content, r.content, { base: b.loc, revision: r.loc }, data);
}

/** Flipped (webhooks, callbacks), the response is the receiver's answer, and messages say so. */
function statusData(ctx: DiffContext, status: string): ChangeData {
  return ctx.flipped ? { status, sentBy: RECEIVER_RESPONSE } : { status };
}

/** Flipped (webhooks, callbacks), a response header is judged as a request parameter: both vocabularies. */
function headerData(ctx: DiffContext, status: string, name: string): ChangeData {
  return ctx.flipped ? { ...statusData(ctx, status), header: name, parameter: name, in: 'header' } : { status, header: name };
}
