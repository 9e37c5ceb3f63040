import { shouldFail } from '../classify/classify.js';
import type { FailOn, Finding, Report } from '../types.js';
import type { Compatibility } from '../policy.js';

export interface ReportOptions {
  /** ANSI colour in text output. */
  color: boolean;
  failOn: FailOn;
  /** Services held to another `failOn` than the run's (configuration `services.<name>.failOn`). */
  serviceFailOn?: Record<string, FailOn>;
  /** The direction the gate holds (default backward), and the services held to another one. */
  compatibility?: Compatibility;
  serviceCompatibility?: Record<string, Compatibility>;
  /** Where the complete report is (a file written beside this one), for reports that must leave edits out. */
  fullReport?: string;
  /** Source text per side, keyed by file as the report names it; reports that quote lines use it. */
  sources?: ReportSources;
}

export interface ReportSources {
  base: Record<string, string>;
  revision: Record<string, string>;
}

/** A reporter renders a report as one string and does nothing else. */
export type Reporter = (report: Report, options: ReportOptions) => string;

/** The `failOn` a service's findings are held to. */
export function failOnFor(options: ReportOptions, service: string | undefined): FailOn {
  return (service !== undefined && options.serviceFailOn?.[service]) || options.failOn;
}

/** The direction a service's findings are held to. */
export function compatibilityFor(options: ReportOptions, service: string | undefined): Compatibility {
  return (service !== undefined && options.serviceCompatibility?.[service]) || options.compatibility || 'backward';
}

/** Whether findings (of any services) fail the policy, each by its own service's `failOn`. */
export function failsPolicy(findings: Finding[], options: ReportOptions): boolean {
  return findings.some((finding) => shouldFail([finding], failOnFor(options, finding.service), compatibilityFor(options, finding.service)));
}

/**
 * `--fail-on breaking`, with the direction when it is not backward, plus the services held to
 * something else: `--fail-on breaking; orders: deprecation; auth: compatibility full`.
 */
export function failOnLabel(report: Report, options: ReportOptions): string {
  const run = compatibilityFor(options, undefined);
  const others = report.services.flatMap(({ name }) => {
    const own = [failOnFor(options, name) !== options.failOn ? failOnFor(options, name) : '', compatibilityFor(options, name) !== run ? `compatibility ${compatibilityFor(options, name)}` : ''].filter((p) => p !== '');
    return own.length > 0 ? [`${name}: ${own.join(', ')}`] : [];
  });
  return [`--fail-on ${options.failOn}${run === 'backward' ? '' : ` --compatibility ${run}`}`, ...others].join('; ');
}
