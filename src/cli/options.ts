import { FAIL_ON, type FailOn } from '../types.js';
import { UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { COMPATIBILITIES, type Compatibility } from '../policy.js';

export function parseFailOn(value: string | undefined, fallback: FailOn = 'breaking'): FailOn {
  if (value === undefined) return fallback;
  if ((FAIL_ON as readonly string[]).includes(value)) return value as FailOn;
  throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')} (got "${value}")`);
}

export function parseCompatibility(value: string | undefined, fallback: Compatibility = 'backward'): Compatibility {
  if (value === undefined) return fallback;
  if ((COMPATIBILITIES as readonly string[]).includes(value)) return value as Compatibility;
  throw new UsageError(`--compatibility must be one of ${COMPATIBILITIES.join(', ')} (got "${value}")`);
}

/** Colour when writing to a terminal, unless NO_COLOR or --no-color says otherwise; FORCE_COLOR forces it. */
export function useColor(io: CliIo, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}

/** The day sunsets are compared with: --today, else APICOMPAT_TODAY, else today (UTC). */
export function resolveToday(flag: string | undefined, io: CliIo): string | undefined {
  const value = flag ?? io.env.APICOMPAT_TODAY;
  if (value === undefined || value === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--today must be a date as YYYY-MM-DD (got "${value}")`);
  }
  return value;
}
