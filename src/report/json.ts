import type { Edit, Finding, SourceLocation } from '../types.js';
import type { Reporter } from './reporter.js';
import { serviceViews } from './semver.js';

/** The documented machine-readable format (schemaVersion 1); key order is fixed. */
export const renderJson: Reporter = (report) => {
  const out = {
    schemaVersion: report.schemaVersion,
    summary: report.summary,
    changes: report.changes.map(toJson),
    edits: report.edits.map(editJson),
    services: report.services.filter((s) => s.name !== ''),
    notes: report.notes,
    // The smallest version bump the changes require, per service (the unnamed one included).
    semver: serviceViews(report).map(({ service, verdict }) => ({ service: service.name, ...verdict })),
    // Whether clients built against the revision keep working against the base, per service (the
    // unnamed one included): the same as the `services` entries say.
    rollback: serviceViews(report).map(({ service }) => ({ service: service.name, safe: service.rollbackSafe ?? null, edits: service.rollbackUnsafeEdits ?? [] })),
  };
  return JSON.stringify(out, null, 2) + '\n';
};

function toJson(f: Finding): Record<string, unknown> {
  return {
    id: f.id,
    ...(f.edit !== undefined ? { edit: f.edit } : {}),
    ruleId: f.ruleId,
    class: f.class,
    forward: f.forward,
    direction: f.direction,
    message: f.message,
    ...(f.service !== undefined ? { service: f.service } : {}),
    ...(f.operation ? { operation: { method: f.operation.method, path: f.operation.path } } : {}),
    ...(f.base ? { base: location(f.base) } : {}),
    ...(f.revision ? { revision: location(f.revision) } : {}),
    ...(f.accepted ? { accepted: f.accepted } : {}),
    ...(f.acceptanceExpired ? { acceptanceExpired: f.acceptanceExpired } : {}),
  };
}

function editJson(e: Edit): Record<string, unknown> {
  return {
    id: e.id,
    ruleId: e.ruleId,
    class: e.class,
    forward: e.forward,
    direction: e.direction,
    message: e.message,
    ...(e.service !== undefined ? { service: e.service } : {}),
    ...(e.base ? { base: location(e.base) } : {}),
    ...(e.revision ? { revision: location(e.revision) } : {}),
    operations: e.operations.map(({ method, path }) => ({ method, path })),
    ...(e.accepted ? { accepted: e.accepted } : {}),
    ...(e.sunset !== undefined ? { sunset: e.sunset } : {}),
  };
}

function location(loc: SourceLocation): Record<string, unknown> {
  return { file: loc.file, line: loc.line ?? null, ...(loc.column !== undefined ? { column: loc.column } : {}), pointer: loc.pointer };
}
