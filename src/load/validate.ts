import type SwaggerParser from '@apidevtools/swagger-parser';
import { InputError } from './input-error.js';
import { collectRefStrings, type LoadedSpec } from './loaded-spec.js';
import { getAtPointer, splitPointer, joinPointer } from './pointer.js';
import { passesQuickValidation } from './quick-validate.js';

/**
 * Validates a spec: the quick check when it is conclusive, else swagger-parser, whose complaint
 * (the most specific one, with its line) is what the user sees. `localRefs` are the `#...` refs;
 * `counterpart`, an already validated spec whose shared parts need no second check.
 */
export async function validateSpec(spec: LoadedSpec, localRefs?: Iterable<string>, counterpart?: LoadedSpec): Promise<void> {
  const root = spec.files.get(spec.entry)!;
  const refs = localRefs ?? [...(root.refs ?? collectRefStrings(root.value))].filter((ref) => ref.startsWith('#'));
  if (await passesQuickValidation(spec, refs, counterpart)) return;
  await validateWithSwaggerParser(spec);
}

/**
 * Validates with swagger-parser, feeding it the files already parsed (it reads nothing itself
 * and never opens a connection). Refuses with the validator's most specific complaint and its line.
 */
async function validateWithSwaggerParser(spec: LoadedSpec): Promise<void> {
  // Loaded only when needed: most runs never get here.
  const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
  const byUrl = new Map<string, unknown>();
  for (const [file, parsed] of spec.files) byUrl.set(normalizeUrl(file), parsed.value);
  const parser = new SwaggerParser();
  try {
    await parser.validate(spec.entry, {
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
    } as unknown as SwaggerParser.Options);
  } catch (error) {
    throw toInputError(error as Error & { details?: AjvError[] }, spec);
  }
}

interface AjvError {
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

function normalizeUrl(url: string): string {
  const withoutScheme = url.startsWith('file://') ? url.slice('file://'.length) : url;
  return decodeURIComponent(withoutScheme.split('#')[0]);
}

function toInputError(error: Error & { details?: AjvError[] }, spec: LoadedSpec): InputError {
  if (error instanceof InputError) return error;
  const entry = spec.files.get(spec.entry)!;
  const details = error.details;
  if (Array.isArray(details) && details.length > 0) {
    const chosen = mostSpecific(details);
    const pointer = existingPointer(entry.value, chosen.instancePath);
    const line = entry.lines([pointer]).get(pointer);
    const where = chosen.instancePath || '/';
    return new InputError(`invalid OpenAPI: ${where} ${describeAjv(chosen)}`, spec.entry, line);
  }
  const message = error.message.split('\n')[0].replace(/^Validation failed\.\s*/, '');
  const pointerMatch = /(\/paths\/\S+|\/definitions\/\S+)/.exec(message);
  let line: number | undefined;
  if (pointerMatch) {
    const pointer = existingPointer(entry.value, pointerMatch[1].replace(/[.,]$/, ''));
    line = entry.lines([pointer]).get(pointer);
  }
  return new InputError(`invalid OpenAPI: ${message}`, spec.entry, line);
}

/** The deepest complaint is usually the real one; ajv lists the `oneOf` branch noise first. */
function mostSpecific(errors: AjvError[]): AjvError {
  let best = errors[0];
  for (const e of errors) {
    if (e.instancePath.split('/').length > best.instancePath.split('/').length) best = e;
  }
  return best;
}

function describeAjv(error: AjvError): string {
  const params = error.params ?? {};
  if (typeof params.additionalProperty === 'string') return `has an unexpected property "${params.additionalProperty}"`;
  return error.message ?? 'is invalid';
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
