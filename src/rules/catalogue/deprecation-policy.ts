// Deprecations, sunsets, stability levels and the version bump: policy rules.
import { addDays, DEPRECATION_EVENTS, isSunsetDate, JUDGES_DEPRECATIONS, JUDGES_SUNSET_CHANGES, SUNSET_CHANGES, sunsetOf } from '../deprecation-policy.js';
import { defineRule } from '../rule.js';
import { LIFECYCLE_ONLY } from '../forward.js';
import { levelsOf, STABILITY_LEVELS } from '../stability-policy.js';

// Lifecycle promises are made to old clients: none of these rules applies forward.
export default [
  defineRule({
    id: 'deprecated-without-sunset',
    class: 'breaking',
    ...JUDGES_DEPRECATIONS,
    // Only with `deprecation.requireSunset: true` configured.
    when: (change, ctx) => ctx.deprecation?.requireSunset === true && sunsetOf(change) === '',
    description: 'A new deprecation has no `x-sunset` date although the policy requires one (`deprecation.requireSunset`).',
    message: '{{operation}}: a new deprecation has no x-sunset date, which the deprecation policy requires.',
    why: 'Without a sunset date clients cannot plan their migration, and nobody knows when the element may be removed.',
    fix: 'Add `x-sunset: YYYY-MM-DD` next to `deprecated: true`, at least `deprecation.minDays` days from today.',
  }),
  defineRule({
    id: 'operation-deprecated',
    class: 'deprecation',
    subject: 'operation',
    kind: 'deprecated',
    description: 'An operation was marked deprecated.',
    message: '{{operation}} was deprecated.',
    why: 'Clients keep working, but should migrate before the sunset date.',
    fix: 'Give it an `x-sunset` date and point clients to the replacement.',
  }),
  defineRule({
    id: 'operation-reactivated',
    class: 'additive',
    subject: 'operation',
    kind: 'reactivated',
    description: 'A deprecated operation is no longer deprecated.',
    message: '{{operation}} is no longer deprecated.',
    why: 'Clients may keep using it.',
    fix: 'Nothing to do.',
  }),
  defineRule({
    id: 'request-parameter-deprecated',
    class: 'deprecation',
    subject: 'request-parameter',
    kind: 'deprecated',
    description: 'A request parameter was deprecated.',
    message: '{{operation}}: the {{in}} parameter {{parameter}} was deprecated.',
    why: 'Clients keep working but should stop sending it.',
    fix: 'Give it an `x-sunset` date.',
  }),
  defineRule({
    id: 'request-parameter-reactivated',
    class: 'additive',
    subject: 'request-parameter',
    kind: 'reactivated',
    description: 'A deprecated request parameter is no longer deprecated.',
    message: '{{operation}}: the {{in}} parameter {{parameter}} is no longer deprecated.',
    why: 'Clients may keep sending it.',
    fix: 'Nothing to do.',
  }),
  defineRule({
    id: 'request-property-deprecated',
    class: 'deprecation',
    subject: 'request-property',
    kind: 'property-deprecated',
    description: 'A request property was deprecated.',
    message: '{{operation}}: the request property {{property}} was deprecated.',
    why: 'Clients should stop sending it before its sunset; nothing breaks yet.',
    fix: 'Give it an `x-sunset` date and tell clients what to send instead.',
  }),
  defineRule({
    id: 'request-property-reactivated',
    class: 'additive',
    subject: 'request-property',
    kind: 'property-reactivated',
    description: 'A deprecated request property is no longer deprecated.',
    message: '{{operation}}: the request property {{property}} is no longer deprecated.',
    why: 'Clients may keep sending it.',
    fix: 'Nothing to do.',
  }),
  defineRule({
    id: 'response-header-deprecated',
    class: 'deprecation',
    subject: 'response-header',
    kind: 'deprecated',
    description: 'A response header was deprecated.',
    message: '{{operation}}: the response header {{header}} of status {{status}} was deprecated.',
    why: 'Clients keep receiving it for now but should stop reading it.',
    fix: 'Give it an `x-sunset` date and say what replaces it.',
  }),
  defineRule({
    id: 'response-header-reactivated',
    class: 'additive',
    subject: 'response-header',
    kind: 'reactivated',
    description: 'A deprecated response header is no longer deprecated.',
    message: '{{operation}}: the response header {{header}} of status {{status}} is no longer deprecated.',
    why: 'Clients may keep reading it.',
    fix: 'Nothing to do.',
  }),
  defineRule({
    id: 'response-property-deprecated',
    class: 'deprecation',
    subject: 'response-property',
    kind: 'property-deprecated',
    description: 'A response property was deprecated.',
    message: '{{operation}}: the response property {{property}} (status {{status}}) was deprecated.',
    why: 'Clients should stop reading it before its sunset; nothing breaks yet.',
    fix: 'Give it an `x-sunset` date and tell clients what to read instead.',
  }),
  defineRule({
    id: 'response-property-reactivated',
    class: 'additive',
    subject: 'response-property',
    kind: 'property-reactivated',
    description: 'A deprecated response property is no longer deprecated.',
    message: '{{operation}}: the response property {{property}} (status {{status}}) is no longer deprecated.',
    why: 'Clients may keep reading it.',
    fix: 'Nothing to do.',
  }),
  defineRule({
    id: 'stability-level-decreased',
    class: 'breaking',
    subject: 'operation',
    kind: 'stability-level-changed',
    when: (c) => {
      const { from, to } = levelsOf(c);
      return to >= 0 && to < from;
    },
    description: 'The `x-stability-level` of an operation was lowered (e.g. stable to beta, beta to alpha); an invalid base level counts as stable.',
    message: '{{operation}}: the stability level was lowered from {{from}} to {{to}}.',
    why: 'Clients adopted the operation on the promise of its level; a lower one withdraws it, and at draft or alpha later releases may break them without a breaking finding.',
    fix: 'Keep the level; offer the unstable design as a new operation.',
  }),
  defineRule({
    id: 'stability-level-increased',
    class: 'additive',
    subject: 'operation',
    kind: 'stability-level-changed',
    when: (c) => {
      const { from, to } = levelsOf(c);
      return to > from;
    },
    description: 'The `x-stability-level` of an operation was raised (e.g. alpha to beta, beta to stable).',
    message: '{{operation}}: the stability level was raised from {{from}} to {{to}}.',
    why: 'A stronger promise: from this release on the operation is held to compatibility at its new level.',
    fix: 'Nothing to do.',
  }),
  defineRule({
    id: 'stability-level-invalid',
    class: 'breaking',
    subject: 'operation',
    kind: 'stability-level-changed',
    when: (c) => levelsOf(c).to < 0,
    evenWhenUnstable: true,
    description: `An operation in the revision was given an \`x-stability-level\` that is not one of ${STABILITY_LEVELS.join(', ')}.`,
    message: `{{operation}}: x-stability-level "{{to}}" is not one of ${STABILITY_LEVELS.join(', ')}.`,
    why: 'Neither clients nor this check can tell what the operation promises; until it is valid the operation is judged as stable.',
    fix: `Write one of ${STABILITY_LEVELS.join(', ')} (without the key, the operation is stable).`,
  }),
  defineRule({
    id: 'sunset-invalid',
    class: 'breaking',
    subject: SUNSET_CHANGES[0].subject,
    kind: SUNSET_CHANGES[0].kind,
    alsoJudges: [...SUNSET_CHANGES.slice(1), ...DEPRECATION_EVENTS],
    when: (change) => sunsetOf(change) !== '' && !isSunsetDate(sunsetOf(change)),
    description: 'A deprecated element in the revision was given an `x-sunset` that is not an RFC 3339 date.',
    message: '{{operation}}: a deprecated element has x-sunset "{{sunset}}", which is not an RFC 3339 date.',
    why: 'Clients and tools cannot tell when the element goes away, so the promised notice cannot be honoured.',
    fix: 'Write the sunset as `YYYY-MM-DD` (or an RFC 3339 date-time).',
  }),
  defineRule({
    id: 'sunset-moved-earlier',
    class: 'breaking',
    ...JUDGES_SUNSET_CHANGES,
    when: (change) => {
      const { from, to } = change.data;
      return typeof from === 'string' && typeof to === 'string' && isSunsetDate(from) && isSunsetDate(to) && Date.parse(to) < Date.parse(from);
    },
    description: 'The `x-sunset` date of a deprecated element was moved earlier.',
    message: '{{operation}}: the x-sunset date of a deprecated element moved earlier, from {{from}} to {{to}}.',
    why: 'Clients planned their migration with the announced date; an earlier one can remove the element before they are ready.',
    fix: 'Keep the announced date or move it later.',
  }),
  defineRule({
    id: 'sunset-removed',
    class: 'breaking',
    ...JUDGES_SUNSET_CHANGES,
    when: (change) => change.data.from !== '' && change.data.to === '',
    description: 'A deprecated element lost its `x-sunset` date while staying deprecated.',
    message: '{{operation}}: a deprecated element lost its x-sunset date {{from}}.',
    why: 'Clients planned their migration with the announced date; without it nobody knows how long the element stays, and it could be removed at any time.',
    fix: 'Keep the `x-sunset` date, or move it later; never drop it from an element that stays deprecated.',
  }),
  defineRule({
    id: 'sunset-too-soon',
    class: 'breaking',
    ...JUDGES_DEPRECATIONS,
    // Only with `deprecation.minDays` configured; a sunset that is not a date cannot be judged.
    when: (change, ctx) => {
      const minDays = ctx.deprecation?.minDays;
      const day = /^\d{4}-\d{2}-\d{2}/.exec(sunsetOf(change))?.[0];
      return minDays !== undefined && day !== undefined && day < addDays(ctx.today, minDays);
    },
    description: 'A new deprecation sets an `x-sunset` sooner than the configured minimum notice (`deprecation.minDays`).',
    message: '{{operation}}: a new deprecation sets x-sunset {{sunset}}, sooner than the minimum notice the deprecation policy requires.',
    why: 'Clients need time to migrate; a sunset this close lets the element be removed before they can, which breaks them.',
    fix: 'Move `x-sunset` to at least `deprecation.minDays` days from today, or accept the finding with a reason.',
  }),
].map((rule) => ({ ...rule, forward: LIFECYCLE_ONLY }));
