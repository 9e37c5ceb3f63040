// Equivalent rewrites of a document's schemas and parameters: the same contract, spelled another way.
import { isDeepStrictEqual } from 'node:util';

type Obj = Record<string, unknown>;
export type RewriteResult = { value: unknown; count: number } | { skipped: string };

export const REWRITES = ['all-of-wrapped', 'any-of-wrapped', 'one-of-wrapped', 'const-enum', 'upgraded-3.1', 'upgraded-3.2', 'parameters-pushed', 'parameters-hoisted'] as const;
export type RewriteName = (typeof REWRITES)[number];

/** The rewrite named `name` of `doc`, or why it does not apply. */
export function rewrite(name: RewriteName, doc: Obj): RewriteResult {
  const version = typeof doc.openapi === 'string' ? doc.openapi : String(doc.swagger ?? '');
  const v3 = version.startsWith('3.');
  switch (name) {
    case 'all-of-wrapped':
      return mapSchemas(doc, wrapRef('allOf'));
    case 'any-of-wrapped':
    case 'one-of-wrapped':
      // `anyOf`/`oneOf` are not Swagger 2.0 keywords.
      return v3 ? mapSchemas(doc, wrapRef(name === 'any-of-wrapped' ? 'anyOf' : 'oneOf')) : { skipped: 'not OpenAPI 3' };
    case 'const-enum':
      return v3 ? mapSchemas(doc, swapConstEnum) : { skipped: 'not OpenAPI 3' };
    case 'upgraded-3.1': {
      if (!version.startsWith('3.0')) return { skipped: 'not OpenAPI 3.0' };
      const result = mapSchemas(doc, upgradeSchema(pointedIntoObjects(doc)), true);
      return 'skipped' in result ? { value: { ...doc, openapi: '3.1.0' }, count: 1 } : { value: { ...(result.value as Obj), openapi: '3.1.0' }, count: result.count + 1 };
    }
    case 'upgraded-3.2': {
      if (!v3) return { skipped: 'not OpenAPI 3' };
      const from = version.startsWith('3.0') ? rewrite('upgraded-3.1', doc) : { value: doc, count: 0 };
      if ('skipped' in from) return from;
      return upgradeTo32(from.value as Obj, from.count);
    }
    case 'parameters-pushed':
      return moveParameters(doc, pushDown);
    case 'parameters-hoisted':
      return moveParameters(doc, hoist);
  }
}

/**
 * Changes one schema (its subschemas already rewritten; `written` is the schema as the document
 * has it); returns undefined when it leaves it alone.
 */
type SchemaRewrite = (schema: Obj, written: Obj) => Obj | undefined;

/** Keys whose values are never rewritten: values, not schemas or structure. */
const VALUE_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const']);
const SCHEMA_MAPS = ['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_ONES = ['additionalProperties', 'items', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems', 'contentSchema'];

/**
 * A copy of the document with `change` applied to every schema: under `schema` keys, in
 * `components.schemas` and Swagger 2.0 `definitions`, and within schemas. With `always`, counts
 * every schema visited rather than only the changed ones.
 */
function mapSchemas(doc: Obj, change: SchemaRewrite, always = false): RewriteResult {
  let count = 0;
  const schema = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
    const out: Obj = {};
    for (const [key, value] of Object.entries(node as Obj)) {
      if (VALUE_KEYS.has(key) || key.startsWith('x-')) out[key] = value;
      else if (SCHEMA_MAPS.includes(key) && isObj(value)) out[key] = mapValues(value, schema);
      else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) out[key] = value.map(schema);
      else if (key === 'items' && Array.isArray(value)) out[key] = value.map(schema);
      else if (SCHEMA_ONES.includes(key)) out[key] = schema(value);
      else out[key] = value;
    }
    const changed = change(out, node as Obj);
    if (changed || always) count++;
    return changed ?? out;
  };
  const structure = (node: unknown, parent: string | undefined): unknown => {
    if (Array.isArray(node)) return node.map((item) => structure(item, undefined));
    if (node === null || typeof node !== 'object') return node;
    const out: Obj = {};
    for (const [key, value] of Object.entries(node as Obj)) {
      if (VALUE_KEYS.has(key) || key.startsWith('x-')) out[key] = value;
      else if (key === 'schema') out[key] = schema(value);
      else if ((key === 'schemas' && parent === 'components') || (key === 'definitions' && parent === undefined)) out[key] = isObj(value) ? mapValues(value, schema) : value;
      else out[key] = structure(value, key);
    }
    return out;
  };
  const value = structure(doc, undefined);
  return count === 0 ? { skipped: 'nothing to rewrite' } : { value, count };
}

