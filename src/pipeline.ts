// The steps after judging, the same for `compare()` and `check`. Per service: version bump →
// display paths → sources (`serviceOutcome`; check runs it on worker threads, beside the judging);
// then for the whole report: acceptances → order → edits (`assembleReport`).
import { compareFindings } from './classify/classify.js';
import { withEdits } from './classify/edits.js';
import { withRollback } from './classify/rollback.js';
import { withVersionBumpFinding } from './classify/semver-verdict.js';
import type { EngineOptions } from './engine.js';
import type { LoadedSpec } from './load/load-spec.js';
import { displayFindingFiles, displayPaths, sourcesOf, versionOf } from './load/spec-display.js';
import { applyAcceptancesByService, effectivePolicy, type AcceptEntry, type ApicompatConfig } from './policy.js';
import type { ReportSources } from './report/reporter.js';
import type { Finding, Report, ServiceInfo } from './types.js';

/** One service's documents; a service added or removed has one side only. */
export interface ServicePair {
  /** Empty or absent for a comparison of two documents outside any service. */
  name?: string;
  base?: LoadedSpec;
  revision?: LoadedSpec;
}

/** What one service adds to the report. Plain data, so it can come back from a worker thread. */
export interface ServiceOutcome {
  findings: Finding[];
  info: ServiceInfo;
  /** Text of every file loaded per side, keyed as the report shows paths, for reports that quote lines. */
  sources: ReportSources;
}

/** The engine's options for one service: the configuration's keys in force for it. */
export function engineOptionsOf(config: ApicompatConfig, service: string | undefined, today: string): EngineOptions {
  const policy = effectivePolicy(config, service);
  return { today, overrides: policy.rules, profile: policy.profile, deprecation: policy.deprecation, service };
}

/**
 * A service's judged and located findings (or none, when check knows the files are unchanged)
 * with the version bump finding, file paths relative to `displayRoot`, and the sources.
 */
export function serviceOutcome(pair: ServicePair, findings: Finding[], engine: EngineOptions, displayRoot: string): ServiceOutcome {
  const { base, revision } = pair;
  if (base && revision) {
    findings = withVersionBumpFinding(findings, { base, revision }, { base: versionOf(base), revision: versionOf(revision) }, engine);
  }
  const display = displayPaths(displayRoot);
  displayFindingFiles(findings, display);
  return {
    findings,
    info: {
      name: pair.name ?? '',
      baseVersion: base && versionOf(base),
      revisionVersion: revision && versionOf(revision),
      baseFile: base && display(base.entry),
      revisionFile: revision && display(revision.entry),
    },
    sources: { base: sourcesOf(base, display), revision: sourcesOf(revision, display) },
  };
}

export interface AssembleOptions {
  today: string;
  config: ApicompatConfig;
  /** The acceptances a stale note may name (default: every one of the configuration). */
  inForce?: readonly AcceptEntry[];
  /** Notes that lead the report's, e.g. which base was used. */
  notes?: readonly string[];
  /** Receives the sources of every service, for reports that quote lines. */
  onSources?: (sources: ReportSources) => void;
}

/** The report of the services' outcomes: acceptances, stable order, edits, rollback verdicts. */
export function assembleReport(services: readonly ServiceOutcome[], options: AssembleOptions): Report {
  const accepted = applyAcceptancesByService(services.flatMap((s) => s.findings), options.config, options.today, options.inForce);
  const findings = accepted.findings.sort(compareFindings);
  options.onSources?.({
    base: Object.assign({}, ...services.map((s) => s.sources.base)) as Record<string, string>,
    revision: Object.assign({}, ...services.map((s) => s.sources.revision)) as Record<string, string>,
  });
  const { edits, summary } = withEdits(findings);
  return {
    schemaVersion: 1,
    summary,
    changes: findings,
    edits,
    services: withRollback(services.map((s) => s.info), edits),
    notes: [...(options.notes ?? []), ...accepted.notes],
  };
}
