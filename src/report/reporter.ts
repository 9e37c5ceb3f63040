import type { FailOn, Report } from '../types.js';

export interface ReportOptions {
  /** ANSI colour in text output. */
  color: boolean;
  failOn: FailOn;
  /** Source text per side, keyed by file as the report names it; reports that quote lines use it. */
  sources?: ReportSources;
}

export interface ReportSources {
  base: Record<string, string>;
  revision: Record<string, string>;
}

/** A reporter renders a report as one string and does nothing else. */
export type Reporter = (report: Report, options: ReportOptions) => string;
