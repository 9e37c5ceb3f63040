import { defineRule, sunsetInFuture } from '../rule.js';

export default defineRule({
  id: 'response-optional-header-removed-after-deprecation',
  class: 'deprecation',
  subject: 'response-header',
  kind: 'removed',
  when: (c, ctx) => !c.context.required && !!c.context.deprecated && !sunsetInFuture(c.context.sunset, ctx.today),
  description: 'A deprecated optional response header was removed after its sunset date (or one without a sunset).',
  message: '{{operation}}: the deprecated optional response header {{header}} of status {{status}} was removed after its deprecation.',
  why: 'Clients were warned by the deprecation; removing it completes the lifecycle.',
  fix: 'Nothing to do; mention it in the release notes.',
});
