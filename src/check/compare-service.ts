import path from 'node:path';
import { classify } from '../classify/classify.js';
import type { Change } from '../diff/change.js';
import { compareLoaded, type EngineOptions, type EngineResult } from '../engine.js';
import { memorySource } from '../load/git-source.js';
import { bothSides } from '../load/both-sides.js';
import { InputError } from '../load/input-error.js';
import { describeWarning } from '../load/input-warning.js';
import { loadSpec, type LoadedSpec } from '../load/load-spec.js';
import { displayPaths } from '../load/spec-display.js';
import { refusalOf, validateSpec } from '../load/validate.js';
import { normalizeSpec } from '../model/normalize.js';
import { applyRules } from '../rules/apply-rules.js';
import { RULES } from '../rules/registry.js';
import { engineOptionsOf, serviceOutcome, type ServiceOutcome } from '../pipeline.js';
import type { ApicompatConfig } from '../policy.js';
import type { Finding } from '../types.js';
import type * as Yaml from 'yaml';
import { lazyRequire } from '../lazy-require.js';

const yaml = lazyRequire<typeof Yaml>('yaml');

/** One side of one service: its entry document and the files it may reference, all in memory. */
export interface ServiceSide {
  /** Absolute POSIX path of the entry document. */
  entry: string;
  /** The surface folder: `$ref`s may not leave it. */
  root: string;
  /** Absolute path -> content; the service's folder and the shared folders. */
  files: ReadonlyMap<string, Uint8Array>;
  /** For messages: `base HEAD~1`, `the working tree`. */
  label: string;
  /**
   * The side as loaded already (`--spec` follows its `$ref`s to find its files): spares parsing it
   * again in this thread. Not plain data, so a worker thread gets the side without it.
   */
  loaded?: LoadedSpec;
}

export interface ServiceCompareOptions {
  /** `YYYY-MM-DD` that sunsets are compared with. */
  today: string;
  /** The configuration: `rules`, `profile`, `deprecation` and their `services.<name>` overrides. */
  config?: ApicompatConfig;
  validate?: boolean;
  /** File paths in findings are made relative to this folder (the repository root). */
  displayRoot: string;
}

/** All a service comparison needs, as plain data (structured-clonable, so it can go to a worker thread). */
export interface ServiceJob {
  name: string;
  base?: ServiceSide;
  revision?: ServiceSide;
  options: ServiceCompareOptions;
}

export interface ServiceResult extends ServiceOutcome {
  /** One line per document compared although the validator rejects it (not `strict`). */
  warnings: string[];
}

/** Compares one service: a pure function of its files on both sides (no disk, no git). */
export async function compareService(job: ServiceJob): Promise<ServiceResult> {
  const { name, options } = job;
  if (isUnchanged(job)) return unchangedService(job);
  const [base, revision] = await bothSides(loadSide(name, job.base, options), loadSide(name, job.revision, options));
  // A service whose every file is unchanged has no findings (most services of a pull request):
  // parsing told us so, validation (the costly part) is only for the others.
  const unchanged = base && revision && sameFiles(base, job.base!.root, revision, job.revision!.root);
  const warnings: string[] = [];
  if (options.validate !== false && !unchanged) {
    warnings.push(...(await validateSide(name, job.base, base, options)));
    warnings.push(...(await validateSide(name, job.revision, revision, options, base)));
  }
  const engine = engineOptionsOf(options.config ?? {}, name, options.today);
  let findings: Finding[];
  if (unchanged) findings = [];
  else if (base && revision) findings = compareSides(name, job, base, revision, engine).findings;
  else findings = serviceChange(name, base, revision, engine);
  return { ...serviceOutcome({ name, base, revision }, findings, engine, options.displayRoot), warnings };
}

/** The finding of a service that one side lacks, located at the other side's entry document. */
function serviceChange(name: string, base: LoadedSpec | undefined, revision: LoadedSpec | undefined, engine: EngineOptions): Finding[] {
  const spec = (base ?? revision)!;
  const change: Change = {
    kind: base ? 'removed' : 'added',
    subject: 'service',
    direction: 'none',
    ...(base ? { base: { file: spec.entry, pointer: '' } } : { revision: { file: spec.entry, pointer: '' } }),
    data: { service: name },
    context: {},
  };
  const findings = classify(applyRules([change], RULES, { today: engine.today, deprecation: engine.deprecation }), engine);
  for (const finding of findings) {
    const loc = finding.base ?? finding.revision;
    if (loc) loc.line = spec.files.get(spec.entry)!.lines([loc.pointer]).get(loc.pointer);
  }
  return findings;
}

