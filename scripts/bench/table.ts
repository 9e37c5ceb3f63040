// The benchmark's tables, for the terminal and for docs/performance.md: the floor ratio per pair,
// then every output format per pair against its JSON run.
import { FORMAT_RSS_BOUND_MIB, FORMAT_TIME_BOUND, type FormatResult } from './formats.js';

export interface PairResult {
  name: string;
  label: string;
  command: string;
  floorMs: number;
  ms: number;
  ratio: number;
  floorCpuMs: number;
  cpuMs: number;
  cpuRatio: number;
  runsMs: number[];
  floorRunsMs: number[];
  peakRssMiB: number;
  findings: number;
  /** Every run printed the same bytes. */
  stableFindings: boolean;
  outputSha256: string;
  /** Median milliseconds per stage of one in-process comparison. */
  stages?: Record<string, number>;
  /** Every output format on the same pair (not for the monorepo). */
  formats?: FormatResult[];
}

const STAGES = ['load', 'normalize', 'diff', 'rules', 'locate', 'report'];

function rows(results: PairResult[]): string[][] {
  return results.map((r) => [
    r.name,
    r.command,
    fmt(r.floorMs),
    fmt(r.ms),
    `${r.ratio.toFixed(2)}×`,
    `${fmt(r.floorCpuMs)} / ${fmt(r.cpuMs)} = ${r.cpuRatio.toFixed(2)}×`,
    `${Math.round(r.peakRssMiB)} MiB`,
    String(r.findings),
    r.stableFindings ? 'yes' : 'NO',
    r.stages ? STAGES.map((s) => `${s} ${fmt(r.stages![s] ?? 0)}`).join(', ') : '-',
  ]);
}

const HEADER = ['pair', 'command', 'floor (median)', 'apicompat (median)', 'ratio', 'CPU time: floor / apicompat', 'peak RSS', 'findings', 'same every run', 'stages, in-process (ms)'];

const FORMAT_HEADER = ['pair', 'format', 'median', '× JSON', 'CPU time (× JSON)', 'peak RSS', 'output', 'same every run', `within ${FORMAT_TIME_BOUND}× JSON and ${FORMAT_RSS_BOUND_MIB / 1024} GiB`];

function formatRows(results: PairResult[]): string[][] {
  return results.flatMap((r) =>
    (r.formats ?? []).map((f) => [
      r.name,
      f.format,
      fmt(f.ms),
      `${f.ratio.toFixed(2)}×`,
      `${fmt(f.cpuMs)} (${f.cpuRatio.toFixed(2)}×)`,
      `${Math.round(f.peakRssMiB)} MiB`,
      size(f.bytes),
      f.stable ? 'yes' : 'NO',
      f.withinBounds ? 'yes' : 'NO',
    ]),
  );
}

export function renderTable(results: PairResult[], machine: string): string {
  const tables = [plainTable(HEADER, rows(results))];
  const formats = formatRows(results);
  if (formats.length > 0) tables.push(plainTable(FORMAT_HEADER, formats));
  return [...tables, `machine: ${machine}`].join('\n\n');
}

export function renderMarkdown(results: PairResult[], machine: string): string {
  const tables = [markdownTable(HEADER, rows(results))];
  const formats = formatRows(results);
  if (formats.length > 0) tables.push(markdownTable(FORMAT_HEADER, formats));
  return [...tables, `Machine: ${machine}.`].join('\n\n') + '\n';
}

function plainTable(header: string[], body: string[][]): string {
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

function markdownTable(header: string[], body: string[][]): string {
  const line = (row: string[]) => `| ${row.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...body.map(line)].join('\n');
}

function size(bytes: number): string {
  return bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
