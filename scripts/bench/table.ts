// The benchmark's table, for the terminal and for docs/performance.md.

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

export function renderTable(results: PairResult[], machine: string): string {
  const all = [HEADER, ...rows(results)];
  const widths = HEADER.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  return [line(HEADER), line(widths.map((w) => '-'.repeat(w))), ...rows(results).map(line), '', `machine: ${machine}`].join('\n');
}

export function renderMarkdown(results: PairResult[], machine: string): string {
  const line = (row: string[]) => `| ${row.join(' | ')} |`;
  return [line(HEADER), line(HEADER.map(() => '---')), ...rows(results).map(line), '', `Machine: ${machine}.`, ''].join('\n');
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
