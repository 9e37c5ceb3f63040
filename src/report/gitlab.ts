// GitLab Code Quality (a subset of the Code Climate issue format): one issue per finding, on the
// line `primaryLocation` picks, so the merge-request widget and diff show it where it changed.
import { createHash } from 'node:crypto';
import type { ChangeClass, Finding } from '../types.js';
import { primaryLocation } from './finding-text.js';
import type { Reporter } from './reporter.js';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number } };
}

const SEVERITIES = { breaking: 'critical', deprecation: 'minor', additive: 'info' } as const satisfies Record<ChangeClass, CodeQualitySeverity>;

export const renderGitlab: Reporter = (report) => JSON.stringify(codeQualityIssues(report.changes), null, 2) + '\n';

/**
 * One issue per finding. GitLab compares fingerprints between the base and the merge request to
 * tell new issues from fixed ones, so a fingerprint is derived from the finding id (stable across
 * runs and line shifts) and made unique by its rank among findings sharing that id.
 */
export function codeQualityIssues(findings: readonly Finding[]): CodeQualityIssue[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const rank = seen.get(finding.id) ?? 0;
    seen.set(finding.id, rank + 1);
    return issueOf(finding, fingerprint(finding.id, rank));
  });
}

function issueOf(finding: Finding, print: string): CodeQualityIssue {
  const loc = primaryLocation(finding);
  const service = finding.service ? `[${finding.service}] ` : '';
  const accepted = finding.accepted ? ` (accepted: ${finding.accepted.reason})` : '';
  return {
    description: `${service}${finding.message}${accepted}`,
    check_name: finding.ruleId,
    fingerprint: print,
    // An accepted finding no longer fails the build, so it is only information.
    severity: finding.accepted ? 'info' : SEVERITIES[finding.class],
    // GitLab wants a line; findings about a whole file have none, and its first line stands for it.
    location: { path: loc?.file ?? '', lines: { begin: loc?.line ?? 1 } },
  };
}

function fingerprint(id: string, rank: number): string {
  return createHash('sha256').update(`apicompat/v1:${id}:${rank}`).digest('hex').slice(0, 32);
}
