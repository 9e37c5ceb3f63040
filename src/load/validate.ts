import type SwaggerParser from '@apidevtools/swagger-parser';
import { InputError } from './input-error.js';
import type { InputWarning } from './input-warning.js';
import type { LoadedSpec } from './loaded-spec.js';
import { getAtPointer, splitPointer, joinPointer } from './pointer.js';
import { fullValidator, refParser } from './openapi-validators.js';
import { passesQuickValidation } from './quick-validate.js';
import { assertRefsResolve } from './ref-check.js';

/**
 * Validates a spec: the quick check when it is conclusive, else swagger-parser. A `$ref` that does
 * not resolve is refused (InputError); a document the OpenAPI schema rejects comes back as the
 * validator's most specific complaint, with its line, for the caller to refuse (`--strict`) or to
 * compare with a warning. `counterpart`, an already validated spec whose shared parts need no
 * second check.
 */
export async function validateSpec(spec: LoadedSpec, counterpart?: LoadedSpec): Promise<InputWarning | undefined> {
  assertRefsResolve(spec);
  // Every `$ref` resolves: the quick check need not look them up again.
  if (await passesQuickValidation(spec, [], counterpart)) return undefined;
  return spec.version === '3.2' ? validateDereferenced(spec) : validateWithSwaggerParser(spec);
}

/** How `--strict` refuses a document the validator rejects: exit 2, the complaint and its line. */
export function refusalOf(warning: InputWarning): InputError {
  return new InputError(`invalid OpenAPI: ${warning.complaint}`, warning.file, warning.line);
}

/**
 * Validates with swagger-parser, feeding it the files already parsed (it reads nothing itself
 * and never opens a connection). Its schema and spec complaints come back as a warning; what it
 * cannot resolve or parse is refused.
 */
async function validateWithSwaggerParser(spec: LoadedSpec): Promise<InputWarning | undefined> {
  // Loaded only when needed: most runs never get here.
  const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
  const parser = new SwaggerParser();
  try {
    await parser.validate(spec.entry, fromLoadedFiles(spec) as unknown as SwaggerParser.Options);
  } catch (error) {
    return complaintOf(error as Error & { details?: AjvError[] }, spec);
  }
  return undefined;
}

/**
 * What swagger-parser does for 3.0 and 3.1, for 3.2, which it refuses: dereference with its own
 * resolver (circular `$ref`s left in place), then check against the OpenAPI JSON Schema, every complaint collected.
 */
async function validateDereferenced(spec: LoadedSpec): Promise<InputWarning | undefined> {
  try {
    const parser = new (refParser())();
    const document = await parser.dereference(spec.entry, fromLoadedFiles(spec));
    const validate = fullValidator('3.2');
    if (validate(document)) return undefined;
    throw Object.assign(new SyntaxError('OpenAPI schema validation failed'), { details: validate.errors ?? [] });
  } catch (error) {
    return complaintOf(error as Error & { details?: AjvError[] }, spec);
  }
}

/** Resolver options that feed it the files already parsed: it reads nothing itself and never opens a connection. */
function fromLoadedFiles(spec: LoadedSpec): Record<string, unknown> {
  const byUrl = new Map<string, unknown>();
  for (const [file, parsed] of spec.files) byUrl.set(normalizeUrl(file), parsed.value);
  return {
    resolve: {
      file: false,
      http: false,
      memory: {
        order: 1,
        canRead: (info: { url: string }) => byUrl.has(normalizeUrl(info.url)),
        read: (info: { url: string }) => JSON.stringify(byUrl.get(normalizeUrl(info.url))),
      },
    },
    dereference: { circular: 'ignore' },
  };
}

