// Small pieces of finding text shared by the reporters.
import { RULES } from '../rules/registry.js';
import type { ChangeClass, Finding, SourceLocation } from '../types.js';

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

export function fileLine(loc: SourceLocation): string {
  return loc.line ? `${loc.file}:${loc.line}` : loc.file;
}

/** `base.yaml:7 → revision.yaml:15`, with whichever sides the finding has. */
export function locations(finding: Finding): string {
  return [finding.base, finding.revision].filter((l) => l !== undefined).map(fileLine).join(' → ');
}

/**
 * The one place to annotate: the revision side when it has a line (for removals that is the nearest
 * surviving line), else the base side.
 */
export function primaryLocation(finding: Finding): SourceLocation | undefined {
  if (finding.revision?.line) return finding.revision;
  if (finding.base?.line) return finding.base;
  return finding.revision ?? finding.base;
}
