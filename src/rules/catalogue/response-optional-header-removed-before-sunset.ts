import { defineRule, sunsetInFuture } from '../rule.js';

export default defineRule({
  id: 'response-optional-header-removed-before-sunset',
  class: 'breaking',
  subject: 'response-header',
  kind: 'removed',
  when: (c, ctx) => !c.context.required && !!c.context.deprecated && sunsetInFuture(c.context.sunset, ctx.today),
  description: 'A deprecated optional response header was removed before its sunset date.',
  message: '{{operation}}: the deprecated optional response header {{header}} of status {{status}} was removed before its sunset date {{sunset}}.',
  why: 'Clients were promised the header until its sunset date and may still read it.',
  fix: 'Keep sending the header until the `x-sunset` date has passed.',
});
