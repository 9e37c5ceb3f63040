// The semver verdict per service, as every reporter shows it.
import { semverVerdict, type SemverVerdict } from '../classify/semver-verdict.js';
import { summarize } from '../classify/classify.js';
import { countClasses } from '../classify/edits.js';
import type { Edit, EditSummary, Finding, Report, ServiceInfo, Summary } from '../types.js';

export interface ServiceView {
  service: ServiceInfo;
  findings: Finding[];
  summary: Summary;
  edits: Edit[];
  /** Edits per class, with the accepted ones. */
  editCounts: EditSummary;
  verdict: SemverVerdict;
  /** The edits that are not rollback-safe (see `withRollback`), in report order. */
  rollbackUnsafe: Edit[];
}

/** One view per service, in report order; a finding belongs to the service of the same name. */
export function serviceViews(report: Report): ServiceView[] {
  const services = report.services.length > 0 ? report.services : [{ name: '' }];
  const byId = new Map(report.edits.map((e) => [e.id, e]));
  return services.map((service) => {
    const findings = report.changes.filter((f) => (f.service ?? '') === service.name);
    const edits = report.edits.filter((e) => (e.service ?? '') === service.name);
    const rollbackUnsafe = (service.rollbackUnsafeEdits ?? []).map((id) => byId.get(id)).filter((e) => e !== undefined);
    return { service, findings, summary: summarize(findings), edits, editCounts: countClasses(edits), verdict: semverVerdict(findings, service.baseVersion, service.revisionVersion), rollbackUnsafe };
  });
}

/** `1.4.0 → 1.5.0 (minor)`, `1.4.0 (unchanged)`, or `none → 1.0.0`. */
export function describeVersion(verdict: SemverVerdict): string {
  const { baseVersion: from, revisionVersion: to } = verdict;
  if (from === undefined && to === undefined) return 'no info.version';
  if (from === to) return `${from} (unchanged)`;
  if (from === undefined || to === undefined) return `${from ?? 'none'} → ${to ?? 'none'}`;
  const bump = verdict.actual ? ` (${verdict.actual})` : ' (not semver)';
  return `${from ?? 'none'} → ${to ?? 'none'}${bump}`;
}

/** One sentence: the bump the changes require, and whether the version as changed falls short. */
export function describeVerdict(verdict: SemverVerdict): string {
  const need = verdict.required === 'none' ? 'no version bump' : `a ${verdict.required} version bump`;
  if (verdict.tooSmall) return `The changes require ${need}: info.version ${describeVersion(verdict)} is too small.`;
  if (verdict.baseVersion === verdict.revisionVersion && verdict.required !== 'none') {
    return `The changes require ${need}; info.version is unchanged (${verdict.baseVersion ?? 'none'}), so the next release needs it.`;
  }
  return `The changes require ${need}; info.version ${describeVersion(verdict)}.`;
}

/** `orders` or, for the single unnamed service, `API`. */
export function serviceName(service: ServiceInfo): string {
  return service.name === '' ? 'API' : service.name;
}
