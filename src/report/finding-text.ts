// Small pieces of finding text shared by the reporters.
import { RULES } from '../rules/registry.js';
import { CHANGE_CLASSES, type ChangeClass, type Edit, type EditSummary, type Finding, type OperationRef, type ReportSummary, type SourceLocation } from '../types.js';

export function ruleDescription(ruleId: string): string {
  return RULES.find((r) => r.id === ruleId)?.description ?? ruleId;
}

/**
 * Why a rule matters and how to fix or accept a finding (what `apicompat explain` prints first),
 * as reports carry it: the project has no public address to link rule docs to, and a made-up link
 * is worse than the text itself.
 */
export function ruleHelp(ruleId: string): string {
  const rule = RULES.find((r) => r.id === ruleId);
  if (!rule) return ruleId;
  return `${rule.description}\n\nWhy it matters: ${rule.why}\n\nHow to fix it: ${rule.fix}\n\nMore, with an example: apicompat explain ${rule.id}`;
}

export const CLASS_TITLES: Record<ChangeClass, string> = { breaking: 'Breaking', deprecation: 'Deprecated', additive: 'Added' };

/** `GET /orders`, or `(whole API)` for findings about the document as a whole. */
export function operationLabel(finding: Finding): string {
  return finding.operation ? `${finding.operation.method} ${finding.operation.path}` : '(whole API)';
}

/** `file:line`, and `file:line:column` where the line is long (minified JSON). */
export function fileLine(loc: SourceLocation): string {
  if (!loc.line) return loc.file;
  return loc.column !== undefined ? `${loc.file}:${loc.line}:${loc.column}` : `${loc.file}:${loc.line}`;
}

/** `base.yaml:7 → revision.yaml:15`, with whichever sides the finding has. */
export function locations(finding: Finding): string {
  return [finding.base, finding.revision].filter((l) => l !== undefined).map(fileLine).join(' → ');
}

/**
 * The one place to annotate: the revision side when it has a line (for removals that is the nearest
 * surviving line), else the base side.
 */
export function primaryLocation(finding: Pick<Finding, 'base' | 'revision'>): SourceLocation | undefined {
  if (finding.revision?.line) return finding.revision;
  if (finding.base?.line) return finding.base;
  return finding.revision ?? finding.base;
}

/** How many operations an edit names before "and N more". */
export const LISTED_OPERATIONS = 3;

/** `GET /a, POST /b, PUT /c and 12 more`, or `(whole API)`. */
export function operationsLabel(operations: readonly OperationRef[], listed = LISTED_OPERATIONS): string {
  if (operations.length === 0) return '(whole API)';
  const shown = operations.slice(0, listed).map((o) => `${o.method} ${o.path}`).join(', ');
  return operations.length > listed ? `${shown} and ${operations.length - listed} more` : shown;
}

/** `base.yaml:7 → revision.yaml:15`, with whichever sides the edit has. */
export function editLocations(edit: Pick<Edit, 'base' | 'revision'>): string {
  return [edit.base, edit.revision].filter((l) => l !== undefined).map(fileLine).join(' → ');
}

/** `3 breaking, 2 of them accepted`. */
export function classCount(counts: EditSummary, cls: ChangeClass): string {
  const accepted = counts.accepted[cls];
  return accepted > 0 ? `${grouped(counts[cls])} ${cls}, ${grouped(accepted)} of them accepted` : `${grouped(counts[cls])} ${cls}`;
}

/** `85 breaking edits (431 changes), 0 deprecation, …`, accepted ones counted apart. */
export function describeCounts(summary: ReportSummary): string {
  return CHANGE_CLASSES.map((cls) => {
    if (summary[cls] === 0) return `0 ${cls}`;
    const changes = summary[cls] === 1 ? '1 change' : `${grouped(summary[cls])} changes`;
    const accepted = summary.edits.accepted[cls] > 0 ? `, ${grouped(summary.edits.accepted[cls])} of them accepted` : '';
    return `${grouped(summary.edits[cls])} ${cls} ${summary.edits[cls] === 1 ? 'edit' : 'edits'}${accepted} (${changes})`;
  }).join(', ');
}

/** ` (sunset 2026-01-01)` for a deprecation with a sunset date, else nothing. */
export function sunsetNote(edit: Pick<Edit, 'sunset'>): string {
  return edit.sunset ? ` (sunset ${edit.sunset})` : '';
}

/** The same for one finding, whose data carries the sunset of what it deprecates. */
export function findingSunsetNote(finding: Pick<Finding, 'class' | 'data'>): string {
  const sunset = finding.data.sunset;
  return finding.class === 'deprecation' && typeof sunset === 'string' && sunset !== '' ? ` (sunset ${sunset})` : '';
}

/** A count as every report writes it, thousands grouped: `12,071`. */
export function grouped(n: number): string {
  return n.toLocaleString('en-US');
}
