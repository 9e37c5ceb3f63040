// GitLab Code Quality (a subset of the Code Climate issue format): one issue per edit, on the
// line `primaryLocation` picks, so the merge-request widget and diff show each change once, where
// it was made, naming the operations it reaches.
import { createHash } from 'node:crypto';
import type { ChangeClass, Edit } from '../types.js';
import { operationsLabel, primaryLocation, sunsetNote } from './finding-text.js';
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

export const renderGitlab: Reporter = (report) => JSON.stringify(codeQualityIssues(report.edits), null, 2) + '\n';

/**
 * One issue per edit, as the other reports count them: a shared component's edit reaches many
 * operations but is one change on one line, and GitLab shows one issue per fingerprint. It tells
 * new issues from fixed ones by comparing fingerprints with the target branch's report, so a
 * fingerprint is derived from the edit id (stable across runs, line shifts and operations that
 * start or stop using the component) and made unique by its rank among edits sharing that id.
 */
export function codeQualityIssues(edits: readonly Edit[]): CodeQualityIssue[] {
  const seen = new Map<string, number>();
  return edits.map((edit) => {
    const rank = seen.get(edit.id) ?? 0;
    seen.set(edit.id, rank + 1);
    return issueOf(edit, fingerprint(edit.id, rank));
  });
}

function issueOf(edit: Edit, print: string): CodeQualityIssue {
  const loc = primaryLocation(edit);
  const service = edit.service ? `[${edit.service}] ` : '';
  const accepted = edit.accepted ? ` (accepted: ${edit.accepted.reason})` : '';
  // One operation is named by the sentence itself; several are listed after it.
  const operations = edit.operations.length > 1 ? ` (${edit.operations.length} operations: ${operationsLabel(edit.operations)})` : '';
  return {
    description: `${service}${edit.message}${sunsetNote(edit)}${accepted}${operations}`,
    check_name: edit.ruleId,
    fingerprint: print,
    // An accepted edit no longer fails the build, so it is only information.
    severity: edit.accepted ? 'info' : SEVERITIES[edit.class],
    // GitLab wants a line; edits about a whole file have none, and its first line stands for it.
    location: { path: loc?.file ?? '', lines: { begin: loc?.line ?? 1 } },
  };
}

function fingerprint(id: string, rank: number): string {
  return createHash('sha256').update(`apicompat/edit/v1:${id}:${rank}`).digest('hex').slice(0, 32);
}
