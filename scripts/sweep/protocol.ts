// Messages between the sweep and its worker processes.
import type { CheckName, CheckResult } from './checks.js';

export interface Job {
  id: string;
  file: string;
  /** The same API in the older release, when it has one. */
  previous?: string;
}

export type ChildMessage =
  | { type: 'ready' }
  | { type: 'step'; id: string; check: CheckName }
  | { type: 'done'; id: string; results: CheckResult[]; ms: number };

/** What the parent records per spec: the checks' results plus a time-out or memory exhaustion. */
export interface SpecOutcome {
  id: string;
  results: CheckResult[];
  ms: number;
  /** The check that ran past the time bound or out of memory; the worker was replaced. */
  aborted?: { check: CheckName; cause: 'time-out' | 'memory' | 'exit'; detail: string };
}
