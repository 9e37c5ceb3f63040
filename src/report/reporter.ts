import type { FailOn, Report } from '../types.js';

export interface ReportOptions {
  /** ANSI colour in text output. */
  color: boolean;
  failOn: FailOn;
}

/** A reporter renders a report as one string and does nothing else. */
export type Reporter = (report: Report, options: ReportOptions) => string;
