// Public API: compare two OpenAPI documents and get a report, the same one the CLI renders.
import { judgeLoaded, locateResult, type EngineOptions, type EngineResult, type StageTimes } from './engine.js';
import { withEdits } from './classify/edits.js';
import { withVersionBumpFinding } from './classify/semver-verdict.js';
import { loadSpec, type LoadedSpec, type LoadOptions } from './load/load-spec.js';
import { textIndexer } from './load/text-index-thread.js';
import { packageFile, RUNNING_BUILT } from './package-root.js';
import { openInput } from './load/input.js';
import { displayFindingFiles, displayPaths, sourcesOf, versionOf } from './load/spec-display.js';
import type { InputWarning } from './load/input-warning.js';
import type { Report } from './types.js';
import { applyAcceptances, effectivePolicy, staleNotes, type AcceptEntry, type ApicompatConfig } from './policy.js';

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
    const [baseSpec, revSpec] = await Promise.all([baseLoaded, loadFromDisk(revision, options.cwd, options.root, { ...load, counterpart: baseLoaded })]);
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
  const engine = engineOptions(options);
  const result = judgeLoaded(base, revision, engine);
  locateResult(result, base, revision);
  return toReport(base, revision, options, engine, result, load);
}

/** `compareSpecs` with the lines found by `locate`, which may wait for them. */
async function reportOn(base: LoadedSpec, revision: LoadedSpec, options: CompareOptions, load: number, locate: (result: EngineResult) => Promise<void>): Promise<Report> {
  const engine = engineOptions(options);
  const result = judgeLoaded(base, revision, engine);
  await locate(result);
  return toReport(base, revision, options, engine, result, load);
}

function engineOptions(options: CompareOptions): EngineOptions & { accept: AcceptEntry[] } {
  const policy = effectivePolicy(options, options.service);
  return {
    today: options.today ?? todayUtc(),
    overrides: policy.rules,
    profile: policy.profile,
    deprecation: policy.deprecation,
    service: options.service,
    accept: policy.accept ?? [],
  };
}

function toReport(base: LoadedSpec, revision: LoadedSpec, options: CompareOptions, engine: ReturnType<typeof engineOptions>, result: EngineResult, load: number): Report {
  const { today, accept } = engine;
  const versions = { base: versionOf(base), revision: versionOf(revision) };
  const findings = withVersionBumpFinding(result.findings, { base, revision }, versions, { overrides: engine.overrides, profile: engine.profile, service: options.service });
  const acceptance = applyAcceptances(findings, accept, today);
  options.onTimes?.({ load, ...result.times });
  const display = displayPaths(options.cwd ?? process.cwd());
  options.onSources?.({ base: sourcesOf(base, display), revision: sourcesOf(revision, display) });
  displayFindingFiles(acceptance.findings, display);
  const { edits, summary } = withEdits(acceptance.findings);
  return {
    schemaVersion: 1,
    summary,
    changes: acceptance.findings,
    edits,
    services: [
      {
        name: options.service ?? '',
        baseVersion: versionOf(base),
        revisionVersion: versionOf(revision),
        baseFile: display(base.entry),
        revisionFile: display(revision.entry),
      },
    ],
    notes: [...acceptance.notes, ...staleNotes(accept, acceptance.used)],
  };
}
