import type { Change, ChangeKind, Subject } from '../diff/change.js';
import type { Rule } from './rule.js';

/** A change kind on a subject: what a rule judges. */
export interface SubjectKind {
  subject: Subject;
  kind: ChangeKind;
}

/** Every change that deprecates an element, as the diff emits it (webhooks flip the subjects). */
export const DEPRECATION_EVENTS: readonly SubjectKind[] = [
  { subject: 'operation', kind: 'deprecated' },
  { subject: 'request-parameter', kind: 'deprecated' },
  { subject: 'response-header', kind: 'deprecated' },
  { subject: 'request-property', kind: 'property-deprecated' },
  { subject: 'response-property', kind: 'property-deprecated' },
  { subject: 'security-scheme', kind: 'deprecated' },
];

/** Every change of the `x-sunset` of an element deprecated on both sides. */
export const SUNSET_CHANGES: readonly SubjectKind[] = [
  { subject: 'operation', kind: 'sunset-changed' },
  { subject: 'request-parameter', kind: 'sunset-changed' },
  { subject: 'response-header', kind: 'sunset-changed' },
  { subject: 'request-property', kind: 'property-sunset-changed' },
  { subject: 'response-property', kind: 'property-sunset-changed' },
  { subject: 'security-scheme', kind: 'sunset-changed' },
];

/** The subject/kind fields of a rule that judges every sunset change. */
export const JUDGES_SUNSET_CHANGES: Pick<Rule, 'subject' | 'kind' | 'alsoJudges'> = {
  subject: SUNSET_CHANGES[0].subject,
  kind: SUNSET_CHANGES[0].kind,
  alsoJudges: SUNSET_CHANGES.slice(1),
};

/** Whether an `x-sunset` is an RFC 3339 date or date-time that names a real day. */
export function isSunsetDate(sunset: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2}))?$/.exec(sunset);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.getUTCMonth() === Number(m[2]) - 1 && day.getUTCDate() === Number(m[3]);
}

/** The subject/kind fields of a rule that judges every deprecation. */
export const JUDGES_DEPRECATIONS: Pick<Rule, 'subject' | 'kind' | 'alsoJudges'> = {
  subject: DEPRECATION_EVENTS[0].subject,
  kind: DEPRECATION_EVENTS[0].kind,
  alsoJudges: DEPRECATION_EVENTS.slice(1),
};

/** The `x-sunset` a deprecation was given ('' when none). */
export function sunsetOf(change: Change): string {
  const sunset = change.data.sunset;
  return typeof sunset === 'string' ? sunset : '';
}

/** `YYYY-MM-DD` plus whole days, in UTC. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
