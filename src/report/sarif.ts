// SARIF 2.1.0 for code-scanning tools: one rule per rule id, one result per finding, located on the
// revision side (for removals the nearest surviving revision line) with the base side related.
import type { ChangeClass, Finding, SourceLocation } from '../types.js';
import { operationLabel, ruleDescription, ruleHelp } from './finding-text.js';
import type { Reporter } from './reporter.js';
import { describeVerdict, serviceName, serviceViews } from './semver.js';

const LEVELS: Record<ChangeClass, 'error' | 'warning' | 'note'> = { breaking: 'error', deprecation: 'warning', additive: 'note' };
/** Key of the stable fingerprint; bump the suffix if the id's inputs ever change. */
export const FINGERPRINT_KEY = 'apicompatFindingId/v1';

export const renderSarif: Reporter = (report) => {
  const ruleIds = [...new Set(report.changes.map((f) => f.ruleId))].sort();
  const rules = ruleIds.map((id) => {
    const cls = report.changes.find((f) => f.ruleId === id)!.class;
    return {
      id,
      shortDescription: { text: ruleDescription(id) },
      help: { text: ruleHelp(id) },
      defaultConfiguration: { level: LEVELS[cls] },
      properties: { class: cls },
    };
  });
  const results = report.changes.map((f) => result(f, ruleIds.indexOf(f.ruleId)));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'apicompat', rules } },
        results,
        properties: { semver: serviceViews(report).map(({ service, verdict }) => ({ service: serviceName(service), ...verdict, summary: describeVerdict(verdict) })) },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function result(finding: Finding, ruleIndex: number): Record<string, unknown> {
  // Removals have their revision side on the nearest surviving line; with no revision side, the base.
  const primary = finding.revision ?? finding.base;
  const related = finding.revision && finding.base ? [{ id: 1, ...location(finding.base), message: { text: 'Base side (before the change)' } }] : undefined;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVELS[finding.class],
    message: { text: finding.message },
    locations: primary ? [{ ...location(primary), logicalLocations: [{ fullyQualifiedName: logicalName(finding), kind: 'member' }] }] : [],
    ...(related ? { relatedLocations: related } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: finding.id },
    ...(finding.accepted ? { suppressions: [{ kind: 'external', justification: finding.accepted.reason }] } : {}),
    properties: { class: finding.class, ...(finding.service ? { service: finding.service } : {}), pointer: primary?.pointer },
  };
}

function location(loc: SourceLocation): { physicalLocation: Record<string, unknown> } {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(loc.file) },
      ...(loc.line ? { region: { startLine: loc.line } } : {}),
    },
  };
}

function logicalName(finding: Finding): string {
  return finding.service ? `${finding.service}: ${operationLabel(finding)}` : operationLabel(finding);
}
