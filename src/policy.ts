// Policy, in one place: what a configuration may say (its types), and how it applies to findings
// (per-service overrides, accepted changes, their expiry and stale entries). Pure functions over
// plain data; config/ finds, parses and validates the files that hold it.
import type { ChangeClass, FailOn, Finding } from './types.js';

export type Profile = 'default' | 'strict';

/**
 * Which direction the gate holds: `backward` (old clients against the revision's server, the
 * default), `forward` (clients built on the revision against a server still running the base:
 * canaries, rolling deploys, rollbacks) or `full` (both).
 */
export const COMPATIBILITIES = ['backward', 'forward', 'full'] as const;
export type Compatibility = (typeof COMPATIBILITIES)[number];

/** A rule's class override; `off` drops its findings. */
export type RuleSetting = ChangeClass | 'off';

/** One accepted change. Matching uses stable fields only: rule, service, method + path template, pointer. */
export interface AcceptEntry {
  rule: string;
  service?: string;
  /** As written in the document, e.g. `DELETE /items/{id}`; parameter names do not matter. */
  operation?: string;
  /** JSON pointer of the finding's base or revision location. */
  pointer?: string;
  reason: string;
  /** `YYYY-MM-DD`: the last day the acceptance holds. */
  expires: string;
}

/** The keys that may be set for all services and overridden per service. */
export interface Policy {
  failOn?: FailOn;
  compatibility?: Compatibility;
  profile?: Profile;
  rules?: Record<string, RuleSetting>;
  deprecation?: DeprecationPolicy;
  accept?: AcceptEntry[];
}

/** `apicompat.config.yaml` (or `.json`). */
export interface ApicompatConfig extends Policy {
  /** Refuse documents the OpenAPI schema rejects instead of comparing what can be read. */
  strict?: boolean;
  /** The documents `check` compares, relative to the configuration file's folder (paths or globs). */
  specs?: (string | { path: string; name?: string })[];
  services?: Record<string, Policy>;
}

/** The deprecation policy the policy rules check new deprecations against. */
export interface DeprecationPolicy {
  /** A new deprecation's `x-sunset` must lie at least this many days after today. */
  minDays?: number;
  /** A new deprecation must carry an `x-sunset`. */
  requireSunset?: boolean;
}

/** The keys in force for one service: the service's own values win; `rules` and `deprecation` merge key by key. */
export function effectivePolicy(config: ApicompatConfig, service?: string): Policy {
  const own = service === undefined ? undefined : config.services?.[service];
  // A service's own entries apply to that service only; they keep their identity for stale detection.
  const accept = [...(config.accept ?? []).filter((e) => e.service === undefined || e.service === service), ...(own?.accept ?? [])];
  return {
    failOn: own?.failOn ?? config.failOn,
    compatibility: own?.compatibility ?? config.compatibility,
    profile: own?.profile ?? config.profile,
    rules: config.rules || own?.rules ? { ...config.rules, ...own?.rules } : undefined,
    deprecation: config.deprecation || own?.deprecation ? { ...config.deprecation, ...own?.deprecation } : undefined,
    accept: accept.length > 0 ? accept : undefined,
  };
}

export interface AcceptanceOutcome {
  /** The same findings, with `accepted` or `acceptanceExpired` set where an entry matched. */
  findings: Finding[];
  /** Entries that matched at least one finding. */
  used: Set<AcceptEntry>;
  /** One note per expired acceptance that matched. */
  notes: string[];
}

/** Marks accepted findings; an entry holds up to and including its `expires` day. */
export function applyAcceptances(findings: Finding[], entries: readonly AcceptEntry[], today: string): AcceptanceOutcome {
  const used = new Set<AcceptEntry>();
  const notes: string[] = [];
  const out = findings.map((finding) => {
    const matching = entries.filter((e) => acceptanceMatches(e, finding));
    if (matching.length === 0) return finding;
    for (const entry of matching) used.add(entry);
    // The entry that lasts longest decides.
    const entry = matching.reduce((a, b) => (b.expires > a.expires ? b : a));
    if (entry.expires >= today) return { ...finding, accepted: { reason: entry.reason, expires: entry.expires } };
    notes.push(`the acceptance of ${describeFinding(finding)} [${finding.id}] expired on ${entry.expires} (${entry.reason}); it fails again`);
    return { ...finding, acceptanceExpired: { reason: entry.reason, expires: entry.expires } };
  });
  return { findings: out, used, notes };
}

/**
 * For runs over several services: each finding meets the entries in force for its service, and an
 * entry of `inForce` (default: every entry of the configuration) is stale only when it matched
 * nothing in any service. Order of findings is kept.
 */
