import { withEdits } from '../../src/classify/edits.js';
import { withRollback } from '../../src/classify/rollback.js';
import type { Finding, Report, ServiceInfo } from '../../src/types.js';

/** A report around hand-made findings, with its edits and counts computed as `compare` does. */
export function reportOf(changes: Finding[], services: ServiceInfo[] = [{ name: '' }], notes: string[] = []): Report {
  const { edits, summary } = withEdits(changes);
  return { schemaVersion: 1, summary, changes, edits, services: withRollback(services, edits), notes };
}
