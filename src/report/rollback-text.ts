// The rollback verdict as the reporters word it: per service, and what to do about each edit
// that denies it.
import { RULES } from '../rules/registry.js';
import type { Edit, Report, ServiceInfo } from '../types.js';
import { grouped } from './finding-text.js';

/** For an edit of a rule the registry does not know (reports built by hand). */
const DEFAULT_FIX = 'Ship the server before the clients that rely on this, or let clients cope with a server that does not have it yet.';

let fixes: Map<string, string> | undefined;

/** What to do so that clients built against the revision survive a server still on the base (the rule's forward `fix`). */
export function rollbackFix(ruleId: string): string {
  fixes ??= new Map(RULES.map((r) => [r.id, r.forward.fix]));
  return fixes.get(ruleId) ?? DEFAULT_FIX;
}

/** `yes`, `no`, or undefined for a report built without the verdict. */
export function rollbackAnswer(service: Pick<ServiceInfo, 'rollbackSafe'>): 'yes' | 'no' | undefined {
  return service.rollbackSafe === undefined ? undefined : service.rollbackSafe ? 'yes' : 'no';
}

/** One sentence after `rollback-safe: yes|no`: what it means for this service. */
export function describeRollback(service: Pick<ServiceInfo, 'rollbackSafe' | 'rollbackUnsafeEdits'>): string {
  if (service.rollbackSafe) return 'clients built against the revision keep working when the base answers them (a rollback, a canary).';
  const n = service.rollbackUnsafeEdits?.length ?? 0;
  return `${n === 1 ? '1 edit' : `${grouped(n)} edits`} can make clients built against the revision fail when the base answers them (a rollback, a canary).`;
}

/** Ids of the edits the report's services name as not rollback-safe. */
export function rollbackUnsafeIds(report: Pick<Report, 'services'>): Set<string> {
  return new Set(report.services.flatMap((s) => s.rollbackUnsafeEdits ?? []));
}

/** `no: 2 edits can make … (edits 1a2b3c4d5e, 6f7a8b9c0d).`, or `yes: …`, for formats with one line per service. */
export function rollbackLine(service: Pick<ServiceInfo, 'rollbackSafe' | 'rollbackUnsafeEdits'>): string | undefined {
  const answer = rollbackAnswer(service);
  if (!answer) return undefined;
  const ids = service.rollbackUnsafeEdits ?? [];
  const which = ids.length > 0 ? ` Edits: ${ids.join(', ')}.` : '';
  return `${answer}: ${describeRollback(service)}${which}`;
}

/**
 * The edits grouped by what to do about them, groups in order of first appearance: many edits
 * share a fix (every new operation), and a list says it once per group rather than per edit.
 */
export function byRollbackFix(edits: readonly Edit[]): { fix: string; edits: Edit[] }[] {
  const groups = new Map<string, Edit[]>();
  for (const edit of edits) {
    const fix = rollbackFix(edit.ruleId);
    const group = groups.get(fix);
    if (group) group.push(edit);
    else groups.set(fix, [edit]);
  }
  return [...groups].map(([fix, members]) => ({ fix, edits: members }));
}