/** Where the 3.2 rewrite says the document lives: its local `$ref`s are written against it. */
const SELF = 'https://example.invalid/apis/openapi.json';

/**
 * A 3.1 document as 3.2 can write it: `$self`, every local `$ref` as a URI against it, tags with a
 * `kind`, and every inline Media Type Object of a request body or response moved into
 * `components.mediaTypes`, where its place refers to it. A Media Type Object that a local `$ref`
 * points into (`#/paths/~1a/get/responses/200/content/application~1json/schema/…`, common in
 * converted specs) stays where it is: moving it would leave that pointer on nothing.
 */
function upgradeTo32(doc: Obj, count: number): RewriteResult {
  let changed = count + 1;
  const mediaTypes: Obj = {};
  let movedCount = 0;
  const refs = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(refs);
    if (!isObj(node)) return node;
    const out: Obj = {};
    for (const [key, value] of Object.entries(node)) out[key] = key.startsWith('x-') || VALUE_KEYS.has(key) ? value : refs(value);
    if (typeof out.$ref === 'string' && out.$ref.startsWith('#')) {
      out.$ref = SELF + out.$ref;
      changed++;
    }
    return out;
  };
  const pointedInto = targetsAndAncestors(localRefTargets(doc));
  // The pointer is joined only where a media type may move: joining it at every node of a 47 MB spec costs seconds.
  const trail: string[] = ['#'];
  const content = (node: unknown, parent: string | undefined): unknown => {
    if (Array.isArray(node)) {
      return node.map((item, i) => {
        trail.push(String(i));
        const out = content(item, undefined);
        trail.pop();
        return out;
      });
    }
    if (!isObj(node)) return node;
    const out: Obj = {};
    for (const [key, value] of Object.entries(node)) {
      // Bodies and responses only: parameters and headers keep their `content` as written.
      if (key === 'content' && isObj(value) && (parent === 'requestBody' || /^(\d\d\d|[1-5]XX|default)$/.test(parent ?? ''))) {
        const at = [...trail, 'content'].map((segment, i) => (i === 0 ? segment : escapePointerSegment(segment))).join('/');
        out[key] = Object.fromEntries(Object.entries(value).map(([type, media]) => {
          const place = `${at}/${escapePointerSegment(type)}`;
          if (!isObj(media) || typeof media.$ref === 'string' || pointedInto.has(place)) return [type, media];
          const name = `M${movedCount++}`;
          mediaTypes[name] = media;
          changed++;
          return [type, { $ref: `#/components/mediaTypes/${name}` }];
        }));
      } else if (key.startsWith('x-') || VALUE_KEYS.has(key)) out[key] = value;
      else {
        trail.push(key);
        out[key] = content(value, key);
        trail.pop();
      }
    }
    return out;
  };
  const moved = content(doc, undefined) as Obj;
  const components = isObj(moved.components) ? moved.components : {};
  const tags = Array.isArray(moved.tags) ? moved.tags.map((tag) => (isObj(tag) ? { ...tag, kind: 'nav' } : tag)) : moved.tags;
  const value = refs({ ...moved, openapi: '3.2.0', $self: SELF, tags, components: { ...components, mediaTypes } }) as Obj;
  if (value.tags === undefined) delete value.tags;
  return { value, count: changed };
}

/** `{$ref: X}` (no siblings) becomes `{<keyword>: [{$ref: X}]}`. */
function wrapRef(keyword: 'allOf' | 'anyOf' | 'oneOf'): SchemaRewrite {
  return (schema) => (typeof schema.$ref === 'string' && Object.keys(schema).length === 1 ? { [keyword]: [schema] } : undefined);
}

/** `const: x` becomes `enum: [x]`, and `enum: [x]` becomes `const: x`. */
function swapConstEnum(schema: Obj): Obj | undefined {
  if ('const' in schema && !('enum' in schema)) {
    const { const: value, ...rest } = schema;
    return { ...rest, enum: [value] };
  }
  if (Array.isArray(schema.enum) && schema.enum.length === 1 && !('const' in schema)) {
    const { enum: values, ...rest } = schema;
    return { ...rest, const: (values as unknown[])[0] };
  }
  return undefined;
}

/**
 * 3.0 spellings as 3.1 writes them: `nullable` as a `null` type (or a `null` variant when there is
 * no `type`), boolean `exclusiveMinimum`/`exclusiveMaximum` as numbers, `example` as `examples`.
 * 3.0 ignores every sibling of a `$ref` (`{$ref: X, nullable: true}` admits X's values only) and
 * 3.1 applies them, so a `$ref` keeps its annotations alone; it stays as written where another
 * `$ref` points into its siblings (`pinned`: converted specs write stubs there), as the stub is
 * what that pointer reads.
 */
