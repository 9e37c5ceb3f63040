// Changes the diff emits that no rule judges, each with the reason. Nothing else may go unjudged:
// test/every-change-judged.test.ts fails on a change that no rule and no entry here accounts for.
import type { Change, ChangeKind, Subject } from '../diff/change.js';
import { outsideDirection } from './apply-rules.js';
import { isSunsetDate, SUNSET_CHANGES } from './deprecation-policy.js';
import type { RuleContext } from './rule.js';
import { levelsOf } from './stability-policy.js';

export interface SilentChange {
  /** The subject/kind pairs it covers; absent means every kind. */
  events?: readonly { subject: Subject; kind: ChangeKind }[];
  /** Which of those changes it covers; consulted only for a change that no rule judges. */
  when: (change: Change, ctx: RuleContext) => boolean;
  why: string;
}

/** Deliberately not findings. */
export const NOT_FINDINGS: readonly SilentChange[] = [
  {
    when: outsideDirection,
    why: 'A readOnly element is never part of a request and a writeOnly one never part of a response: what changes inside them does not reach the other side.',
  },
  {
    events: [
      { subject: 'request-body', kind: 'part-content-type-changed' },
      { subject: 'response-body', kind: 'part-content-type-changed' },
    ],
    when: (change) => change.context.relation === (change.subject === 'request-body' ? 'widened' : 'narrowed'),
    why: 'A request part that may now come in more content types, or a response part that comes in fewer: every client keeps working.',
  },
];

/**
 * Not yet judged: dropped silently before every change was held to a rule, kept silent so that
 * output stays as it was. Each wants a rule (or a move to NOT_FINDINGS, with the reason).
 */
export const NOT_YET_JUDGED: readonly SilentChange[] = [
  {
    // `x-stability-level: stabel` → `stable`: an invalid level is held as stable, so nothing moved.
    events: [{ subject: 'operation', kind: 'stability-level-changed' }],
    when: (change) => {
      const { from, to } = levelsOf(change);
      return to === from;
    },
    why: 'The level as written changed but the level held did not (an invalid base level counts as stable).',
  },
  {
    // Moved later, given to an element deprecated without one, or written differently for the same
    // day (`2026-09-01` → `2026-09-01T00:00:00Z`).
    events: SUNSET_CHANGES,
    when: (change) => {
      const { from, to } = change.data;
      const valid = (date: unknown): date is string => typeof date === 'string' && isSunsetDate(date);
      return valid(to) && !(valid(from) && Date.parse(to) < Date.parse(from));
    },
    why: 'The x-sunset is a date no earlier than before: clients keep at least the notice they had.',
  },
];
