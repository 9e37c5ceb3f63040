import { InputError } from './input-error.js';
import type { LoadedSpec } from './loaded-spec.js';
import { compileValidator, type ValidatedVersion, type Validator } from './openapi-validators.js';
import { getAtPointer, refPointer } from './pointer.js';
import { withoutSharedParts } from './shared-parts.js';
import { packageFile, RUNNING_BUILT } from '../package-root.js';

// swagger-parser dereferences before validating, which costs seconds on a 10 MB spec. For the
// common case (one OpenAPI 3.x file) the same JSON Schema check runs here on the document as it is.
// Only a document that fails it goes through swagger-parser, whose complaint is the one shown.

/** Written by the build (`validatorModuleSource`); absent when running from the TypeScript sources. */
export const PRECOMPILED_VALIDATORS = 'dist/load/openapi-validators.generated.js';

const compiled = new Map<ValidatedVersion, Validator>();
/** Specs that passed this check as written, whose parts a counterpart need not have checked again. */
const quicklyValid = new WeakSet<LoadedSpec>();
let precompiled: Promise<Partial<Record<ValidatedVersion, Validator>>> | undefined;

/**
 * True when the spec certainly passes swagger-parser's validation: a single OpenAPI 3.x file whose
 * local `$ref`s all resolve and that matches the OpenAPI JSON Schema. False means "not known":
 * the caller runs the full validation. With a `counterpart` that passed this check (the other side
 * of a comparison), the parts written the same in both are not checked again.
 */
export async function passesQuickValidation(spec: LoadedSpec, localRefs: Iterable<string>, counterpart?: LoadedSpec): Promise<boolean> {
  if (spec.version === '2.0' || spec.files.size !== 1) return false;
  const value = spec.files.get(spec.entry)!.value;
  for (const ref of localRefs) {
    if (getAtPointer(value, refPointer(ref)) === undefined) return false;
  }
  const validate = await validatorFor(spec.version);
  // The compiled 3.0 check reads a whole 10 MB revision faster than its shared parts can be found
  // (30 ms against 70 ms on the GitHub pair); ajv's 3.1 and 3.2 code is slow enough for the shortcut to pay.
  const shortcut = counterpart && spec.version !== '3.0' && counterpart.version === spec.version && quicklyValid.has(counterpart);
  const known = shortcut ? counterpart.files.get(counterpart.entry)!.value : undefined;
  if (!withinStack(spec, () => validate(known === undefined ? value : withoutSharedParts(value, known)))) return false;
  quicklyValid.add(spec);
  return true;
}

async function validatorFor(version: ValidatedVersion): Promise<Validator> {
  let validate = compiled.get(version);
  if (validate) return validate;
  precompiled ??= RUNNING_BUILT
    ? import(packageFile(PRECOMPILED_VALIDATORS).href).then(
        (module: { v30: Validator; v31: Validator; v32?: Validator }) => ({ '3.0': module.v30, '3.1': module.v31, '3.2': module.v32 }),
        () => ({}),
      )
    : Promise.resolve({});
  validate = (await precompiled)[version] ?? compileValidator(version);
  compiled.set(version, validate);
  return validate;
}

/**
 * The validator recurses along schema nesting. A document nested deeper than the stack allows
 * (about a thousand schemas inside one another; no real contract comes close) is refused.
 */
function withinStack(spec: LoadedSpec, run: () => boolean): boolean {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError) throw new InputError('schemas nest too deeply to validate (over about 1,000 levels)', spec.entry);
    throw error;
  }
}
