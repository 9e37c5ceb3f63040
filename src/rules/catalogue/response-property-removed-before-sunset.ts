import { defineRule, sunsetInFuture } from '../rule.js';

export default defineRule({
  id: 'response-property-removed-before-sunset',
  class: 'breaking',
  subject: 'response-property',
  kind: 'property-removed',
  when: (c, ctx) => !!c.context.deprecated && sunsetInFuture(c.context.sunset, ctx.today),
  description: 'A deprecated response property was removed before its `x-sunset` date.',
  message: '{{operation}}: the deprecated response property {{property}} (status {{status}}) was removed before its sunset {{sunset}}.',
  why: 'Clients were promised the property until its sunset and may still read it.',
  fix: 'Keep the property until the sunset date has passed.',
});
