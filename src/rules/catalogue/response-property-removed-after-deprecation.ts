import { defineRule, sunsetInFuture } from '../rule.js';

export default defineRule({
  id: 'response-property-removed-after-deprecation',
  class: 'deprecation',
  subject: 'response-property',
  kind: 'property-removed',
  when: (c, ctx) => !!c.context.deprecated && !sunsetInFuture(c.context.sunset, ctx.today),
  description: 'A deprecated response property was removed after its sunset (or it had none).',
  message: '{{operation}}: the deprecated response property {{property}} (status {{status}}) was removed.',
  why: 'Clients were warned by the deprecation and had until the sunset to stop reading it.',
  fix: 'Nothing to do if the deprecation was announced.',
});
