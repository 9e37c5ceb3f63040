import { JUDGES_DEPRECATIONS, sunsetOf } from '../deprecation-policy.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'deprecated-without-sunset',
  class: 'breaking',
  ...JUDGES_DEPRECATIONS,
  // Only with `deprecation.requireSunset: true` configured.
  when: (change, ctx) => ctx.deprecation?.requireSunset === true && sunsetOf(change) === '',
  description: 'A new deprecation has no `x-sunset` date although the policy requires one (`deprecation.requireSunset`).',
  message: '{{operation}}: a new deprecation has no x-sunset date, which the deprecation policy requires.',
  why: 'Without a sunset date clients cannot plan their migration, and nobody knows when the element may be removed.',
  fix: 'Add `x-sunset: YYYY-MM-DD` next to `deprecated: true`, at least `deprecation.minDays` days from today.',
});
