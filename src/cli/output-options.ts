import type { Command } from 'commander';
import { FORMATS } from '../report/reporters.js';
import { CONFIG_OPTION } from './policy-options.js';
import { REPORT_OPTION, type ReportTarget } from './report-files.js';

/** The flags every comparing command takes: output, policy, date and extra reports. */
export interface OutputFlags {
  format: string;
  failOn?: string;
  compatibility?: string;
  color?: boolean;
  today?: string;
  config?: string;
  strict?: boolean;
  report: ReportTarget[];
}

export function addOutputOptions(command: Command): Command {
  return command
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option('--fail-on <class>', 'exit 1 when a change of this class or worse is found: breaking, deprecation, additive, never', undefined)
    .option('--compatibility <mode>', 'which direction fails the run: backward (old clients against the new server; the default), forward (new clients against a server still on the base: canary, rollback), full (either)', undefined)
    .option('--no-color', 'no colour in text output')
    .option('--today <date>', 'the date sunsets are compared with (YYYY-MM-DD; also APICOMPAT_TODAY)')
    .option(...CONFIG_OPTION)
    .option('--strict', 'refuse (exit 2) a document the OpenAPI schema rejects, instead of comparing what can be read with a warning')
    .option(...REPORT_OPTION);
}
