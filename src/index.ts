// Public API: compare two OpenAPI documents and get a report, the same one the CLI renders.
import { judgeLoaded, locateResult, type EngineOptions, type EngineResult, type StageTimes } from './engine.js';
import { loadSpec, type LoadedSpec, type LoadOptions } from './load/load-spec.js';
import { textIndexer } from './load/text-index-thread.js';
import { packageFile, RUNNING_BUILT } from './package-root.js';
import { openInput } from './load/input.js';
import { assembleReport, engineOptionsOf, serviceOutcome } from './pipeline.js';
import { OPTION_WORDS } from './check/option-words.js';
import { runCheck } from './check/run-check.js';
import type { ReportSources } from './report/reporter.js';
import type { InputWarning } from './load/input-warning.js';
import { bothSides } from './load/both-sides.js';
import type { Report } from './types.js';
import { effectivePolicy, type ApicompatConfig } from './policy.js';

export type { ChangeClass, Direction, Edit, EditSummary, FailOn, Finding, OperationRef, Report, ReportSummary, SourceLocation, Summary } from './types.js';
export { InputError } from './load/input-error.js';
export { describeWarning, type InputWarning } from './load/input-warning.js';
export { shouldFail } from './classify/classify.js';
export type { AcceptEntry, ApicompatConfig, DeprecationPolicy, Policy, Profile, RuleSetting } from './policy.js';
export { ConfigError, findConfigFile, loadConfigFile, parseConfig, type LoadedConfig } from './config/load-config.js';
export { RULES } from './rules/registry.js';
export { FORMATS, REPORTERS, type Format } from './report/reporters.js';
export type { ReportOptions, ReportSources } from './report/reporter.js';
export type { Rule } from './rules/rule.js';

/**
 * The configuration's keys (`rules`, `profile`, `deprecation`, `accept`, `services`; `failOn` is for
 * `shouldFail`) plus how to run. See docs/configuration.md.
 */
export interface CompareOptions extends ApicompatConfig {
  /** `YYYY-MM-DD` that sunset dates are compared with (default: today, UTC). */
  today?: string;
  /** The service being compared: picks its `services` overrides and is set on every finding. */
  service?: string;
  /** Skip swagger-parser's validation (faster; for inputs already validated). */
  validate?: boolean;
  /**
   * Receives, per document the OpenAPI schema rejects but that was compared anyway (not `strict`),
   * the validator's first complaint: base first, then revision. `describeWarning` renders the line.
   */
  onWarning?: (warning: InputWarning) => void;
  /** Paths in the report are relative to this folder (default: the working folder). */
  cwd?: string;
  /** The folder `$ref`s of documents on disk may not leave (default: the git work tree, else the document's folder). */
  root?: string;
  /** Receives the time spent per stage, in milliseconds. */
  onTimes?: (times: StageTimes & { load: number }) => void;
  /** Receives the text of every loaded file per side, keyed by its path as the report shows it. */
  onSources?: (sources: { base: Record<string, string>; revision: Record<string, string> }) => void;
}

/**
 * `apicompat check` as a function: every service of the repository's surface folder (or the
 * documents `specs` names) compared between a git ref and the working tree. The configuration's keys
 * apply as in `compare()`; `specs` are relative to `cwd`. See README (library).
 */
export interface CheckOptions extends ApicompatConfig {
  /** A folder inside the git repository; `surface` and `specs` are relative to it (default: the working folder). */
  cwd?: string;
  /** The git ref to compare with (default: as the CLI chooses it: the CI system's base, else the merge base with `origin/HEAD`, else `HEAD`). */
  base?: string;
  /** Compare this git ref instead of the working tree. */
  head?: string;
  /** Compare what is staged in git's index instead of the working tree. */
  staged?: boolean;
  /** The folder holding one folder per service (default: `api-surface/` at the repository root). */
  surface?: string;
  /** Only the services of these names; all when absent or empty. */
  onlyServices?: string[];
  /** `YYYY-MM-DD` that sunset dates are compared with (default: today, UTC). */
  today?: string;
  /** Skip swagger-parser's validation of the documents that changed. */
  validate?: boolean;
  /** Fetch what a shallow clone lacks to reach the base, instead of refusing with the `git fetch` to run. */
  fetch?: boolean;
  /** The environment the CI system's base is read from (default: `process.env`). */
  env?: Record<string, string | undefined>;
  /** Receives one line per document compared although the OpenAPI schema rejects it (not `strict`). */
  onWarning?: (line: string) => void;
  /** Receives the text of every loaded file per side, keyed by its path as the report shows it. */
  onSources?: (sources: ReportSources) => void;
}