interface AjvError {
  instancePath: string;
  schemaPath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

function normalizeUrl(url: string): string {
  const withoutScheme = url.startsWith('file://') ? url.slice('file://'.length) : url;
  return decodeURIComponent(withoutScheme.split('#')[0]);
}

/**
 * The validator's complaint as a warning when the document was read and only its schema or
 * semantics are off; thrown as a refusal when swagger-parser could not resolve or read it.
 */
function complaintOf(error: Error & { details?: AjvError[] }, spec: LoadedSpec): InputWarning {
  if (error instanceof InputError) throw error;
  const entry = spec.files.get(spec.entry)!;
  const details = error.details;
  if (Array.isArray(details) && details.length > 0) {
    const chosen = mostSpecific(details);
    const pointer = existingPointer(entry.value, chosen.instancePath);
    const line = entry.lines([pointer]).get(pointer);
    const where = chosen.instancePath || '/';
    return { file: spec.entry, line, complaint: `${where} ${describeAjv(chosen)}`, more: distinctComplaints(details) - 1 };
  }
  const message = error.message.split('\n')[0].replace(/^Validation failed\.\s*/, '');
  const pointer = messagePointer(entry.value, message);
  const line = pointer === undefined ? undefined : entry.lines([pointer]).get(pointer);
  // Resolution and parse failures mean the document was not read as written: never compared.
  if (/Resolver|Pointer|Parser/.test(error.name) || error instanceof RangeError) throw new InputError(`invalid OpenAPI: ${message}`, spec.entry, line);
  return { file: spec.entry, line, complaint: message, more: 0 };
}

/**
 * Places the validator complains about: ajv repeats one problem per `oneOf` branch and again at
 * each enclosing object, so a path counts once, and not when a deeper complaint lies below it.
 */
function distinctComplaints(errors: AjvError[]): number {
  const paths = [...new Set(errors.map((e) => e.instancePath))];
  return paths.filter((p) => !paths.some((other) => other !== p && other.startsWith(`${p}/`))).length;
}

/**
 * The complaint to show. ajv reports every `oneOf` branch that failed; the deepest complaint is
 * usually the real one once the branch noise is set aside: "must match exactly one schema", "must
 * have required property '$ref'" (the Reference branch), and the complaints of branches whose
 * discriminating value (`in: query` for a path parameter, a security scheme `type`) did not match,
 * unless no branch's did.
 */
function mostSpecific(errors: AjvError[]): AjvError {
  const discriminated = (e: AjvError) => (e.keyword === 'enum' || e.keyword === 'const') && /\/properties\/[^/]+\/(enum|const)$/.test(e.schemaPath ?? '');
  const mismatched = new Set(errors.filter(discriminated).map((e) => branchOf(e)));
  const refNoise = (e: AjvError) => e.keyword === 'required' && e.params?.missingProperty === '$ref';
  const tier = (e: AjvError): number => {
    if (e.keyword !== undefined && ['oneOf', 'anyOf', 'if', 'then', 'else', 'not'].includes(e.keyword)) return 3;
    if (refNoise(e)) return 2;
    if (discriminated(e)) {
      const parent = e.instancePath.slice(0, e.instancePath.lastIndexOf('/'));
      const matched = errors.some((o) => o.instancePath === parent && !refNoise(o) && !mismatched.has(branchOf(o)));
      return matched ? 1 : 0;
    }
    return mismatched.has(branchOf(e)) ? 2 : 0;
  };
  let best = errors[0];
  for (const e of errors) {
    const [a, b] = [tier(e), tier(best)];
    if (a < b || (a === b && e.instancePath.split('/').length > best.instancePath.split('/').length)) best = e;
  }
  return best;
}

/** The schema a complaint comes from: `#/definitions/APIKeySecurityScheme` for `.../properties/type/enum` or `.../required`. */
function branchOf(e: AjvError): string {
  const path = e.schemaPath ?? '';
  const property = /\/properties\/[^/]+\/(enum|const)$/.exec(path);
  return path.slice(0, property ? property.index : path.lastIndexOf('/'));
}

function describeAjv(error: AjvError): string {
  const params = error.params ?? {};
  // 3.1 and 3.2 close their objects with `unevaluatedProperties`, 3.0 with `additionalProperties`.
  const unexpected = params.additionalProperty ?? params.unevaluatedProperty;
  if (typeof unexpected === 'string') return `has an unexpected property "${unexpected}"`;
  return error.message ?? 'is invalid';
}

/**
 * Where a Swagger 2.0 complaint points. It names places as `/paths/<path as written>/<method>`
 * and parameters by name (`.../parameters/orderId`), not as JSON pointers.
 */
function messagePointer(document: unknown, message: string): string | undefined {
  const operation = /\/paths(\/\S*?)\/(get|put|post|delete|options|head|patch)\b(?:\/parameters\/([^\s/]+))?/.exec(message);
  if (operation) {
    const [, template, method, name] = operation;
    const at = joinPointer('/paths', template, method);
    const parameters = getAtPointer(document, joinPointer(at, 'parameters'));
    const index = Array.isArray(parameters) ? parameters.findIndex((p) => (p as { name?: unknown } | null)?.name === name) : -1;
    return existingPointer(document, index === -1 ? at : joinPointer(at, 'parameters', index));
  }
  const other = /(\/paths\/\S+|\/definitions\/\S+)/.exec(message);
  return other ? existingPointer(document, other[1].replace(/[.,]$/, '')) : undefined;
}

/** The longest prefix of a pointer that exists in the value (ajv paths may name missing keys). */
function existingPointer(value: unknown, pointer: string): string {
  let out = '';
  for (const segment of splitPointer(pointer)) {
    const next = joinPointer(out, segment);
    if (getAtPointer(value, next) === undefined) break;
    out = next;
  }
  return out;
}