/** `compareLoaded`, with a document the model cannot be built from refused in the name of its side. */
function compareSides(name: string, job: ServiceJob, base: LoadedSpec, revision: LoadedSpec, engine: EngineOptions): EngineResult {
  try {
    return compareLoaded(base, revision, engine);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // Both sides may have the same paths: which one was refused is found again (only on this rare path).
    const side = refuses(base) ? job.base! : job.revision!;
    throw serviceError(name, side, error, job.options.displayRoot);
  }
}

function refuses(spec: LoadedSpec): boolean {
  try {
    normalizeSpec(spec);
    return false;
  } catch {
    return true;
  }
}

async function loadSide(name: string, side: ServiceSide | undefined, options: ServiceCompareOptions): Promise<LoadedSpec | undefined> {
  if (!side) return undefined;
  if (side.loaded) return side.loaded;
  try {
    return await loadSpec(side.entry, memorySource(side.root, side.files), { validate: false });
  } catch (error) {
    throw serviceError(name, side, error, options.displayRoot);
  }
}

/**
 * Validates a side already loaded; `counterpart`, the other side, spares re-checking what both share.
 * Returns the warning line for a document the validator rejects, or refuses it under `strict`.
 */
async function validateSide(name: string, side: ServiceSide | undefined, spec: LoadedSpec | undefined, options: ServiceCompareOptions, counterpart?: LoadedSpec): Promise<string[]> {
  if (!side || !spec) return [];
  let warning;
  try {
    warning = await validateSpec(spec, counterpart);
    if (warning && options.config?.strict === true) throw refusalOf(warning);
  } catch (error) {
    throw serviceError(name, side, error, options.displayRoot);
  }
  if (!warning) return [];
  return [`service ${name} (${side.label}): ${describeWarning(warning, (file) => path.relative(options.displayRoot, file) || file)}`];
}

function serviceError(name: string, side: ServiceSide, error: unknown, displayRoot: string): unknown {
  if (!(error instanceof InputError)) return error;
  const where = error.describe((file) => path.relative(displayRoot, file) || file);
  return new InputError(`service ${name} (${side.label}) does not load: ${where}`);
}

/** The service exists on both sides with the same files, byte for byte: nothing to compare. */
export function isUnchanged(job: ServiceJob): boolean {
  return job.base !== undefined && job.revision !== undefined && sameBytes(job.base, job.revision);
}

/** Both sides hold the same files (relative to their roots) with the same bytes. */
function sameBytes(base: ServiceSide, revision: ServiceSide): boolean {
  if (base.files.size !== revision.files.size) return false;
  for (const [file, bytes] of base.files) {
    const other = revision.files.get(path.posix.join(revision.root, path.posix.relative(base.root, file)));
    if (other === undefined || !Buffer.from(other.buffer, other.byteOffset, other.byteLength).equals(bytes)) return false;
  }
  return true;
}

/**
 * A service whose files did not change has no findings, and needs no parsing: the report only
 * wants its `info.version`, read from the entry document's text.
 */
function unchangedService(job: ServiceJob): ServiceResult {
  const display = displayPaths(job.options.displayRoot);
  const version = infoVersion(job.revision!.files.get(job.revision!.entry));
  return {
    findings: [],
    info: { name: job.name, baseVersion: version, revisionVersion: version, baseFile: display(job.base!.entry), revisionFile: display(job.revision!.entry) },
    sources: { base: {}, revision: {} },
    warnings: [],
  };
}

/** `info.version` of an entry document, without parsing all of it (only `info` is parsed). */
export function infoVersion(bytes: Uint8Array | undefined): string | undefined {
  if (!bytes) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  try {
    if (/^\s*\{/.test(text)) return stringOf((JSON.parse(text) as { info?: { version?: unknown } }).info?.version);
    const block = /^info:([^\n]*)\n((?:(?:[ \t][^\n]*)?\r?\n)*)/m.exec(text);
    if (!block) return undefined;
    const info = yaml().parse(`info:${block[1]}\n${block[2]}`) as { info?: { version?: unknown } } | null;
    return stringOf(info?.info?.version);
  } catch {
    return undefined;
  }
}

function stringOf(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}

/** Whether both sides consist of the same files (relative to their roots) with the same text. */
function sameFiles(base: LoadedSpec, baseRoot: string, revision: LoadedSpec, revisionRoot: string): boolean {
  if (base.files.size !== revision.files.size) return false;
  for (const [file, parsed] of base.files) {
    const other = revision.files.get(path.posix.join(revisionRoot, path.posix.relative(baseRoot, file)));
    if (other === undefined || other.text !== parsed.text) return false;
  }
  return true;
}
