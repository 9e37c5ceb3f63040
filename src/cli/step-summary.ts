// In GitHub Actions, `--format github` annotations go to the log; the job summary page gets the
// Markdown report too, so the whole report is one click away from the run (GITHUB_STEP_SUMMARY
// names the file the runner renders for this step).
import { appendFileSync } from 'node:fs';
import type { Format } from '../report/reporters.js';
import { renderMarkdown } from '../report/markdown.js';
import type { ReportOptions } from '../report/reporter.js';
import type { Report } from '../types.js';
import { UsageError } from './errors.js';
import type { CliIo } from './io.js';

/** Appends the Markdown report to `$GITHUB_STEP_SUMMARY` when the output is `github` and the variable is set. */
export function appendStepSummary(report: Report, format: Format, options: ReportOptions, io: CliIo): void {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (format !== 'github' || !file) return;
  try {
    appendFileSync(file, renderMarkdown(report, { ...options, color: false }) + '\n');
  } catch (error) {
    throw new UsageError(`cannot write the job summary to ${file} (GITHUB_STEP_SUMMARY): ${error instanceof Error ? error.message : String(error)}`);
  }
}