function upgradeSchema(pinned: Set<object>): SchemaRewrite {
  return (schema, written) => {
    if (typeof schema.$ref === 'string') return pinned.has(written) ? undefined : refAlone(schema);
    return upgradeInlineSchema(schema, written);
  };
}

/** Extensions the engine reads as constraints: dropped beside a `$ref` with the other keywords. */
const READ_EXTENSIONS = new Set(['x-nullable', 'x-extensible-enum', 'x-sunset']);

/** A `$ref` with the siblings that only annotate (`description`, `title`, `x-…`); undefined when it has no others. */
function refAlone(ref: Obj): Obj | undefined {
  const kept = Object.entries(ref).filter(([key]) => key === '$ref' || (key !== 'example' && ANNOTATIONS.has(key)) || (key.startsWith('x-') && !READ_EXTENSIONS.has(key)));
  return kept.length === Object.keys(ref).length ? undefined : Object.fromEntries(kept);
}

function upgradeInlineSchema(schema: Obj, written: Obj): Obj | undefined {
  const out: Obj = { ...schema };
  for (const keyword of ['anyOf', 'oneOf']) {
    const variants = written[keyword];
    if (Array.isArray(variants) && Array.isArray(out[keyword])) out[keyword] = (out[keyword] as unknown[]).map((v, i) => (isNullMarker(variants[i]) ? nullVariant(variants[i]) : v));
  }
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (out[flag] === true && typeof out[bound] === 'number') {
      out[flag] = out[bound];
      delete out[bound];
    } else if (typeof out[flag] === 'boolean') delete out[flag];
  }
  if ('example' in out) {
    out.examples = [out.example];
    delete out.example;
  }
  if (!('nullable' in out)) return out;
  const nullable = out.nullable === true;
  delete out.nullable;
  if (!nullable) return out;
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (typeof out.type === 'string') return { ...out, type: [out.type, 'null'] };
  return { anyOf: [out, { type: 'null' }] };
}

/** Keywords that only annotate: a schema of these alone constrains nothing. */
const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples', '$comment']);

/**
 * The 3.0 way of writing a null variant (`anyOf: [{$ref: X}, {nullable: true}]`): `nullable` and
 * annotations only. As a variant it admits null, as the model reads it; alone it admits anything.
 */
function isNullMarker(value: unknown): value is Obj {
  return isObj(value) && value.nullable === true && Object.keys(value).every((key) => key === 'nullable' || ANNOTATIONS.has(key) || key.startsWith('x-'));
}

/** A null marker as 3.1 writes a null variant: `{type: 'null'}`, with its annotations. */
function nullVariant(marker: Obj): Obj {
  const { nullable: _, example, ...rest } = marker;
  return { ...rest, ...('example' in marker ? { examples: [example] } : {}), type: 'null' };
}

type PathItemMove = (item: Obj, resolve: (parameter: unknown) => Obj | undefined) => boolean;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'];

/** The operations of a path item, 3.2 custom methods (`additionalOperations`) included. */
function operationsOf(item: Obj): Obj[] {
  const additional = isObj(item.additionalOperations) ? Object.values(item.additionalOperations) : [];
  return [...METHODS.map((m) => item[m]), ...additional].filter(isObj);
}

/**
 * Applies `move` to a copy of every path item; skipped when it moved nothing anywhere. A path item
 * whose parameter lists a `$ref` points into (`#/paths/~1a/get/parameters/0/schema`, common in
 * converted specs) stays as written: moving a parameter would leave that pointer on another one.
 */
function moveParameters(doc: Obj, move: PathItemMove): RewriteResult {
  if (!isObj(doc.paths)) return { skipped: 'no paths' };
  const pinned = pathsWithReferencedParameters(doc);
  const copy = structuredClone(doc);
  const named = (isObj(copy.components) && isObj(copy.components.parameters) ? copy.components.parameters : isObj(copy.parameters) ? copy.parameters : {}) as Obj;
  const resolve = (parameter: unknown): Obj | undefined => {
    if (!isObj(parameter)) return undefined;
    if (typeof parameter.$ref !== 'string') return parameter;
    const match = /^#\/(?:components\/)?parameters\/([^/]+)$/.exec(parameter.$ref);
    const target = match ? named[unescapePointerSegment(match[1])] : undefined;
    return isObj(target) ? target : undefined;
  };
  let count = 0;
  for (const [path, item] of Object.entries(copy.paths as Obj)) if (isObj(item) && typeof item.$ref !== 'string' && !pinned.has(path) && move(item, resolve)) count++;
  return count === 0 ? { skipped: 'no parameters to move' } : { value: copy, count };
}

