// `--report FORMAT=FILE` (repeatable): extra reports written beside the main output, so one CI
// step can print text and save SARIF, JUnit and HTML. Shared by every command that renders a report.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FORMATS, REPORTERS, type Format } from '../report/reporters.js';
import type { ReportOptions, ReportSources } from '../report/reporter.js';
import type { Report } from '../types.js';
import { UsageError } from './errors.js';
import type { CliIo } from './io.js';

export interface ReportTarget {
  format: Format;
  file: string;
}

/** Commander option spec: `.option(...REPORT_OPTION)`; the parsed value is `ReportTarget[]`. */
export const REPORT_OPTION = [
  '--report <format=file>',
  `also write a report to a file (repeatable), e.g. --report sarif=apicompat.sarif; formats: ${FORMATS.join(', ')}`,
  collectReportTarget,
  [] as ReportTarget[],
] as const;

export function collectReportTarget(value: string, previous: ReportTarget[]): ReportTarget[] {
  return [...previous, parseReportTarget(value)];
}

export function parseReportTarget(value: string): ReportTarget {
  const at = value.indexOf('=');
  const format = value.slice(0, Math.max(at, 0));
  const file = value.slice(at + 1);
  if (at <= 0 || file === '') throw new UsageError(`--report takes FORMAT=FILE, e.g. sarif=apicompat.sarif (got "${value}")`);
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--report format must be one of ${FORMATS.join(', ')} (got "${format}")`);
  return { format: format as Format, file };
}

/** Of the extra reports, the one a shortened Markdown comment points to: HTML first, then JSON, then any other. */
export function fullReportOf(targets: readonly ReportTarget[]): string | undefined {
  const complete = targets.filter((t) => t.format !== 'markdown');
  const rank = (t: ReportTarget) => (t.format === 'html' ? 0 : t.format === 'json' ? 1 : 2);
  return [...complete].sort((a, b) => rank(a) - rank(b))[0]?.file;
}

/**
 * Catches the source texts `compare()` loaded (pass `onSources` in its options), for reports that
 * quote lines; several comparisons (one per service) add up.
 */
export function sourceCollector(): { onSources: (sources: ReportSources) => void; sources: () => ReportSources | undefined } {
  let captured: ReportSources | undefined;
  const onSources = (s: ReportSources) => {
    captured = { base: { ...captured?.base, ...s.base }, revision: { ...captured?.revision, ...s.revision } };
  };
  return { onSources, sources: () => captured };
}

/** Writes each extra report (never coloured), creating folders as needed; paths are relative to the working folder. */
export async function writeReportFiles(report: Report, targets: readonly ReportTarget[], options: ReportOptions, io: CliIo): Promise<void> {
  for (const { format, file } of targets) {
    const target = path.resolve(io.cwd, file);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, REPORTERS[format](report, { ...options, color: false }));
    } catch (error) {
      throw new UsageError(`cannot write the ${format} report to ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
