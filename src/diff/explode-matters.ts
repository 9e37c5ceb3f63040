import type { SchemaHandle } from '../model/types.js';
import type { DiffContext } from './diff-context.js';

/**
 * Whether changing `explode` changes what is written for a parameter or header of this style.
 * `explode` splits arrays and objects only: a single value is written the same either way (`?id=5`,
 * `/5`, `.5`, `;id=5` in the OpenAPI 3.0 and 3.1 style tables). The `simple` style writes a list
 * `a,b,c` either way as well (RFC 6570 `{list}` and `{list*}`), so there only objects differ.
 */
export function explodeMatters(ctx: DiffContext, style: string, base: SchemaHandle | undefined, revision: SchemaHandle | undefined): boolean {
  const split = style === 'simple' ? ['object'] : ['array', 'object'];
  return mayBe(split, base && ctx.schemas.typesOf(base, 'base')) || mayBe(split, revision && ctx.schemas.typesOf(revision, 'revision'));
}

/**
 * A schema without a known type (no schema, no `type`, a union of differently typed variants) may
 * hold an array or an object: it counts as one, since keeping quiet there could hide a break.
 */
function mayBe(split: string[], types: ReadonlySet<string> | undefined): boolean {
  return types === undefined || split.some((t) => types.has(t));
}
