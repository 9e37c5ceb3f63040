import type { MediaType } from '../model/types.js';
import type { ChangeData } from './change.js';
import type { DiffContext, SchemaSite } from './diff-context.js';

/**
 * Media types are matched by meaning: an exact name first, then a wildcard on the other side
 * that covers it (`application/*` covers `application/json`).
 */
export function diffContent(
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
export function essence(name: string): string {
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
