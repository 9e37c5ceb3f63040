import { defineRule, sunsetInFuture } from '../rule.js';

export default defineRule({
  id: 'request-property-removed-after-deprecation',
  class: 'deprecation',
  subject: 'request-property',
  kind: 'property-removed',
  when: (c, ctx) => !!c.context.deprecated && !sunsetInFuture(c.context.sunset, ctx.today),
  description: 'A deprecated request property was removed after its sunset (or it had none).',
  message: '{{operation}}: the deprecated request property {{property}} was removed.',
  why: 'Clients were warned by the deprecation; those that still send it lose its effect.',
  fix: 'Nothing to do if the deprecation was announced.',
});
