import { addDays, JUDGES_DEPRECATIONS, sunsetOf } from '../deprecation-policy.js';
import { defineRule } from '../rule.js';

export default defineRule({
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
});
