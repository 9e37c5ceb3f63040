import { defineRule, sunsetInFuture } from '../rule.js';

export default defineRule({
  id: 'request-property-removed-before-sunset',
  class: 'breaking',
  subject: 'request-property',
  kind: 'property-removed',
  when: (c, ctx) => !!c.context.deprecated && sunsetInFuture(c.context.sunset, ctx.today),
  description: 'A deprecated request property was removed before its `x-sunset` date.',
  message: '{{operation}}: the deprecated request property {{property}} was removed before its sunset {{sunset}}.',
  why: 'Clients were promised the property until its sunset and may still send it.',
  fix: 'Keep the property until the sunset date has passed.',
});
