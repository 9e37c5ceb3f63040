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
    diffMediaSchemas(ctx, site, b, r, { ...data, mediaType: r.name });
    diffPartTypes(ctx, subject, b, r, { ...data, mediaType: r.name });
  }
  for (const [name, r] of rev) {
    if (base.has(name) || matchedRev.has(name)) continue;
    ctx.emit('media-type-added', subject, { base: sides.base, revision: r.loc }, { ...data, mediaType: r.name });
  }
}

/**
 * `schema` describes the whole content; 3.2 `itemSchema` each item of a sequential media type,
 * whose content is the array of its items. Item changes are reported under `[]`, as for an array.
 */
function diffMediaSchemas(ctx: DiffContext, site: Extract<SchemaSite, 'request-body' | 'response-body'>, b: MediaType, r: MediaType, data: ChangeData): void {
  const subject = site;
  const sides = { base: b.loc, revision: r.loc };
  if (b.schema && r.schema) ctx.diffSchemas(site, b.schema, r.schema, data);
  if (b.itemSchema && r.itemSchema) ctx.diffSchemas(site, b.itemSchema, r.itemSchema, data, ITEMS);
  const described = (m: MediaType) => m.schema !== undefined || m.itemSchema !== undefined;
  if (!described(b) && described(r)) return ctx.emit('schema-added', subject, sides, data);
  if (described(b) && !described(r)) return ctx.emit('schema-removed', subject, sides, data);
  // One side describes the whole content only, the other its items only.
  if (b.schema && !b.itemSchema && r.itemSchema && !r.schema) {
    const items = ctx.schemas.arrayItems(b.schema, 'base');
    if (items) ctx.diffSchemas(site, items, r.itemSchema, data, ITEMS);
    else ctx.emit('schema-moved-to-item-schema', subject, { base: b.schema.loc, revision: r.itemSchema.loc }, data);
  } else if (b.itemSchema && !b.schema && r.schema && !r.itemSchema) {
    const items = ctx.schemas.arrayItems(r.schema, 'revision');
    if (items) ctx.diffSchemas(site, b.itemSchema, items, data, ITEMS);
    else ctx.emit('item-schema-moved-to-schema', subject, { base: b.itemSchema.loc, revision: r.schema.loc }, data);
  }
}

const ITEMS = ['[]'];

/**
 * The content type of each part where both sides write one (`encoding`, 3.2 `prefixEncoding` and
 * `itemEncoding`); an unwritten one follows the part's schema and is left alone. A list of media
 * ranges that covers every old one was widened, one whose ranges the old ones cover was narrowed.
 */
function diffPartTypes(ctx: DiffContext, subject: 'request-body' | 'response-body', b: MediaType, r: MediaType, data: ChangeData): void {
  for (const [part, before] of b.partTypes) {
    const after = r.partTypes.get(part);
    if (!after) continue;
    const from = mediaRanges(before.contentType);
    const to = mediaRanges(after.contentType);
    const within = (narrow: string[], wide: string[]) => narrow.every((n) => wide.some((w) => w === n || covers(w, n)));
    const widened = within(from, to);
    const narrowed = within(to, from);
    if (widened && narrowed) continue;
    const relation = widened ? 'widened' : narrowed ? 'narrowed' : 'changed';
    ctx.emit('part-content-type-changed', subject, { base: before.loc, revision: after.loc }, { ...data, part: partName(part), from: before.contentType, to: after.contentType }, { relation });
  }
}

/** `image/png, image/*;q=0.5` → `['image/png', 'image/*']`. */
function mediaRanges(contentType: string): string[] {
  return contentType.split(',').map(essence).filter((range) => range !== '');
}

function partName(part: string): string {
  if (part === '[]') return 'every item';
  if (part.startsWith('[')) return `item ${Number(part.slice(1, -1)) + 1}`;
  return `the part ${part}`;
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
