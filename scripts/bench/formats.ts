// Every output format on the same pair, against that pair's JSON run: the bound is 1.5× its wall
// time and a peak RSS under 1 GiB.
import { FORMATS, type Format } from '../../src/report/reporters.js';
import { median, type Run } from './measure.js';

export { FORMATS, type Format };

/** A format may take this many times the JSON run's median wall time. */
export const FORMAT_TIME_BOUND = 1.5;
export const FORMAT_RSS_BOUND_MIB = 1024;

export interface FormatResult {
  format: Format;
  ms: number;
  /** Median wall time over the JSON run's median wall time. */
  ratio: number;
  cpuMs: number;
  cpuRatio: number;
  peakRssMiB: number;
  /** Output size of the first run, in bytes. */
  bytes: number;
  /** Every run printed the same bytes. */
  stable: boolean;
  /** Within the time and memory bounds. */
  withinBounds: boolean;
}

export function formatResult(format: Format, runs: Run[], json: Run[]): FormatResult {
  const ms = median(runs.map((r) => r.ms));
  const cpuMs = median(runs.map((r) => r.cpuMs));
  const ratio = ms / median(json.map((r) => r.ms));
  const peakRssMiB = Math.max(...runs.map((r) => r.rssMiB));
  return {
    format,
    ms,
    ratio,
    cpuMs,
    cpuRatio: cpuMs / median(json.map((r) => r.cpuMs)),
    peakRssMiB,
    bytes: Buffer.byteLength(runs[0].stdout),
    stable: new Set(runs.map((r) => r.sha256)).size === 1,
    withinBounds: ratio <= FORMAT_TIME_BOUND && peakRssMiB < FORMAT_RSS_BOUND_MIB,
  };
}
