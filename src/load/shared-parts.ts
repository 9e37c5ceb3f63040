// Two releases of a large API share most of their path items and components. Validity against the
// OpenAPI JSON Schema is decided part by part (a path item or a component is valid or not wherever
// it sits), so a part written the same as in a document that already passed needs no second check.

import { jsonEqual } from '../json-equal.js';

type Obj = Record<string, unknown>;

/** Deeper than this, "not known to be equal" is the answer (the part is then validated). */
const MAX_DEPTH = 500;

/** Stands for a component already validated: a Reference object is valid in every component map. */
const COMPONENT_STUB = Object.freeze({ $ref: '#' });
/** Stands for a path item already validated: an empty path item is valid. */
const PATH_ITEM_STUB = Object.freeze({});

/**
 * `document` with every path item, webhook and component that `validated` (a document of the same
 * OpenAPI version that passed validation) has written the same replaced by a valid stand-in. Only
 * the containers on the way are copied; `document` itself is not modified.
 */
export function withoutSharedParts(document: unknown, validated: unknown): unknown {
  if (!isObj(document) || !isObj(validated)) return document;
  const out: Obj = { ...document };
  for (const key of ['paths', 'webhooks'] as const) {
    if (isObj(document[key])) out[key] = stubEqual(document[key], validated[key], PATH_ITEM_STUB);
  }
  const components = document.components;
  const validatedComponents = validated.components;
  if (isObj(components) && isObj(validatedComponents)) {
    const copy: Obj = { ...components };
    for (const kind of Object.keys(components)) {
      if (isObj(components[kind]) && !kind.startsWith('x-')) copy[kind] = stubEqual(components[kind], validatedComponents[kind], COMPONENT_STUB);
    }
    out.components = copy;
  }
  return out;
}

function stubEqual(map: Obj, validated: unknown, stub: unknown): Obj {
  if (!isObj(validated)) return map;
  const out: Obj = { ...map };
  for (const name of Object.keys(map)) {
    if (name.startsWith('x-') || !Object.hasOwn(validated, name)) continue;
    if (jsonEqual(map[name], validated[name], MAX_DEPTH)) out[name] = stub;
  }
  return out;
}

function isObj(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