/** Compares the services of a git repository with a git ref; the report's notes name the base used. */
export async function check(options: CheckOptions = {}): Promise<Report> {
  const { cwd = process.cwd(), base, head, staged, surface, onlyServices, today, validate, fetch, env, onWarning, onSources, ...config } = options;
  return runCheck({
    cwd,
    env: env ?? process.env,
    today: today ?? todayUtc(),
    config,
    base,
    head,
    staged,
    surface,
    specs: config.specs?.map((item, i) => {
      const { path: pattern, name } = typeof item === 'string' ? { path: item, name: undefined } : item;
      return { pattern, name, origin: `specs[${i}] (${pattern})`, from: cwd };
    }),
    services: onlyServices,
    validate,
    fetch,
    onWarning,
    onSources,
    // Errors name this function's options (`base`), not the CLI's flags.
    words: OPTION_WORDS,
  });
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Compares two documents given by path (YAML or JSON, 2.0 / 3.0 / 3.1 / 3.2, multi-file). */
export async function compare(base: string, revision: string, options: CompareOptions = {}): Promise<Report> {
  const started = performance.now();
  // Large JSON texts are indexed on a worker thread while this one validates: lines come cheap then.
  const indexer = RUNNING_BUILT ? textIndexer(packageFile('dist/load/text-index-worker.js')) : undefined;
  try {
    const load = { validate: options.validate, strict: options.strict, indexer };
    const baseLoaded = loadFromDisk(base, options.cwd, options.root, load);
    const [baseSpec, revSpec] = await bothSides(baseLoaded, loadFromDisk(revision, options.cwd, options.root, { ...load, counterpart: baseLoaded }));
    const loaded = performance.now() - started;
    // The index is needed for lines only: judge first, while the thread finishes it.
    const report = await reportOn(baseSpec, revSpec, options, loaded, async (result) => {
      await indexer?.ready();
      for (const spec of [baseSpec, revSpec]) for (const parsed of spec.files.values()) parsed.checkKeys?.();
      locateResult(result, baseSpec, revSpec);
    });
    // Only once the comparison went through: a document refused after all gets its refusal alone.
    for (const spec of [baseSpec, revSpec]) if (spec.warning) options.onWarning?.(spec.warning);
    return report;
  } finally {
    await indexer?.close();
  }
}

/** A path, or `REF:PATH` read from git (see `openInput`). */
async function loadFromDisk(file: string, cwd: string | undefined, root: string | undefined, options: LoadOptions): Promise<LoadedSpec> {
  const { entry, source } = await openInput(file, { cwd: cwd ?? process.cwd(), root });
  return loadSpec(entry, source, options);
}

/** Compares two loaded documents; paths in the report are made relative to `options.cwd`. */
export function compareSpecs(base: LoadedSpec, revision: LoadedSpec, options: CompareOptions = {}, load = 0): Report {
  const engine = engineOptionsOf(options, options.service, options.today ?? todayUtc());
  const result = judgeLoaded(base, revision, engine);
  locateResult(result, base, revision);
  return toReport(base, revision, options, engine, result, load);
}

/** `compareSpecs` with the lines found by `locate`, which may wait for them. */
async function reportOn(base: LoadedSpec, revision: LoadedSpec, options: CompareOptions, load: number, locate: (result: EngineResult) => Promise<void>): Promise<Report> {
  const engine = engineOptionsOf(options, options.service, options.today ?? todayUtc());
  const result = judgeLoaded(base, revision, engine);
  await locate(result);
  return toReport(base, revision, options, engine, result, load);
}

function toReport(base: LoadedSpec, revision: LoadedSpec, options: CompareOptions, engine: EngineOptions, result: EngineResult, load: number): Report {
  const outcome = serviceOutcome({ name: options.service, base, revision }, result.findings, engine, options.cwd ?? process.cwd());
  options.onTimes?.({ load, ...result.times });
  // Only the acceptances in force for this service can be stale here.
  const inForce = effectivePolicy(options, options.service).accept ?? [];
  return assembleReport([outcome], { today: engine.today, config: options, inForce, onSources: options.onSources });
}