export function applyAcceptancesByService(findings: Finding[], config: ApicompatConfig, today: string, inForce: readonly AcceptEntry[] = allEntries(config)): { findings: Finding[]; notes: string[] } {
  const out = [...findings];
  const used = new Set<AcceptEntry>();
  const notes: string[] = [];
  const groups = new Map<string | undefined, number[]>();
  findings.forEach((f, i) => {
    const group = groups.get(f.service);
    if (group) group.push(i);
    else groups.set(f.service, [i]);
  });
  for (const [service, indexes] of groups) {
    const outcome = applyAcceptances(indexes.map((i) => findings[i]), effectivePolicy(config, service).accept ?? [], today);
    indexes.forEach((index, k) => (out[index] = outcome.findings[k]));
    for (const entry of outcome.used) used.add(entry);
    notes.push(...outcome.notes);
  }
  return { findings: out, notes: [...notes, ...staleNotes(inForce, used)] };
}

function allEntries(config: ApicompatConfig): AcceptEntry[] {
  return [...(config.accept ?? []), ...Object.values(config.services ?? {}).flatMap((p) => p.accept ?? [])];
}

/** One note per entry that matched nothing: it can be removed from the configuration. */
export function staleNotes(entries: readonly AcceptEntry[], used: ReadonlySet<AcceptEntry>): string[] {
  return entries.filter((e) => !used.has(e)).map((e) => `stale acceptance: ${describeEntry(e)} matches no change any more; remove it from the configuration`);
}

/** Matching uses only stable fields: rule id, service, method and path template, JSON pointer. */
export function acceptanceMatches(entry: AcceptEntry, finding: Finding): boolean {
  if (entry.rule !== finding.ruleId) return false;
  if (entry.service !== undefined && entry.service !== finding.service) return false;
  if (entry.operation !== undefined) {
    if (!finding.operation) return false;
    if (operationKey(entry.operation) !== operationKey(`${finding.operation.method} ${finding.operation.path}`)) return false;
  }
  if (entry.pointer !== undefined) {
    const wanted = pointerKey(entry.pointer);
    if (wanted !== pointerKey(finding.base?.pointer) && wanted !== pointerKey(finding.revision?.pointer)) return false;
  }
  return true;
}

/** `delete /items/{itemId}` → `DELETE /items/{}`: parameter names do not matter. */
export function operationKey(operation: string): string {
  const [method = '', ...rest] = operation.trim().split(/\s+/);
  return `${method.toUpperCase()} ${rest.join(' ').replace(/\{[^}]*\}/g, '{}')}`;
}

/** Path parameter names do not matter in pointers either (`/paths/~1items~1{id}`). */
function pointerKey(pointer: string | undefined): string | undefined {
  return pointer?.replace(/\{[^}/]*\}/g, '{}');
}

/** The accept entry that matches exactly this finding, as `apicompat accept` writes it. */
export function entryFor(finding: Finding, reason: string, expires: string): AcceptEntry {
  const pointer = moreSpecific(finding.base?.pointer, finding.revision?.pointer);
  return {
    rule: finding.ruleId,
    ...(finding.service ? { service: finding.service } : {}),
    ...(finding.operation ? { operation: `${finding.operation.method.toUpperCase()} ${finding.operation.path}` } : {}),
    ...(pointer !== undefined ? { pointer } : {}),
    reason,
    expires,
  };
}

/**
 * The accept entry for an edit, given its findings: its rule and location without an operation,
 * so it matches the change in every operation it reaches, today's and those that use it later.
 */
export function entryForEdit(findings: readonly Finding[], reason: string, expires: string): AcceptEntry {
  const { operation: _operation, ...entry } = entryFor(findings[0], reason, expires);
  return entry;
}

/** Of the two sides, the deeper pointer names the element; the other is often just its parent. */
function moreSpecific(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return b.split('/').length > a.split('/').length ? b : a;
}

function describeFinding(finding: Finding): string {
  const operation = finding.operation ? ` at ${finding.operation.method.toUpperCase()} ${finding.operation.path}` : '';
  const service = finding.service ? ` in service ${finding.service}` : '';
  return `${finding.ruleId}${operation}${service}`;
}

function describeEntry(entry: AcceptEntry): string {
  const parts = [`rule ${entry.rule}`];
  if (entry.service !== undefined) parts.push(`service ${entry.service}`);
  if (entry.operation !== undefined) parts.push(`operation ${entry.operation}`);
  if (entry.pointer !== undefined) parts.push(`pointer ${entry.pointer}`);
  return `${parts.join(', ')} (${entry.reason})`;
}
