// Small pieces of finding text shared by the reporters.
import { RULES } from '../rules/registry.js';
import type { ChangeClass, Finding, SourceLocation } from '../types.js';

/** Where the rule docs live; the help link of each rule is `docs/rules.md#<rule-id>` under it. */
export const REPOSITORY_URL = 'https://github.com/apicompat/apicompat';

export function ruleHelpUri(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules.md#${ruleId}`;
}

export function ruleDescription(ruleId: string): string {
  return RULES.find((r) => r.id === ruleId)?.description ?? ruleId;
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