/** Path templates with a parameter list (the path item's or an operation's) that a local `$ref` points into. */
function pathsWithReferencedParameters(doc: Obj): Set<string> {
  const out = new Set<string>();
  // Every `$ref`, examples included: pinning one path item too many only skips a move.
  for (const target of localRefTargets(doc)) {
    if (!target.startsWith('#/paths/')) continue;
    // Already %-decoded by localRefTargets: only the `~` escapes are left to undo.
    const segments = target.slice('#/paths/'.length).split('/').map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
    if (segments[1] === 'parameters' || segments[2] === 'parameters') out.add(segments[0]);
  }
  return out;
}

/** Every target and every pointer above one, so "does a `$ref` point at or into X" is one lookup. */
function targetsAndAncestors(targets: string[]): Set<string> {
  const out = new Set<string>();
  for (const target of targets) {
    for (let end = target.length; end > 0 && !out.has(target.slice(0, end)); end = target.lastIndexOf('/', end - 1)) out.add(target.slice(0, end));
  }
  return out;
}

/** The objects a local `$ref`'s pointer passes through on its way to its target (the target excluded). */
function pointedIntoObjects(doc: Obj): Set<object> {
  const out = new Set<object>();
  for (const target of new Set(localRefTargets(doc))) {
    let node: unknown = doc;
    // Already %-decoded by localRefTargets: only the `~` escapes are left to undo.
    for (const segment of target.split('/').slice(1).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))) {
      const next = node !== null && typeof node === 'object' ? (node as Obj)[segment] : undefined;
      // A pointer that goes on through a `$ref` leaves the object's literal keys.
      if (next === undefined) break;
      out.add(node as object);
      node = next;
    }
  }
  return out;
}

/** Every local `$ref` of the document, as a pointer with its segments written one way (`~0`, `~1`, no `%`-escapes). */
function localRefTargets(doc: Obj): string[] {
  const out: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObj(node)) return;
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/')) out.push(`#${node.$ref.slice(1).split('/').map((s, i) => (i === 0 ? s : escapePointerSegment(unescapePointerSegment(s)))).join('/')}`);
    for (const value of Object.values(node)) visit(value);
  };
  visit(doc);
  return out;
}

function escapePointerSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function unescapePointerSegment(segment: string): string {
  let text = segment;
  try {
    text = decodeURIComponent(segment);
  } catch {
    // Not percent-encoded after all: read as written.
  }
  return text.replaceAll('~1', '/').replaceAll('~0', '~');
}

function identity(parameter: Obj | undefined): string | undefined {
  return parameter && typeof parameter.name === 'string' && typeof parameter.in === 'string' ? `${parameter.in}:${parameter.name}` : undefined;
}

/** Path-level parameters copied into each operation that does not override them, then dropped. */
const pushDown: PathItemMove = (item, resolve) => {
  const shared = item.parameters;
  if (!Array.isArray(shared) || shared.length === 0) return false;
  const ids = shared.map((p) => identity(resolve(p)));
  if (ids.some((id) => id === undefined)) return false;
  const operations = operationsOf(item);
  for (const op of operations) {
    const own = Array.isArray(op.parameters) ? op.parameters : [];
    const ownIds = own.map((p) => identity(resolve(p)));
    if (ownIds.some((id) => id === undefined)) return false;
    op.parameters = [...shared.filter((_, i) => !ownIds.includes(ids[i])), ...own];
  }
  delete item.parameters;
  return true;
};

/** Parameters written the same way in every operation of a path item move up to the path item. */
const hoist: PathItemMove = (item, resolve) => {
  const operations = operationsOf(item);
  if (operations.length === 0 || !operations.every((op) => Array.isArray(op.parameters))) return false;
  const shared = Array.isArray(item.parameters) ? item.parameters : [];
  const sharedIds = shared.map((p) => identity(resolve(p)));
  const [first, ...rest] = operations;
  const common = (first.parameters as unknown[]).filter((p) => {
    const id = identity(resolve(p));
    return id !== undefined && !sharedIds.includes(id) && rest.every((op) => (op.parameters as unknown[]).some((q) => isDeepStrictEqual(p, q)));
  });
  if (common.length === 0) return false;
  for (const op of operations) op.parameters = (op.parameters as unknown[]).filter((p) => !common.some((c) => isDeepStrictEqual(c, p)));
  item.parameters = [...shared, ...common];
  return true;
};

function mapValues(value: Obj, fn: (v: unknown) => unknown): Obj {
  const out: Obj = {};
  for (const [key, v] of Object.entries(value)) out[key] = fn(v);
  return out;
}

function isObj(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
