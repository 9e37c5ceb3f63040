import { withEdits } from '../../src/classify/edits.js';
import type { Finding, Report, ServiceInfo } from '../../src/types.js';

/** A report around hand-made findings, with its edits and counts computed as `compare` does. */
export function reportOf(changes: Finding[], services: ServiceInfo[] = [{ name: '' }], notes: string[] = []): Report {
  return { schemaVersion: 1, ...withEdits(changes), changes, services, notes };
}
