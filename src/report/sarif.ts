// SARIF 2.1.0 for code-scanning tools: one rule per rule id, one result per edit, located on the
// revision side (for removals the nearest surviving revision line) with the base side related and
// the operations it affects as logical locations.
import type { ChangeClass, Edit, SourceLocation } from '../types.js';
import { ruleDescription, ruleHelp, sunsetNote } from './finding-text.js';
import type { Reporter } from './reporter.js';
import { editSides, rollbackFix, rollbackLine, rollbackUnsafeIds, sidesOfEdits, type Side } from './rollback-text.js';
import { describeVerdict, serviceName, serviceViews } from './semver.js';

const LEVELS: Record<ChangeClass, 'error' | 'warning' | 'note'> = { breaking: 'error', deprecation: 'warning', additive: 'note' };
/** Key of the stable fingerprint (the edit id); bump the suffix if the id's inputs ever change. */
export const FINGERPRINT_KEY = 'apicompatEditId/v1';

export const renderSarif: Reporter = (report) => {
  const ruleIds = [...new Set(report.edits.map((e) => e.ruleId))].sort();
  const rules = ruleIds.map((id) => {
    const cls = report.edits.find((e) => e.ruleId === id)!.class;
    return {
      id,
      shortDescription: { text: ruleDescription(id) },
      help: { text: ruleHelp(id) },
      defaultConfiguration: { level: LEVELS[cls] },
      properties: { class: cls },
    };
  });
  const unsafe = rollbackUnsafeIds(report);
  const sides = editSides(report);
  const results = report.edits.map((e) => result(e, ruleIds.indexOf(e.ruleId), unsafe.has(e.id) ? sides(e) : undefined));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'apicompat', rules } },
        results,
        properties: {
          semver: serviceViews(report).map(({ service, verdict }) => ({ service: serviceName(service), ...verdict, summary: describeVerdict(verdict) })),
          rollback: serviceViews(report).map(({ service, rollbackUnsafe }) => ({
            service: serviceName(service),
            safe: service.rollbackSafe ?? null,
            edits: service.rollbackUnsafeEdits ?? [],
            summary: rollbackLine(service, sidesOfEdits(rollbackUnsafe, sides)) ?? '',
          })),
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** `unsafeSides`: for an edit that is not rollback-safe, whom it is about. */
function result(edit: Edit, ruleIndex: number, unsafeSides: ReadonlySet<Side> | undefined): Record<string, unknown> {
  // Removals have their revision side on the nearest surviving line; with no revision side, the base.
  const primary = edit.revision ?? edit.base;
  const related = edit.revision && edit.base ? [{ id: 1, ...location(edit.base), message: { text: 'Base side (before the change)' } }] : undefined;
  const operations = edit.operations.map((o) => `${o.method} ${o.path}`);
  const logical = (operations.length > 0 ? operations : ['(whole API)']).map((name) => ({ fullyQualifiedName: edit.service ? `${edit.service}: ${name}` : name, kind: 'member' }));
  return {
    ruleId: edit.ruleId,
    ruleIndex,
    level: LEVELS[edit.class],
    message: { text: edit.message + sunsetNote(edit) },
    locations: primary ? [{ ...location(primary), logicalLocations: logical }] : [],
    ...(related ? { relatedLocations: related } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: edit.id },
    ...(edit.accepted ? { suppressions: [{ kind: 'external', justification: edit.accepted.reason }] } : {}),
    properties: {
      class: edit.class,
      ...(edit.service ? { service: edit.service } : {}),
      pointer: primary?.pointer,
      operations,
      changes: edit.changes,
      ...(edit.sunset ? { sunset: edit.sunset } : {}),
      forward: edit.forward,
      ...(unsafeSides ? { rollbackSafe: false, rollbackFix: rollbackFix(edit.ruleId, unsafeSides) } : {}),
    },
  };
}

function location(loc: SourceLocation): { physicalLocation: Record<string, unknown> } {
  const region = loc.line ? { startLine: loc.line, ...(loc.column !== undefined ? { startColumn: loc.column } : {}) } : undefined;
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(loc.file) },
      ...(region ? { region } : {}),
    },
  };
}
