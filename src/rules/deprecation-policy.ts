import type { Change, Subject } from '../diff/change.js';
import type { Rule } from './rule.js';

/** Every change that deprecates an element, as the diff emits it (webhooks flip the subjects). */
export const DEPRECATION_EVENTS: readonly { subject: Subject; kind: string }[] = [
  { subject: 'operation', kind: 'deprecated' },
  { subject: 'request-parameter', kind: 'deprecated' },
  { subject: 'response-header', kind: 'deprecated' },
  { subject: 'request-parameter', kind: 'property-deprecated' },
  { subject: 'response-header', kind: 'property-deprecated' },
  { subject: 'request-property', kind: 'property-deprecated' },
  { subject: 'response-property', kind: 'property-deprecated' },
];

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
