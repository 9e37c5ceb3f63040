// Rollback safety per service: whether clients built against the revision keep working when the
// base answers them: after a rollback, while old and new instances answer side by side (a canary,
// a rolling deploy), or when a client ships before its server. It holds when no edit is forward
// breaking; an accepted edit counts as handled, as it does for the backward verdict.
import type { Edit, ServiceInfo } from '../types.js';

/** Whether an edit can make a client built on the revision fail against the base. */
export function breaksRollback(edit: Pick<Edit, 'forward' | 'accepted'>): boolean {
  return edit.forward === 'breaking' && !edit.accepted;
}

/** The services with their rollback verdict and the edits that deny it, in report order. */
export function withRollback(services: readonly ServiceInfo[], edits: readonly Edit[]): ServiceInfo[] {
  const unsafe = new Map<string, string[]>();
  for (const edit of edits) {
    if (!breaksRollback(edit)) continue;
    const ids = unsafe.get(edit.service ?? '');
    if (ids) ids.push(edit.id);
    else unsafe.set(edit.service ?? '', [edit.id]);
  }
  return services.map((service) => {
    const ids = unsafe.get(service.name) ?? [];
    return { ...service, rollbackSafe: ids.length === 0, rollbackUnsafeEdits: ids };
  });
}
