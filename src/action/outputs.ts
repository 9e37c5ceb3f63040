// The Action's step outputs: counts per class, the version bump required and the verdict, read
// from the JSON report the run wrote.
import { appendFileSync } from 'node:fs';

export type Verdict = 'pass' | 'fail' | 'error';

interface JsonReport {
  summary: { breaking: number; deprecation: number; additive: number };
  semver: { required: 'major' | 'minor' | 'none' }[];
}

const BUMPS = ['none', 'minor', 'major'] as const;

export function verdictOf(exitCode: number): Verdict {
  return exitCode === 0 ? 'pass' : exitCode === 1 ? 'fail' : 'error';
}

/** Output name → value; an errored run has no report, so only its verdict. */
export function stepOutputs(report: JsonReport | undefined, exitCode: number, reportFiles: string[]): Record<string, string> {
  const verdict = verdictOf(exitCode);
  if (!report) return { verdict };
  const required = report.semver.reduce((most, { required }) => (BUMPS.indexOf(required) > BUMPS.indexOf(most) ? required : most), 'none' as (typeof BUMPS)[number]);
  return {
    breaking: String(report.summary.breaking),
    deprecation: String(report.summary.deprecation),
    additive: String(report.summary.additive),
    'required-bump': required,
    verdict,
    'report-files': reportFiles.join(' '),
  };
}

/** Appends `name=value` lines to `$GITHUB_OUTPUT` (values here never hold a line break). */
export function writeStepOutputs(file: string | undefined, outputs: Record<string, string>): void {
  if (!file) return;
  appendFileSync(file, Object.entries(outputs).map(([name, value]) => `${name}=${value}\n`).join(''));
}
