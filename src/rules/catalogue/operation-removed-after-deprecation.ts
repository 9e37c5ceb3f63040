import { defineRule, sunsetInFuture } from '../rule.js';

export default defineRule({
  id: 'operation-removed-after-deprecation',
  class: 'deprecation',
  subject: 'operation',
  kind: 'removed',
  when: (c, ctx) => !!c.context.deprecated && !sunsetInFuture(c.context.sunset, ctx.today),
  description: 'A deprecated operation was removed after its sunset date (or one without a sunset).',
  message: '{{operation}} was removed after its deprecation.',
  why: 'Clients were warned by the deprecation; removing it completes the lifecycle.',
  fix: 'Nothing to do; announce the removal in the release notes.',
});
